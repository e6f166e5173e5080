package org.socle.beneficiary.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.BeneficiaryDataContributor;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.jdbc.SqlArrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limited retention (loi 09-08): an admin anonymises the records of people discharged
 * more than a number of years ago (no open stay, last discharge before the cut-off).
 * Names become {@code Anonyme} and the pseudonym; the Arabic names, birth date (the year
 * is kept), identity references, disability, the legal-basis references and the care
 * notes, plans and review summaries are cleared. What remains (sex, birth year, category,
 * stays, statuses) keeps the statistics right and identifies nobody.
 */
@Service
@Transactional
class RetentionService {

	private final NamedParameterJdbcTemplate jdbc;

	private final List<BeneficiaryDataContributor> contributors;

	private final AccessLog accessLog;

	private final Pseudonyms pseudonyms;

	private final Clock clock;

	private final int defaultYears;

	RetentionService(NamedParameterJdbcTemplate jdbc, List<BeneficiaryDataContributor> contributors,
			AccessLog accessLog, Pseudonyms pseudonyms, Clock clock,
			@Value("${socle.beneficiary.retention-years:10}") int defaultYears) {
		this.jdbc = jdbc;
		this.contributors = contributors;
		this.accessLog = accessLog;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
		this.defaultYears = defaultYears;
	}

	int defaultYears() {
		return this.defaultYears;
	}

	LocalDate cutOff(int years) {
		return LocalDate.now(this.clock).minusYears(years);
	}

	private static void requireAdmin() {
		if (!SocleUser.current().isAdmin()) {
			throw new NotAllowedException("Only admins run the retention");
		}
	}

	/** Beneficiary id to establishment id, for the records due for anonymisation. */
	@Transactional(readOnly = true)
	Map<Long, Long> candidates(int years) {
		requireAdmin();
		Map<Long, Long> candidates = new LinkedHashMap<>();
		this.jdbc.query(
				"""
						SELECT b.id, b.establishment_id FROM beneficiary b
						WHERE b.anonymised_at IS NULL
						  AND NOT EXISTS (SELECT 1 FROM beneficiary_stay s WHERE s.beneficiary_id = b.id AND s.discharge_date IS NULL)
						  AND (SELECT max(s.discharge_date) FROM beneficiary_stay s WHERE s.beneficiary_id = b.id) < :cutOff
						ORDER BY b.id
						""",
				new MapSqlParameterSource("cutOff", cutOff(years)), rs -> {
					candidates.put(rs.getLong(1), rs.getLong(2));
				});
		return candidates;
	}

	/** Anonymises the records due; returns how many. */
	int anonymise(int years) {
		Map<Long, Long> candidates = candidates(years);
		if (candidates.isEmpty()) {
			return 0;
		}
		Long[] ids = candidates.keySet().toArray(Long[]::new);
		MapSqlParameterSource params = new MapSqlParameterSource("ids", SqlArrays.of("bigint", ids))
			.addValue("now", Timestamp.from(Instant.now(this.clock)))
			.addValue("user", SocleUser.current().getUsername());
		MapSqlParameterSource[] names = candidates.keySet()
			.stream()
			.map(id -> new MapSqlParameterSource("id", id).addValue("pseudonym", this.pseudonyms.of(id)))
			.toArray(MapSqlParameterSource[]::new);
		this.jdbc.batchUpdate("UPDATE beneficiary SET first_name = :pseudonym WHERE id = :id", names);
		this.jdbc.update("""
				UPDATE beneficiary SET last_name = 'Anonyme', last_name_ar = NULL, first_name_ar = NULL,
				    birth_date = NULL, cin = NULL, birth_certificate_ref = NULL, disability_type = NULL,
				    disability_card = NULL, disability_support = NULL, has_disability = false,
				    disability_supported = false, anonymised_at = :now, updated_at = :now,
				    updated_by = :user, version = version + 1
				WHERE id = ANY(:ids)
				""", params);
		this.jdbc.update("UPDATE beneficiary_stay SET legal_basis_reference = NULL WHERE beneficiary_id = ANY(:ids)",
				params);
		this.contributors.forEach(c -> c.anonymise(candidates.keySet()));
		this.accessLog.recordAll(candidates, AccessAction.ANONYMISE, "retention " + years + " years");
		return candidates.size();
	}

}
