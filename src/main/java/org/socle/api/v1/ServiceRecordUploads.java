package org.socle.api.v1;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.socle.care.BulkServiceRecords;
import org.socle.care.NewServiceRecord;
import org.socle.shared.idempotency.IdempotencyKeys;
import org.socle.shared.idempotency.IdempotencyKeys.StoredResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bulk upload of service records in one transaction with its idempotency key: the
 * records and the stored response commit together, or neither does.
 */
@Service
@Transactional
class ServiceRecordUploads {

	private final IdempotencyKeys keys;

	private final BulkServiceRecords services;

	private final JsonMapper json;

	ServiceRecordUploads(IdempotencyKeys keys, BulkServiceRecords services, JsonMapper json) {
		this.keys = keys;
		this.services = services;
		this.json = json;
	}

	StoredResponse upload(long establishmentId, String key, List<NewServiceRecord> records) {
		String request = "POST establishments/" + establishmentId + "/service-records\n"
				+ this.json.writeValueAsString(records);
		return this.keys.once(key, request, () -> {
			List<Long> ids = this.services.recordAll(establishmentId, records, "API Idempotency-Key: " + key);
			HttpStatus status = ids.isEmpty() ? HttpStatus.OK : HttpStatus.CREATED;
			return new StoredResponse(status.value(),
					this.json.writeValueAsString(new Created(establishmentId, ids.size(), ids)), false);
		});
	}

	/** What a successful upload answers, and answers again to a retry. */
	@Schema(name = "CreatedServiceRecords")
	record Created(long establishmentId, int created, List<Long> ids) {
	}

}
