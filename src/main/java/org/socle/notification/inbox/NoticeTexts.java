package org.socle.notification.inbox;

import java.util.List;
import java.util.Locale;

import org.socle.notification.NoticeType;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * A notice's title and text in a language: {@code notification.<TYPE>.title} and
 * {@code .text} with the notice's arguments. A type whose messages are missing gets the
 * generic ones rather than failing: a notice is written in the transaction of what it
 * tells, which a missing message must never roll back.
 */
@Component
public class NoticeTexts {

	private final MessageSource messages;

	NoticeTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String title(NoticeType type, List<String> arguments, Locale locale) {
		return message(type, "title", arguments, locale);
	}

	public String text(NoticeType type, List<String> arguments, Locale locale) {
		return message(type, "text", arguments, locale);
	}

	private String message(NoticeType type, String part, List<String> arguments, Locale locale) {
		Object[] values = arguments.toArray();
		try {
			return this.messages.getMessage("notification." + type + "." + part, values, locale);
		}
		catch (NoSuchMessageException ex) {
			return this.messages.getMessage("notification.generic." + part,
					new Object[] { String.join(", ", arguments) }, locale);
		}
	}

	/**
	 * The link when it is a path of the application ({@code /assessments/7}), else null:
	 * a notice never links elsewhere.
	 */
	public static String appPath(String link) {
		return (link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")) ? link : null;
	}

}
