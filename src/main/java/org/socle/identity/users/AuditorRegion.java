package org.socle.identity.users;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A region an auditor covers: submitted assessments of establishments in that region are
 * announced to them. Rows are replaced as a set from the admin's user form.
 */
@Entity
@Table(name = "auditor_region")
@IdClass(AuditorRegion.Key.class)
class AuditorRegion {

	@Id
	private long userId;

	@Id
	private String regionCode;

	protected AuditorRegion() {
	}

	AuditorRegion(long userId, String regionCode) {
		this.userId = userId;
		this.regionCode = regionCode;
	}

	record Key(long userId, String regionCode) implements Serializable {
	}

}
