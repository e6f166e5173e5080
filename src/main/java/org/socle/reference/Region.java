package org.socle.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "region")
class Region extends AuditedEntity {

	private String code;

	private String nameFr;

	private String nameAr;

	protected Region() {
	}

	RegionRef toRef() {
		return new RegionRef(this.code, this.nameFr, this.nameAr);
	}

}
