package org.socle.assessment.score;

import java.math.BigDecimal;
import java.util.Locale;

import org.socle.assessment.scoring.Percent;
import org.socle.shared.web.Formats;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Scores and values as shown: the display value of SCORING.md (one decimal, half-up,
 * already computed) with the page language's decimal separator (a comma in French, a
 * point otherwise; Western digits in every language). Templates call it as
 * {@code @scores.of(percent)}.
 */
@Component("scores")
class ScoreFormat {

	private final Formats formats;

	ScoreFormat(Formats formats) {
		this.formats = formats;
	}

	/** A score as shown: one decimal, "77.8", "80.0". */
	public String of(Percent percent) {
		return (percent != null) ? oneDecimal(percent.display()) : "—";
	}

	/** A metric value or threshold without trailing zeros: "85", "12.5". */

	public String decimal(BigDecimal value) {
		return (value != null) ? this.formats.decimal(value) : "—";
	}

	/** The display value with its single decimal kept ("80.0"). */
	public String oneDecimal(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		String text = value.toPlainString();
		return usesComma(LocaleContextHolder.getLocale()) ? text.replace('.', ',') : text;
	}

	private static boolean usesComma(Locale locale) {
		return "fr".equals(locale.getLanguage());
	}

}
