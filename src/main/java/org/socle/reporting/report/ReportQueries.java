package org.socle.reporting.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.socle.establishment.EstablishmentInfo;
import org.socle.reporting.dashboard.AgeGroup;
import org.socle.reporting.report.ActionPlanStatus.Action;
import org.socle.reporting.report.OperationalFigures.Line;
import org.socle.reporting.report.PeerBenchmark.Figure;
import org.socle.reporting.report.PeerBenchmark.Group;
import org.socle.reporting.report.PeerBenchmark.Kind;
import org.socle.shared.jdbc.DataVersion;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quality report's figures that PostgreSQL computes: the peer benchmark, the action
 * plan's status and the operational figures, one statement each whatever the number of
 * establishments, assessments or beneficiaries.
 * <p>
 * Read model: assessment, assessment_score, assessment_domain_score, action_item
 * (assessment), establishment, establishment_staff (establishment), beneficiary_stay,
 * beneficiary (beneficiary).
 */
@Component
class ReportQueries {

	/**
	 * Each active establishment's latest validated assessment at d (validated by the end
	 * of d, latest reference date first, as on the dashboard), kept when validated in the
	 * 24 months up to d; its overall and domain scores; then quartiles per group and
	 * score, left null under the minimum size so that small groups never leave the
	 * database.
	 */
	private static final String PEERS = """
			WITH latest AS (
			    SELECT DISTINCT ON (a.establishment_id) a.id, a.validated_at, e.category, e.region_code
			    FROM assessment a JOIN establishment e ON e.id = a.establishment_id
			    WHERE a.status = 'VALIDATED' AND a.validated_at < :dayAfter AND e.status = 'ACTIVE'
			    ORDER BY a.establishment_id, a.reference_date DESC, a.validated_at DESC, a.id DESC
			), scores AS (
			    SELECT l.category, l.region_code, CAST(NULL AS varchar) AS domain_code, s.score
			    FROM latest l JOIN assessment_score s ON s.assessment_id = l.id
			    WHERE l.validated_at >= :since
			    UNION ALL
			    SELECT l.category, l.region_code, d.domain_code, d.score
			    FROM latest l JOIN assessment_domain_score d ON d.assessment_id = l.id
			    WHERE l.validated_at >= :since AND d.score IS NOT NULL
			), grouped AS (
			    SELECT 'CATEGORY' AS peer_group, domain_code, score FROM scores WHERE category = :category
			    UNION ALL
			    SELECT 'REGION', domain_code, score FROM scores WHERE region_code = :region
			    UNION ALL
			    SELECT 'NATIONAL', domain_code, score FROM scores
			)
			SELECT peer_group, domain_code, count(*) AS size,
			       CASE WHEN count(*) >= :minimum
			            THEN round(CAST(percentile_cont(0.25) WITHIN GROUP (ORDER BY score) AS numeric), 1) END AS q1,
			       CASE WHEN count(*) >= :minimum
			            THEN round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY score) AS numeric), 1) END AS median,
			       CASE WHEN count(*) >= :minimum
			            THEN round(CAST(percentile_cont(0.75) WITHIN GROUP (ORDER BY score) AS numeric), 1) END AS q3
			FROM grouped
			GROUP BY peer_group, domain_code
			ORDER BY peer_group, domain_code NULLS FIRST
			""";

	private static final String ACTIONS = """
			SELECT indicator_code, status, due_date, completed_on,
			       (status <> 'DROPPED' AND due_date < :d AND (completed_on IS NULL OR completed_on > :d)) AS overdue,
			       coalesce(status = 'DONE' AND completed_on <= due_date, false) AS done_on_time
			FROM action_item WHERE assessment_id = :assessment
			ORDER BY indicator_code
			""";

	/**
	 * The people present at d counted by sex and age group, summed by grouping sets (by
	 * age and sex, by age, by sex, in all: the grand total comes even when nobody is
	 * there), with the care-qualified staff in post at d and the dashboard data version
	 * on every row.
	 */
	private static final String FIGURES = """
			WITH present AS (
			    SELECT DISTINCT s.beneficiary_id
			    FROM beneficiary_stay s
			    WHERE s.establishment_id = :e AND s.admission_date <= :d
			      AND (s.discharge_date IS NULL OR s.discharge_date >= :d)
			), counted AS (
			    SELECT b.sex, %s AS age_group, count(*) AS n
			    FROM present JOIN beneficiary b ON b.id = present.beneficiary_id
			    GROUP BY 1, 2
			)
			SELECT GROUPING(age_group) = 0 AS by_age, age_group, sex, coalesce(sum(n), 0) AS n,
			       (SELECT count(*) FROM establishment_staff st
			        WHERE st.establishment_id = :e AND st.care_qualified AND st.start_date <= :d
			          AND (st.end_date IS NULL OR st.end_date >= :d)) AS care_staff,
			       (%s) AS data_version
			FROM counted
			GROUP BY GROUPING SETS ((age_group, sex), (age_group), (sex), ())
			""".formatted(AgeGroup.sqlCase(), DataVersion.SELECT);

	private final NamedParameterJdbcTemplate jdbc;

	ReportQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param zone where days start and end (Socle's time zone)
	 */
	PeerBenchmark peerBenchmark(EstablishmentInfo establishment, LocalDate d, ZoneId zone) {
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("dayAfter", startOf(d.plusDays(1), zone))
			.addValue("since", startOf(d.minusMonths(PeerBenchmark.MONTHS).plusDays(1), zone))
			.addValue("category", establishment.category().name())
			.addValue("region", establishment.regionCode())
			.addValue("minimum", PeerBenchmark.MINIMUM_GROUP);
		Map<Kind, Figure> overall = new EnumMap<>(Kind.class);
		Map<Kind, List<Figure>> domains = new EnumMap<>(Kind.class);
		this.jdbc.query(PEERS, parameters, (rs) -> {
			Kind kind = Kind.valueOf(rs.getString("peer_group"));
			Figure figure = new Figure(rs.getString("domain_code"), rs.getLong("size"), rs.getBigDecimal("q1"),
					rs.getBigDecimal("median"), rs.getBigDecimal("q3"));
			if (figure.domainCode() == null) {
				overall.put(kind, figure);
			}
			else {
				domains.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(figure);
			}
		});
		List<Group> groups = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			groups.add(new Group(kind, overall.getOrDefault(kind, Figure.empty(null)),
					domains.getOrDefault(kind, List.of())));
		}
		return new PeerBenchmark(groups);
	}

	ActionPlanStatus actionPlan(long assessmentId, LocalDate d) {
		return new ActionPlanStatus(this.jdbc.query(ACTIONS,
				new MapSqlParameterSource("assessment", assessmentId).addValue("d", d),
				(rs, row) -> new Action(rs.getString("indicator_code"), rs.getString("status"),
						rs.getObject("due_date", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
						rs.getBoolean("overdue"), rs.getBoolean("done_on_time"))));
	}

	/**
	 * The operational figures, and the version of the data the peer benchmark reads, in
	 * one statement: the version read before the benchmark keys it
	 * ({@link PeerBenchmarkCache}) without a round trip of its own.
	 */
	FiguresAndVersion operationalFigures(EstablishmentInfo establishment, LocalDate d) {
		MapSqlParameterSource parameters = AgeGroup
			.bounds(new MapSqlParameterSource("e", establishment.id()).addValue("d", d), d);
		Map<AgeGroup, long[]> byAge = new EnumMap<>(AgeGroup.class);
		long[] total = new long[3];
		long[] careStaffAndVersion = new long[2];
		this.jdbc.query(FIGURES, parameters, (rs) -> {
			String group = rs.getString("age_group");
			long[] line = rs.getBoolean("by_age") ? byAge.computeIfAbsent(AgeGroup.valueOf(group), (g) -> new long[3])
					: total;
			String sex = rs.getString("sex");
			line[(sex == null) ? 2 : ("F".equals(sex) ? 0 : 1)] = rs.getLong("n");
			careStaffAndVersion[0] = rs.getLong("care_staff");
			careStaffAndVersion[1] = rs.getLong("data_version");
		});
		List<Line> lines = new ArrayList<>();
		for (AgeGroup group : AgeGroup.values()) {
			long[] line = byAge.getOrDefault(group, new long[3]);
			lines.add(new Line(group, line[0], line[1], line[2]));
		}
		return new FiguresAndVersion(new OperationalFigures(establishment.authorisedCapacity(), lines,
				new Line(null, total[0], total[1], total[2]), careStaffAndVersion[0]), careStaffAndVersion[1]);
	}

	/**
	 * @param dataVersion the dashboard data version ({@link DataVersion}) when the
	 * figures were read
	 */
	record FiguresAndVersion(OperationalFigures figures, long dataVersion) {
	}

	private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toOffsetDateTime();
	}

}
