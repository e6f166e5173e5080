package org.socle.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.socle.assessment.scoring.Cap.Reason;

/**
 * Which caps apply to a domain's rating and to the overall rating (SCORING.md, "Caps").
 */
final class Caps {

	private Caps() {
	}

	static List<Cap> forDomain(String domainCode, List<CriterionResult> criteria) {
		return criteria.stream()
			.flatMap((criterion) -> criterion.indicators().stream())
			.filter((indicator) -> indicator.indicator().critical() && indicator.level().equals(Optional.of(1)))
			.map((indicator) -> new Cap(Reason.CRITICAL_AT_LEVEL_1, List.of(indicator.code()), List.of(domainCode)))
			.toList();
	}

	static List<Cap> overall(List<DomainResult> domains) {
		// A critical indicator at level 1 caps the overall rating as well as its
		// domain's.
		List<Cap> criticalCaps = domains.stream()
			.flatMap((domain) -> domain.rating().stream())
			.flatMap((rating) -> rating.caps().stream())
			.filter((cap) -> cap.reason() == Reason.CRITICAL_AT_LEVEL_1)
			.toList();
		List<Cap> caps = new ArrayList<>(criticalCaps);
		if (criticalCaps.size() >= 2) {
			caps.add(new Cap(Reason.TWO_OR_MORE_CRITICAL_AT_LEVEL_1,
					codes(criticalCaps.stream().map(Cap::indicatorCodes)),
					codes(criticalCaps.stream().map(Cap::domainCodes))));
		}
		domains.stream()
			.filter((domain) -> domain.rating().map(RatingResult::rating).equals(Optional.of(Rating.D)))
			.forEach((domain) -> caps.add(new Cap(Reason.DOMAIN_RATED_D, List.of(), List.of(domain.code()))));
		return caps;
	}

	private static List<String> codes(Stream<List<String>> codes) {
		return codes.flatMap(List::stream).distinct().toList();
	}

}
