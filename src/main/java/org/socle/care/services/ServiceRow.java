package org.socle.care.services;

import java.time.LocalDate;
import java.util.Locale;

import org.socle.care.types.ServiceKind;

/** A service record with its type, as the list queries read it. */
public record ServiceRow(Long id, Long beneficiaryId, LocalDate serviceDate, String typeNameFr, String typeNameAr,
		String typeNameEn, ServiceKind kind, Long staffId, String notes) {

	public String typeName(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ar" -> this.typeNameAr;
			case "en" -> this.typeNameEn;
			default -> this.typeNameFr;
		};
	}

}
