package org.socle.notification.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socle.notification.NoticeType;
import org.socle.notification.inbox.NoticeRow;
import org.socle.notification.inbox.NoticeTexts;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders e-mails in the recipient's language with the Thymeleaf templates of
 * {@code templates/notification/mail/} (Arabic right-to-left), and their plain-text
 * alternative. Links are absolute, from {@code socle.base-url}.
 */
@Component
class MailComposer {

	private static final String NOTICE_TEMPLATE = "notification/mail/notice";

	private static final String DIGEST_TEMPLATE = "notification/mail/digest";

	private final ITemplateEngine templates;

	private final NoticeTexts texts;

	private final MessageSource messages;

	/** The application's address as its users reach it, without a trailing slash. */
	private final String baseUrl;

	MailComposer(ITemplateEngine templates, NoticeTexts texts, MessageSource messages,
			@Value("${socle.base-url:http://localhost:8080}") String baseUrl) {
		this.templates = templates;
		this.texts = texts;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceFirst("/+$", "");
	}

	ComposedMail notice(NoticeType type, List<String> arguments, String link, Locale locale) {
		Item item = item(type, arguments, link, locale);
		String subject = message("notification.mail.subject", locale, item.title());
		return compose(NOTICE_TEMPLATE, subject, List.of(item), locale);
	}

	ComposedMail digest(List<NoticeRow> notices, Locale locale) {
		List<Item> items = notices.stream()
			.map((notice) -> item(notice.type(), notice.arguments(), notice.link(), locale))
			.toList();
		String subject = message("notification.digest.subject", locale, items.size());
		return compose(DIGEST_TEMPLATE, subject, items, locale);
	}

	private ComposedMail compose(String template, String subject, List<Item> items, Locale locale) {
		String preferences = absolute("/account/preferences");
		String inbox = absolute("/notifications");
		Context context = new Context(locale, Map.of("subject", subject, "items", items, "preferencesUrl", preferences,
				"notificationsUrl", inbox, "rtl", "ar".equals(locale.getLanguage())));
		String html = this.templates.process(template, context);
		StringBuilder text = new StringBuilder(subject).append("\n\n");
		for (Item item : items) {
			text.append(item.title()).append('\n').append(item.text()).append('\n');
			if (item.url() != null) {
				text.append(item.url()).append('\n');
			}
			text.append('\n');
		}
		text.append("-- \n").append(message("notification.mail.footer", locale)).append('\n').append(preferences);
		return new ComposedMail(subject, html, text.toString());
	}

	private Item item(NoticeType type, List<String> arguments, String link, Locale locale) {
		String path = NoticeTexts.appPath(link);
		return new Item(this.texts.title(type, arguments, locale), this.texts.text(type, arguments, locale),
				(path != null) ? absolute(path) : null);
	}

	private String absolute(String path) {
		return this.baseUrl + path;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** One notice in an e-mail. */
	record Item(String title, String text, String url) {

	}

}
