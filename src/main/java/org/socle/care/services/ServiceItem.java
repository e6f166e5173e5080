package org.socle.care.services;

import java.time.LocalDate;

import org.socle.care.types.ServiceKind;

/** A line of a service list, as shown to the current user (notes only for managers). */
public record ServiceItem(long id, long beneficiaryId, String beneficiaryName, LocalDate serviceDate, String typeName,
		ServiceKind kind, String staffName, String notes) {
}
