package org.socle.beneficiary.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.validation.Validator;
import org.socle.beneficiary.register.BeneficiaryRules;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.EstablishmentStatus;
import org.socle.shared.web.CleanTextEditor;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Reads an import file and checks every row with the same rules as the beneficiary form
 * (Bean Validation and {@link BeneficiaryRules}), then flags the likely duplicates.
 * Nothing is saved.
 */
@Component
class ImportParser {

	static final int MAX_ROWS = 20_000;

	/** The forms' message for a control character. */
	private static final String CONTROL_CHARACTER_MESSAGE = "typeMismatch.java.lang.String";

	/** Shown as U+FFFD in the preview, as a PDF shows them. */
	private static final Pattern CONTROL_CHARACTER = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

	private final SpringValidatorAdapter validator;

	private final ImportValues values;

	private final ImportDuplicates duplicates;

	private final Clock clock;

	ImportParser(Validator validator, MessageSource messages, ImportDuplicates duplicates, Clock clock) {
		this.validator = new SpringValidatorAdapter(validator);
		this.values = new ImportValues(messages);
		this.duplicates = duplicates;
		this.clock = clock;
	}

	/** Reads and checks a file for the establishment, in {@code encoding} if not null. */
	ParsedImport parse(EstablishmentInfo establishment, String filename, byte[] content, String encoding) {
		SpreadsheetReader.ReadSheet sheet = SpreadsheetReader.read(filename, content, encoding, MAX_ROWS);
		if (sheet.error() != null) {
			return ParsedImport.rejected(sheet, ImportRow.message(sheet.error()), List.of(), List.of());
		}
		if (establishment.status() == EstablishmentStatus.CLOSED) {
			return ParsedImport.rejected(sheet, ImportRow.message("beneficiary.establishmentClosed"), List.of(),
					List.of());
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
		List<String> missing = missingColumns(new HashSet<>(columns.values()));
		if (!missing.isEmpty()) {
			return ParsedImport.rejected(sheet, ImportRow.message("import.missingColumns", String.join(", ", missing)),
					missing, unknown);
		}
		LocalDate today = LocalDate.now(this.clock);
		List<ImportRow> rows = new ArrayList<>(sheet.rows().size());
		for (int r = 0; r < sheet.rows().size(); r++) {
			rows.add(parseRow(sheet.lines().get(r), sheet.rows().get(r), columns, today));
		}
		this.duplicates.flag(rows);
		return new ParsedImport(sheet, null, List.of(), unknown, rows);
	}

	private static List<String> missingColumns(Set<ImportColumn> present) {
		List<String> missing = new ArrayList<>(Stream.of(ImportColumn.values())
			.filter(c -> c.required && !present.contains(c))
			.map(c -> c.code)
			.toList());
		if (!present.contains(ImportColumn.BIRTH_DATE) && !present.contains(ImportColumn.BIRTH_YEAR)) {
			missing.add(ImportColumn.BIRTH_DATE.code + " / " + ImportColumn.BIRTH_YEAR.code);
		}
		return missing;
	}

	private ImportRow parseRow(int line, List<String> cells, Map<Integer, ImportColumn> columns, LocalDate today) {
		ImportRow row = new ImportRow(line);
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(row.form);
		Set<ImportColumn> unreadable = EnumSet.noneOf(ImportColumn.class);
		columns.forEach((index, column) -> {
			String text = (index < cells.size()) ? cells.get(index) : null;
			if (text == null || text.isBlank()) {
				return;
			}
			text = clean(text);
			if (text == null) {
				row.raw.put(column.code, CONTROL_CHARACTER.matcher(cells.get(index).strip()).replaceAll("\uFFFD"));
				row.problem(column.code, ImportRow.message(CONTROL_CHARACTER_MESSAGE));
				unreadable.add(column);
				return;
			}
			row.raw.put(column.code, text);
			Object value = this.values.convert(column, wrapper.getPropertyType(column.field), text);
			if (value == null) {
				row.problem(column.code, ImportRow.message("import.invalidValue." + column.kind.name(), text));
				unreadable.add(column);
			}
			else {
				wrapper.setPropertyValue(column.field, value);
			}
		});
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(row.form, "beneficiaryForm");
		this.validator.validate(row.form, errors);
		BeneficiaryRules.validate(row.form, today, errors);
		// a cell that could not be read is reported once, not again as missing
		for (FieldError error : errors.getFieldErrors()) {
			ImportColumn column = ImportColumn.forField(error.getField()).orElse(null);
			if (column == null || !unreadable.contains(column)) {
				row.problem((column != null) ? column.code : error.getField(), error);
			}
		}
		errors.getGlobalErrors().forEach(error -> row.problem("", error));
		return row;
	}

	/**
	 * The cell as a form field would bind it ({@link CleanTextEditor}: trimmed, NFC), or
	 * null when it holds a control character, which the forms refuse too.
	 */
	private static String clean(String text) {
		CleanTextEditor editor = new CleanTextEditor();
		try {
			editor.setAsText(text);
			return (String) editor.getValue();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
