package org.socle.care;

import java.time.LocalDate;

/** A service record with its type, as the list queries read it. */
record ServiceRow(Long id, Long beneficiaryId, LocalDate serviceDate, String typeNameFr, String typeNameAr,
		String typeNameEn, ServiceKind kind, Long staffId, String notes) {

	String typeName(java.util.Locale locale) {
		return switch (locale.getLanguage()) {
			case "ar" -> this.typeNameAr;
			case "en" -> this.typeNameEn;
			default -> this.typeNameFr;
		};
	}

}
