package org.socle.establishment.organisations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.socle.establishment.registry.EstablishmentForm;
import org.socle.organisation.LegalForm;
import org.socle.organisation.OrganisationData;
import org.socle.organisation.OrganisationDetails;

/**
 * Create and edit form of an organisation (administrators only).
 */
public class OrganisationForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private LegalForm legalForm;

	@Size(max = 50)
	private String registrationNumber;

	@Size(max = 300)
	private String address;

	@NotBlank
	private String regionCode;

	@Size(max = 30)
	@Pattern(regexp = EstablishmentForm.PHONE)
	private String phone;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 150)
	private String contactPerson;

	private boolean active = true;

	private long version;

	static OrganisationForm of(OrganisationDetails details) {
		OrganisationForm form = new OrganisationForm();
		form.name = details.name();
		form.legalForm = details.legalForm();
		form.registrationNumber = details.registrationNumber();
		form.address = details.address();
		form.regionCode = details.regionCode();
		form.phone = details.phone();
		form.email = details.email();
		form.contactPerson = details.contactPerson();
		form.active = details.active();
		form.version = details.version();
		return form;
	}

	OrganisationData toData() {
		return new OrganisationData(this.name, this.legalForm, this.registrationNumber, this.address, this.regionCode,
				this.phone, this.email, this.contactPerson, this.active);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LegalForm getLegalForm() {
		return this.legalForm;
	}

	public void setLegalForm(LegalForm legalForm) {
		this.legalForm = legalForm;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getContactPerson() {
		return this.contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
