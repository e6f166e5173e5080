package org.socle.beneficiary.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.BenefitStatus;
import org.socle.beneficiary.ConsentGivenBy;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.HealthInsurance;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.RsuStatus;
import org.socle.beneficiary.Schooling;
import org.socle.beneficiary.Sex;

import org.springframework.context.MessageSource;

/**
 * Converts the text of an import cell to the value of its column: dates (ISO, day first
 * with slashes, dashes or dots, or an Excel serial), whole numbers, yes/no in three
 * languages, and enum values by code or by their label in French, Arabic or English.
 */
final class ImportValues {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
			DateTimeFormatter.ofPattern("d.M.uuuu"));

	private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(Map.entry("true", true),
			Map.entry("false", false), Map.entry("yes", true), Map.entry("no", false), Map.entry("oui", true),
			Map.entry("non", false), Map.entry("1", true), Map.entry("0", false), Map.entry("x", true),
			Map.entry("نعم", true), Map.entry("لا", false));

	private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"));

	private final Map<Class<?>, Map<String, Enum<?>>> enums = new HashMap<>();

	ImportValues(MessageSource messages) {
		for (Class<? extends Enum<?>> type : List.of(Sex.class, BeneficiaryCategory.class, DisabilityType.class,
				ReferralSource.class, LegalBasis.class, ConsentGivenBy.class, HealthInsurance.class, RsuStatus.class,
				BenefitStatus.class, Schooling.class)) {
			Map<String, Enum<?>> byText = new HashMap<>();
			for (Enum<?> constant : type.getEnumConstants()) {
				byText.put(ImportColumn.normalise(constant.name()), constant);
				for (Locale language : LANGUAGES) {
					String label = messages.getMessage(type.getSimpleName() + "." + constant.name(), null, null,
							language);
					if (label != null) {
						byText.putIfAbsent(ImportColumn.normalise(label), constant);
					}
				}
			}
			this.enums.put(type, byText);
		}
		Map<String, Enum<?>> sexes = this.enums.get(Sex.class);
		sexes.put("h", Sex.M);
		sexes.put("homme", Sex.M);
		sexes.put("male", Sex.M);
		sexes.put("female", Sex.F);
	}

	/** The value, or null when the text is not one of the column's values. */
	Object convert(ImportColumn column, Class<?> type, String text) {
		return switch (column.kind) {
			case TEXT -> text;
			case DATE -> date(text);
			case INTEGER -> text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
			case BOOLEAN -> BOOLEANS.get(text.toLowerCase(Locale.ROOT));
			case ENUM -> this.enums.getOrDefault(type, Map.of()).get(ImportColumn.normalise(text));
		};
	}

	static LocalDate date(String text) {
		if (text.matches("\\d{5}")) {
			return SpreadsheetReader.EXCEL_EPOCH.plusDays(Long.parseLong(text));
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// next format
			}
		}
		return null;
	}

}
