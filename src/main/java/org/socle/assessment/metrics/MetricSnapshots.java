package org.socle.assessment.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.care.EstablishmentMetrics;
import org.socle.care.MetricResult;
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

	private final EstablishmentMetrics metrics;

	private final NamedParameterJdbcTemplate jdbc;

	MetricSnapshots(EstablishmentMetrics metrics, NamedParameterJdbcTemplate jdbc) {
		this.metrics = metrics;
		this.jdbc = jdbc;
	}

	/**
	 * Every computed metric by key. The caller has checked that the current user may read
	 * the establishment.
	 * @param assessmentId the assessment being filled in (left out of "previous"), null
	 * when there is none yet
	 */
	public Map<String, MetricSnapshot> compute(long establishmentId, LocalDate referenceDate, Long assessmentId) {
		Map<String, MetricSnapshot> snapshots = new LinkedHashMap<>();
		this.metrics.compute(establishmentId, referenceDate)
			.forEach((key, result) -> snapshots.put(key, fromRecords(result)));
		snapshots.put(MetricKey.ACTION_PLAN_ON_TIME_RATE.name(),
				actionPlanOnTime(establishmentId, referenceDate, assessmentId));
		return snapshots;
	}

	private static MetricSnapshot fromRecords(MetricResult result) {
		return new MetricSnapshot(result.key(), result.value(), result.numerator(), result.denominator(),
				MetricSnapshot.BENEFICIARY, result.recordIds(), result.gapIds());
	}

	/**
	 * Actions of the establishment's previous validated assessment (the latest with an
	 * earlier reference date, self-assessment or audit) that were due before {@code d}:
	 * those completed on or before their due date, out of all of them except the dropped
	 * ones (a dropped action was judged no longer relevant: it counts neither for nor
	 * against). Empty, so unanswered, when there is no previous plan or nothing was due.
	 */
	private MetricSnapshot actionPlanOnTime(long establishmentId, LocalDate d, Long assessmentId) {
		String sql = """
				SELECT i.id, (i.status = 'DONE' AND i.completed_on <= i.due_date) AS on_time
				FROM action_item i
				WHERE i.assessment_id = (
				    SELECT a.id FROM assessment a
				    WHERE a.establishment_id = :e AND a.status = 'VALIDATED' AND a.reference_date < :d
				      AND a.id <> :self
				    ORDER BY a.reference_date DESC, a.validated_at DESC, a.id DESC
				    LIMIT 1)
				  AND i.due_date < :d AND i.status <> 'DROPPED'
				ORDER BY i.id
				""";
		List<Long> onTime = new ArrayList<>();
		List<Long> late = new ArrayList<>();
		this.jdbc.query(sql, new MapSqlParameterSource("e", establishmentId).addValue("d", d)
			.addValue("self", (assessmentId != null) ? assessmentId : -1L), (rs) -> {
				(rs.getBoolean("on_time") ? onTime : late).add(rs.getLong("id"));
			});
		long denominator = onTime.size() + late.size();
		BigDecimal value = (denominator > 0) ? BigDecimal.valueOf(onTime.size() * 100L)
			.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP) : null;
		return new MetricSnapshot(MetricKey.ACTION_PLAN_ON_TIME_RATE.name(), value, onTime.size(), denominator,
				MetricSnapshot.ACTION_ITEM, onTime, late);
	}

}
