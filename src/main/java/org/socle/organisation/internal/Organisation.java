package org.socle.organisation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.organisation.LegalForm;
import org.socle.organisation.OrganisationData;
import org.socle.organisation.OrganisationDetails;
import org.socle.organisation.OrganisationRef;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "organisation")
@Audited
public class Organisation extends AuditedEntity {

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

	public Organisation(String name, String regionCode) {
		this.name = name;
		this.regionCode = regionCode;
	}

	public void update(OrganisationData data) {
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

	public String getName() {
		return this.name;
	}

	public LegalForm getLegalForm() {
		return this.legalForm;
	}

	public OrganisationRef toRef() {
		return new OrganisationRef(getId(), this.name);
	}

	public OrganisationDetails toDetails() {
		return new OrganisationDetails(getId(), this.name, this.legalForm, this.registrationNumber, this.address,
				this.regionCode, this.phone, this.email, this.contactPerson, this.active, getVersion(), getUpdatedBy(),
				getUpdatedAt());
	}

}
