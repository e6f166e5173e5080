package org.socle.beneficiary.importing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.HealthDetails;
import org.socle.beneficiary.privacy.AccessLog;
import org.socle.beneficiary.register.BeneficiaryForm;
import org.socle.identity.SocleUser;
import org.socle.shared.crypto.FieldEncryption;
import org.socle.shared.jdbc.BatchInsert;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the rows of an import with their first stays in a few multi-row statements, in
 * the caller's transaction, and writes them to the access log.
 */
@Component
class ImportWriter {

	private static final List<String> BENEFICIARY_COLUMNS = Stream
		.concat(Stream.of("id", "establishment_id", "last_name", "first_name", "last_name_ar", "first_name_ar", "sex",
				"birth_date", "birth_year", "cin", "birth_certificate_ref", "category", "consent_date",
				"consent_given_by", "rsu_status", "family_aid", "pension", "schooling", "created_at", "created_by",
				"updated_at", "updated_by"), HealthDetails.COLUMNS.stream())
		.toList();

	private static final List<String> STAY_COLUMNS = List.of("beneficiary_id", "establishment_id", "admission_date",
			"referral_source", "legal_basis", "legal_basis_reference", "over_capacity", "created_at", "created_by",
			"updated_at", "updated_by");

	private final JdbcTemplate jdbc;

	private final AccessLog accessLog;

	private final Clock clock;

	private final FieldEncryption encryption;

	ImportWriter(JdbcTemplate jdbc, AccessLog accessLog, Clock clock, FieldEncryption encryption) {
		this.jdbc = jdbc;
		this.accessLog = accessLog;
		this.clock = clock;
		this.encryption = encryption;
	}

	/**
	 * Saves the rows in the establishment; a stay is flagged over capacity once
	 * {@code activeBefore} plus the rows before it reach {@code capacity}.
	 * @param capacity the authorised capacity, null when there is none
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void write(long establishmentId, List<ImportRow> rows, long activeBefore, Integer capacity, String filename) {
		List<Long> ids = this.jdbc.queryForList(
				"SELECT nextval(pg_get_serial_sequence('beneficiary', 'id')) FROM generate_series(1, ?)", Long.class,
				rows.size());
		String user = SocleUser.current().getUsername();
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		List<Object[]> people = new ArrayList<>(rows.size());
		List<Object[]> stays = new ArrayList<>(rows.size());
		Map<Long, Long> logged = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			BeneficiaryForm f = rows.get(i).form;
			long id = ids.get(i);
			Integer birthYear = (f.getBirthDate() != null) ? Integer.valueOf(f.getBirthDate().getYear())
					: f.getBirthYear();
			HealthDetails health = new HealthDetails(f.getDisabilityType(), f.isDisabilityCard(),
					f.isDisabilitySupport(), f.getHealthInsurance());
			people.add(health.appendTo(new Object[] { id, establishmentId, f.getLastName(), f.getFirstName(),
					f.getLastNameAr(), f.getFirstNameAr(), f.getSex().name(), date(f.getBirthDate()), birthYear,
					f.getCin(), f.getBirthCertificateRef(), f.getCategory().name(), date(f.getConsentDate()),
					(f.getConsentDate() != null) ? name(f.getConsentGivenBy()) : null, f.getRsuStatus().name(),
					f.getFamilyAid().name(), f.getPension().name(), name(f.getSchooling()), now, user, now, user },
					this.encryption));
			boolean beyond = capacity != null && activeBefore + i + 1 > capacity;
			stays.add(new Object[] { id, establishmentId, date(f.getAdmissionDate()), name(f.getReferralSource()),
					name(f.getLegalBasis()), f.getLegalBasisReference(), beyond, now, user, now, user });
			logged.put(id, establishmentId);
		}
		BatchInsert.insert(this.jdbc, "beneficiary", BENEFICIARY_COLUMNS, people);
		BatchInsert.insert(this.jdbc, "beneficiary_stay", STAY_COLUMNS, stays);
		this.accessLog.recordAll(logged, AccessAction.IMPORT, filename);
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
