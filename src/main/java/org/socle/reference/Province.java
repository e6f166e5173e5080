package org.socle.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "province")
class Province extends AuditedEntity {

	private String regionCode;

	@Enumerated(EnumType.STRING)
	private ProvinceKind kind;

	private String nameFr;

	private String nameAr;

	private boolean active = true;

	protected Province() {
	}

	Province(String regionCode) {
		this.regionCode = regionCode;
	}

	void update(String regionCode, ProvinceKind kind, String nameFr, String nameAr, boolean active) {
		this.regionCode = regionCode;
		this.kind = kind;
		this.nameFr = nameFr;
		this.nameAr = nameAr;
		this.active = active;
	}

	String getRegionCode() {
		return this.regionCode;
	}

	ProvinceKind getKind() {
		return this.kind;
	}

	String getNameFr() {
		return this.nameFr;
	}

	String getNameAr() {
		return this.nameAr;
	}

	boolean isActive() {
		return this.active;
	}

	ProvinceRef toRef() {
		return new ProvinceRef(getId(), this.regionCode, this.kind, this.nameFr, this.nameAr, this.active);
	}

}
