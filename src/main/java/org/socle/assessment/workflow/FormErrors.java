package org.socle.assessment.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Errors of a form rendered without {@code th:field} (one form per indicator on a page),
 * resolved to messages: by field, global ones under {@link #GLOBAL}.
 */
final class FormErrors {

	static final String GLOBAL = "global";

	private FormErrors() {
	}

	/** Whether the errors report that someone else saved the record in between. */
	static boolean isConcurrentEdit(Errors errors) {
		return errors.getGlobalErrors().stream().anyMatch((error) -> "staleEdit".equals(error.getCode()));
	}

	static Map<String, List<String>> resolve(Errors errors, MessageSource messages, Locale locale) {
		Map<String, List<String>> resolved = new LinkedHashMap<>();
		for (ObjectError error : errors.getAllErrors()) {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : GLOBAL;
			resolved.computeIfAbsent(field, (key) -> new ArrayList<>()).add(messages.getMessage(error, locale));
		}
		return resolved;
	}

}
