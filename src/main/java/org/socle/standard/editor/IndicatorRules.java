package org.socle.standard.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.socle.standard.AnswerType;
import org.socle.standard.ApplicableCategory;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.document.StandardRules;
import org.socle.standard.model.IndicatorContent;

import org.springframework.validation.Errors;

/**
 * The indicator rules of docs/standard-format.md applied to the editor's form, with the
 * same messages as the importer's. Fields that do not apply to the answer type
 * (thresholds of a LEVEL indicator, …) are ignored, then cleared on save.
 */
final class IndicatorRules {

	private IndicatorRules() {
	}

	static void validate(IndicatorForm form, Errors errors) {
		validateSources(form, errors);
		form.getGuidance().rejectTranslationWithoutFrench(errors, "guidance");
		form.getEvidence().rejectTranslationWithoutFrench(errors, "evidence");
		if (form.getAnswerType() == AnswerType.YES_NO && form.getYesLevel() != null && form.getYesLevel() != 3
				&& form.getYesLevel() != 4) {
			errors.rejectValue("yesLevel", "standard.problem.YES_LEVEL",
					new Object[] { String.valueOf(form.getYesLevel()) }, null);
		}
		if (form.getAnswerType() == AnswerType.METRIC) {
			validateMetric(form, errors);
		}
		if (form.isCritical() && form.isNaAllowed()) {
			errors.rejectValue("naAllowed", "standard.problem.CRITICAL_NA");
		}
		for (String category : form.getCategories()) {
			if (!ApplicableCategory.isKnown(category)) {
				errors.rejectValue("categories", "standard.problem.ENUM",
						new Object[] { category, String.join(", ", ApplicableCategory.names()) }, null);
			}
		}
	}

	private static void validateSources(IndicatorForm form, Errors errors) {
		List<String> sources = form.sourceList();
		if (form.getSources() != null && sources.isEmpty()) {
			errors.rejectValue("sources", "standard.problem.EMPTY");
		}
		if (sources.size() > StandardRules.MAX_SOURCES) {
			errors.rejectValue("sources", "standard.problem.TOO_MANY",
					new Object[] { String.valueOf(StandardRules.MAX_SOURCES) }, null);
		}
		Set<String> seen = new HashSet<>();
		for (String source : sources) {
			if (StandardRules.length(source) > StandardRules.MAX_SOURCE_LENGTH) {
				errors.rejectValue("sources", "standard.problem.TOO_LONG",
						new Object[] { String.valueOf(StandardRules.MAX_SOURCE_LENGTH) }, null);
			}
			if (!seen.add(source)) {
				errors.rejectValue("sources", "standard.problem.DUPLICATE_VALUE", new Object[] { source }, null);
			}
		}
	}

	private static void validateMetric(IndicatorForm form, Errors errors) {
		boolean complete = true;
		for (String field : List.of("t2", "t3", "t4", "direction")) {
			if (errors.getFieldValue(field) == null && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "standard.problem.THRESHOLDS_REQUIRED");
				complete = false;
			}
		}
		complete &= storable(form.getT2(), "t2", errors) & storable(form.getT3(), "t3", errors)
				& storable(form.getT4(), "t4", errors);
		if (complete && form.getT2() != null && form.getT3() != null && form.getT4() != null
				&& form.getDirection() != null) {
			IndicatorThresholds thresholds = new IndicatorThresholds(form.getT2(), form.getT3(), form.getT4(),
					form.getDirection());
			if (!thresholds.isOrdered()) {
				errors.rejectValue("thresholds", "standard.problem.THRESHOLDS_ORDER",
						new Object[] { form.getDirection(), thresholds.t2().toPlainString(),
								thresholds.t3().toPlainString(), thresholds.t4().toPlainString() },
						null);
			}
		}
		if (form.getUnit() == null && form.getMetricKey() != null) {
			form.setUnit(form.getMetricKey().unit());
		}
		if (form.getUnit() == null) {
			errors.rejectValue("unit", "standard.problem.UNIT_REQUIRED");
		}
		else if (form.getMetricKey() != null && form.getMetricKey().unit() != form.getUnit()) {
			errors.rejectValue("unit", "standard.problem.UNIT_MISMATCH",
					new Object[] { form.getMetricKey(), form.getMetricKey().unit().symbol() }, null);
		}
	}

	private static boolean storable(BigDecimal value, String field, Errors errors) {
		if (value != null && !StandardRules.isStorableNumber(value)) {
			errors.rejectValue(field, "standard.problem.NUMBER", new Object[] { value.toPlainString() }, null);
			return false;
		}
		return true;
	}

	/**
	 * The indicator a valid form describes. Categories keep the order they had
	 * ({@code previous}), newly ticked ones follow in the usual order.
	 */
	static IndicatorContent content(String code, IndicatorForm form, List<String> previous) {
		AnswerType type = form.getAnswerType();
		boolean metric = type == AnswerType.METRIC;
		List<String> categories = new ArrayList<>();
		previous.stream().filter(form.getCategories()::contains).forEach(categories::add);
		ApplicableCategory.names()
			.stream()
			.filter((name) -> form.getCategories().contains(name) && !categories.contains(name))
			.forEach(categories::add);
		return new IndicatorContent(code, form.getTitle().toText(), form.getGuidance().toText(),
				form.getEvidence().toText(), form.sourceList(), type,
				(type == AnswerType.YES_NO) ? ((form.getYesLevel() != null) ? form.getYesLevel() : 3) : null,
				metric ? new IndicatorThresholds(form.getT2(), form.getT3(), form.getT4(), form.getDirection()) : null,
				metric ? form.getMetricKey() : null, metric ? form.getUnit() : null, form.getWeight(),
				form.isCritical(), form.isNaAllowed(), categories);
	}

}
