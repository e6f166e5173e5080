package org.socle.assessment.contradiction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.socle.care.MetricResult;
import org.socle.establishment.RecordFacts;
import org.socle.assessment.scoring.AnswerType;
import org.socle.standard.MetricKey;

/**
 * The rules that check a declared answer against the establishment's records, each
 * declared once: its code (the constant's name), the indicator of SOCLE-EPS 1.0 it checks
 * and the answer type it expects there (a standard version where the indicator is missing
 * or answered otherwise is not checked), the records it reads, and the condition. The
 * message is {@code contradiction.<CODE>.message} (or a variant) in the three languages,
 * with the figures as arguments. docs/inspections.md says each in the users' words.
 */
public enum ContradictionRule {

	/** "Valid authorisation" answered yes while none covers the reference date. */
	AUTHORISATION("D1.C1.I1", AnswerType.YES_NO, List.of(RecordSource.REGISTRATION)) {
		@Override
		Optional<Finding> check(Declared declared, Records records) {
			RecordFacts facts = records.facts();
			if (!declared.isYes() || facts.authorisedAt(facts.date())) {
				return Optional.empty();
			}
			if (facts.authorisationExpiry() != null && facts.authorisationExpiry().isBefore(facts.date())) {
				return found("expired", facts.authorisationExpiry().toString(), facts.date().toString());
			}
			if (facts.authorisationDate() != null && facts.authorisationDate().isAfter(facts.date())) {
				return found("notYet", facts.authorisationDate().toString(), facts.date().toString());
			}
			return found("status." + facts.authorisationStatus(), facts.date().toString());
		}
	},

	/** Committee meetings declared at a higher level than the meetings recorded give. */
	COMMITTEE_MEETINGS("D1.C2.I1", AnswerType.METRIC, List.of(RecordSource.COMMITTEE)) {
		@Override
		Optional<Finding> check(Declared declared, Records records) {
			return aboveRecords(declared, BigDecimal.valueOf(records.facts().meetingIds().size()));
		}
	},

	/** "Qualified director appointed" answered yes with no director recorded. */
	DIRECTOR("D1.C2.I2", AnswerType.YES_NO, List.of(RecordSource.REGISTRATION)) {
		@Override
		Optional<Finding> check(Declared declared, Records records) {
			return (declared.isYes() && !records.facts().directorRecorded()) ? found(null) : Optional.empty();
		}
	},

	/** Accounts declared kept (level 3 or 4) with no yearly resources recorded. */
	ACCOUNTS("D1.C3.I1", AnswerType.LEVEL, List.of(RecordSource.RESOURCES)) {
		@Override
		Optional<Finding> check(Declared declared, Records records) {
			RecordFacts facts = records.facts();
			int year = facts.date().getYear();
			return (declared.level() >= 3 && facts.resourcesYear() == null)
					? found(null, level(declared), Integer.toString(year - 1), Integer.toString(year))
					: Optional.empty();
		}
	},

	/**
	 * Share of stable resources declared at a higher level than the recorded resources
	 * give.
	 */
	STABLE_RESOURCES("D1.C3.I2", AnswerType.METRIC, List.of(RecordSource.RESOURCES)) {
		@Override
		Optional<Finding> check(Declared declared, Records records) {
			RecordFacts facts = records.facts();
			if (facts.totalResources() == null || facts.totalResources().signum() == 0) {
				return Optional.empty();
			}
			return aboveRecords(declared, percent(facts.stableResources(), facts.totalResources()),
					facts.resourcesYear().toString());
		}
	},

	/**
	 * Occupancy declared within capacity while the active stays exceed the authorised
	 * capacity.
	 */
	OCCUPANCY("D2.C1.I1", AnswerType.METRIC, List.of(RecordSource.BENEFICIARIES, RecordSource.REGISTRATION)) {
		@Override
		Set<MetricKey> metrics() {
			return EnumSet.of(MetricKey.OCCUPANCY_RATE);
		}

		@Override
		Optional<Finding> check(Declared declared, Records records) {
			Optional<MetricResult> occupancy = records.metric(MetricKey.OCCUPANCY_RATE);
			if (occupancy.isEmpty() || declared.value().compareTo(HUNDRED) > 0
					|| occupancy.get().value().compareTo(HUNDRED) <= 0) {
				return Optional.empty();
			}
			MetricResult recorded = occupancy.get();
			return found(null, plain(declared.value()), Long.toString(recorded.numerator()),
					Long.toString(recorded.denominator()), plain(recorded.value()));
		}
	},

	/**
	 * Care plans reviewed declared at a higher level than the share computed from the
	 * records gives (a value typed in, or a snapshot computed before records changed).
	 */
	CARE_PLANS("D5.C1.I1", AnswerType.METRIC, List.of(RecordSource.COMPUTED_METRICS)) {
		@Override
		Set<MetricKey> metrics() {
			return EnumSet.of(MetricKey.CARE_PLAN_REVIEWED_RATE);
		}

		@Override
		Optional<Finding> check(Declared declared, Records records) {
			return records.metric(MetricKey.CARE_PLAN_REVIEWED_RATE)
				.flatMap((recorded) -> aboveRecords(declared, recorded.value(), Long.toString(recorded.numerator()),
						Long.toString(recorded.denominator())));
		}
	},

	/**
	 * Food spending per beneficiary per day declared so high that a year of it for the
	 * beneficiaries present exceeds every resource recorded for the year.
	 */
	FOOD_SPENDING("D5.C2.I1", AnswerType.METRIC, List.of(RecordSource.RESOURCES, RecordSource.BENEFICIARIES)) {
		/** The beneficiaries present: the occupancy's numerator. */
		@Override
		Set<MetricKey> metrics() {
			return EnumSet.of(MetricKey.OCCUPANCY_RATE);
		}

		@Override
		Optional<Finding> check(Declared declared, Records records) {
			RecordFacts facts = records.facts();
			long active = records.metrics().containsKey(MetricKey.OCCUPANCY_RATE.name())
					? records.metrics().get(MetricKey.OCCUPANCY_RATE.name()).numerator() : 0;
			if (facts.totalResources() == null || active == 0) {
				return Optional.empty();
			}
			BigDecimal yearly = declared.value()
				.multiply(BigDecimal.valueOf(active * DAYS_A_YEAR))
				.setScale(0, RoundingMode.HALF_UP);
			return (yearly.compareTo(facts.totalResources()) > 0)
					? found(null, plain(declared.value()), Long.toString(active), plain(yearly),
							plain(facts.totalResources()), facts.resourcesYear().toString())
					: Optional.empty();
		}
	},

	/**
	 * "Multidisciplinary team" answered yes while the care-qualified staff in post hold
	 * fewer than two different qualifications.
	 */
	MULTIDISCIPLINARY_TEAM("D5.C3.I2", AnswerType.YES_NO, List.of(RecordSource.STAFF)) {
		@Override
		Optional<Finding> check(Declared declared, Records records) {
			RecordFacts facts = records.facts();
			return (declared.isYes() && facts.careQualifications() < 2)
					? found(null, Long.toString(facts.careQualifiedStaff()), Long.toString(facts.careQualifications()))
					: Optional.empty();
		}
	},

	/**
	 * Training hours per staff member declared at a higher level than the hours recorded
	 * for the staff in post give.
	 */
	TRAINING_HOURS("D5.C3.I3", AnswerType.METRIC, List.of(RecordSource.STAFF)) {
		@Override
		Optional<Finding> check(Declared declared, Records records) {
			RecordFacts facts = records.facts();
			if (facts.staffInPost() == 0) {
				return Optional.empty();
			}
			BigDecimal average = BigDecimal.valueOf(facts.trainingHours())
				.divide(BigDecimal.valueOf(facts.staffInPost()), 1, RoundingMode.HALF_UP);
			return aboveRecords(declared, average, Long.toString(facts.staffInPost()));
		}
	};

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final long DAYS_A_YEAR = 365;

	private final String indicatorCode;

	private final AnswerType answerType;

	private final List<RecordSource> sources;

	ContradictionRule(String indicatorCode, AnswerType answerType, List<RecordSource> sources) {
		this.indicatorCode = indicatorCode;
		this.answerType = answerType;
		this.sources = List.copyOf(sources);
	}

	/** The indicator this rule checks, by its code in the standard. */
	public String indicatorCode() {
		return this.indicatorCode;
	}

	/** The answer type the rule reads; another type in a standard version is skipped. */
	public AnswerType answerType() {
		return this.answerType;
	}

	/** The records behind a contradiction. */
	public List<RecordSource> sources() {
		return this.sources;
	}

	/** The rule's short name, as a message key. */
	public String nameKey() {
		return "contradiction." + name() + ".name";
	}

	/**
	 * The metrics computed from beneficiaries' records that the rule reads: only those
	 * are computed for a check (two of sixteen for every rule at once).
	 */
	Set<MetricKey> metrics() {
		return Set.of();
	}

	/** The contradiction between the declared answer and the records, if any. */
	abstract Optional<Finding> check(Declared declared, Records records);

	/** A finding with the message {@code contradiction.<CODE>[.variant].message}. */
	Optional<Finding> found(String variant, String... args) {
		String key = "contradiction." + name() + ((variant != null) ? "." + variant : "") + ".message";
		return Optional.of(new Finding(this, this.indicatorCode, key, List.of(args)));
	}

	/**
	 * When the declared value earns a higher level than the recorded value would: the
	 * declared value and level, the recorded value and level, then {@code more}.
	 */
	Optional<Finding> aboveRecords(Declared declared, BigDecimal recorded, String... more) {
		int recordedLevel = declared.levelOf(recorded);
		if (declared.level() <= recordedLevel) {
			return Optional.empty();
		}
		String[] args = new String[4 + more.length];
		args[0] = plain(declared.value());
		args[1] = level(declared);
		args[2] = plain(recorded);
		args[3] = Integer.toString(recordedLevel);
		System.arraycopy(more, 0, args, 4, more.length);
		return found(null, args);
	}

	private static String level(Declared declared) {
		return Integer.toString(declared.level());
	}

	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

	/** A number without trailing zeros, with a point: {@code 12.5}, {@code 3}. */
	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

}
