package org.socle.care;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.socle.beneficiary.DischargeReason;
import org.socle.care.types.ServiceKind;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.shared.jdbc.SqlArrays;
import org.socle.standard.MetricKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The computed indicators (METRIC*) of the standard for one establishment at a reference
 * date, from the establishment's own records, for the metrics of the standard's catalogue
 * ({@link MetricKey}).
 * <p>
 * Read model: reads the beneficiary module's tables {@code beneficiary} and
 * {@code beneficiary_stay} in SQL (and care's own); the establishment and its staff come
 * through {@link EstablishmentAccess}.
 * <p>
 * Every metric is an SQL aggregate over the establishment's stays: one statement computes
 * all of them (plus the access check and the staff count), whatever the number of
 * records; the same statement, grouped by establishment, computes them for every
 * establishment at once ({@link #computeAll}).
 * <p>
 * <em>Active at d</em> means a stay in this establishment admitted on or before d and not
 * discharged before d (a discharge on d is still active on d); ages are in whole years at
 * d, from the birth date or, when only an estimated year is known, year of d minus the
 * birth year. Windows include both ends: <em>in the 90 days before d</em> runs from d
 * minus 90 days to d; <em>in the 12 months before d</em> runs from the day after d minus
 * one year to d. Services and care-plan reviews count when recorded by this
 * establishment. See docs/metrics.md.
 */
@Service
@Transactional(readOnly = true)
public class EstablishmentMetrics {

	/**
	 * The metrics of the standard's catalogue computed here, in its order: every one but
	 * {@link MetricKey#ACTION_PLAN_ON_TIME_RATE}, which the assessment module computes
	 * from its action plans.
	 */
	public static final Set<MetricKey> COMPUTED = Collections
		.unmodifiableSet(EnumSet.complementOf(EnumSet.of(MetricKey.ACTION_PLAN_ON_TIME_RATE)));

	/** Required fields of the register, counted by REGISTER_COMPLETENESS_RATE. */
	public static final int REQUIRED_FIELDS = 10;

	/**
	 * The SQL's rows of the active beneficiaries, behind occupancy and the staff ratio.
	 */
	private static final String ACTIVE = "ACTIVE";

	/** Care-plan reviews count within this many days before d. */
	static final int CARE_PLAN_REVIEW_DAYS = 183;

	/**
	 * Psychosocial or socio-educational services count within this many days before d.
	 */
	static final int PSYCHOSOCIAL_DAYS = 90;

	/** A health check counts within this many days after admission. */
	static final int HEALTH_CHECK_DAYS = 30;

	/**
	 * One row per (establishment, metric, record): the record's beneficiary id, whether
	 * it counts in the numerator ({@code ok}), and the fields it fills out of those
	 * required (1 of 1 for every metric but the register's completeness), aggregated by
	 * establishment and metric. {@code %1$s} selects the establishments ({@link #ONE} or
	 * {@link #MANY}), {@code %2$s} the metrics (nothing for all, or a {@code WHERE} on
	 * their keys, with which PostgreSQL drops the other branches when it plans the
	 * statement); an establishment's rows never depend on the others'.
	 */
	static final String SQL = """
			WITH active AS (
			    SELECT DISTINCT ON (s.establishment_id, b.id) s.establishment_id AS establishment, b.id,
			           b.last_name_ar, b.first_name_ar, b.cin, b.birth_certificate_ref, b.consent_date,
			           b.has_health_cover, b.health_cover_known, b.has_disability, b.disability_supported,
			           b.rsu_status, b.family_aid, b.pension, b.schooling, s.legal_basis, s.referral_source,
			           CASE WHEN b.birth_date IS NOT NULL
			                THEN extract(YEAR FROM age(CAST(:d AS date), b.birth_date))::int
			                ELSE extract(YEAR FROM CAST(:d AS date))::int - b.birth_year END AS age
			    FROM beneficiary_stay s JOIN beneficiary b ON b.id = s.beneficiary_id
			    WHERE s.establishment_id %1$s AND s.admission_date <= :d
			      AND (s.discharge_date IS NULL OR s.discharge_date >= :d)
			    ORDER BY s.establishment_id, b.id, s.admission_date DESC
			), per_record AS (
			    SELECT establishment, 'ACTIVE' AS key, id, true AS ok, 1 AS filled, 1 AS required FROM active
			    UNION ALL
			    SELECT establishment, 'COMPLETE_FILE_RATE', id,
			           (cin IS NOT NULL OR birth_certificate_ref IS NOT NULL) AND legal_basis IS NOT NULL
			               AND consent_date IS NOT NULL, 0, 1
			    FROM active
			    UNION ALL
			    SELECT establishment, 'HEALTH_COVER_RATE', id, has_health_cover, 0, 1 FROM active
			    UNION ALL
			    SELECT s.establishment_id, 'HEALTH_CHECK_30D_RATE', s.beneficiary_id,
			           EXISTS (SELECT 1 FROM care_record r JOIN care_service_type t ON t.id = r.service_type_id
			                   WHERE r.beneficiary_id = s.beneficiary_id AND r.establishment_id = s.establishment_id
			                     AND t.kind = :healthCheck AND r.service_date >= s.admission_date
			                     AND r.service_date <= s.admission_date + :healthCheckDays
			                     AND r.service_date <= :d), 0, 1
			    FROM beneficiary_stay s
			    WHERE s.establishment_id %1$s AND s.admission_date > CAST(:d AS date) - interval '1 year'
			      AND s.admission_date <= :d
			    UNION ALL
			    SELECT establishment, 'SCHOOL_ENROLMENT_RATE', id, schooling = 'ENROLLED', 0, 1 FROM active WHERE age BETWEEN 6 AND 15
			    UNION ALL
			    SELECT establishment, 'CIVIL_REGISTRATION_RATE', id, birth_certificate_ref IS NOT NULL, 0, 1 FROM active WHERE age < 18
			    UNION ALL
			    SELECT establishment, 'FAMILY_AID_RATE', id, family_aid = 'RECEIVING', 0, 1 FROM active WHERE age < 18
			    UNION ALL
			    SELECT establishment, 'PENSION_RATE', id, pension = 'RECEIVING', 0, 1 FROM active WHERE age >= 60
			    UNION ALL
			    SELECT establishment, 'DISABILITY_SUPPORT_RATE', id, disability_supported, 0, 1
			    FROM active WHERE has_disability
			    UNION ALL
			    SELECT s.establishment_id, 'POSITIVE_DISCHARGE_RATE', s.beneficiary_id,
			           s.discharge_reason IN (:positiveReasons), 0, 1
			    FROM beneficiary_stay s
			    WHERE s.establishment_id %1$s AND s.discharge_date > CAST(:d AS date) - interval '1 year'
			      AND s.discharge_date <= :d
			    UNION ALL
			    SELECT establishment, 'RSU_RATE', id, rsu_status = 'REGISTERED', 0, 1 FROM active
			    UNION ALL
			    SELECT a.establishment, 'CARE_PLAN_REVIEWED_RATE', a.id,
			           EXISTS (SELECT 1 FROM care_plan p JOIN care_plan_review v ON v.care_plan_id = p.id
			                   WHERE p.beneficiary_id = a.id AND v.establishment_id = a.establishment
			                     AND v.review_date >= CAST(:d AS date) - :carePlanDays AND v.review_date <= :d), 0, 1
			    FROM active a
			    UNION ALL
			    SELECT a.establishment, 'PSYCHOSOCIAL_SUPPORT_RATE', a.id,
			           EXISTS (SELECT 1 FROM care_record r JOIN care_service_type t ON t.id = r.service_type_id
			                   WHERE r.beneficiary_id = a.id AND r.establishment_id = a.establishment
			                     AND t.kind IN (:psychosocialKinds)
			                     AND r.service_date >= CAST(:d AS date) - :psychosocialDays AND r.service_date <= :d), 0, 1
			    FROM active a
			    UNION ALL
			    SELECT establishment, 'CONSENT_RATE', id, consent_date IS NOT NULL, 0, 1 FROM active
			    UNION ALL
			    SELECT establishment, 'REGISTER_COMPLETENESS_RATE', id, f.filled = :requiredFields, f.filled, :requiredFields
			    FROM active,
			         LATERAL (SELECT (last_name_ar IS NOT NULL AND first_name_ar IS NOT NULL)::int
			                         + (cin IS NOT NULL OR birth_certificate_ref IS NOT NULL)::int
			                         + (legal_basis IS NOT NULL)::int
			                         + (referral_source IS NOT NULL)::int
			                         + (consent_date IS NOT NULL)::int
			                         + health_cover_known::int
			                         + (rsu_status <> 'UNKNOWN')::int
			                         + (family_aid <> 'UNKNOWN')::int
			                         + (pension <> 'UNKNOWN')::int
			                         + (schooling IS NOT NULL)::int AS filled) f
			)
			SELECT establishment, key,
			       CASE WHEN key = 'REGISTER_COMPLETENESS_RATE' THEN sum(filled) ELSE count(*) FILTER (WHERE ok) END
			           AS numerator,
			       sum(required) AS denominator,
			       coalesce(array_agg(id ORDER BY id) FILTER (WHERE ok), '{}') AS record_ids,
			       coalesce(array_agg(id ORDER BY id) FILTER (WHERE NOT ok), '{}') AS gap_ids
			FROM per_record %2$s
			GROUP BY establishment, key
			ORDER BY establishment
			""";

	/**
	 * The establishments of {@link #SQL}: one, or many in one array parameter. One keeps
	 * its own equality: once the prepared statement's plan turns generic, {@code = ANY}
	 * of an array of unknown length plans for the whole country (a hash of every
	 * care-plan review: 590-920 ms instead of 8-23 ms, EXPLAIN ANALYZE at scale L).
	 */
	private static final String ONE = "= :establishment";

	private static final String MANY = "= ANY(:establishments)";

	/**
	 * Rows fetched at a time for every establishment's metrics, so that the
	 * beneficiaries' ids of the whole country are never all in memory.
	 */
	private static final int FETCH_SIZE = 500;

	private final EstablishmentAccess access;

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate cursor;

	EstablishmentMetrics(EstablishmentAccess access, NamedParameterJdbcTemplate jdbc) {
		this.access = access;
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
		cursor.setFetchSize(FETCH_SIZE);
		this.cursor = new NamedParameterJdbcTemplate(cursor);
	}

	/**
	 * Every computed metric of the standard for the establishment at
	 * {@code referenceDate}, by {@link MetricKey} name, in the order of
	 * {@link #COMPUTED}.
	 * @throws org.socle.shared.NotFoundException when the current user may not read the
	 * establishment
	 */
	public Map<String, MetricResult> compute(long establishmentId, LocalDate referenceDate) {
		return compute(establishmentId, referenceDate, COMPUTED);
	}

	/**
	 * Only the metrics {@code keys} of {@link #compute(long, LocalDate)}, for a reader
	 * that needs one or two: the others are not computed (at scale L the checks of the
	 * assessment form need two of the sixteen, a fifth of the statement's time).
	 * @throws org.socle.shared.NotFoundException when the current user may not read the
	 * establishment
	 */
	public Map<String, MetricResult> compute(long establishmentId, LocalDate referenceDate, Set<MetricKey> keys) {
		EstablishmentInfo establishment = this.access.requireReadable(establishmentId);
		long careStaff = keys.contains(MetricKey.STAFF_RATIO)
				? this.access.countCareQualifiedStaff(establishmentId, referenceDate) : 0;
		Map<String, Row> rows = new HashMap<>();
		this.jdbc.query(SQL.formatted(ONE, only(keys)),
				parameters(referenceDate).addValue("establishment", establishmentId), (ResultSet rs) -> {
					rows.put(rs.getString("key"), row(rs));
				});
		Map<String, MetricResult> results = results(establishment, careStaff, rows);
		results.keySet().retainAll(keys.stream().map(MetricKey::name).toList());
		return results;
	}

	/**
	 * The {@code WHERE} of {@link #SQL} keeping the rows of {@code keys}: constants (the
	 * names of an enum's values), so that the plan holds only their branches.
	 */
	private static String only(Set<MetricKey> keys) {
		if (keys.containsAll(COMPUTED)) {
			return "";
		}
		if (keys.isEmpty()) {
			return "WHERE false";
		}
		return keys.stream()
			.map((key) -> (key == MetricKey.OCCUPANCY_RATE || key == MetricKey.STAFF_RATIO) ? ACTIVE : key.name())
			.distinct()
			.map((key) -> "'" + key + "'")
			.collect(Collectors.joining(", ", "WHERE key IN (", ")"));
	}

	/**
	 * {@link #compute(long, LocalDate)} of every establishment the current user may read,
	 * at the same reference date, in three statements whatever their number (the metrics'
	 * aggregate groups by establishment): the batch for a new reference date. Hands each
	 * establishment's metrics to {@code each} in ascending order of ids while the rows
	 * stream in, one establishment's in memory at a time.
	 */
	public void computeAll(LocalDate referenceDate, BiConsumer<EstablishmentInfo, Map<String, MetricResult>> each) {
		List<EstablishmentInfo> establishments = this.access.listReadable()
			.stream()
			.sorted(Comparator.comparingLong(EstablishmentInfo::id))
			.toList();
		Map<Long, Long> careStaff = this.access.countCareQualifiedStaff(referenceDate);
		Long[] ids = establishments.stream().map(EstablishmentInfo::id).toArray(Long[]::new);
		ByEstablishment grouped = new ByEstablishment(establishments, (establishment, rows) -> each
			.accept(establishment, results(establishment, careStaff.getOrDefault(establishment.id(), 0L), rows)));
		this.cursor.query(SQL.formatted(MANY, ""),
				parameters(referenceDate).addValue("establishments", SqlArrays.of("bigint", ids)), grouped);
		grouped.finish();
	}

	private static MapSqlParameterSource parameters(LocalDate date) {
		return new MapSqlParameterSource().addValue("d", date)
			.addValue("healthCheckDays", HEALTH_CHECK_DAYS)
			.addValue("carePlanDays", CARE_PLAN_REVIEW_DAYS)
			.addValue("psychosocialDays", PSYCHOSOCIAL_DAYS)
			.addValue("requiredFields", REQUIRED_FIELDS)
			.addValue("healthCheck", ServiceKind.HEALTH_CHECK.name())
			.addValue("positiveReasons", names(DischargeReason.POSITIVE))
			.addValue("psychosocialKinds", names(ServiceKind.PSYCHOSOCIAL_SUPPORT));
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("numerator"), rs.getLong("denominator"), ids(rs.getArray("record_ids")),
				ids(rs.getArray("gap_ids")));
	}

	private static Map<String, MetricResult> results(EstablishmentInfo establishment, long careStaff,
			Map<String, Row> rows) {
		Row active = rows.getOrDefault(ACTIVE, Row.EMPTY);
		Map<String, MetricResult> results = new LinkedHashMap<>();
		for (MetricKey key : COMPUTED) {
			MetricResult result = switch (key) {
				case OCCUPANCY_RATE -> occupancy(active, establishment.authorisedCapacity());
				case STAFF_RATIO -> staffRatio(active, careStaff);
				default -> share(key, rows.getOrDefault(key.name(), Row.EMPTY));
			};
			results.put(key.name(), result);
		}
		return results;
	}

	private static List<String> names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

	private static List<Long> ids(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
	}

	private static MetricResult occupancy(Row active, Integer capacity) {
		long denominator = (capacity != null) ? capacity : 0;
		return new MetricResult(MetricKey.OCCUPANCY_RATE, active.numerator(), denominator,
				(denominator > 0) ? percent(active.numerator(), denominator) : null, MetricResult.BENEFICIARY,
				active.recordIds(), List.of());
	}

	/**
	 * Active beneficiaries per care-qualified staff member. With beneficiaries and no
	 * care staff the value is the number of beneficiaries (the worst case, as if one
	 * person cared for all, so that it reaches the lowest level); with no beneficiaries
	 * there is nothing to measure (null).
	 */
	private static MetricResult staffRatio(Row active, long careStaff) {
		BigDecimal value;
		if (careStaff > 0) {
			value = BigDecimal.valueOf(active.numerator())
				.divide(BigDecimal.valueOf(careStaff), 2, RoundingMode.HALF_UP);
		}
		else {
			value = (active.numerator() > 0) ? BigDecimal.valueOf(active.numerator()).setScale(2) : null;
		}
		return new MetricResult(MetricKey.STAFF_RATIO, active.numerator(), careStaff, value, MetricResult.BENEFICIARY,
				active.recordIds(), List.of());
	}

	/** A percentage of the records in the denominator: most metrics. */
	private static MetricResult share(MetricKey key, Row row) {
		BigDecimal value = (row.denominator() > 0) ? percent(row.numerator(), row.denominator()) : null;
		return new MetricResult(key, row.numerator(), row.denominator(), value, MetricResult.BENEFICIARY,
				row.recordIds(), row.gapIds());
	}

	static BigDecimal percent(long numerator, long denominator) {
		return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Groups the rows of {@link #SQL}, ordered by establishment, into each
	 * establishment's rows; establishments without any row (nobody present, no stay in
	 * the windows) get none.
	 */
	private static final class ByEstablishment implements RowCallbackHandler {

		private final Iterator<EstablishmentInfo> establishments;

		private final BiConsumer<EstablishmentInfo, Map<String, Row>> each;

		private EstablishmentInfo current;

		private Map<String, Row> rows = new HashMap<>();

		/**
		 * @param establishments those of the statement, in ascending order of ids
		 */
		ByEstablishment(List<EstablishmentInfo> establishments, BiConsumer<EstablishmentInfo, Map<String, Row>> each) {
			this.establishments = establishments.iterator();
			this.each = each;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			long id = rs.getLong("establishment");
			while (this.current == null || this.current.id() != id) {
				next();
				if (this.current == null) {
					throw new IllegalStateException("Metrics of establishment " + id + " out of order");
				}
			}
			this.rows.put(rs.getString("key"), row(rs));
		}

		/** Hands over the last establishment with rows, and those after it without. */
		void finish() {
			while (this.current != null || this.establishments.hasNext()) {
				next();
			}
		}

		private void next() {
			if (this.current != null) {
				this.each.accept(this.current, this.rows);
				this.rows = new HashMap<>();
			}
			this.current = this.establishments.hasNext() ? this.establishments.next() : null;
		}

	}

	private record Row(long numerator, long denominator, List<Long> recordIds, List<Long> gapIds) {

		static final Row EMPTY = new Row(0, 0, List.of(), List.of());

	}

}
