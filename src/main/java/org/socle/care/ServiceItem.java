package org.socle.care;

import java.time.LocalDate;

/** A line of a service list, as shown to the current user (notes only for managers). */
public record ServiceItem(long id, long beneficiaryId, String beneficiaryName, LocalDate serviceDate, String typeName,
		ServiceKind kind, String staffName, String notes) {
}
