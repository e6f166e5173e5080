package org.socle.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many contradictions between declarations and records each establishment's latest
 * submitted assessment holds that were not found corrected: a risk factor for the
 * inspection plan (docs/inspections.md). The contradictions are those kept when the
 * assessment was submitted; "latest" is the most recent reference date (then submission)
 * among the assessments submitted, in review or validated, self-assessment or audit.
 * <p>
 * No access check here: callers show the counts only to auditors and admins, who read
 * every establishment.
 */
@Service
@Transactional(readOnly = true)
public class OpenContradictions {

	/**
	 * The definition itself, as SQL with columns {@code establishment_id} and
	 * {@code open}: for a read model that weighs the open contradictions with other
	 * figures in a single statement (the inspection plan), so that both count exactly the
	 * same.
	 */
	public static final String OPEN_BY_ESTABLISHMENT_SQL = """
			SELECT latest.establishment_id, count(*) AS open
			FROM (SELECT DISTINCT ON (a.establishment_id) a.id, a.establishment_id
			      FROM assessment a
			      WHERE a.status IN ('SUBMITTED', 'IN_REVIEW', 'VALIDATED')
			      ORDER BY a.establishment_id, a.reference_date DESC, a.submitted_at DESC NULLS LAST, a.id DESC) latest
			JOIN assessment_contradiction c ON c.assessment_id = latest.id
			WHERE c.decision IS DISTINCT FROM 'CORRECTED'
			GROUP BY latest.establishment_id
			""";

	private static final String COUNT = OPEN_BY_ESTABLISHMENT_SQL + "ORDER BY latest.establishment_id";

	private final JdbcTemplate jdbc;

	OpenContradictions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The open contradictions by establishment id, in one statement for the whole
	 * country; an establishment without any (or without a submitted assessment) is
	 * absent, so {@code getOrDefault(id, 0)}.
	 */
	public Map<Long, Integer> openContradictionsByEstablishment() {
		Map<Long, Integer> open = new LinkedHashMap<>();
		this.jdbc.query(COUNT, (rs) -> {
			open.put(rs.getLong("establishment_id"), rs.getInt("open"));
		});
		return open;
	}

}
