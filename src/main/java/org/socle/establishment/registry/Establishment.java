package org.socle.establishment.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentStatus;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "establishment")
@Audited
public class Establishment extends AuditedEntity {

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

	public Establishment(long organisationId) {
		this.organisationId = organisationId;
	}

	/** Everything but the organisation, which only an admin moves (see the service). */
	public void update(EstablishmentForm form) {
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

	public String getNameFr() {
		return this.nameFr;
	}

	public String getNameAr() {
		return this.nameAr;
	}

	public Category getCategory() {
		return this.category;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public Long getProvinceId() {
		return this.provinceId;
	}

	public String getAddress() {
		return this.address;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public String getAuthorisationNumber() {
		return this.authorisationNumber;
	}

	public LocalDate getAuthorisationDate() {
		return this.authorisationDate;
	}

	public LocalDate getAuthorisationExpiry() {
		return this.authorisationExpiry;
	}

	public AuthorisationStatus getAuthorisationStatus() {
		return this.authorisationStatus;
	}

	public Integer getAuthorisedCapacity() {
		return this.authorisedCapacity;
	}

	public Integer getCapacityMale() {
		return this.capacityMale;
	}

	public Integer getCapacityFemale() {
		return this.capacityFemale;
	}

	public LocalDate getOpeningDate() {
		return this.openingDate;
	}

	public EstablishmentStatus getStatus() {
		return this.status;
	}

	public String getDirectorName() {
		return this.directorName;
	}

	public String getDirectorPhone() {
		return this.directorPhone;
	}

	public String getDirectorEmail() {
		return this.directorEmail;
	}

}
