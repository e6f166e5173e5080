package org.socle.assessment.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.socle.care.EstablishmentMetrics;
import org.socle.care.MetricResult;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.shared.jdbc.SqlArrays;
import org.socle.standard.MetricKey;

import org.springframework.modulith.NamedInterface;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The computed metrics (METRIC*) of an establishment at a reference date: those of the
 * records from the care module, and {@code ACTION_PLAN_ON_TIME_RATE} from this module's
 * action plans.
 */
@NamedInterface("seeding")
@Component
public class MetricSnapshots {

	/**
	 * Actions of each establishment's previous validated assessment (the latest with an
	 * earlier reference date, self-assessment or audit) that were due before {@code d}:
	 * those completed on or before their due date, out of all of them except the dropped
	 * ones (a dropped action was judged no longer relevant: it counts neither for nor
	 * against). Empty, so unanswered, when there is no previous plan or nothing was due.
	 * {@code %1$s} selects the establishments, as in {@link EstablishmentMetrics}.
	 */
	private static final String ACTIONS_DUE = """
			SELECT p.establishment_id AS establishment, i.id,
			       (i.status = 'DONE' AND i.completed_on <= i.due_date) AS on_time
			FROM (SELECT DISTINCT ON (a.establishment_id) a.establishment_id, a.id
			      FROM assessment a
			      WHERE a.establishment_id %1$s AND a.status = 'VALIDATED' AND a.reference_date < :d
			        AND a.id <> :self
			      ORDER BY a.establishment_id, a.reference_date DESC, a.validated_at DESC, a.id DESC) p
			JOIN action_item i ON i.assessment_id = p.id
			WHERE i.due_date < :d AND i.status <> 'DROPPED'
			ORDER BY p.establishment_id, i.id
			""";

	private static final String ONE = "= :establishment";

	private static final String MANY = "= ANY(:establishments)";

	private final EstablishmentMetrics metrics;

	private final EstablishmentAccess establishments;

	private final NamedParameterJdbcTemplate jdbc;

	MetricSnapshots(EstablishmentMetrics metrics, EstablishmentAccess establishments, NamedParameterJdbcTemplate jdbc) {
		this.metrics = metrics;
		this.establishments = establishments;
		this.jdbc = jdbc;
	}

	/**
	 * Every computed metric by key. The caller has checked that the current user may read
	 * the establishment.
	 * @param assessmentId the assessment being filled in (left out of "previous"), null
	 * when there is none yet
	 */
	public Map<String, MetricSnapshot> compute(long establishmentId, LocalDate referenceDate, Long assessmentId) {
		Map<String, MetricResult> results = this.metrics.compute(establishmentId, referenceDate);
		ActionsDue actions = new ActionsDue();
		this.jdbc.query(ACTIONS_DUE.formatted(ONE),
				parameters(referenceDate, assessmentId).addValue("establishment", establishmentId),
				(ResultSet rs) -> actions.add(rs));
		return snapshots(results, actions);
	}

	/**
	 * {@link #compute} of every establishment the current user may read, for a new
	 * assessment at {@code referenceDate} (none left out of "previous"), in a few
	 * statements whatever their number: handed to {@code each} in ascending order of ids,
	 * as {@link EstablishmentMetrics#computeAll} streams them.
	 */
	public void computeAll(LocalDate referenceDate, BiConsumer<EstablishmentInfo, Map<String, MetricSnapshot>> each) {
		Long[] ids = this.establishments.listReadable().stream().map(EstablishmentInfo::id).toArray(Long[]::new);
		Map<Long, ActionsDue> actions = new HashMap<>();
		this.jdbc.query(ACTIONS_DUE.formatted(MANY),
				parameters(referenceDate, null).addValue("establishments", SqlArrays.of("bigint", ids)),
				(ResultSet rs) -> actions.computeIfAbsent(rs.getLong("establishment"), (id) -> new ActionsDue())
					.add(rs));
		this.metrics.computeAll(referenceDate, (establishment, results) -> each.accept(establishment,
				snapshots(results, actions.getOrDefault(establishment.id(), new ActionsDue()))));
	}

	private static MapSqlParameterSource parameters(LocalDate referenceDate, Long assessmentId) {
		return new MapSqlParameterSource("d", referenceDate).addValue("self",
				(assessmentId != null) ? assessmentId : -1L);
	}

	private static Map<String, MetricSnapshot> snapshots(Map<String, MetricResult> results, ActionsDue actions) {
		Map<String, MetricSnapshot> snapshots = new LinkedHashMap<>();
		results.forEach((key, result) -> snapshots.put(key, fromRecords(result)));
		snapshots.put(MetricKey.ACTION_PLAN_ON_TIME_RATE.name(), actions.snapshot());
		return snapshots;
	}

	private static MetricSnapshot fromRecords(MetricResult result) {
		return new MetricSnapshot(result.key(), result.value(), result.numerator(), result.denominator(),
				MetricSnapshot.BENEFICIARY, result.recordIds(), result.gapIds());
	}

	/** The due actions of one establishment's previous plan, on time or late. */
	private static final class ActionsDue {

		private final List<Long> onTime = new ArrayList<>();

		private final List<Long> late = new ArrayList<>();

		void add(ResultSet rs) throws SQLException {
			(rs.getBoolean("on_time") ? this.onTime : this.late).add(rs.getLong("id"));
		}

		MetricSnapshot snapshot() {
			long denominator = this.onTime.size() + this.late.size();
			BigDecimal value = (denominator > 0) ? BigDecimal.valueOf(this.onTime.size() * 100L)
				.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP) : null;
			return new MetricSnapshot(MetricKey.ACTION_PLAN_ON_TIME_RATE.name(), value, this.onTime.size(), denominator,
					MetricSnapshot.ACTION_ITEM, this.onTime, this.late);
		}

	}

}
