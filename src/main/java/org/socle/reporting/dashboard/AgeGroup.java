package org.socle.reporting.dashboard;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Age groups of the beneficiary figures, in whole years at the reference date: early
 * childhood, primary school age, adolescence, young adults, adults, older persons (60 and
 * over, as Moroccan law counts them).
 */
enum AgeGroup {

	AGE_0_5(0), AGE_6_11(6), AGE_12_17(12), AGE_18_24(18), AGE_25_59(25), AGE_60_PLUS(60);

	private final int from;

	AgeGroup(int from) {
		this.from = from;
	}

	/** SQL giving the group's name for the age in years {@code age}. */
	static String sqlCase(String age) {
		return Arrays.stream(values())
			.sorted(Comparator.comparingInt((AgeGroup group) -> group.from).reversed())
			.map((group) -> (group.from == 0) ? "ELSE '" + group.name() + "'"
					: "WHEN " + age + " >= " + group.from + " THEN '" + group.name() + "'")
			.collect(Collectors.joining(" ", "CASE ", " END"));
	}

}
