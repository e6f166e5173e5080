package org.socle.standard.editor;

import java.util.Set;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * For inline (htmx) validation while a form is being filled in: keeps the errors about
 * wrong values (a duplicate code, thresholds out of order, a unit that does not match the
 * metric) and drops those about values not typed yet, which only the final submit
 * reports.
 */
final class LiveValidation {

	private static final Set<String> MISSING = Set.of("NotBlank", "NotNull", "standard.problem.THRESHOLDS_REQUIRED",
			"standard.problem.UNIT_REQUIRED", "standard.problem.EMPTY", "standard.problem.TEXT_FR");

	private LiveValidation() {
	}

	/**
	 * Puts in the model, in place of the form's errors, those about wrong values.
	 */
	static void showWrongValuesOnly(BindingResult result, Model model) {
		BindingResult live = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
		for (FieldError error : result.getFieldErrors()) {
			if (!MISSING.contains(error.getCode())) {
				live.addError(error);
			}
		}
		result.getGlobalErrors().forEach(live::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), live);
	}

}
