package org.socle.standard.document;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.socle.standard.IndicatorThresholds;

/**
 * The rules a standard obeys, shared by the JSON importer and the editor's forms
 * (docs/standard-format.md §2 and §4); the database checks them again.
 */
public final class StandardRules {

	static final String FORMAT = "socle-standard/1";

	/** For {@code @Pattern} on forms; {@link #STANDARD_CODE} in code. */
	public static final String STANDARD_CODE_REGEX = "[A-Z][A-Z0-9-]{1,39}";

	static final Pattern STANDARD_CODE = Pattern.compile(STANDARD_CODE_REGEX);

	/**
	 * MAJOR.MINOR, each at most four digits, without leading zeros. For {@code @Pattern}
	 * on forms; {@link #VERSION} in code.
	 */
	public static final String VERSION_REGEX = "(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})";

	static final Pattern VERSION = Pattern.compile(VERSION_REGEX);

	static final Pattern DOMAIN_CODE = Pattern.compile("D[1-9][0-9]{0,2}");

	static final Pattern CRITERION_CODE = Pattern.compile("D[1-9][0-9]{0,2}\\.C[1-9][0-9]{0,2}");

	static final Pattern INDICATOR_CODE = Pattern.compile("D[1-9][0-9]{0,2}\\.C[1-9][0-9]{0,2}\\.I[1-9][0-9]{0,2}");

	public static final int MAX_NUMBER_IN_CODE = 999;

	public static final int MAX_TITLE = 500;

	public static final int MAX_LONG_TEXT = 4000;

	public static final int MAX_CHILDREN = 50;

	public static final int MAX_SOURCES = 20;

	public static final int MAX_SOURCE_LENGTH = 200;

	static final int MIN_WEIGHT = 1;

	static final int MAX_WEIGHT = 100;

	public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

	/**
	 * Arrays and objects inside each other: the format needs 8 levels; a file of
	 * thousands is an attack on the parser.
	 */
	public static final int MAX_NESTING_DEPTH = 16;

	/** Thresholds are stored as numeric(12, 4). */
	static final int MAX_INTEGER_DIGITS = 8;

	static final int MAX_DECIMALS = 4;

	private StandardRules() {
	}

	public static boolean isWeight(long weight) {
		return weight >= MIN_WEIGHT && weight <= MAX_WEIGHT;
	}

	/**
	 * Whether a threshold fits the database exactly: 8 digits before the point, 4 after.
	 */
	public static boolean isStorableNumber(BigDecimal value) {
		BigDecimal normalised = IndicatorThresholds.normalise(value);
		return normalised.scale() <= MAX_DECIMALS && normalised.precision() - normalised.scale() <= MAX_INTEGER_DIGITS;
	}

	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
