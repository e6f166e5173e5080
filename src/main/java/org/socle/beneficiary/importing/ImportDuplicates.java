package org.socle.beneficiary.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.socle.beneficiary.register.BeneficiaryForm;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.shared.jdbc.SqlArrays;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Flags the rows of an import with the same identity reference, or the same name and
 * birth date, as an earlier row of the file or a record of the user's establishments: one
 * query, whatever the length of the file.
 */
@Component
class ImportDuplicates {

	private final EstablishmentAccess establishments;

	private final NamedParameterJdbcTemplate jdbc;

	ImportDuplicates(EstablishmentAccess establishments, NamedParameterJdbcTemplate jdbc) {
		this.establishments = establishments;
		this.jdbc = jdbc;
	}

	void flag(List<ImportRow> rows) {
		Map<String, Integer> firstLine = new HashMap<>();
		for (ImportRow row : rows) {
			for (String key : keys(row.form)) {
				Integer earlier = firstLine.putIfAbsent(key, row.line);
				if (earlier != null && row.duplicate == null) {
					row.duplicate = ImportRow.message("import.duplicateInFile", earlier);
				}
			}
		}
		Set<String> existing = existingKeys(firstLine.keySet());
		for (ImportRow row : rows) {
			if (row.duplicate == null && keys(row.form).stream().anyMatch(existing::contains)) {
				row.duplicate = ImportRow.message("import.duplicateExisting");
			}
		}
	}

	private static List<String> keys(BeneficiaryForm form) {
		List<String> keys = new ArrayList<>(3);
		if (form.getCin() != null) {
			keys.add("cin:" + form.getCin());
		}
		if (form.getBirthCertificateRef() != null) {
			keys.add("bcr:" + form.getBirthCertificateRef().toLowerCase(Locale.ROOT));
		}
		if (form.getLastName() != null && form.getFirstName() != null && form.getBirthDate() != null) {
			keys.add("name:" + form.getLastName().toLowerCase(Locale.ROOT) + "|"
					+ form.getFirstName().toLowerCase(Locale.ROOT) + "|" + form.getBirthDate());
		}
		return keys;
	}

	private Set<String> existingKeys(Set<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		// the user's establishments only: existence elsewhere is not disclosed (loi
		// 09-08)
		Long[] establishmentIds = this.establishments.listReadable()
			.stream()
			.map(EstablishmentInfo::id)
			.toArray(Long[]::new);
		MapSqlParameterSource params = new MapSqlParameterSource("establishments",
				SqlArrays.of("bigint", establishmentIds))
			.addValue("keys", SqlArrays.of("text", keys.toArray()));
		return new HashSet<>(this.jdbc.queryForList("""
				SELECT k FROM (
				    SELECT 'cin:' || b.cin AS k1, 'bcr:' || lower(b.birth_certificate_ref) AS k2,
				           'name:' || lower(b.last_name) || '|' || lower(b.first_name) || '|' || b.birth_date AS k3
				    FROM beneficiary b
				    WHERE b.establishment_id = ANY(:establishments) AND b.anonymised_at IS NULL
				) b CROSS JOIN LATERAL (VALUES (k1), (k2), (k3)) v(k)
				WHERE k = ANY(:keys)
				""", params, String.class));
	}

}
