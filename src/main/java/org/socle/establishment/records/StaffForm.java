package org.socle.establishment.records;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Add or edit form of a staff member.
 */
public class StaffForm extends SubRecordForm {

	@NotBlank
	@Size(max = 150)
	private String name;

	@Size(max = 150)
	private String qualification;

	private boolean careQualified;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@NotNull
	@PositiveOrZero
	@Max(2000)
	private Integer trainingHoursPerYear = 0;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getQualification() {
		return this.qualification;
	}

	public void setQualification(String qualification) {
		this.qualification = qualification;
	}

	public boolean isCareQualified() {
		return this.careQualified;
	}

	public void setCareQualified(boolean careQualified) {
		this.careQualified = careQualified;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public Integer getTrainingHoursPerYear() {
		return this.trainingHoursPerYear;
	}

	public void setTrainingHoursPerYear(Integer trainingHoursPerYear) {
		this.trainingHoursPerYear = trainingHoursPerYear;
	}

}
