package org.socle.beneficiary.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.beneficiary.AccessAction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The details column of the access log in the reader's words: the log stores technical
 * tokens (a page, changed field names, a discharge reason, a target establishment's id),
 * the admin reads labels. Free text (an import's file name) is shown as stored.
 */
@Component
class AccessLogDetails {

	/** Tokens written by the modules that log ({@code care}: its pages). */
	private static final Set<String> TOKENS = Set.of("care", "carePlan", "carePlanReview", "overCapacity");

	private final MessageSource messages;

	AccessLogDetails(MessageSource messages) {
		this.messages = messages;
	}

	String describe(AccessAction action, String details, Map<Long, String> establishmentNames, Locale locale) {
		if (details == null || details.isBlank()) {
			return null;
		}
		if (TOKENS.contains(details)) {
			return message("accessLog.detail." + details, locale, details);
		}
		return switch (action) {
			case UPDATE -> Arrays.stream(details.split(",\\s*"))
				.map((field) -> message("beneficiary." + field, locale, field))
				.collect(Collectors.joining(", "));
			case DISCHARGE -> message("DischargeReason." + details, locale, details);
			case TRANSFER -> transfer(details, establishmentNames, locale);
			case EXPORT_LIST -> exportedList(details, locale);
			case ANONYMISE -> retention(details, locale);
			default -> details;
		};
	}

	/** {@code to 12}: the target establishment's name when the reader may see it. */
	private String transfer(String details, Map<Long, String> names, Locale locale) {
		String id = details.startsWith("to ") ? details.substring(3).strip() : details;
		String name = id.chars().allMatch(Character::isDigit) ? names.get(Long.valueOf(id)) : null;
		return this.messages.getMessage("accessLog.detail.transfer", new Object[] { (name != null) ? name : "#" + id },
				locale);
	}

	/** {@code csv} (an establishment's list) or {@code xlsx MA-01} (a region's). */
	private String exportedList(String details, Locale locale) {
		String[] words = details.split(" ");
		if (words.length == 2) {
			return this.messages.getMessage("accessLog.detail.regionExport", new Object[] { words[1] }, locale);
		}
		return message("accessLog.detail.csv", locale, details);
	}

	/** {@code retention 10 years}. */
	private String retention(String details, Locale locale) {
		String[] words = details.split(" ");
		if (words.length == 3 && words[1].chars().allMatch(Character::isDigit)) {
			return this.messages.getMessage("accessLog.detail.retention", new Object[] { Integer.valueOf(words[1]) },
					locale);
		}
		return details;
	}

	private String message(String key, Locale locale, String fallback) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

}
