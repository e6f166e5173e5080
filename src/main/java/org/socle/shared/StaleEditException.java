package org.socle.shared;

import java.time.Instant;
import java.util.Date;

import org.springframework.validation.Errors;

/**
 * A form was submitted with a version older than the stored record: someone else saved in
 * between. Carries who and when, for the conflict message.
 */
public class StaleEditException extends RuntimeException {

	private final String updatedBy;

	private final Instant updatedAt;

	private final long currentVersion;

	public StaleEditException(String updatedBy, Instant updatedAt, long currentVersion) {
		super("Stale edit: record changed by " + updatedBy + " at " + updatedAt);
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
		this.currentVersion = currentVersion;
	}

	/**
	 * Adds the conflict message (who, when) to a form's errors; the form keeps what the
	 * user typed and, once it carries {@link #getCurrentVersion()}, a new submit
	 * overwrites knowingly.
	 */
	public void reportTo(Errors errors) {
		errors.reject("staleEdit", new Object[] { this.updatedBy, Date.from(this.updatedAt) }, null);
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
