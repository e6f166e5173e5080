package org.socle.care;

import java.time.LocalDate;

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

}
