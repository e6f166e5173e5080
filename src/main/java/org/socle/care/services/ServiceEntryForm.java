package org.socle.care.services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** One service delivered to one or many beneficiaries (quick group entry). */
public class ServiceEntryForm {

	@NotNull
	private Long serviceTypeId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate serviceDate;

	private Long staffId;

	@Size(max = 1000)
	private String notes;

	@NotEmpty
	private List<Long> beneficiaryIds = new ArrayList<>();

	public Long getServiceTypeId() {
		return this.serviceTypeId;
	}

	public void setServiceTypeId(Long serviceTypeId) {
		this.serviceTypeId = serviceTypeId;
	}

	public LocalDate getServiceDate() {
		return this.serviceDate;
	}

	public void setServiceDate(LocalDate serviceDate) {
		this.serviceDate = serviceDate;
	}

	public Long getStaffId() {
		return this.staffId;
	}

	public void setStaffId(Long staffId) {
		this.staffId = staffId;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<Long> getBeneficiaryIds() {
		return this.beneficiaryIds;
	}

	public void setBeneficiaryIds(List<Long> beneficiaryIds) {
		this.beneficiaryIds = beneficiaryIds;
	}

}
