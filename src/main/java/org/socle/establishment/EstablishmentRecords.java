package org.socle.establishment;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts an establishment's records hold at a date (authorisation, director, committee
 * meetings, staff, yearly resources), for checking what is declared about it.
 */
@Service
@Transactional(readOnly = true)
public class EstablishmentRecords {

	private static final String FACTS = """
			SELECT e.authorisation_status, e.authorisation_date, e.authorisation_expiry, e.authorised_capacity,
			       coalesce(btrim(e.director_name), '') <> '' AS director_recorded,
			       ARRAY(SELECT m.id FROM committee_meeting m
			             WHERE m.establishment_id = e.id AND m.meeting_date <= :d
			               AND m.meeting_date > CAST(:d AS date) - INTERVAL '1 year'
			             ORDER BY m.meeting_date, m.id) AS meeting_ids,
			       s.in_post, s.care_qualified, s.care_qualifications, s.training_hours,
			       r.year AS resources_year, r.public_funding + r.agreements AS stable,
			       r.public_funding + r.agreements + r.charity + r.own_income AS total
			FROM establishment e
			CROSS JOIN LATERAL (
			    SELECT count(*) AS in_post, count(*) FILTER (WHERE st.care_qualified) AS care_qualified,
			           count(DISTINCT lower(btrim(st.qualification))) FILTER (WHERE st.care_qualified)
			               AS care_qualifications,
			           coalesce(sum(st.training_hours_per_year), 0) AS training_hours
			    FROM establishment_staff st
			    WHERE st.establishment_id = e.id AND st.start_date <= :d
			      AND (st.end_date IS NULL OR st.end_date >= :d)) s
			LEFT JOIN LATERAL (
			    SELECT * FROM establishment_resource res
			    WHERE res.establishment_id = e.id AND res.year BETWEEN :year - 1 AND :year
			    ORDER BY res.year DESC LIMIT 1) r ON true
			WHERE e.id = :id
			""";

	private final EstablishmentAccess access;

	private final NamedParameterJdbcTemplate jdbc;

	EstablishmentRecords(EstablishmentAccess access, NamedParameterJdbcTemplate jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * The facts at {@code date}: two statements (the access check, then one for all
	 * facts).
	 * @throws org.socle.shared.NotFoundException when the current user may not read the
	 * establishment
	 */
	public RecordFacts factsAt(long establishmentId, LocalDate date) {
		this.access.requireReadable(establishmentId);
		MapSqlParameterSource params = new MapSqlParameterSource("id", establishmentId).addValue("d", date)
			.addValue("year", date.getYear());
		return this.jdbc.queryForObject(FACTS, params, (rs, row) -> new RecordFacts(date,
				rs.getString("authorisation_status"), rs.getObject("authorisation_date", LocalDate.class),
				rs.getObject("authorisation_expiry", LocalDate.class), (Integer) rs.getObject("authorised_capacity"),
				rs.getBoolean("director_recorded"), ids(rs.getArray("meeting_ids")), rs.getLong("in_post"),
				rs.getLong("care_qualified"), rs.getLong("care_qualifications"), rs.getLong("training_hours"),
				(Integer) rs.getObject("resources_year"), rs.getBigDecimal("stable"), rs.getBigDecimal("total")));
	}

	private static List<Long> ids(Array array) throws SQLException {
		return List.of((Long[]) array.getArray());
	}

}
