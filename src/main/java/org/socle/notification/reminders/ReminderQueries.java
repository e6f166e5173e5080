package org.socle.notification.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.socle.notification.NoticeType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What falls due, found by the daily checks: one statement per check for every
 * establishment at once. Closed establishments are left alone. The arguments of every
 * reminder start with the establishment's French and Arabic names (arguments 0 and 1);
 * dates are ISO ({@code 2026-12-31}), readable in the three languages.
 * <p>
 * Read model: reads {@code establishment} (establishment module: names, organisation,
 * capacity, authorisation expiry), {@code action_item} and {@code assessment} (assessment
 * module: corrective actions and validated assessments), {@code standard_indicator}
 * (standard module: the title of an action not worded yet) and {@code beneficiary_stay}
 * (beneficiary module: who stayed when, against the capacity).
 */
@Component
class ReminderQueries {

	/** How many days before its due date an action is announced. */
	static final int ACTION_NOTICE_DAYS = 7;

	/** How many days before its expiry an authorisation is announced. */
	static final int AUTHORISATION_NOTICE_DAYS = 90;

	/** How many months after the last validated assessment another is due. */
	static final int ASSESSMENT_INTERVAL_MONTHS = 12;

	/** Over capacity for more than this many days is announced. */
	static final int OVER_CAPACITY_DAYS = 30;

	private final JdbcClient jdbc;

	ReminderQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Pending corrective actions due within {@value #ACTION_NOTICE_DAYS} days, or
	 * overdue; arguments: names, the action's title in French and Arabic (the indicator's
	 * until someone words it), its due date. The key holds the due date: a postponed
	 * action is announced again.
	 */
	List<Reminder> actions(LocalDate today) {
		return this.jdbc.sql("""
				SELECT i.id, i.due_date, e.organisation_id, e.name_fr, e.name_ar,
				       coalesce(i.title, si.title_fr, i.indicator_code) AS title_fr,
				       coalesce(i.title, si.title_ar, si.title_fr, i.indicator_code) AS title_ar
				FROM action_item i JOIN establishment e ON e.id = i.establishment_id
				     JOIN assessment a ON a.id = i.assessment_id
				     LEFT JOIN standard_indicator si ON si.standard_id = a.standard_id AND si.code = i.indicator_code
				WHERE i.status IN ('OPEN', 'IN_PROGRESS') AND i.due_date <= :horizon AND e.status <> 'CLOSED'
				ORDER BY i.id
				""").param("horizon", today.plusDays(ACTION_NOTICE_DAYS)).query((rs, n) -> {
			LocalDate due = rs.getObject("due_date", LocalDate.class);
			boolean overdue = due.isBefore(today);
			return new Reminder((overdue ? "action-overdue:" : "action-due-soon:") + rs.getLong("id") + ":" + iso(due),
					overdue ? NoticeType.ACTION_OVERDUE : NoticeType.ACTION_DUE_SOON, rs.getLong("organisation_id"),
					List.of(rs.getString("name_fr"), rs.getString("name_ar"), rs.getString("title_fr"),
							rs.getString("title_ar"), iso(due)),
					"/assessments/actions/" + rs.getLong("id"));
		}).list();
	}

	/**
	 * Establishments open for a year or more with no validated assessment whose reference
	 * date falls in the last {@value #ASSESSMENT_INTERVAL_MONTHS} months; arguments:
	 * names. One reminder a month while it lasts.
	 */
	List<Reminder> assessmentsDue(LocalDate today) {
		String month = today.format(DateTimeFormatter.ofPattern("yyyy-MM"));
		return this.jdbc
			.sql("""
					SELECT e.id, e.organisation_id, e.name_fr, e.name_ar
					FROM establishment e
					WHERE e.status = 'ACTIVE' AND (e.opening_date IS NULL OR e.opening_date <= :since)
					  AND NOT EXISTS (SELECT 1 FROM assessment a
					                  WHERE a.establishment_id = e.id AND a.status = 'VALIDATED' AND a.reference_date > :since)
					ORDER BY e.id
					""")
			.param("since", today.minusMonths(ASSESSMENT_INTERVAL_MONTHS))
			.query((rs, n) -> new Reminder("assessment-due:" + rs.getLong("id") + ":" + month,
					NoticeType.ASSESSMENT_DUE, rs.getLong("organisation_id"),
					List.of(rs.getString("name_fr"), rs.getString("name_ar")),
					"/establishments/" + rs.getLong("id") + "/assessments"))
			.list();
	}

	/**
	 * Authorisations expiring within {@value #AUTHORISATION_NOTICE_DAYS} days, or
	 * expired; arguments: names, the expiry date. The key holds the expiry date and the
	 * state: a renewal is followed, an expiry announced after its warning.
	 */
	List<Reminder> authorisations(LocalDate today) {
		return this.jdbc.sql("""
				SELECT e.id, e.organisation_id, e.name_fr, e.name_ar, e.authorisation_expiry
				FROM establishment e
				WHERE e.status <> 'CLOSED' AND e.authorisation_expiry <= :horizon
				ORDER BY e.id
				""").param("horizon", today.plusDays(AUTHORISATION_NOTICE_DAYS)).query((rs, n) -> {
			LocalDate expiry = rs.getObject("authorisation_expiry", LocalDate.class);
			boolean expired = expiry.isBefore(today);
			return new Reminder(
					(expired ? "authorisation-expired:" : "authorisation-expiring:") + rs.getLong("id") + ":"
							+ iso(expiry),
					expired ? NoticeType.AUTHORISATION_EXPIRED : NoticeType.AUTHORISATION_EXPIRING,
					rs.getLong("organisation_id"),
					List.of(rs.getString("name_fr"), rs.getString("name_ar"), iso(expiry)),
					"/establishments/" + rs.getLong("id"));
		}).list();
	}

	/**
	 * Establishments with more active stays than their authorised capacity every day for
	 * more than {@value #OVER_CAPACITY_DAYS} days up to today; arguments: names, the
	 * stays today, the capacity, the first day over capacity. A stay is active from its
	 * admission to its discharge day included (as the occupancy indicator counts it): the
	 * number present changes only on an admission day or the day after a discharge, so
	 * the current period over capacity starts after the last such day within capacity.
	 * The key holds that first day: a later period over capacity is announced again.
	 */
	List<Reminder> overCapacity(LocalDate today) {
		return this.jdbc.sql("""
				WITH changes AS (
				    SELECT s.establishment_id, s.admission_date AS day, 1 AS delta
				    FROM beneficiary_stay s WHERE s.admission_date <= :today
				    UNION ALL
				    SELECT s.establishment_id, s.discharge_date + 1, -1
				    FROM beneficiary_stay s WHERE s.admission_date <= :today AND s.discharge_date < :today
				), present AS (
				    SELECT c.establishment_id, c.day,
				           sum(sum(c.delta)) OVER (PARTITION BY c.establishment_id ORDER BY c.day) AS stays
				    FROM changes c GROUP BY c.establishment_id, c.day
				), compared AS (
				    SELECT p.establishment_id, p.day, p.stays, e.authorised_capacity AS capacity,
				           max(p.day) FILTER (WHERE p.stays <= e.authorised_capacity)
				               OVER (PARTITION BY p.establishment_id) AS last_within
				    FROM present p JOIN establishment e ON e.id = p.establishment_id
				    WHERE e.authorised_capacity IS NOT NULL AND e.status <> 'CLOSED'
				), current AS (
				    SELECT establishment_id, min(day) AS since, max(capacity) AS capacity,
				           (array_agg(stays ORDER BY day DESC))[1] AS stays
				    FROM compared
				    WHERE last_within IS NULL OR day > last_within
				    GROUP BY establishment_id
				)
				SELECT c.establishment_id, c.since, c.capacity, c.stays, e.organisation_id, e.name_fr, e.name_ar
				FROM current c JOIN establishment e ON e.id = c.establishment_id
				WHERE c.since < :longAgo
				ORDER BY c.establishment_id
				""").param("today", today).param("longAgo", today.minusDays(OVER_CAPACITY_DAYS)).query((rs, n) -> {
			long id = rs.getLong("establishment_id");
			String since = iso(rs.getObject("since", LocalDate.class));
			return new Reminder("over-capacity:" + id + ":" + since, NoticeType.OVER_CAPACITY,
					rs.getLong("organisation_id"), List.of(rs.getString("name_fr"), rs.getString("name_ar"),
							rs.getString("stays"), rs.getString("capacity"), since),
					"/establishments/" + id);
		}).list();
	}

	private static String iso(LocalDate date) {
		return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
	}

}
