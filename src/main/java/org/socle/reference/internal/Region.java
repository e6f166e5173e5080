package org.socle.reference.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.reference.RegionRef;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "region")
public class Region extends AuditedEntity {

	private String code;

	private String nameFr;

	private String nameAr;

	protected Region() {
	}

	public RegionRef toRef() {
		return new RegionRef(this.code, this.nameFr, this.nameAr);
	}

}
