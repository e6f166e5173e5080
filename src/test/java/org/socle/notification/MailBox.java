package org.socle.notification;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What a GreenMail server received for one address, decoded. */
record MailBox(List<Mail> mails) {

	static MailBox of(GreenMailExtension greenMail, String address) {
		return new MailBox(Arrays.stream(greenMail.getReceivedMessagesForDomain(address)).map(Mail::of).toList());
	}

	/** One e-mail: subject, HTML and plain-text bodies. */
	record Mail(String subject, String html, String text) {

		static Mail of(MimeMessage message) {
			try {
				StringBuilder html = new StringBuilder();
				StringBuilder text = new StringBuilder();
				collect(message, html, text);
				return new Mail(message.getSubject(), html.toString(), text.toString());
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
