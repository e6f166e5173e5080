package org.socle.reporting.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.identity.SocleUser;
import org.socle.reference.ReferenceDataService;
import org.socle.reporting.dashboard.Scope;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.shared.web.Formats;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk-based inspection plan, for auditors and administrators only: every
 * establishment in operation scored from its records today, highest risk first, each
 * score explained reason by reason.
 */
@Service
@Transactional(readOnly = true)
class InspectionPlan {

	private final InspectionQueries queries;

	private final RiskWeightRepository weights;

	private final VisitEventRepository events;

	private final ReferenceDataService reference;

	private final Formats formats;

	private final Clock clock;

	InspectionPlan(InspectionQueries queries, RiskWeightRepository weights, VisitEventRepository events,
			ReferenceDataService reference, Formats formats, Clock clock) {
		this.queries = queries;
		this.weights = weights;
		this.events = events;
		this.reference = reference;
		this.formats = formats;
		this.clock = clock;
	}

	/**
	 * @throws NotAllowedException for anyone but an auditor or an administrator
	 */
	static SocleUser requirePlanReader() {
		SocleUser user = SocleUser.current();
		if (!user.isAuditor() && !user.isAdmin()) {
			throw new NotAllowedException(user + " may not open the inspection plan");
		}
		return user;
	}

	/** A page of the plan; an unknown region is dropped from the filter. */
	Page<RiskRow> page(InspectionFilter filter, Pageable pageable) {
		SocleUser user = requirePlanReader();
		return this.queries.page(scope(filter), filter, user.id(), Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE));
	}

	/**
	 * The whole filtered plan for an export: access checked now, one streamed statement.
	 */
	Supplier<Stream<RiskRow>> export(InspectionFilter filter) {
		SocleUser user = requirePlanReader();
		Scope scope = scope(filter);
		return () -> this.queries.stream(scope, filter, user.id());
	}

	/**
	 * One establishment's score, every factor with its weight and its points, and its
	 * visits' trail.
	 * @throws NotFoundException when the establishment is not in operation
	 */
	Explanation explain(long establishmentId) {
		requirePlanReader();
		RiskRow row = this.queries.one(scope(new InspectionFilter()), establishmentId);
		if (row == null) {
			throw new NotFoundException("Establishment in operation", establishmentId);
		}
		Map<RiskFactor, Integer> points = row.reasons()
			.stream()
			.collect(Collectors.toMap(RiskRow.Reason::factor, RiskRow.Reason::points));
		List<Line> lines = new ArrayList<>();
		for (RiskWeight weight : this.weights.findAllByOrderById()) {
			RiskFactor factor = weight.getFactor();
			boolean applies = points.containsKey(factor);
			lines.add(new Line(factor, weight.getWeight(), points.getOrDefault(factor, 0), applies,
					applies ? factor.detailKey(row) : null, applies ? shown(factor.details(row)) : new Object[0]));
		}
		lines.sort((a, b) -> Integer.compare(b.points(), a.points()));
		return new Explanation(row, lines, this.events.trail(establishmentId), this.queries.auditors());
	}

	List<InspectionQueries.Auditor> auditors() {
		return this.queries.auditors();
	}

	/**
	 * The factors' figures as the page shows them: dates and decimals in the user's
	 * format.
	 */
	private Object[] shown(List<Object> details) {
		Function<Object, Object> show = (value) -> {
			if (value instanceof TemporalAccessor date) {
				return this.formats.date(date);
			}
			if (value instanceof BigDecimal decimal) {
				return decimal.toPlainString();
			}
			return value;
		};
		return details.stream().map(show).toArray();
	}

	private Scope scope(InspectionFilter filter) {
		if (filter.getRegion() != null && !this.reference.isRegion(filter.getRegion())) {
			filter.setRegion(null);
		}
		return new Scope(filter.getRegion(), null, filter.getCategory(), null, LocalDate.now(this.clock),
				this.clock.getZone());
	}

	/**
	 * @param lines every factor, those that apply first, most points first
	 * @param trail the establishment's visits' assignments, latest first
	 */
	record Explanation(RiskRow row, List<Line> lines, List<VisitEvent> trail,
			List<InspectionQueries.Auditor> auditors) {

		public int total() {
			return this.lines.stream().mapToInt(Line::points).sum();
		}

	}

	/**
	 * @param detailKey the message saying the figures behind it (null when it does not
	 * apply)
	 */
	record Line(RiskFactor factor, int weight, int points, boolean applies, String detailKey,
			Object[] detailArguments) {
	}

}
