package org.socle.care.services;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/** The service type a user last recorded: the group entry offers it first next time. */
@Entity
@Table(name = "care_entry_preference")
public class EntryPreference extends AuditedEntity {

	private Long userId;

	private Long serviceTypeId;

	protected EntryPreference() {
	}

	EntryPreference(long userId, long serviceTypeId) {
		this.userId = userId;
		this.serviceTypeId = serviceTypeId;
	}

	Long getServiceTypeId() {
		return this.serviceTypeId;
	}

	void remember(long serviceTypeId) {
		this.serviceTypeId = serviceTypeId;
	}

}
