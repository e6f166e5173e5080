package org.socle.reporting.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Age groups of the beneficiary figures, in whole years at the reference date: early
 * childhood, primary school age, adolescence, young adults, adults, older persons (60 and
 * over, as Moroccan law counts them).
 */
public enum AgeGroup {

	AGE_0_5(0), AGE_6_11(6), AGE_12_17(12), AGE_18_24(18), AGE_25_59(25), AGE_60_PLUS(60);

	private final int from;

	AgeGroup(int from) {
		this.from = from;
	}

	/**
	 * SQL giving the group's name of beneficiary {@code b} at the reference date. Being
	 * at least n years old at d is being born on or before d minus n years (or, when only
	 * the year of birth is known, in or before d's year minus n), so no age is computed
	 * row by row; the bounds come from {@link #bounds}.
	 */
	public static String sqlCase() {
		return Arrays.stream(values())
			.sorted(Comparator.comparingInt((AgeGroup group) -> group.from).reversed())
			.map((group) -> (group.from == 0) ? "ELSE '" + group.name() + "'"
					: "WHEN coalesce(b.birth_date <= :bornBy" + group.from + ", b.birth_year <= :bornIn" + group.from
							+ ") THEN '" + group.name() + "'")
			.collect(Collectors.joining(" ", "CASE ", " END"));
	}

	/** The parameters of {@link #sqlCase()} for reference date {@code d}. */
	public static MapSqlParameterSource bounds(MapSqlParameterSource parameters, LocalDate d) {
		for (AgeGroup group : values()) {
			parameters.addValue("bornBy" + group.from, d.minusYears(group.from))
				.addValue("bornIn" + group.from, d.getYear() - group.from);
		}
		return parameters;
	}

}
