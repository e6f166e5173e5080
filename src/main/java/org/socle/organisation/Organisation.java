package org.socle.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "organisation")
class Organisation extends AuditedEntity {

	private String name;

	private String regionCode;

	private boolean active = true;

	protected Organisation() {
	}

	Organisation(String name, String regionCode) {
		this.name = name;
		this.regionCode = regionCode;
	}

	String getName() {
		return this.name;
	}

	String getRegionCode() {
		return this.regionCode;
	}

	boolean isActive() {
		return this.active;
	}

	OrganisationRef toRef() {
		return new OrganisationRef(getId(), this.name);
	}

}
