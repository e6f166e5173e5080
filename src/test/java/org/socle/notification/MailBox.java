package org.socle.notification;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What a GreenMail server received for one address, decoded. */
public record MailBox(List<Mail> mails) {

	public static MailBox of(GreenMailExtension greenMail, String address) {
		return new MailBox(Arrays.stream(greenMail.getReceivedMessagesForDomain(address)).map(Mail::of).toList());
	}

	/** One e-mail: its addressees, subject, HTML and plain-text bodies. */
	public record Mail(List<String> to, String subject, String html, String text) {

		static Mail of(MimeMessage message) {
			try {
				StringBuilder html = new StringBuilder();
				StringBuilder text = new StringBuilder();
				collect(message, html, text);
				List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.map(Address::toString)
					.toList();
				return new Mail(to, message.getSubject(), html.toString(), text.toString());
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static void collect(Part part, StringBuilder html, StringBuilder text)
				throws MessagingException, IOException {
			if (part.isMimeType("text/html")) {
				html.append(part.getContent());
			}
			else if (part.isMimeType("text/plain")) {
				text.append(part.getContent());
			}
			else if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart body = multipart.getBodyPart(i);
					collect(body, html, text);
				}
			}
		}

	}

}
