package org.socle.establishment.records;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "committee_member")
@Audited
public class CommitteeMember extends AuditedEntity implements SubRecord {

	private Long establishmentId;

	private String name;

	@Enumerated(EnumType.STRING)
	private CommitteeRole role;

	private LocalDate sinceDate;

	protected CommitteeMember() {
	}

	public CommitteeMember(long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public void update(String name, CommitteeRole role, LocalDate sinceDate) {
		this.name = name;
		this.role = role;
		this.sinceDate = sinceDate;
	}

	@Override
	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public String getName() {
		return this.name;
	}

	public CommitteeRole getRole() {
		return this.role;
	}

	public LocalDate getSinceDate() {
		return this.sinceDate;
	}

}
