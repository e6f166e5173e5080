package org.socle.reporting.inspection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.assessment.OpenContradictions;
import org.socle.establishment.Category;
import org.socle.reporting.dashboard.DashboardQueries;
import org.socle.reporting.dashboard.Scope;
import org.socle.shared.export.TableExports;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inspection plan computed by PostgreSQL for every establishment of a scope at once:
 * the dashboard's per-establishment figures ({@link DashboardQueries#perEstablishment}),
 * the other inputs of the {@link RiskFactor risk factors}, the factors that apply with
 * their weights, the score, then a page (or a stream, for exports) in risk order. One
 * statement whatever the number of establishments.
 * <p>
 * Read model: establishment, establishment_staff (establishment), beneficiary_stay,
 * beneficiary (beneficiary), assessment, assessment_score, assessment_score_cap,
 * assessment_answer, assessment_contradiction (assessment, through
 * {@link OpenContradictions#OPEN_BY_ESTABLISHMENT_SQL}), app_user (identity).
 */
@Component
class InspectionQueries {

	/**
	 * One row per establishment ({@code inputs}, alias {@code i} in the factors'
	 * conditions): {@code x} plus the previous validated score, whether the latest
	 * assessment holds a cap, care staff and people present today and 12 months ago, the
	 * health cover today and as recorded 12 months ago or earlier, and the days over
	 * capacity in the last 365 (from the stays' admissions and discharges: each stay
	 * counts from its admission to its discharge day included), and the contradictions of
	 * the latest submitted assessment not found corrected (as {@link OpenContradictions}
	 * counts them).
	 */
	static final String INPUTS = """
			, previous AS (
			    SELECT DISTINCT ON (a.establishment_id) a.establishment_id, sc.score AS score_exact, sc.score_display
			    FROM assessment a
			    JOIN x ON x.id = a.establishment_id AND a.id <> x.assessment_id
			    JOIN assessment_score sc ON sc.assessment_id = a.id
			    WHERE a.status = 'VALIDATED' AND a.validated_at < :dayAfter
			    ORDER BY a.establishment_id, a.reference_date DESC, a.validated_at DESC, a.id DESC
			), capped AS (
			    SELECT DISTINCT c.assessment_id FROM assessment_score_cap c JOIN x ON x.assessment_id = c.assessment_id
			), staffing AS (
			    SELECT st.establishment_id,
			           count(*) FILTER (WHERE st.start_date <= :d AND (st.end_date IS NULL OR st.end_date >= :d)) AS now,
			           count(*) FILTER (WHERE st.start_date <= :yearAgo
			                            AND (st.end_date IS NULL OR st.end_date >= :yearAgo)) AS then
			    FROM establishment_staff st JOIN x ON x.id = st.establishment_id
			    WHERE st.care_qualified
			    GROUP BY st.establishment_id
			), people AS (
			    SELECT s.establishment_id,
			           count(DISTINCT s.beneficiary_id) FILTER (WHERE s.admission_date <= :yearAgo
			               AND (s.discharge_date IS NULL OR s.discharge_date >= :yearAgo)) AS then,
			           count(DISTINCT s.beneficiary_id) FILTER (WHERE (s.discharge_date IS NULL OR s.discharge_date >= :d)
			               AND b.has_health_cover) AS covered
			    FROM beneficiary_stay s
			    JOIN x ON x.id = s.establishment_id
			    JOIN beneficiary b ON b.id = s.beneficiary_id
			    WHERE s.admission_date <= :d AND (s.discharge_date IS NULL OR s.discharge_date >= :yearAgo)
			    GROUP BY s.establishment_id
			), cover_then AS (
			    SELECT DISTINCT ON (a.establishment_id) a.establishment_id, a.reference_date,
			           ans.metric_numerator, ans.metric_denominator
			    FROM assessment a
			    JOIN x ON x.id = a.establishment_id
			    JOIN assessment_answer ans ON ans.assessment_id = a.id AND ans.metric_key = 'HEALTH_COVER_RATE'
			    WHERE a.status = 'VALIDATED' AND a.validated_at < :dayAfter AND a.reference_date <= :yearAgo
			      AND ans.metric_denominator > 0
			    ORDER BY a.establishment_id, a.reference_date DESC, a.validated_at DESC, a.id DESC
			), moves AS (
			    SELECT s.establishment_id, s.admission_date AS day, 1 AS delta
			    FROM beneficiary_stay s JOIN x ON x.id = s.establishment_id
			    WHERE x.capacity IS NOT NULL AND s.admission_date <= :d
			      AND (s.discharge_date IS NULL OR s.discharge_date >= :windowStart)
			    UNION ALL
			    SELECT s.establishment_id, s.discharge_date + 1, -1
			    FROM beneficiary_stay s JOIN x ON x.id = s.establishment_id
			    WHERE x.capacity IS NOT NULL AND s.admission_date <= :d
			      AND s.discharge_date >= :windowStart AND s.discharge_date < :d
			), occupancy AS (
			    SELECT establishment_id, day, sum(sum(delta)) OVER w AS present, lead(day) OVER w AS next_day
			    FROM moves
			    GROUP BY establishment_id, day
			    WINDOW w AS (PARTITION BY establishment_id ORDER BY day)
			), over_capacity AS (
			    SELECT o.establishment_id,
			           sum(least(coalesce(o.next_day, :dayAfterDate), :dayAfterDate) - greatest(o.day, :windowStart)) AS days
			    FROM occupancy o JOIN x ON x.id = o.establishment_id
			    WHERE o.present > x.capacity AND coalesce(o.next_day, :dayAfterDate) > :windowStart AND o.day <= :d
			    GROUP BY o.establishment_id
			), open_contradictions AS (
			%s
			), inputs AS (
			    SELECT x.*, e.authorisation_expiry,
			           previous.score_exact AS previous_score_exact, previous.score_display AS previous_score,
			           (capped.assessment_id IS NOT NULL) AS capped,
			           coalesce(x.last_validated_at >= :twoYearsStart, false) AS assessed_in_two_years,
			           coalesce(staffing.now, 0) AS staff_now, coalesce(staffing.then, 0) AS staff_then,
			           coalesce(people.then, 0) AS active_then, coalesce(people.covered, 0) AS covered_now,
			           cover_then.metric_numerator AS covered_then, cover_then.metric_denominator AS assessed_then,
			           cover_then.reference_date AS cover_then_on, coalesce(over_capacity.days, 0) AS days_over,
			           coalesce(open_contradictions.open, 0) AS open_contradictions
			    FROM x
			    JOIN establishment e ON e.id = x.id
			    LEFT JOIN previous ON previous.establishment_id = x.id
			    LEFT JOIN capped ON capped.assessment_id = x.assessment_id
			    LEFT JOIN staffing ON staffing.establishment_id = x.id
			    LEFT JOIN people ON people.establishment_id = x.id
			    LEFT JOIN cover_then ON cover_then.establishment_id = x.id
			    LEFT JOIN over_capacity ON over_capacity.establishment_id = x.id
			    LEFT JOIN open_contradictions ON open_contradictions.establishment_id = x.id
			)
			"""
		.formatted(OpenContradictions.OPEN_BY_ESTABLISHMENT_SQL);

	/**
	 * The factors that apply to each establishment with their points (a factor weighing 0
	 * is switched off), then the score and the reasons, most points first, and its visit:
	 * the planned one, or else the latest done.
	 */
	private static final String SCORED = """
			, reasons AS (
			    SELECT i.id, f.factor, f.position, w.weight AS points
			    FROM inputs i
			    CROSS JOIN LATERAL (VALUES %s) f(factor, position, applies)
			    JOIN inspection_risk_weight w ON w.factor = f.factor
			    WHERE f.applies AND w.weight > 0
			), risk AS (
			    SELECT id, sum(points) AS score,
			           array_agg(factor ORDER BY points DESC, position) AS factors,
			           array_agg(points ORDER BY points DESC, position) AS points
			    FROM reasons
			    GROUP BY id
			), visit AS (
			    SELECT DISTINCT ON (establishment_id) id, establishment_id, auditor_id, auditor_name, planned_on,
			           done_on, status, version
			    FROM inspection_visit
			    WHERE status IN ('PLANNED', 'DONE')
			    ORDER BY establishment_id, status = 'PLANNED' DESC, done_on DESC, id DESC
			)
			SELECT i.*, e.name_fr, e.name_ar, e.category, coalesce(risk.score, 0) AS risk_score,
			       risk.factors, risk.points, (i.last_validated_at AT TIME ZONE :zone)::date AS last_validated_on,
			       v.id AS visit_id, v.auditor_id, v.auditor_name, v.planned_on, v.done_on, v.version AS visit_version,
			       count(*) OVER () AS total
			FROM inputs i
			JOIN establishment e ON e.id = i.id
			LEFT JOIN risk ON risk.id = i.id
			LEFT JOIN visit v ON v.establishment_id = i.id
			WHERE %s
			ORDER BY coalesce(risk.score, 0) DESC, e.name_fr, e.id
			""";

	private static final String AUDITORS = """
			SELECT id, display_name FROM app_user WHERE role = 'AUDITOR' AND enabled ORDER BY display_name, id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	/** The same database, 500 rows at a time through a cursor (exports). */
	private final NamedParameterJdbcTemplate streaming;

	InspectionQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
		cursor.setFetchSize(TableExports.BATCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
	}

	/** A page of the plan, highest risk first (then by name). */
	Page<RiskRow> page(Scope scope, InspectionFilter filter, long userId, Pageable page) {
		MapSqlParameterSource parameters = parameters(scope, userId).addValue("limit", page.getPageSize())
			.addValue("offset", page.getOffset());
		long[] total = { 0 };
		List<RiskRow> rows = this.jdbc.query(sql(scope, filter) + " LIMIT :limit OFFSET :offset", parameters,
				(rs, n) -> {
					total[0] = rs.getLong("total");
					return row(rs);
				});
		return new PageImpl<>(rows, page, total[0]);
	}

	/** The whole plan in the same order, through a cursor (exports). */
	Stream<RiskRow> stream(Scope scope, InspectionFilter filter, long userId) {
		return this.streaming.queryForStream(sql(scope, filter), parameters(scope, userId), (rs, n) -> row(rs));
	}

	/** One establishment of the plan (in operation), or null. */
	RiskRow one(Scope scope, long establishmentId) {
		List<RiskRow> rows = this.jdbc.query(
				DashboardQueries.perEstablishment(scope, "e.id = :establishment") + INPUTS
						+ SCORED.formatted(factorValues(), "true"),
				parameters(scope, 0).addValue("establishment", establishmentId), (rs, n) -> row(rs));
		return rows.isEmpty() ? null : rows.get(0);
	}

	/** Enabled auditors, by name. */
	List<Auditor> auditors() {
		return this.jdbc.query(AUDITORS, (rs, n) -> new Auditor(rs.getLong("id"), rs.getString("display_name")));
	}

	private static String sql(Scope scope, InspectionFilter filter) {
		return DashboardQueries.perEstablishment(scope) + INPUTS
				+ SCORED.formatted(factorValues(), filter.getAssignment().sqlCondition());
	}

	/**
	 * {@code ('AUTHORISATION_MISSING', 0, <condition>), …}: each factor with its test.
	 */
	private static String factorValues() {
		List<String> values = new ArrayList<>();
		for (RiskFactor factor : RiskFactor.values()) {
			values.add("('" + factor.name() + "', " + factor.ordinal() + ", " + factor.sqlCondition() + ")");
		}
		return values.stream().collect(Collectors.joining(",\n        "));
	}

	/**
	 * The scope's parameters, plus {@code yearAgo} (the same day 12 months back),
	 * {@code twoYearsStart} (the instant the 24 months up to today begin),
	 * {@code windowStart} and {@code dayAfterDate} (the 365 days over which days over
	 * capacity are counted) and {@code me} (the user, for "assigned to me").
	 */
	private static MapSqlParameterSource parameters(Scope scope, long userId) {
		LocalDate d = scope.referenceDate();
		return scope.parameters()
			.addValue("yearAgo", d.minusYears(1))
			.addValue("twoYearsStart", startOf(scope, d.minusYears(2).plusDays(1)))
			.addValue("windowStart", d.minusDays(364))
			.addValue("dayAfterDate", d.plusDays(1))
			.addValue("me", userId);
	}

	private static OffsetDateTime startOf(Scope scope, LocalDate day) {
		return day.atStartOfDay(scope.zone()).toOffsetDateTime();
	}

	private static RiskRow row(ResultSet rs) throws SQLException {
		long active = rs.getLong("active");
		Long assessedThen = rs.getObject("assessed_then", Long.class);
		Long visitId = rs.getObject("visit_id", Long.class);
		return new RiskRow(rs.getLong("id"), rs.getString("name_fr"), rs.getString("name_ar"),
				rs.getString("region_code"), Category.valueOf(rs.getString("category")), rs.getInt("risk_score"),
				reasons(rs), rs.getObject("authorisation_expiry", LocalDate.class), active,
				rs.getObject("capacity", Integer.class), rs.getLong("days_over"),
				rs.getObject("assessment_id", Long.class), rs.getBigDecimal("score_display"),
				rs.getBigDecimal("previous_score"), rs.getLong("overdue"),
				rs.getObject("last_validated_on", LocalDate.class), rs.getLong("staff_now"), rs.getLong("staff_then"),
				rs.getLong("active_then"), RiskRow.percent(rs.getLong("covered_now"), active),
				(assessedThen != null) ? RiskRow.percent(rs.getLong("covered_then"), assessedThen) : null,
				rs.getObject("cover_then_on", LocalDate.class), rs.getLong("open_contradictions"),
				(visitId != null) ? new RiskRow.Visit(visitId, rs.getLong("auditor_id"), rs.getString("auditor_name"),
						rs.getObject("planned_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
						rs.getLong("visit_version")) : null);
	}

	private static List<RiskRow.Reason> reasons(ResultSet rs) throws SQLException {
		Array factors = rs.getArray("factors");
		Array points = rs.getArray("points");
		if (factors == null || points == null) {
			return List.of();
		}
		String[] factor = (String[]) factors.getArray();
		Integer[] point = (Integer[]) points.getArray();
		List<RiskRow.Reason> reasons = new ArrayList<>();
		for (int i = 0; i < factor.length; i++) {
			reasons.add(new RiskRow.Reason(RiskFactor.valueOf(factor[i]), point[i]));
		}
		return reasons;
	}

	/** An auditor visits can be assigned to. */
	record Auditor(long id, String name) {
	}

}
