package org.socle.establishment;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "establishment_staff")
@Audited
class StaffMember extends AuditedEntity implements SubRecord {

	private Long establishmentId;

	private String name;

	private String qualification;

	private boolean careQualified;

	private LocalDate startDate;

	private LocalDate endDate;

	private int trainingHoursPerYear;

	protected StaffMember() {
	}

	StaffMember(long establishmentId) {
		this.establishmentId = establishmentId;
	}

	void update(String name, String qualification, boolean careQualified, LocalDate startDate, LocalDate endDate,
			int trainingHoursPerYear) {
		this.name = name;
		this.qualification = qualification;
		this.careQualified = careQualified;
		this.startDate = startDate;
		this.endDate = endDate;
		this.trainingHoursPerYear = trainingHoursPerYear;
	}

	@Override
	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	String getName() {
		return this.name;
	}

	String getQualification() {
		return this.qualification;
	}

	boolean isCareQualified() {
		return this.careQualified;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	int getTrainingHoursPerYear() {
		return this.trainingHoursPerYear;
	}

}
