package org.socle.care;

import java.time.LocalDate;

import org.socle.shared.CleanText;

/**
 * One service to record for one beneficiary, as an establishment's own tool sends it
 * ({@link BulkServiceRecords}).
 *
 * @param beneficiary the beneficiary's pseudonymous reference ({@code B-7K3Q9X}), as
 * shown on their record
 * @param serviceType the code of an active service type ({@code PSYCHOSOCIAL})
 * @param date the day the service was delivered; not in the future
 * @param notes optional, at most {@value BulkServiceRecords#MAX_NOTES} characters
 */
public record NewServiceRecord(String beneficiary, String serviceType, LocalDate date, String notes) {

	/** The same record with its text in Unicode NFC, as forms store text. */
	NewServiceRecord normalised() {
		return new NewServiceRecord(CleanText.nfc(this.beneficiary), CleanText.nfc(this.serviceType), this.date,
				CleanText.nfc(this.notes));
	}

}
