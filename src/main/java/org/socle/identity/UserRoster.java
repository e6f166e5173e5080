package org.socle.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.shared.jdbc.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role where, among the enabled accounts: the people told of what
 * concerns an establishment (its organisation's managers, the auditors of its region).
 * Ids only, one statement per call.
 */
@Service
@Transactional(readOnly = true)
public class UserRoster {

	private final JdbcClient jdbc;

	UserRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The enabled auditors who cover the region ({@code MA-06}), by id. */
	public List<Long> activeAuditorsCovering(String regionCode) {
		return this.jdbc.sql("""
				SELECT u.id FROM app_user u JOIN auditor_region r ON r.user_id = u.id
				WHERE u.role = 'AUDITOR' AND u.enabled AND r.region_code = :region
				ORDER BY u.id
				""").param("region", regionCode).query(Long.class).list();
	}

	/** Every enabled auditor, by id. */
	public List<Long> activeAuditors() {
		return this.jdbc.sql("SELECT id FROM app_user WHERE role = 'AUDITOR' AND enabled ORDER BY id")
			.query(Long.class)
			.list();
	}

	/** The enabled managers of the organisation, by id. */
	public List<Long> activeManagersOf(long organisationId) {
		return this.jdbc
			.sql("SELECT id FROM app_user WHERE role = 'MANAGER' AND enabled AND organisation_id = :org ORDER BY id")
			.param("org", organisationId)
			.query(Long.class)
			.list();
	}

	/**
	 * The enabled managers of each organisation, by id; an organisation without one is
	 * missing from the map.
	 */
	public Map<Long, List<Long>> activeManagersOf(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				SELECT organisation_id, id FROM app_user
				WHERE role = 'MANAGER' AND enabled AND organisation_id = ANY(:orgs)
				ORDER BY organisation_id, id
				""")
			.param("orgs", SqlArrays.of("bigint", organisationIds.toArray()))
			.query((rs, n) -> Map.entry(rs.getLong("organisation_id"), rs.getLong("id")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

}
