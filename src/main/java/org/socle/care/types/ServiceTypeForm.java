package org.socle.care.types;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An entry of the service catalogue, as the admin edits it. */
public class ServiceTypeForm {

	@NotBlank
	@Pattern(regexp = "^[A-Z][A-Z0-9_]{1,29}$")
	private String code;

	@NotBlank
	@Size(max = 150)
	private String nameFr;

	@NotBlank
	@Size(max = 150)
	private String nameAr;

	@NotBlank
	@Size(max = 150)
	private String nameEn;

	@NotNull
	private ServiceKind kind;

	private boolean active = true;

	private long version;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
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

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public ServiceKind getKind() {
		return this.kind;
	}

	public void setKind(ServiceKind kind) {
		this.kind = kind;
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
