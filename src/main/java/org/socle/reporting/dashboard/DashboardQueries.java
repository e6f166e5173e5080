package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.socle.establishment.Category;
import org.socle.shared.export.TableExports;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The national dashboard's figures, each panel one PostgreSQL aggregate over the
 * establishments of a {@link Scope}, returned as records (no entity is loaded).
 * <p>
 * Read model: establishment, organisation, beneficiary_stay, beneficiary, assessment,
 * assessment_score, assessment_domain_score, standard_domain, action_item (and this
 * module's inspection_visit, for the map).
 * <p>
 * Definitions shared by every panel, at the reference date d:
 * <ul>
 * <li><em>active beneficiary</em>: a stay admitted on or before d and not discharged
 * before d (as the standard's metrics count them), each person once per
 * establishment;</li>
 * <li><em>latest validated assessment</em>: among those validated by the end of d, the
 * one with the latest reference date (then the latest validation);</li>
 * <li><em>overdue action</em>: due before d, not completed by d, not dropped.</li>
 * </ul>
 */
@Component
public class DashboardQueries {

	/**
	 * One row per establishment in scope ({@code x}) with its operational figures and its
	 * latest validated assessment; the statements below aggregate or page over it.
	 */
	private static final String PER_ESTABLISHMENT = """
			WITH scope AS (
			    SELECT e.id, e.region_code, e.authorised_capacity AS capacity,
			           NOT (e.authorisation_status = 'VALID'
			                AND (e.authorisation_expiry IS NULL OR e.authorisation_expiry >= :d)) AS unauthorised,
			           (e.authorisation_status = 'EXPIRED' OR e.authorisation_expiry < :d) AS expired
			    FROM establishment e
			    WHERE %s
			), active AS (
			    SELECT present.establishment_id, count(*) AS n
			    FROM (SELECT DISTINCT s.establishment_id, s.beneficiary_id
			          FROM beneficiary_stay s JOIN scope ON scope.id = s.establishment_id
			          WHERE s.admission_date <= :d AND (s.discharge_date IS NULL OR s.discharge_date >= :d)) present
			    GROUP BY present.establishment_id
			), latest AS (
			    SELECT DISTINCT ON (a.establishment_id) a.establishment_id, a.id AS assessment_id, a.validated_at,
			           sc.score, sc.score_display, sc.rating,
			           max(a.validated_at) OVER (PARTITION BY a.establishment_id) AS last_validated_at
			    FROM assessment a
			    JOIN scope ON scope.id = a.establishment_id
			    JOIN assessment_score sc ON sc.assessment_id = a.id
			    WHERE a.status = 'VALIDATED' AND a.validated_at < :dayAfter
			    ORDER BY a.establishment_id, a.reference_date DESC, a.validated_at DESC, a.id DESC
			), overdue AS (
			    SELECT i.establishment_id, count(*) AS n
			    FROM action_item i JOIN scope ON scope.id = i.establishment_id
			    WHERE i.due_date < :d AND i.status <> 'DROPPED' AND (i.completed_on IS NULL OR i.completed_on > :d)
			    GROUP BY i.establishment_id
			), x AS (
			    SELECT scope.*, coalesce(active.n, 0) AS active, latest.assessment_id, latest.validated_at,
			           latest.score, latest.score_display, latest.rating,
			           latest.last_validated_at, coalesce(latest.last_validated_at >= :yearStart, false) AS assessed_recently,
			           coalesce(overdue.n, 0) AS overdue
			    FROM scope
			    LEFT JOIN active ON active.establishment_id = scope.id
			    LEFT JOIN latest ON latest.establishment_id = scope.id
			    LEFT JOIN overdue ON overdue.establishment_id = scope.id
			)
			""";

	/**
	 * The common table expressions ending with {@code x}, one row per establishment of
	 * the scope with its operational figures and latest validated assessment, for other
	 * read models of this module to build on (the inspection plan), so that "active",
	 * "latest validated" and "overdue" mean the same everywhere.
	 * @param moreConditions on establishment {@code e}, added to the scope's
	 */
	public static String perEstablishment(Scope scope, String... moreConditions) {
		StringBuilder conditions = new StringBuilder(scope.establishmentConditions());
		for (String condition : moreConditions) {
			conditions.append(" AND ").append(condition);
		}
		return PER_ESTABLISHMENT.formatted(conditions);
	}

	private static final String FIGURES = """
			SELECT x.region_code, GROUPING(x.region_code) = 1 AS whole,
			       count(*) AS establishments,
			       coalesce(sum(x.capacity), 0) AS capacity,
			       coalesce(sum(x.active), 0) AS active,
			       coalesce(sum(x.active) FILTER (WHERE x.capacity IS NOT NULL), 0) AS occupied,
			       count(*) FILTER (WHERE x.active > x.capacity) AS over_capacity,
			       count(*) FILTER (WHERE x.unauthorised) AS unauthorised,
			       count(*) FILTER (WHERE x.expired) AS expired,
			       count(*) FILTER (WHERE x.assessed_recently) AS assessed_recently,
			       count(x.score) AS assessed,
			       CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY x.score) AS numeric) AS median_score,
			       count(*) FILTER (WHERE x.rating = 'A') AS rated_a,
			       count(*) FILTER (WHERE x.rating = 'B') AS rated_b,
			       count(*) FILTER (WHERE x.rating = 'C') AS rated_c,
			       count(*) FILTER (WHERE x.rating = 'D') AS rated_d,
			       coalesce(sum(x.overdue), 0) AS overdue
			FROM x
			GROUP BY GROUPING SETS ((x.region_code), ())
			""";

	/** The ranking's lines; {@code %s}: more columns (or none), then the order. */
	private static final String RANKING = """
			SELECT e.id, e.name_fr, e.name_ar, e.region_code, e.category, o.name AS organisation_name,
			       x.assessment_id, x.score_display, x.rating, (x.validated_at AT TIME ZONE :zone)::date AS validated_on,
			       x.active, x.capacity, x.overdue, count(*) OVER () AS total%s
			FROM x
			JOIN establishment e ON e.id = x.id
			JOIN organisation o ON o.id = e.organisation_id
			ORDER BY %s
			""";

	/** The domain scores of a ranking line's assessment, as two arrays in code order. */
	private static final String DOMAIN_SCORES = """
			,
			       (SELECT array_agg(ds.domain_code ORDER BY ds.domain_code) FROM assessment_domain_score ds
			        WHERE ds.assessment_id = x.assessment_id) AS domain_codes,
			       (SELECT array_agg(ds.score_display ORDER BY ds.domain_code) FROM assessment_domain_score ds
			        WHERE ds.assessment_id = x.assessment_id) AS domain_scores""";

	/**
	 * The domains scored in the latest assessments of a scope, each with its title in the
	 * latest standard version that has it.
	 */
	private static final String SCOPE_DOMAINS = """
			SELECT DISTINCT ON (ds.domain_code) ds.domain_code, d.title_fr, d.title_ar, d.title_en, d.position
			FROM x
			JOIN assessment a ON a.id = x.assessment_id
			JOIN assessment_domain_score ds ON ds.assessment_id = a.id
			LEFT JOIN standard_domain d ON d.standard_id = a.standard_id AND d.code = ds.domain_code
			ORDER BY ds.domain_code, a.standard_id DESC
			""";

	private static final String PAGE = " LIMIT :limit OFFSET :offset";

	private static final String HEAT_MAP = """
			SELECT ds.assessment_id, ds.domain_code, ds.score_display, ds.band,
			       d.title_fr, d.title_ar, d.title_en, d.position
			FROM assessment_domain_score ds
			JOIN assessment a ON a.id = ds.assessment_id
			LEFT JOIN standard_domain d ON d.standard_id = a.standard_id AND d.code = ds.domain_code
			WHERE ds.assessment_id IN (:ids)
			ORDER BY a.standard_id DESC, ds.assessment_id
			""";

	private static final String TRENDS = """
			WITH scope AS (
			    SELECT e.id FROM establishment e WHERE %s
			), yearly AS (
			    SELECT DISTINCT ON (a.establishment_id, y.year) y.year, sc.score, sc.rating
			    FROM assessment a
			    JOIN scope ON scope.id = a.establishment_id
			    JOIN assessment_score sc ON sc.assessment_id = a.id
			    CROSS JOIN LATERAL (SELECT extract(YEAR FROM a.validated_at AT TIME ZONE :zone)::int AS year) y
			    WHERE a.status = 'VALIDATED' AND a.validated_at < :dayAfter
			    ORDER BY a.establishment_id, y.year, a.reference_date DESC, a.validated_at DESC, a.id DESC
			)
			SELECT year, count(*) AS establishments,
			       CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY score) AS numeric) AS median_score,
			       count(*) FILTER (WHERE rating = 'A') AS rated_a,
			       count(*) FILTER (WHERE rating = 'B') AS rated_b,
			       count(*) FILTER (WHERE rating = 'C') AS rated_c,
			       count(*) FILTER (WHERE rating = 'D') AS rated_d
			FROM yearly
			GROUP BY year
			ORDER BY year
			""";

	/**
	 * Active people (once per establishment) counted by sex, age group and whether a
	 * disability is recorded, then those few counts summed by grouping sets, told apart
	 * by GROUPING(): by age group, with or without a disability, each by sex and for
	 * both; then by sex alone and in all. The type of disability is encrypted
	 * (docs/security.md, "Encryption at rest"): only the clear flag can be counted.
	 */
	private static final String BENEFICIARIES = """
			WITH scope AS (
			    SELECT e.id FROM establishment e WHERE %s
			), present AS (
			    SELECT DISTINCT s.establishment_id, s.beneficiary_id
			    FROM beneficiary_stay s JOIN scope ON scope.id = s.establishment_id
			    WHERE s.admission_date <= :d AND (s.discharge_date IS NULL OR s.discharge_date >= :d)
			), counted AS (
			    SELECT b.sex, %s AS age_group, b.has_disability AS disabled, count(*) AS n
			    FROM present JOIN beneficiary b ON b.id = present.beneficiary_id
			    GROUP BY 1, 2, 3
			)
			SELECT GROUPING(age_group) = 0 AS by_age, GROUPING(disabled) = 0 AS by_disabled, age_group, disabled,
			       sex, sum(n) AS n
			FROM counted
			GROUP BY GROUPING SETS ((age_group, sex), (age_group), (disabled, sex), (disabled), (sex), ())
			""";

	private static final String DISCHARGED = """
			SELECT b.sex, GROUPING(b.sex) = 1 AS whole, count(DISTINCT b.id) AS n
			FROM beneficiary_stay s JOIN beneficiary b ON b.id = s.beneficiary_id
			WHERE s.establishment_id = :establishment AND s.discharge_date < :d AND s.discharge_date >= :yearBefore
			  AND NOT EXISTS (SELECT 1 FROM beneficiary_stay o WHERE o.beneficiary_id = s.beneficiary_id
			                  AND o.establishment_id = :establishment AND o.admission_date <= :d
			                  AND (o.discharge_date IS NULL OR o.discharge_date >= :d))
			GROUP BY ROLLUP (b.sex)
			""";

	/** The inspection visits planned in a scope, soonest first (the map's markers). */
	private static final String PLANNED_VISITS = """
			SELECT e.id, e.name_fr, e.name_ar, e.latitude, e.longitude, v.planned_on, v.auditor_name
			FROM inspection_visit v JOIN establishment e ON e.id = v.establishment_id
			WHERE v.status = 'PLANNED' AND %s
			ORDER BY v.planned_on, e.id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	/** The same database, 500 rows at a time through a cursor (exports). */
	private final NamedParameterJdbcTemplate streaming;

	DashboardQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
		cursor.setFetchSize(TableExports.BATCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
	}

	/**
	 * The key figures of the whole scope and of each of its regions, in one statement.
	 */
	FigureSet figures(Scope scope) {
		Figures[] whole = { Figures.none(null) };
		Map<String, Figures> byRegion = new TreeMap<>();
		this.jdbc.query(PER_ESTABLISHMENT.formatted(scope.establishmentConditions()) + FIGURES, scope.parameters(),
				(rs) -> {
					Figures figures = figures(rs);
					if (rs.getBoolean("whole")) {
						whole[0] = figures;
					}
					else {
						byRegion.put(figures.regionCode(), figures);
					}
				});
		return new FigureSet(whole[0], byRegion);
	}

	/** A page of establishments in a {@link RankingSort#safe safe} order. */
	Page<RankingRow> ranking(Scope scope, Pageable safe, Locale locale) {
		MapSqlParameterSource parameters = scope.parameters()
			.addValue("limit", safe.getPageSize())
			.addValue("offset", safe.getOffset());
		long[] total = { 0 };
		List<RankingRow> rows = this.jdbc.query(PER_ESTABLISHMENT.formatted(scope.establishmentConditions())
				+ RANKING.formatted("", RankingSort.orderBy(safe, locale)) + PAGE, parameters, (rs, n) -> {
					total[0] = rs.getLong("total");
					return rankingRow(rs);
				});
		return new PageImpl<>(rows, safe, total[0]);
	}

	/**
	 * Every line of the ranking in the same order, read through a cursor (exports): one
	 * statement, consumed inside the caller's transaction.
	 */
	Stream<RankingRow> streamRanking(Scope scope, Pageable safe, Locale locale) {
		return this.streaming.queryForStream(
				PER_ESTABLISHMENT.formatted(scope.establishmentConditions())
						+ RANKING.formatted("", RankingSort.orderBy(safe, locale)),
				scope.parameters(), (rs, n) -> rankingRow(rs));
	}

	/**
	 * Every line of the ranking with its domain scores, in the ranking's order, read
	 * through a cursor (the heat-map's export).
	 */
	Stream<HeatMapRow> streamHeatMap(Scope scope, Pageable safe, Locale locale) {
		return this.streaming.queryForStream(
				PER_ESTABLISHMENT.formatted(scope.establishmentConditions())
						+ RANKING.formatted(DOMAIN_SCORES, RankingSort.orderBy(safe, locale)),
				scope.parameters(), (rs, n) -> new HeatMapRow(rankingRow(rs), domainScores(rs)));
	}

	private static Map<String, BigDecimal> domainScores(ResultSet rs) throws SQLException {
		Array codes = rs.getArray("domain_codes");
		Array scores = rs.getArray("domain_scores");
		if (codes == null || scores == null) {
			return Map.of();
		}
		String[] code = (String[]) codes.getArray();
		BigDecimal[] score = (BigDecimal[]) scores.getArray();
		Map<String, BigDecimal> byCode = new HashMap<>();
		for (int i = 0; i < code.length; i++) {
			byCode.put(code[i], score[i]);
		}
		return byCode;
	}

	/** The heat-map's columns for a whole scope (its export), in the standard's order. */
	List<HeatMap.Domain> heatMapDomains(Scope scope) {
		Map<HeatMap.Domain, Integer> positions = new HashMap<>();
		this.jdbc.query(PER_ESTABLISHMENT.formatted(scope.establishmentConditions()) + SCOPE_DOMAINS,
				scope.parameters(), (rs) -> {
					positions.put(domain(rs), rs.getObject("position", Integer.class));
				});
		return inStandardOrder(positions);
	}

	private static HeatMap.Domain domain(ResultSet rs) throws SQLException {
		return new HeatMap.Domain(rs.getString("domain_code"), rs.getString("title_fr"), rs.getString("title_ar"),
				rs.getString("title_en"));
	}

	/** By position in the standard (unknown last), then D2 before D10. */
	private static List<HeatMap.Domain> inStandardOrder(Map<HeatMap.Domain, Integer> positions) {
		return positions.keySet()
			.stream()
			.sorted(Comparator
				.comparing((HeatMap.Domain domain) -> positions.get(domain),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((domain) -> domain.code().length())
				.thenComparing(HeatMap.Domain::code))
			.toList();
	}

	private static RankingRow rankingRow(ResultSet rs) throws SQLException {
		return new RankingRow(rs.getLong("id"), rs.getString("name_fr"), rs.getString("name_ar"),
				rs.getString("region_code"), Category.valueOf(rs.getString("category")),
				rs.getString("organisation_name"), rs.getObject("assessment_id", Long.class),
				rs.getBigDecimal("score_display"), rs.getString("rating"),
				rs.getObject("validated_on", LocalDate.class), rs.getLong("active"),
				rs.getObject("capacity", Integer.class), rs.getLong("overdue"));
	}

	/** The domain scores of these assessments; no statement when there is none. */
	HeatMap heatMap(Collection<Long> assessmentIds) {
		if (assessmentIds.isEmpty()) {
			return HeatMap.EMPTY;
		}
		Map<String, HeatMap.Domain> domains = new HashMap<>();
		Map<HeatMap.Domain, Integer> positions = new HashMap<>();
		Map<Long, Map<String, HeatMap.DomainScore>> scores = new HashMap<>();
		this.jdbc.query(HEAT_MAP, new MapSqlParameterSource("ids", assessmentIds), (rs) -> {
			String code = rs.getString("domain_code");
			if (!domains.containsKey(code)) {
				HeatMap.Domain domain = domain(rs);
				domains.put(code, domain);
				positions.put(domain, rs.getObject("position", Integer.class));
			}
			scores.computeIfAbsent(rs.getLong("assessment_id"), (id) -> new HashMap<>())
				.put(code, new HeatMap.DomainScore(rs.getBigDecimal("score_display"), rs.getString("band")));
		});
		return new HeatMap(inStandardOrder(positions), scores);
	}

	/** The visits planned at the establishments of the scope (docs/inspections.md). */
	List<PlannedVisitMarker> plannedVisits(Scope scope) {
		return this.jdbc.query(PLANNED_VISITS.formatted(scope.establishmentConditions()), scope.parameters(),
				(rs, n) -> new PlannedVisitMarker(rs.getLong("id"), rs.getString("name_fr"), rs.getString("name_ar"),
						rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
						rs.getObject("planned_on", LocalDate.class), rs.getString("auditor_name")));
	}

	/** Median score and ratings per year of validation, up to the reference date. */
	List<YearTrend> trends(Scope scope) {
		return this.jdbc.query(TRENDS.formatted(scope.establishmentConditions()), scope.parameters(),
				(rs, n) -> new YearTrend(rs.getInt("year"), rs.getLong("establishments"),
						rs.getBigDecimal("median_score"), rs.getLong("rated_a"), rs.getLong("rated_b"),
						rs.getLong("rated_c"), rs.getLong("rated_d")));
	}

	/**
	 * Active beneficiaries by sex, age group and disability; counts under five are
	 * suppressed here, as they are read.
	 */
	BeneficiaryFigures beneficiaries(Scope scope) {
		return beneficiaries(scope.establishmentConditions(), scope.parameters(), scope.referenceDate());
	}

	/** {@link #beneficiaries(Scope)} of one establishment, whatever its status. */
	BeneficiaryFigures beneficiaries(long establishmentId, LocalDate d) {
		return beneficiaries("e.id = :establishment",
				new MapSqlParameterSource("establishment", establishmentId).addValue("d", d), d);
	}

	/**
	 * People of the establishment discharged in the twelve months before {@code d} (not
	 * active at d), by sex, suppressed under five.
	 */
	BeneficiaryFigures.Line discharged(long establishmentId, LocalDate d) {
		long[] counts = new long[3];
		this.jdbc.query(DISCHARGED, new MapSqlParameterSource("establishment", establishmentId).addValue("d", d)
			.addValue("yearBefore", d.minusYears(1)), (rs) -> {
				counts[rs.getBoolean("whole") ? 2 : column(rs.getString("sex"))] = rs.getLong("n");
			});
		return suppressed(null, counts);
	}

	private BeneficiaryFigures beneficiaries(String establishmentConditions, MapSqlParameterSource parameters,
			LocalDate d) {
		Map<AgeGroup, long[]> byAge = new EnumMap<>(AgeGroup.class);
		Map<String, long[]> byDisability = new LinkedHashMap<>();
		byDisability.put(BeneficiaryFigures.ANY_DISABILITY, new long[3]);
		byDisability.put(BeneficiaryFigures.NO_DISABILITY, new long[3]);
		for (AgeGroup group : AgeGroup.values()) {
			byAge.put(group, new long[3]);
		}
		long[] total = new long[3];
		String sql = BENEFICIARIES.formatted(establishmentConditions, AgeGroup.sqlCase());
		this.jdbc.query(sql, AgeGroup.bounds(parameters, d), (rs) -> {
			long[] line = line(rs, byAge, byDisability, total);
			if (line != null) {
				line[column(rs.getString("sex"))] = rs.getLong("n");
			}
		});
		List<BeneficiaryFigures.Line> ageLines = new ArrayList<>();
		byAge.forEach((group, counts) -> ageLines.add(suppressed(group.name(), counts)));
		List<BeneficiaryFigures.Line> disabilityLines = new ArrayList<>();
		byDisability.forEach((key, counts) -> disabilityLines.add(suppressed(key, counts)));
		return new BeneficiaryFigures(ageLines, disabilityLines, suppressed(null, total));
	}

	/** The counts a row belongs to. */
	private static long[] line(ResultSet rs, Map<AgeGroup, long[]> byAge, Map<String, long[]> byDisability,
			long[] total) throws SQLException {
		if (rs.getBoolean("by_age")) {
			return byAge.get(AgeGroup.valueOf(rs.getString("age_group")));
		}
		if (rs.getBoolean("by_disabled")) {
			return byDisability
				.get(rs.getBoolean("disabled") ? BeneficiaryFigures.ANY_DISABILITY : BeneficiaryFigures.NO_DISABILITY);
		}
		return total;
	}

	/** Women, men, both. */
	private static int column(String sex) {
		return (sex == null) ? 2 : ("F".equals(sex) ? 0 : 1);
	}

	private static BeneficiaryFigures.Line suppressed(String key, long[] counts) {
		return new BeneficiaryFigures.Line(key, SmallCount.of(counts[0]), SmallCount.of(counts[1]),
				SmallCount.of(counts[2]));
	}

	private static Figures figures(ResultSet rs) throws SQLException {
		BigDecimal median = rs.getBigDecimal("median_score");
		return new Figures(rs.getString("region_code"), rs.getLong("establishments"), rs.getLong("capacity"),
				rs.getLong("active"), rs.getLong("occupied"), rs.getLong("over_capacity"), rs.getLong("unauthorised"),
				rs.getLong("expired"), rs.getLong("assessed_recently"), rs.getLong("assessed"), median,
				rs.getLong("rated_a"), rs.getLong("rated_b"), rs.getLong("rated_c"), rs.getLong("rated_d"),
				rs.getLong("overdue"));
	}

	/**
	 * @param whole the figures of the whole scope
	 * @param byRegion by region code, only regions with an establishment in scope
	 */
	record FigureSet(Figures whole, Map<String, Figures> byRegion) {

		public Figures region(String code) {
			return this.byRegion.getOrDefault(code, Figures.none(code));
		}

	}

}
