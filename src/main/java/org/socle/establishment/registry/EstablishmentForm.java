package org.socle.establishment.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Create and edit form of an establishment. The organisation is only read for admins;
 * cross-field rules (dates, capacity by sex, province in region) are checked by the
 * service.
 */
public class EstablishmentForm {

	/** A phone number as people type it; organisations' forms use it too. */
	public static final String PHONE = "[0-9+ ().-]{6,30}";

	@NotBlank
	@Size(max = 200)
	private String nameFr;

	@NotBlank
	@Size(max = 200)
	private String nameAr;

	@NotNull
	private Category category;

	private Long organisationId;

	@NotBlank
	private String regionCode;

	private Long provinceId;

	@Size(max = 300)
	private String address;

	@DecimalMin("-90")
	@DecimalMax("90")
	@Digits(integer = 3, fraction = 6)
	private BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	@Digits(integer = 3, fraction = 6)
	private BigDecimal longitude;

	@Size(max = 50)
	private String authorisationNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate authorisationDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate authorisationExpiry;

	@NotNull
	private AuthorisationStatus authorisationStatus = AuthorisationStatus.NONE;

	@PositiveOrZero
	@Max(100000)
	private Integer authorisedCapacity;

	@PositiveOrZero
	@Max(100000)
	private Integer capacityMale;

	@PositiveOrZero
	@Max(100000)
	private Integer capacityFemale;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate openingDate;

	@NotNull
	private EstablishmentStatus status = EstablishmentStatus.ACTIVE;

	@Size(max = 150)
	private String directorName;

	@Size(max = 30)
	@Pattern(regexp = PHONE)
	private String directorPhone;

	@Email
	@Size(max = 254)
	private String directorEmail;

	private long version;

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getNameAr() {
		return this.nameAr;
	}

	public void setNameAr(String nameAr) {
		this.nameAr = nameAr;
	}

	public Category getCategory() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public Long getProvinceId() {
		return this.provinceId;
	}

	public void setProvinceId(Long provinceId) {
		this.provinceId = provinceId;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public String getAuthorisationNumber() {
		return this.authorisationNumber;
	}

	public void setAuthorisationNumber(String authorisationNumber) {
		this.authorisationNumber = authorisationNumber;
	}

	public LocalDate getAuthorisationDate() {
		return this.authorisationDate;
	}

	public void setAuthorisationDate(LocalDate authorisationDate) {
		this.authorisationDate = authorisationDate;
	}

	public LocalDate getAuthorisationExpiry() {
		return this.authorisationExpiry;
	}

	public void setAuthorisationExpiry(LocalDate authorisationExpiry) {
		this.authorisationExpiry = authorisationExpiry;
	}

	public AuthorisationStatus getAuthorisationStatus() {
		return this.authorisationStatus;
	}

	public void setAuthorisationStatus(AuthorisationStatus authorisationStatus) {
		this.authorisationStatus = authorisationStatus;
	}

	public Integer getAuthorisedCapacity() {
		return this.authorisedCapacity;
	}

	public void setAuthorisedCapacity(Integer authorisedCapacity) {
		this.authorisedCapacity = authorisedCapacity;
	}

	public Integer getCapacityMale() {
		return this.capacityMale;
	}

	public void setCapacityMale(Integer capacityMale) {
		this.capacityMale = capacityMale;
	}

	public Integer getCapacityFemale() {
		return this.capacityFemale;
	}

	public void setCapacityFemale(Integer capacityFemale) {
		this.capacityFemale = capacityFemale;
	}

	public LocalDate getOpeningDate() {
		return this.openingDate;
	}

	public void setOpeningDate(LocalDate openingDate) {
		this.openingDate = openingDate;
	}

	public EstablishmentStatus getStatus() {
		return this.status;
	}

	public void setStatus(EstablishmentStatus status) {
		this.status = status;
	}

	public String getDirectorName() {
		return this.directorName;
	}

	public void setDirectorName(String directorName) {
		this.directorName = directorName;
	}

	public String getDirectorPhone() {
		return this.directorPhone;
	}

	public void setDirectorPhone(String directorPhone) {
		this.directorPhone = directorPhone;
	}

	public String getDirectorEmail() {
		return this.directorEmail;
	}

	public void setDirectorEmail(String directorEmail) {
		this.directorEmail = directorEmail;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
