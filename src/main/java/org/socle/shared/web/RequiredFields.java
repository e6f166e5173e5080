package org.socle.shared.web;

import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;

import org.springframework.stereotype.Component;

/**
 * Which fields of a form must be filled in, read from the form's Bean Validation
 * constraints so that the mark shown next to a label can't drift from the check made on
 * submit. The shared form fragments ask {@code ${@requiredFields.isRequired(#object,
 * field)}}.
 */
@Component("requiredFields")
public class RequiredFields {

	private static final Set<String> REQUIRING = Set.of("NotNull", "NotBlank", "NotEmpty");

	private final Validator validator;

	RequiredFields(Validator validator) {
		this.validator = validator;
	}

	/**
	 * Whether {@code field} (a property of {@code form}, nested with dots) must have a
	 * value.
	 */
	public boolean isRequired(Object form, String field) {
		if (form == null || field == null) {
			return false;
		}
		Class<?> type = form.getClass();
		String[] path = field.split("\\.");
		for (int i = 0; i < path.length; i++) {
			PropertyDescriptor property = this.validator.getConstraintsForClass(type)
				.getConstraintsForProperty(path[i]);
			if (property == null) {
				return false;
			}
			if (i == path.length - 1) {
				return property.getConstraintDescriptors()
					.stream()
					.anyMatch((c) -> REQUIRING.contains(c.getAnnotation().annotationType().getSimpleName()));
			}
			type = property.getElementClass();
		}
		return false;
	}

}
