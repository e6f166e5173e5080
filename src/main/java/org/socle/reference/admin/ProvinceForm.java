package org.socle.reference.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.socle.reference.ProvinceKind;

/**
 * Create and edit form of a province or prefecture.
 */
public class ProvinceForm {

	@NotBlank
	private String regionCode;

	@NotNull
	private ProvinceKind kind = ProvinceKind.PROVINCE;

	@NotBlank
	@Size(max = 100)
	private String nameFr;

	@NotBlank
	@Size(max = 100)
	private String nameAr;

	private boolean active = true;

	private long version;

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public ProvinceKind getKind() {
		return this.kind;
	}

	public void setKind(ProvinceKind kind) {
		this.kind = kind;
	}

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
