package org.socle.assessment.workflow;

import java.math.BigDecimal;

import org.socle.shared.web.Formats;
import org.socle.standard.AnswerType;
import org.socle.standard.IndicatorView;
import org.socle.standard.MetricUnit;

import org.springframework.validation.Errors;

/**
 * What an answer may be, indicator by indicator: a level from 1 to 4, yes or no, or a
 * typed number that fits the indicator's unit; N/A only where the indicator allows it,
 * with a comment, and for a computed metric only when the records give no value. A
 * computed metric's value is never taken from the form.
 */
final class AnswerRules {

	static final int COMMENT_MAX = 2000;

	/** numeric(14, 4): ten digits before the decimal point, four after. */
	private static final BigDecimal VALUE_MAX = new BigDecimal("9999999999");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private AnswerRules() {
	}

	/**
	 * The answer checked and converted, or null with the problems in {@code errors}
	 * (codes {@code assessment.answer.*}).
	 * @param computedValue the snapshot value of a computed metric (null when empty)
	 */
	static Parsed check(IndicatorView indicator, AnswerForm form, BigDecimal computedValue, Errors errors) {
		String comment = form.getComment();
		if (comment != null && comment.length() > COMMENT_MAX) {
			errors.rejectValue("comment", "assessment.answer.comment.tooLong", new Object[] { COMMENT_MAX }, null);
		}
		Integer level = null;
		Boolean yes = null;
		BigDecimal value = null;
		AnswerType type = indicator.answerType();
		if (type == AnswerType.LEVEL && form.getLevel() != null) {
			level = parseLevel(form.getLevel());
			if (level == null) {
				errors.rejectValue("level", "assessment.answer.level.invalid");
			}
		}
		if (type == AnswerType.YES_NO && form.getAnswer() != null) {
			yes = switch (form.getAnswer()) {
				case "YES" -> Boolean.TRUE;
				case "NO" -> Boolean.FALSE;
				default -> {
					errors.rejectValue("answer", "assessment.answer.yesNo.invalid");
					yield null;
				}
			};
		}
		if (type == AnswerType.METRIC && !indicator.isComputed() && form.getValue() != null) {
			value = parseValue(form.getValue(), indicator.unit(), errors);
		}
		if (form.isNotApplicable()) {
			checkNotApplicable(indicator, form, computedValue, errors);
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Parsed(level, yes, value, form.isNotApplicable(), comment);
	}

	private static void checkNotApplicable(IndicatorView indicator, AnswerForm form, BigDecimal computedValue,
			Errors errors) {
		if (!indicator.naAllowed()) {
			errors.rejectValue("notApplicable", "assessment.answer.na.notAllowed");
			return;
		}
		if (form.getComment() == null) {
			errors.rejectValue("comment", "assessment.answer.na.commentRequired");
		}
		boolean typed = switch (indicator.answerType()) {
			case LEVEL -> form.getLevel() != null;
			case YES_NO -> form.getAnswer() != null;
			case METRIC -> !indicator.isComputed() && form.getValue() != null;
		};
		if (typed) {
			errors.rejectValue("notApplicable", "assessment.answer.na.exclusive");
		}
		if (indicator.isComputed() && computedValue != null) {
			errors.rejectValue("notApplicable", "assessment.answer.na.computedValue");
		}
	}

	private static Integer parseLevel(String text) {
		return switch (text) {
			case "1" -> 1;
			case "2" -> 2;
			case "3" -> 3;
			case "4" -> 4;
			default -> null;
		};
	}

	private static BigDecimal parseValue(String text, MetricUnit unit, Errors errors) {
		BigDecimal value;
		try {
			value = Formats.parseDecimal(text);
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("value", "assessment.answer.value.invalid");
			return null;
		}
		if (value.signum() < 0) {
			errors.rejectValue("value", "assessment.answer.value.negative");
			return null;
		}
		if (value.scale() > 4 || value.compareTo(VALUE_MAX) > 0) {
			errors.rejectValue("value", "assessment.answer.value.digits");
			return null;
		}
		if (unit == MetricUnit.PERCENT && value.compareTo(HUNDRED) > 0) {
			errors.rejectValue("value", "assessment.answer.value.percent");
			return null;
		}
		return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
	}

	/** A checked answer; all empty and not N/A means "unanswered". */
	record Parsed(Integer level, Boolean yes, BigDecimal value, boolean notApplicable, String comment) {

	}

}
