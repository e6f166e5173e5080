package org.socle.shared.idempotency;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/** A successful request sent with an idempotency key, and what it answered. */
@Entity
@Table(name = "api_idempotent_request")
class IdempotentRequest extends AuditedEntity {

	private String idempotencyKey;

	private String username;

	private String requestHash;

	private int responseStatus;

	private String responseBody;

	protected IdempotentRequest() {
	}

	IdempotentRequest(String idempotencyKey, String username, String requestHash, int responseStatus,
			String responseBody) {
		this.idempotencyKey = idempotencyKey;
		this.username = username;
		this.requestHash = requestHash;
		this.responseStatus = responseStatus;
		this.responseBody = responseBody;
	}

	String getRequestHash() {
		return this.requestHash;
	}

	int getResponseStatus() {
		return this.responseStatus;
	}

	String getResponseBody() {
		return this.responseBody;
	}

}
