package org.socle.assessment.workflow;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.standard.AnswerType;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.IndicatorView;
import org.socle.standard.LocalizedText;
import org.socle.standard.MetricKey;
import org.socle.standard.MetricUnit;
import org.socle.standard.ThresholdDirection;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an answer may be, for each answer type, without a database.
 */
class AnswerRulesTests {

	static final IndicatorThresholds PERCENT = new IndicatorThresholds(new BigDecimal("50"), new BigDecimal("80"),
			new BigDecimal("95"), ThresholdDirection.HIGHER_IS_BETTER);

	static IndicatorView indicator(AnswerType type, MetricKey key, MetricUnit unit, boolean naAllowed) {
		return new IndicatorView(1, "D9.C9.I9", LocalizedText.of("x"), null, null, List.of("R202"), type, 3,
				(type == AnswerType.METRIC) ? PERCENT : null, key, unit, 1, false, naAllowed, List.of());
	}

	static AnswerRules.Parsed check(IndicatorView indicator, AnswerForm form, BigDecimal computed, Errors errors) {
		return AnswerRules.check(indicator, form, computed, errors);
	}

	static AnswerForm form(String level, String answer, String value, boolean na, String comment) {
		AnswerForm form = new AnswerForm();
		form.setLevel(level);
		form.setAnswer(answer);
		form.setValue(value);
		form.setNotApplicable(na);
		form.setComment(comment);
		return form;
	}

	static Errors errors(AnswerForm form) {
		return new BeanPropertyBindingResult(form, "answerForm");
	}

	@Test
	void levelsFrom1To4OrNothing() {
		IndicatorView level = indicator(AnswerType.LEVEL, null, null, false);
		AnswerForm good = form("4", null, null, false, null);
		assertThat(check(level, good, null, errors(good)).level()).isEqualTo(4);
		AnswerForm bad = form("5", null, null, false, null);
		Errors errors = errors(bad);
		assertThat(check(level, bad, null, errors)).isNull();
		assertThat(errors.getFieldError("level").getCode()).isEqualTo("assessment.answer.level.invalid");
		AnswerForm none = form(null, null, null, false, "Pas encore vu");
		AnswerRules.Parsed cleared = check(level, none, null, errors(none));
		assertThat(cleared.level()).isNull();
		assertThat(cleared.comment()).isEqualTo("Pas encore vu");
	}

	@Test
	void typedValuesAcceptACommaAndFitTheUnit() {
		IndicatorView typed = indicator(AnswerType.METRIC, null, MetricUnit.PERCENT, false);
		AnswerForm comma = form(null, null, "12,50", false, null);
		assertThat(check(typed, comma, null, errors(comma)).value()).isEqualByComparingTo("12.5");
		for (String[] bad : new String[][] { { "abc", "assessment.answer.value.invalid" },
				{ "-1", "assessment.answer.value.negative" }, { "100.5", "assessment.answer.value.percent" },
				{ "1.23456", "assessment.answer.value.digits" } }) {
			AnswerForm form = form(null, null, bad[0], false, null);
			Errors errors = errors(form);
			assertThat(check(typed, form, null, errors)).as(bad[0]).isNull();
			assertThat(errors.getFieldError("value").getCode()).isEqualTo(bad[1]);
		}
		IndicatorView money = indicator(AnswerType.METRIC, null, MetricUnit.MAD_PER_DAY, false);
		AnswerForm high = form(null, null, "250", false, null);
		assertThat(check(money, high, null, errors(high)).value()).isEqualByComparingTo("250");
	}

	@Test
	void aComputedMetricNeverTakesAValueFromTheForm() {
		IndicatorView computed = indicator(AnswerType.METRIC, MetricKey.HEALTH_COVER_RATE, MetricUnit.PERCENT, true);
		AnswerForm form = form(null, null, "5", false, "Vérifié");
		AnswerRules.Parsed parsed = check(computed, form, new BigDecimal("90"), errors(form));
		assertThat(parsed.value()).isNull();
		assertThat(parsed.comment()).isEqualTo("Vérifié");
	}

	@Test
	void notApplicableOnlyWhereAllowedWithACommentAndNoAnswer() {
		IndicatorView allowed = indicator(AnswerType.LEVEL, null, null, true);
		AnswerForm good = form(null, null, null, true, "Aucune femme enceinte accueillie");
		assertThat(check(allowed, good, null, errors(good)).notApplicable()).isTrue();
		assertThat(codes(allowed, form(null, null, null, true, null), null))
			.containsExactly("assessment.answer.na.commentRequired");
		assertThat(codes(allowed, form("3", null, null, true, "x"), null))
			.containsExactly("assessment.answer.na.exclusive");
		assertThat(codes(indicator(AnswerType.LEVEL, null, null, false), form(null, null, null, true, "x"), null))
			.containsExactly("assessment.answer.na.notAllowed");
		IndicatorView computed = indicator(AnswerType.METRIC, MetricKey.SCHOOL_ENROLMENT_RATE, MetricUnit.PERCENT,
				true);
		assertThat(codes(computed, form(null, null, null, true, "x"), new BigDecimal("80")))
			.containsExactly("assessment.answer.na.computedValue");
		AnswerForm empty = form(null, null, null, true, "Aucun enfant de 6 à 15 ans");
		assertThat(check(computed, empty, null, errors(empty)).notApplicable()).isTrue();
	}

	@Test
	void commentsAreLimited() {
		IndicatorView level = indicator(AnswerType.LEVEL, null, null, false);
		assertThat(codes(level, form("3", null, null, false, "x".repeat(2001)), null))
			.containsExactly("assessment.answer.comment.tooLong");
	}

	private static List<String> codes(IndicatorView indicator, AnswerForm form, BigDecimal computed) {
		Errors errors = errors(form);
		check(indicator, form, computed, errors);
		return errors.getAllErrors().stream().map((error) -> error.getCode()).toList();
	}

}
