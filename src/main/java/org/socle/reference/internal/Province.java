package org.socle.reference.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.reference.ProvinceKind;
import org.socle.reference.ProvinceRef;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "province")
public class Province extends AuditedEntity {

	private String regionCode;

	@Enumerated(EnumType.STRING)
	private ProvinceKind kind;

	private String nameFr;

	private String nameAr;

	private boolean active = true;

	protected Province() {
	}

	public Province(String regionCode) {
		this.regionCode = regionCode;
	}

	public void update(String regionCode, ProvinceKind kind, String nameFr, String nameAr, boolean active) {
		this.regionCode = regionCode;
		this.kind = kind;
		this.nameFr = nameFr;
		this.nameAr = nameAr;
		this.active = active;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public ProvinceKind getKind() {
		return this.kind;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public String getNameAr() {
		return this.nameAr;
	}

	public boolean isActive() {
		return this.active;
	}

	public ProvinceRef toRef() {
		return new ProvinceRef(getId(), this.regionCode, this.kind, this.nameFr, this.nameAr, this.active);
	}

}
