package org.socle.reporting.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.socle.assessment.scoring.Rating;
import org.socle.identity.SocleUser;
import org.socle.shared.jdbc.ReadsFromReplica;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment figures of the home pages, for what the current user may see:
 * assessments waiting for review, drafts in progress, overdue corrective actions; and a
 * manager's establishments with their latest scores and alerts. One or two statements
 * each whatever the volume.
 * <p>
 * Read model: reads the tables {@code assessment}, {@code assessment_score} and
 * {@code action_item} (assessment module), {@code standard_indicator} (standard module:
 * the overdue actions' indicator titles) with {@code establishment} (establishment
 * module: names, organisation, capacity and authorisation) and {@code beneficiary_stay}
 * (beneficiary module: who stays today, against the capacity).
 */
@Service
@Transactional(readOnly = true)
@ReadsFromReplica
class HomeFigures {

	/** How many overdue actions the home page lists. */
	static final int OVERDUE_SHOWN = 5;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	HomeFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Figures forCurrentUser() {
		SocleUser user = SocleUser.current();
		boolean manager = user.isManager();
		MapSqlParameterSource params = new MapSqlParameterSource("org", manager ? user.organisationId() : -1L)
			.addValue("all", !manager)
			.addValue("today", LocalDate.now(this.clock))
			.addValue("limit", OVERDUE_SHOWN);
		Figures counts = this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE a.status = 'SUBMITTED') AS submitted,
				       count(*) FILTER (WHERE a.status = 'IN_REVIEW') AS in_review,
				       count(*) FILTER (WHERE a.status IN ('DRAFT', 'RETURNED')
				                        AND (:all OR a.kind = 'SELF')) AS drafts,
				       count(*) FILTER (WHERE a.status = 'RETURNED' AND (:all OR a.kind = 'SELF')) AS returned,
				       (SELECT count(*) FROM action_item i JOIN establishment e ON e.id = i.establishment_id
				        WHERE i.status IN ('OPEN', 'IN_PROGRESS') AND i.due_date < :today
				          AND (:all OR e.organisation_id = :org)) AS overdue
				FROM assessment a JOIN establishment e ON e.id = a.establishment_id
				WHERE :all OR e.organisation_id = :org
				""", params, (rs, n) -> new Figures(rs.getLong("submitted"), rs.getLong("in_review"),
				rs.getLong("drafts"), rs.getLong("returned"), rs.getLong("overdue"), List.of()));
		List<OverdueAction> overdue = this.jdbc.query("""
				SELECT i.id, i.assessment_id, i.indicator_code, i.due_date, e.id AS establishment_id, e.name_fr,
				       e.name_ar, si.title_fr, si.title_ar, si.title_en
				FROM action_item i JOIN establishment e ON e.id = i.establishment_id
				JOIN assessment a ON a.id = i.assessment_id
				LEFT JOIN standard_indicator si ON si.standard_id = a.standard_id AND si.code = i.indicator_code
				WHERE i.status IN ('OPEN', 'IN_PROGRESS') AND i.due_date < :today
				  AND (:all OR e.organisation_id = :org)
				ORDER BY i.due_date, i.id
				LIMIT :limit
				""", params,
				(rs, n) -> new OverdueAction(rs.getLong("id"), rs.getLong("assessment_id"),
						rs.getLong("establishment_id"), rs.getString("name_fr"), rs.getString("name_ar"),
						rs.getString("indicator_code"), new IndicatorTitle(rs.getString("title_fr"),
								rs.getString("title_ar"), rs.getString("title_en")),
						rs.getObject("due_date", LocalDate.class)));
		return new Figures(counts.submitted(), counts.inReview(), counts.drafts(), counts.returned(),
				counts.overdueActions(), overdue);
	}

	/**
	 * The current manager's establishments by French name, each with its latest and
	 * previous validated scores, overdue actions, active beneficiaries and authorisation
	 * expiry: one statement for all of them. Active beneficiaries are counted as
	 * {@code EstablishmentMetrics} does (a stay admitted on or before today and not
	 * discharged before today).
	 */
	List<ManagedEstablishment> managedEstablishments() {
		LocalDate today = LocalDate.now(this.clock);
		MapSqlParameterSource params = new MapSqlParameterSource("org", SocleUser.current().organisationId())
			.addValue("today", today);
		return this.jdbc
			.query("""
					WITH scored AS (
					    SELECT a.establishment_id, a.id, a.reference_date, s.score_display, s.rating,
					           row_number() OVER (PARTITION BY a.establishment_id
					                              ORDER BY a.reference_date DESC, a.validated_at DESC, a.id DESC) AS n
					    FROM assessment a JOIN assessment_score s ON s.assessment_id = a.id
					         JOIN establishment e ON e.id = a.establishment_id
					    WHERE a.status = 'VALIDATED' AND e.organisation_id = :org
					), overdue AS (
					    SELECT i.establishment_id, count(*) AS actions,
					           (array_agg(i.assessment_id ORDER BY i.due_date, i.id))[1] AS plan_id
					    FROM action_item i JOIN establishment e ON e.id = i.establishment_id
					    WHERE i.status IN ('OPEN', 'IN_PROGRESS') AND i.due_date < :today AND e.organisation_id = :org
					    GROUP BY i.establishment_id
					), active AS (
					    SELECT s.establishment_id, count(DISTINCT s.beneficiary_id) AS beneficiaries
					    FROM beneficiary_stay s JOIN establishment e ON e.id = s.establishment_id
					    WHERE e.organisation_id = :org AND s.admission_date <= :today
					      AND (s.discharge_date IS NULL OR s.discharge_date >= :today)
					    GROUP BY s.establishment_id
					)
					SELECT e.id, e.name_fr, e.name_ar, e.authorised_capacity, e.authorisation_expiry,
					       l.id AS latest_id, l.reference_date AS latest_date, l.score_display AS latest_score,
					       l.rating AS latest_rating, p.score_display AS previous_score,
					       coalesce(o.actions, 0) AS overdue_actions, o.plan_id, coalesce(b.beneficiaries, 0) AS active
					FROM establishment e
					     LEFT JOIN scored l ON l.establishment_id = e.id AND l.n = 1
					     LEFT JOIN scored p ON p.establishment_id = e.id AND p.n = 2
					     LEFT JOIN overdue o ON o.establishment_id = e.id
					     LEFT JOIN active b ON b.establishment_id = e.id
					WHERE e.organisation_id = :org
					ORDER BY e.name_fr, e.id
					""", params,
					(rs, n) -> new ManagedEstablishment(rs.getLong("id"), rs.getString("name_fr"),
							rs.getString("name_ar"), rs.getObject("latest_id", Long.class),
							rs.getObject("latest_date", LocalDate.class), rs.getBigDecimal("latest_score"),
							(rs.getString("latest_rating") != null) ? Rating.valueOf(rs.getString("latest_rating"))
									: null,
							rs.getBigDecimal("previous_score"), rs.getLong("overdue_actions"),
							rs.getObject("plan_id", Long.class), rs.getLong("active"),
							rs.getObject("authorised_capacity", Integer.class),
							rs.getObject("authorisation_expiry", LocalDate.class), today));
	}

	/**
	 * @param submitted waiting for an auditor to take them
	 * @param drafts drafts and returned assessments (a manager's: self-assessments)
	 * @param overdue the first overdue actions, earliest due first
	 */
	record Figures(long submitted, long inReview, long drafts, long returned, long overdueActions,
			List<OverdueAction> overdue) {

		public long waitingForReview() {
			return this.submitted + this.inReview;
		}

	}

	record OverdueAction(long id, long assessmentId, long establishmentId, String establishmentNameFr,
			String establishmentNameAr, String indicatorCode, IndicatorTitle indicatorTitle, LocalDate dueDate) {

		public String establishmentName(Locale locale) {
			return "ar".equals(locale.getLanguage()) ? this.establishmentNameAr : this.establishmentNameFr;
		}

	}

	/** An indicator's short title in the three languages; French when one is missing. */
	record IndicatorTitle(String fr, String ar, String en) {

		public String in(Locale locale) {
			String title = switch (locale.getLanguage()) {
				case "ar" -> this.ar;
				case "en" -> this.en;
				default -> this.fr;
			};
			return (title != null) ? title : Objects.toString(this.fr, "");
		}

	}

}
