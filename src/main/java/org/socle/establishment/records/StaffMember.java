package org.socle.establishment.records;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "establishment_staff")
@Audited
public class StaffMember extends AuditedEntity implements SubRecord {

	private Long establishmentId;

	private String name;

	private String qualification;

	private boolean careQualified;

	private LocalDate startDate;

	private LocalDate endDate;

	private int trainingHoursPerYear;

	protected StaffMember() {
	}

	public StaffMember(long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public void update(String name, String qualification, boolean careQualified, LocalDate startDate, LocalDate endDate,
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

	public String getName() {
		return this.name;
	}

	public String getQualification() {
		return this.qualification;
	}

	public boolean isCareQualified() {
		return this.careQualified;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public int getTrainingHoursPerYear() {
		return this.trainingHoursPerYear;
	}

}
