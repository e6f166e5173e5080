package org.socle.assessment.contradiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.assessment.scoring.Answer;
import org.socle.assessment.scoring.StandardTree;
import org.socle.care.EstablishmentMetrics;
import org.socle.care.MetricResult;
import org.socle.establishment.EstablishmentRecords;
import org.socle.establishment.RecordFacts;
import org.socle.standard.MetricKey;

import org.springframework.stereotype.Component;

/**
 * Checks an assessment's declared answers against the establishment's records at its
 * reference date, with every rule switched on. The records are read once for all rules:
 * at most seven statements (the catalogue, the establishment's facts, the computed
 * metrics), whatever the number of rules; none beyond the catalogue when no rule applies.
 * Only the metrics the rules with a declared answer read are computed.
 */
@Component
public class ContradictionChecker {

	private final ContradictionCatalogue catalogue;

	private final EstablishmentRecords establishments;

	private final EstablishmentMetrics metrics;

	ContradictionChecker(ContradictionCatalogue catalogue, EstablishmentRecords establishments,
			EstablishmentMetrics metrics) {
		this.catalogue = catalogue;
		this.establishments = establishments;
		this.metrics = metrics;
	}

	/**
	 * The contradictions, in the standard's order. The caller has checked that the
	 * current user may read the establishment.
	 * @param tree the assessment's standard, restricted to the establishment's category
	 * @param answers the answers by indicator code
	 */
	public List<Finding> check(long establishmentId, LocalDate referenceDate, StandardTree tree,
			Map<String, Answer> answers) {
		Map<String, StandardTree.Indicator> indicators = tree.indicators()
			.collect(Collectors.toMap(StandardTree.Indicator::code, Function.identity()));
		Map<ContradictionRule, Declared> declared = new EnumMap<>(ContradictionRule.class);
		for (ContradictionRule rule : this.catalogue.enabled()) {
			declared(rule, indicators.get(rule.indicatorCode()), answers.get(rule.indicatorCode()))
				.ifPresent((answer) -> declared.put(rule, answer));
		}
		if (declared.isEmpty()) {
			return List.of();
		}
		RecordFacts facts = this.establishments.factsAt(establishmentId, referenceDate);
		Set<MetricKey> needed = EnumSet.noneOf(MetricKey.class);
		declared.keySet().forEach((rule) -> needed.addAll(rule.metrics()));
		Map<String, MetricResult> computed = needed.isEmpty() ? Map.of()
				: this.metrics.compute(establishmentId, referenceDate, needed);
		Records records = new Records(facts, computed);
		List<Finding> findings = new ArrayList<>();
		tree.indicators().forEach((indicator) -> declared.forEach((rule, answer) -> {
			if (rule.indicatorCode().equals(indicator.code())) {
				rule.check(answer, records).ifPresent(findings::add);
			}
		}));
		return findings;
	}

	/** The answer a rule reads, when given (not N/A) to an indicator of its type. */
	private static Optional<Declared> declared(ContradictionRule rule, StandardTree.Indicator indicator,
			Answer answer) {
		if (indicator == null || answer == null || answer instanceof Answer.NotApplicable
				|| indicator.answerType() != rule.answerType()) {
			return Optional.empty();
		}
		return Optional.of(new Declared(indicator, answer, indicator.levelOf(answer)));
	}

}
