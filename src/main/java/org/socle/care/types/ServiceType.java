package org.socle.care.types;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/** An entry of the admin-managed catalogue of care services. */
@Entity
@Table(name = "care_service_type")
public class ServiceType extends AuditedEntity {

	private String code;

	private String nameFr;

	private String nameAr;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private ServiceKind kind;

	private boolean active = true;

	protected ServiceType() {
	}

	ServiceType(String code) {
		this.code = code;
	}

	void update(String nameFr, String nameAr, String nameEn, ServiceKind kind, boolean active) {
		this.nameFr = nameFr;
		this.nameAr = nameAr;
		this.nameEn = nameEn;
		this.kind = kind;
		this.active = active;
	}

	String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ar" -> this.nameAr;
			case "en" -> this.nameEn;
			default -> this.nameFr;
		};
	}

	String getCode() {
		return this.code;
	}

	String getNameFr() {
		return this.nameFr;
	}

	String getNameAr() {
		return this.nameAr;
	}

	String getNameEn() {
		return this.nameEn;
	}

	ServiceKind getKind() {
		return this.kind;
	}

	boolean isActive() {
		return this.active;
	}

}
