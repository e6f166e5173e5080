package org.socle.beneficiary;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.EstablishmentStatus;
import org.socle.identity.SocleUser;
import org.socle.shared.NotFoundException;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Imports beneficiaries from a CSV or XLSX file in two steps: a preview (every row parsed
 * and checked with the same rules as the form, likely duplicates flagged, nothing saved)
 * and, when the user confirms, the valid rows in one transaction (JDBC batches). Checking
 * a file runs one SQL statement, for the duplicates, whatever its length.
 */
@Service
@Transactional(readOnly = true)
class ImportService {

	static final int MAX_ROWS = 20_000;

	private final BeneficiaryService beneficiaries;

	private final StayRepository stays;

	private final ImportStore store;

	private final SpringValidatorAdapter validator;

	private final EstablishmentAccess establishments;

	private final MessageSource messages;

	private final ImportValues values;

	private final NamedParameterJdbcTemplate named;

	private final JdbcTemplate jdbc;

	private final AccessLog accessLog;

	private final Clock clock;

	ImportService(BeneficiaryService beneficiaries, StayRepository stays, ImportStore store,
			jakarta.validation.Validator validator, EstablishmentAccess establishments, MessageSource messages,
			NamedParameterJdbcTemplate named, AccessLog accessLog, Clock clock) {
		this.beneficiaries = beneficiaries;
		this.stays = stays;
		this.store = store;
		this.validator = new SpringValidatorAdapter(validator);
		this.establishments = establishments;
		this.messages = messages;
		this.values = new ImportValues(messages);
		this.named = named;
		this.jdbc = named.getJdbcTemplate();
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * A parsed row: the form it fills, its errors by column, and why it may be a
	 * duplicate.
	 */
	static final class Row {

		final int line;

		final BeneficiaryForm form = new BeneficiaryForm();

		final Map<String, String> raw = new HashMap<>();

		final List<Object[]> errors = new ArrayList<>();

		MessageSourceResolvable duplicate;

		Row(int line) {
			this.line = line;
		}

		boolean isValid() {
			return this.errors.isEmpty();
		}

		void error(String column, MessageSourceResolvable message) {
			this.errors.add(new Object[] { column, message });
		}

	}

	record Parsed(SpreadsheetReader.ReadSheet sheet, MessageSourceResolvable fileError, List<String> missing,
			List<String> unknown, List<Row> rows, long millis) {

		Stream<Row> importable(boolean includeDuplicates) {
			return this.rows.stream().filter(r -> r.isValid() && (includeDuplicates || r.duplicate == null));
		}

	}

	/** Keeps the upload for the preview; returns its token. */
	String upload(long establishmentId, String filename, byte[] content) {
		this.beneficiaries.requireManaged(establishmentId);
		return this.store.put(SocleUser.current().id(), establishmentId, filename, content).token;
	}

	private ImportStore.Upload upload(long establishmentId, String token) {
		return this.store.get(token, SocleUser.current().id(), establishmentId)
			.orElseThrow(() -> new NotFoundException("Import", token));
	}

	/**
	 * The preview of an upload, parsed again only when the user chose another encoding.
	 */
	ImportPreview preview(long establishmentId, String token, String encoding) {
		EstablishmentInfo establishment = this.beneficiaries.requireManaged(establishmentId);
		ImportStore.Upload upload = upload(establishmentId, token);
		Parsed parsed = parsed(establishment, upload, encoding);
		return toPreview(establishment, upload, parsed, LocaleContextHolder.getLocale());
	}

	private Parsed parsed(EstablishmentInfo establishment, ImportStore.Upload upload, String encoding) {
		String wanted = (encoding != null && SpreadsheetReader.ENCODINGS.contains(encoding)) ? encoding : null;
		Parsed parsed = upload.parsed;
		if (parsed == null || (wanted != null && !wanted.equals(parsed.sheet().encoding()))) {
			parsed = parse(establishment, upload.filename, upload.content, wanted);
			upload.parsed = parsed;
		}
		return parsed;
	}

	/** Reads and checks a file (no row is saved). */
	Parsed parse(EstablishmentInfo establishment, String filename, byte[] content, String encoding) {
		long start = System.nanoTime();
		SpreadsheetReader.ReadSheet sheet = SpreadsheetReader.read(filename, content, encoding, MAX_ROWS);
		if (sheet.error() != null) {
			return new Parsed(sheet, resolvable(sheet.error()), List.of(), List.of(), List.of(), 0);
		}
		if (establishment.status() == EstablishmentStatus.CLOSED) {
			return new Parsed(sheet, resolvable("beneficiary.establishmentClosed"), List.of(), List.of(), List.of(), 0);
		}
		Map<Integer, ImportColumn> columns = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < sheet.header().size(); i++) {
			String header = sheet.header().get(i);
			int index = i;
			ImportColumn.forHeader(header)
				.ifPresentOrElse(column -> columns.putIfAbsent(index, column),
						() -> unknown.add(Objects.toString(header, "")));
		}
		Set<ImportColumn> present = new HashSet<>(columns.values());
		List<String> missing = new ArrayList<>(Stream.of(ImportColumn.values())
			.filter(c -> c.required && !present.contains(c))
			.map(c -> c.code)
			.toList());
		if (!present.contains(ImportColumn.BIRTH_DATE) && !present.contains(ImportColumn.BIRTH_YEAR)) {
			missing.add(ImportColumn.BIRTH_DATE.code + " / " + ImportColumn.BIRTH_YEAR.code);
		}
		if (!missing.isEmpty()) {
			return new Parsed(sheet, resolvable("import.missingColumns", String.join(", ", missing)), missing, unknown,
					List.of(), 0);
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Row> rows = new ArrayList<>(sheet.rows().size());
		for (int r = 0; r < sheet.rows().size(); r++) {
			rows.add(parseRow(sheet.lines().get(r), sheet.rows().get(r), columns, today));
		}
		flagDuplicates(rows);
		return new Parsed(sheet, null, List.of(), unknown, rows, (System.nanoTime() - start) / 1_000_000);
	}

	private Row parseRow(int line, List<String> cells, Map<Integer, ImportColumn> columns, LocalDate today) {
		Row row = new Row(line);
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(row.form);
		Map<ImportColumn, Boolean> unreadable = new EnumMap<>(ImportColumn.class);
		columns.forEach((index, column) -> {
			String text = (index < cells.size()) ? cells.get(index) : null;
			if (text == null || text.isBlank()) {
				return;
			}
			text = text.strip();
			row.raw.put(column.code, text);
			Object value = this.values.convert(column, wrapper.getPropertyType(column.field), text);
			if (value == null) {
				row.error(column.code, resolvable("import.invalidValue." + column.kind.name(), text));
				unreadable.put(column, true);
			}
			else {
				wrapper.setPropertyValue(column.field, value);
			}
		});
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(row.form, "beneficiaryForm");
		this.validator.validate(row.form, errors);
		BeneficiaryRules.validate(row.form, today, errors);
		for (FieldError error : errors.getFieldErrors()) {
			ImportColumn column = ImportColumn.forField(error.getField()).orElse(null);
			if (column == null || !unreadable.containsKey(column)) {
				row.error((column != null) ? column.code : error.getField(), error);
			}
		}
		errors.getGlobalErrors().forEach(error -> row.error("", error));
		return row;
	}

	/**
	 * Flags rows with the same identity reference, or the same name and birth date, as an
	 * earlier row of the file or a record of the user's establishments (one query).
	 */
	private void flagDuplicates(List<Row> rows) {
		Map<String, Integer> firstLine = new HashMap<>();
		for (Row row : rows) {
			for (String key : keys(row.form)) {
				Integer earlier = firstLine.putIfAbsent(key, row.line);
				if (earlier != null && row.duplicate == null) {
					row.duplicate = resolvable("import.duplicateInFile", earlier);
				}
			}
		}
		Set<String> existing = existingKeys(rows);
		for (Row row : rows) {
			if (row.duplicate == null && keys(row.form).stream().anyMatch(existing::contains)) {
				row.duplicate = resolvable("import.duplicateExisting");
			}
		}
	}

	static List<String> keys(BeneficiaryForm form) {
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

	private Set<String> existingKeys(List<Row> rows) {
		Set<String> keys = new HashSet<>();
		rows.forEach(row -> keys.addAll(keys(row.form)));
		if (keys.isEmpty()) {
			return Set.of();
		}
		// the user's establishments only: existence elsewhere is not disclosed (loi
		// 09-08)
		Long[] establishmentIds = this.establishments.listReadable()
			.stream()
			.map(EstablishmentInfo::id)
			.toArray(Long[]::new);
		MapSqlParameterSource params = new MapSqlParameterSource("establishments", array("bigint", establishmentIds))
			.addValue("keys", array("text", keys.toArray()));
		return new HashSet<>(this.named.queryForList("""
				SELECT k FROM (
				    SELECT 'cin:' || b.cin AS k1, 'bcr:' || lower(b.birth_certificate_ref) AS k2,
				           'name:' || lower(b.last_name) || '|' || lower(b.first_name) || '|' || b.birth_date AS k3
				    FROM beneficiary b
				    WHERE b.establishment_id = ANY(:establishments) AND b.anonymised_at IS NULL
				) b CROSS JOIN LATERAL (VALUES (k1), (k2), (k3)) v(k)
				WHERE k = ANY(:keys)
				""", params, String.class));
	}

	private static SqlParameterValue array(String type, Object[] values) {
		return new SqlParameterValue(Types.ARRAY, new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(java.sql.Connection connection, int sqlType, String typeName)
					throws java.sql.SQLException {
				return connection.createArrayOf(type, values);
			}
		});
	}

	private static MessageSourceResolvable resolvable(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args, code);
	}

	private ImportPreview toPreview(EstablishmentInfo establishment, ImportStore.Upload upload, Parsed parsed,
			Locale locale) {
		SpreadsheetReader.ReadSheet sheet = parsed.sheet();
		List<ImportPreview.ErrorLine> errorLines = new ArrayList<>();
		List<ImportPreview.DuplicateLine> duplicateLines = new ArrayList<>();
		List<ImportPreview.SampleLine> sample = new ArrayList<>();
		int valid = 0;
		int invalid = 0;
		int duplicates = 0;
		for (Row row : parsed.rows()) {
			if (!row.isValid()) {
				invalid++;
				for (Object[] error : row.errors) {
					if (errorLines.size() < ImportPreview.LIMIT) {
						String column = (String) error[0];
						errorLines.add(new ImportPreview.ErrorLine(row.line, column, row.raw.get(column),
								this.messages.getMessage((MessageSourceResolvable) error[1], locale)));
					}
				}
				continue;
			}
			valid++;
			String name = row.form.getLastName() + " " + row.form.getFirstName();
			if (row.duplicate != null) {
				duplicates++;
				if (duplicateLines.size() < ImportPreview.LIMIT) {
					duplicateLines.add(new ImportPreview.DuplicateLine(row.line, name,
							this.messages.getMessage(row.duplicate, locale)));
				}
			}
			else if (sample.size() < 10) {
				sample.add(new ImportPreview.SampleLine(row.line, name, (row.form.getLastNameAr() != null)
						? row.form.getLastNameAr() + " " + Objects.toString(row.form.getFirstNameAr(), "") : null,
						(row.form.getBirthDate() != null) ? row.form.getBirthDate().toString()
								: String.valueOf(row.form.getBirthYear()),
						row.form.getAdmissionDate().toString(),
						this.messages.getMessage("BeneficiaryCategory." + row.form.getCategory(), null, locale)));
			}
		}
		long activeNow = this.stays.countActive(establishment.id(), LocalDate.now(this.clock));
		Integer capacity = establishment.authorisedCapacity();
		int importable = valid - duplicates;
		int over = (capacity == null) ? 0 : (int) Math.max(0, Math.min(importable, activeNow + importable - capacity));
		return new ImportPreview(upload.token, upload.filename, sheet.format(), sheet.encoding(),
				(sheet.separator() == null) ? null : (sheet.separator() == '\t') ? "TAB" : sheet.separator().toString(),
				parsed.rows().size(), valid, invalid, duplicates, sheet.truncated(),
				(parsed.fileError() != null) ? this.messages.getMessage(parsed.fileError(), locale) : null,
				parsed.missing(), parsed.unknown(), activeNow, capacity, over, errorLines, duplicateLines, sample,
				parsed.millis());
	}

	/**
	 * Imports the valid rows (and the likely duplicates when asked) in one transaction;
	 * returns how many. Rows beyond the authorised capacity need
	 * {@code confirmOverCapacity} and are flagged.
	 */
	@Transactional
	int confirm(long establishmentId, String token, boolean includeDuplicates, boolean confirmOverCapacity) {
		EstablishmentInfo establishment = this.beneficiaries.requireManaged(establishmentId);
		ImportStore.Upload upload = upload(establishmentId, token);
		Parsed parsed = parsed(establishment, upload, null);
		if (parsed.fileError() != null) {
			return 0;
		}
		List<Row> rows = parsed.importable(includeDuplicates).toList();
		long active = this.stays.countActive(establishmentId, LocalDate.now(this.clock));
		Integer capacity = establishment.authorisedCapacity();
		boolean over = capacity != null && active + rows.size() > capacity;
		if (over && !confirmOverCapacity) {
			throw new OverCapacityException();
		}
		if (rows.isEmpty()) {
			return 0;
		}
		List<Long> ids = this.jdbc.queryForList(
				"SELECT nextval(pg_get_serial_sequence('beneficiary', 'id')) FROM generate_series(1, ?)", Long.class,
				rows.size());
		String user = SocleUser.current().getUsername();
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		List<Object[]> people = new ArrayList<>(rows.size());
		List<Object[]> stayRows = new ArrayList<>(rows.size());
		Map<Long, Long> logged = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			BeneficiaryForm f = rows.get(i).form;
			long id = ids.get(i);
			Integer birthYear = (f.getBirthDate() != null) ? Integer.valueOf(f.getBirthDate().getYear())
					: f.getBirthYear();
			boolean disabled = f.getDisabilityType() != null;
			people.add(new Object[] { id, establishmentId, f.getLastName(), f.getFirstName(), f.getLastNameAr(),
					f.getFirstNameAr(), f.getSex().name(), date(f.getBirthDate()), birthYear, f.getCin(),
					f.getBirthCertificateRef(), f.getCategory().name(), name(f.getDisabilityType()),
					disabled && f.isDisabilityCard(), disabled && f.isDisabilitySupport(), date(f.getConsentDate()),
					(f.getConsentDate() != null) ? name(f.getConsentGivenBy()) : null, f.getHealthInsurance().name(),
					f.getRsuStatus().name(), f.getFamilyAid().name(), f.getPension().name(), name(f.getSchooling()),
					now, user, now, user });
			boolean beyond = capacity != null && active + i + 1 > capacity;
			stayRows.add(new Object[] { id, establishmentId, date(f.getAdmissionDate()), name(f.getReferralSource()),
					name(f.getLegalBasis()), f.getLegalBasisReference(), beyond, now, user, now, user });
			logged.put(id, establishmentId);
		}
		BatchInsert.insert(this.jdbc, "beneficiary",
				List.of("id", "establishment_id", "last_name", "first_name", "last_name_ar", "first_name_ar", "sex",
						"birth_date", "birth_year", "cin", "birth_certificate_ref", "category", "disability_type",
						"disability_card", "disability_support", "consent_date", "consent_given_by", "health_insurance",
						"rsu_status", "family_aid", "pension", "schooling", "created_at", "created_by", "updated_at",
						"updated_by"),
				people);
		BatchInsert.insert(this.jdbc, "beneficiary_stay",
				List.of("beneficiary_id", "establishment_id", "admission_date", "referral_source", "legal_basis",
						"legal_basis_reference", "over_capacity", "created_at", "created_by", "updated_at",
						"updated_by"),
				stayRows);
		this.accessLog.recordAll(logged, AccessAction.IMPORT, upload.filename);
		this.store.remove(token);
		return rows.size();
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	/** The import would go beyond the authorised capacity and was not confirmed. */
	static class OverCapacityException extends RuntimeException {

		OverCapacityException() {
			super("Import beyond the authorised capacity not confirmed");
		}

	}

}
