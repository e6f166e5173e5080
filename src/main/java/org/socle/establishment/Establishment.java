package org.socle.establishment;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "establishment")
@Audited
class Establishment extends AuditedEntity {

	private String nameFr;

	private String nameAr;

	@Enumerated(EnumType.STRING)
	private Category category;

	private Long organisationId;

	private String regionCode;

	private Long provinceId;

	private String address;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String authorisationNumber;

	private LocalDate authorisationDate;

	private LocalDate authorisationExpiry;

	@Enumerated(EnumType.STRING)
	private AuthorisationStatus authorisationStatus = AuthorisationStatus.NONE;

	private Integer authorisedCapacity;

	private Integer capacityMale;

	private Integer capacityFemale;

	private LocalDate openingDate;

	@Enumerated(EnumType.STRING)
	private EstablishmentStatus status = EstablishmentStatus.ACTIVE;

	private String directorName;

	private String directorPhone;

	private String directorEmail;

	protected Establishment() {
	}

	Establishment(long organisationId) {
		this.organisationId = organisationId;
	}

	/** Everything but the organisation, which only an admin moves (see the service). */
	void update(EstablishmentForm form) {
		this.nameFr = form.getNameFr();
		this.nameAr = form.getNameAr();
		this.category = form.getCategory();
		this.regionCode = form.getRegionCode();
		this.provinceId = form.getProvinceId();
		this.address = form.getAddress();
		this.latitude = form.getLatitude();
		this.longitude = form.getLongitude();
		this.authorisationNumber = form.getAuthorisationNumber();
		this.authorisationDate = form.getAuthorisationDate();
		this.authorisationExpiry = form.getAuthorisationExpiry();
		this.authorisationStatus = form.getAuthorisationStatus();
		this.authorisedCapacity = form.getAuthorisedCapacity();
		this.capacityMale = form.getCapacityMale();
		this.capacityFemale = form.getCapacityFemale();
		this.openingDate = form.getOpeningDate();
		this.status = form.getStatus();
		this.directorName = form.getDirectorName();
		this.directorPhone = form.getDirectorPhone();
		this.directorEmail = form.getDirectorEmail();
	}

	void moveTo(long organisationId) {
		this.organisationId = organisationId;
	}

	EstablishmentForm toForm() {
		EstablishmentForm form = new EstablishmentForm();
		form.setNameFr(this.nameFr);
		form.setNameAr(this.nameAr);
		form.setCategory(this.category);
		form.setOrganisationId(this.organisationId);
		form.setRegionCode(this.regionCode);
		form.setProvinceId(this.provinceId);
		form.setAddress(this.address);
		form.setLatitude(this.latitude);
		form.setLongitude(this.longitude);
		form.setAuthorisationNumber(this.authorisationNumber);
		form.setAuthorisationDate(this.authorisationDate);
		form.setAuthorisationExpiry(this.authorisationExpiry);
		form.setAuthorisationStatus(this.authorisationStatus);
		form.setAuthorisedCapacity(this.authorisedCapacity);
		form.setCapacityMale(this.capacityMale);
		form.setCapacityFemale(this.capacityFemale);
		form.setOpeningDate(this.openingDate);
		form.setStatus(this.status);
		form.setDirectorName(this.directorName);
		form.setDirectorPhone(this.directorPhone);
		form.setDirectorEmail(this.directorEmail);
		form.setVersion(getVersion());
		return form;
	}

	EstablishmentInfo toInfo() {
		return new EstablishmentInfo(getId(), this.nameFr, this.nameAr, this.category, this.status, this.organisationId,
				this.regionCode, this.authorisedCapacity);
	}

	String getNameFr() {
		return this.nameFr;
	}

	String getNameAr() {
		return this.nameAr;
	}

	Category getCategory() {
		return this.category;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	String getRegionCode() {
		return this.regionCode;
	}

	Long getProvinceId() {
		return this.provinceId;
	}

	String getAddress() {
		return this.address;
	}

	BigDecimal getLatitude() {
		return this.latitude;
	}

	BigDecimal getLongitude() {
		return this.longitude;
	}

	String getAuthorisationNumber() {
		return this.authorisationNumber;
	}

	LocalDate getAuthorisationDate() {
		return this.authorisationDate;
	}

	LocalDate getAuthorisationExpiry() {
		return this.authorisationExpiry;
	}

	AuthorisationStatus getAuthorisationStatus() {
		return this.authorisationStatus;
	}

	Integer getAuthorisedCapacity() {
		return this.authorisedCapacity;
	}

	Integer getCapacityMale() {
		return this.capacityMale;
	}

	Integer getCapacityFemale() {
		return this.capacityFemale;
	}

	LocalDate getOpeningDate() {
		return this.openingDate;
	}

	EstablishmentStatus getStatus() {
		return this.status;
	}

	String getDirectorName() {
		return this.directorName;
	}

	String getDirectorPhone() {
		return this.directorPhone;
	}

	String getDirectorEmail() {
		return this.directorEmail;
	}

}
