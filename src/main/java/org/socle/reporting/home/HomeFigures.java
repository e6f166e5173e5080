package org.socle.reporting.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.socle.identity.SocleUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment figures of the home pages, for what the current user may see:
 * assessments waiting for review, drafts in progress, overdue corrective actions. Two
 * statements whatever the volume.
 * <p>
 * Read model: reads the tables {@code assessment} and {@code action_item} (assessment
 * module) with {@code establishment} (establishment module: names and organisation, for a
 * manager's scope).
 */
@Service
@Transactional(readOnly = true)
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
				       e.name_ar
				FROM action_item i JOIN establishment e ON e.id = i.establishment_id
				WHERE i.status IN ('OPEN', 'IN_PROGRESS') AND i.due_date < :today
				  AND (:all OR e.organisation_id = :org)
				ORDER BY i.due_date, i.id
				LIMIT :limit
				""", params,
				(rs, n) -> new OverdueAction(rs.getLong("id"), rs.getLong("assessment_id"),
						rs.getLong("establishment_id"), rs.getString("name_fr"), rs.getString("name_ar"),
						rs.getString("indicator_code"), rs.getObject("due_date", LocalDate.class)));
		return new Figures(counts.submitted(), counts.inReview(), counts.drafts(), counts.returned(),
				counts.overdueActions(), overdue);
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
			String establishmentNameAr, String indicatorCode, LocalDate dueDate) {

		public String establishmentName(Locale locale) {
			return "ar".equals(locale.getLanguage()) ? this.establishmentNameAr : this.establishmentNameFr;
		}

	}

}
