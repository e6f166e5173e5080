package org.socle.assessment.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.socle.assessment.AssessmentKind;
import org.socle.establishment.EstablishmentAccess;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.export.TableExports;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of assessments, paginated in SQL: two statements per page (the count and the
 * rows, joined with what they show), whatever the number of rows.
 * <p>
 * Read model: reads the tables {@code establishment} (names; establishment module),
 * {@code organisation} (name; organisation module) and {@code reference_standard} (code
 * and version; standard module) in the statement of the rows, so that a page stays two
 * statements, and {@code region} (reference module) for the review queue's region filter.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentQueries {

	private static final String SELECT = """
			SELECT a.id, a.establishment_id, e.name_fr, e.name_ar, o.name AS organisation_name, a.kind, a.status,
			       a.reference_date, s.code || ' ' || s.standard_version AS standard_label, a.creator_name,
			       a.reviewer_name, a.submitted_at, a.updated_at, sc.score_display, sc.rating, a.standard_id, a.category,
			       (SELECT count(*) FROM action_item i WHERE i.assessment_id = a.id
			            AND i.status IN ('OPEN', 'IN_PROGRESS') AND i.due_date < :today) AS overdue_actions
			FROM assessment a
			JOIN establishment e ON e.id = a.establishment_id
			JOIN organisation o ON o.id = e.organisation_id
			JOIN reference_standard s ON s.id = a.standard_id
			LEFT JOIN assessment_score sc ON sc.assessment_id = a.id
			""";

	private static final String ESTABLISHMENT_ORDER = " ORDER BY a.reference_date DESC, a.id DESC";

	private static final String QUEUE_WHERE = " WHERE a.status IN ('SUBMITTED', 'IN_REVIEW')";

	private static final String QUEUE_ORDER = " ORDER BY a.submitted_at, a.id";

	private final NamedParameterJdbcTemplate jdbc;

	/** The same database, reading rows 500 at a time through a cursor (exports). */
	private final NamedParameterJdbcTemplate streaming;

	private final EstablishmentAccess establishments;

	private final Clock clock;

	AssessmentQueries(NamedParameterJdbcTemplate jdbc, EstablishmentAccess establishments, Clock clock) {
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
		cursor.setFetchSize(TableExports.BATCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
		this.establishments = establishments;
		this.clock = clock;
	}

	/**
	 * An establishment's assessments, newest reference date first. Managers do not see
	 * audits in progress.
	 */
	public Page<AssessmentListRow> forEstablishment(long establishmentId, Pageable pageable) {
		return page(establishmentWhere(establishmentId), ESTABLISHMENT_ORDER,
				params(pageable).addValue("e", establishmentId), pageable);
	}

	/**
	 * Every line of {@link #forEstablishment}, for an export: access checked now, the
	 * supplier runs one statement read through a cursor.
	 */
	Supplier<Stream<AssessmentListRow>> exportForEstablishment(long establishmentId) {
		String where = establishmentWhere(establishmentId);
		MapSqlParameterSource params = today().addValue("e", establishmentId);
		return () -> this.streaming.queryForStream(SELECT + where + ESTABLISHMENT_ORDER, params,
				AssessmentQueries::row);
	}

	/** Submitted and in review, oldest submission first: the auditors' queue. */
	Page<AssessmentListRow> reviewQueue(Pageable pageable) {
		return reviewQueue(new ReviewFilter(), pageable);
	}

	/** The auditors' queue, filtered in SQL. */
	Page<AssessmentListRow> reviewQueue(ReviewFilter filter, Pageable pageable) {
		requireReviewer();
		MapSqlParameterSource params = params(pageable);
		StringBuilder where = new StringBuilder(QUEUE_WHERE);
		if (filter.getRegion() != null) {
			where.append(" AND e.region_code = :region");
			params.addValue("region", filter.getRegion());
		}
		if (filter.getCategory() != null) {
			where.append(" AND e.category = :category");
			params.addValue("category", filter.getCategory().name());
		}
		if (filter.getKind() != null) {
			where.append(" AND a.kind = :kind");
			params.addValue("kind", filter.getKind().name());
		}
		if (filter.getWaitingDays() != null) {
			where.append(" AND a.submitted_at < :submittedBefore");
			params.addValue("submittedBefore",
					Timestamp.from(this.clock.instant().minus(java.time.Duration.ofDays(filter.getWaitingDays()))));
		}
		return page(where.toString(), QUEUE_ORDER, params, pageable);
	}

	/** The regions, to filter the queue by (reference data, twelve rows). */
	List<RegionOption> regions() {
		return this.jdbc.query("SELECT code, name_fr, name_ar FROM region ORDER BY code", (rs,
				rowNum) -> new RegionOption(rs.getString("code"), rs.getString("name_fr"), rs.getString("name_ar")));
	}

	/** A region as the queue's filter offers it. */
	record RegionOption(String code, String nameFr, String nameAr) {

	}

	/** Every line of {@link #reviewQueue}, for an export, as above. */
	Supplier<Stream<AssessmentListRow>> exportReviewQueue() {
		requireReviewer();
		MapSqlParameterSource params = today();
		return () -> this.streaming.queryForStream(SELECT + QUEUE_WHERE + QUEUE_ORDER, params, AssessmentQueries::row);
	}

	/** Managers do not see audits in progress. */
	private String establishmentWhere(long establishmentId) {
		this.establishments.requireReadable(establishmentId);
		return " WHERE a.establishment_id = :e"
				+ (SocleUser.current().isManager() ? " AND (a.kind = 'SELF' OR a.status = 'VALIDATED')" : "");
	}

	private static void requireReviewer() {
		SocleUser user = SocleUser.current();
		if (!user.isAuditor() && !user.isAdmin()) {
			throw new NotAllowedException(user + " has no review queue");
		}
	}

	private Page<AssessmentListRow> page(String where, String order, MapSqlParameterSource params, Pageable pageable) {
		Long total = this.jdbc.queryForObject(
				"SELECT count(*) FROM assessment a JOIN establishment e ON e.id = a.establishment_id" + where, params,
				Long.class);
		if (total == null || total == 0) {
			return Page.empty(pageable);
		}
		List<AssessmentListRow> rows = this.jdbc.query(SELECT + where + order + " LIMIT :limit OFFSET :offset", params,
				AssessmentQueries::row);
		return new PageImpl<>(rows, pageable, total);
	}

	private MapSqlParameterSource params(Pageable pageable) {
		return today().addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
	}

	private MapSqlParameterSource today() {
		return new MapSqlParameterSource("today", LocalDate.now(this.clock));
	}

	private static AssessmentListRow row(ResultSet rs, int rowNum) throws SQLException {
		return new AssessmentListRow(rs.getLong("id"), rs.getLong("establishment_id"), rs.getString("name_fr"),
				rs.getString("name_ar"), rs.getString("organisation_name"),
				AssessmentKind.valueOf(rs.getString("kind")), AssessmentStatus.valueOf(rs.getString("status")),
				rs.getObject("reference_date", LocalDate.class), rs.getString("standard_label"),
				rs.getString("creator_name"), rs.getString("reviewer_name"), instant(rs.getTimestamp("submitted_at")),
				instant(rs.getTimestamp("updated_at")), rs.getBigDecimal("score_display"), rs.getString("rating"),
				rs.getLong("overdue_actions"), rs.getLong("standard_id"), rs.getString("category"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
