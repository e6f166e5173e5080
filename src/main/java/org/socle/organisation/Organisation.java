package org.socle.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "organisation")
@Audited
class Organisation extends AuditedEntity {

	private String name;

	@Enumerated(EnumType.STRING)
	private LegalForm legalForm;

	private String registrationNumber;

	private String address;

	private String regionCode;

	private String phone;

	private String email;

	private String contactPerson;

	private boolean active = true;

	protected Organisation() {
	}

	Organisation(String name, String regionCode) {
		this.name = name;
		this.regionCode = regionCode;
	}

	void update(OrganisationData data) {
		this.name = data.name();
		this.legalForm = data.legalForm();
		this.registrationNumber = data.registrationNumber();
		this.address = data.address();
		this.regionCode = data.regionCode();
		this.phone = data.phone();
		this.email = data.email();
		this.contactPerson = data.contactPerson();
		this.active = data.active();
	}

	String getName() {
		return this.name;
	}

	LegalForm getLegalForm() {
		return this.legalForm;
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

	OrganisationDetails toDetails() {
		return new OrganisationDetails(getId(), this.name, this.legalForm, this.registrationNumber, this.address,
				this.regionCode, this.phone, this.email, this.contactPerson, this.active, getVersion(), getUpdatedBy(),
				getUpdatedAt());
	}

}
