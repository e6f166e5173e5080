package org.socle.care.services;

import java.time.LocalDate;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.socle.shared.AuditedEntity;
import org.socle.shared.crypto.EncryptedString;

/** A service delivered to one beneficiary by an establishment on a date. */
@Entity
// only changed columns are written: an encrypted value that cannot be read stays as it is
@DynamicUpdate
@Table(name = "care_record")
public class CareRecord extends AuditedEntity {

	private Long beneficiaryId;

	private Long establishmentId;

	private Long serviceTypeId;

	private LocalDate serviceDate;

	private Long staffId;

	@Convert(converter = EncryptedString.class)
	private String notes;

	protected CareRecord() {
	}

	public CareRecord(long beneficiaryId, long establishmentId, long serviceTypeId, LocalDate serviceDate, Long staffId,
			String notes) {
		this.beneficiaryId = beneficiaryId;
		this.establishmentId = establishmentId;
		this.serviceTypeId = serviceTypeId;
		this.serviceDate = serviceDate;
		this.staffId = staffId;
		this.notes = notes;
	}

}
