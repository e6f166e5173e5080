package org.socle.establishment.records;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Add or edit form of a management committee member.
 */
public class MemberForm extends SubRecordForm {

	@NotBlank
	@Size(max = 150)
	private String name;

	@NotNull
	private CommitteeRole role;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate sinceDate;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public CommitteeRole getRole() {
		return this.role;
	}

	public void setRole(CommitteeRole role) {
		this.role = role;
	}

	public LocalDate getSinceDate() {
		return this.sinceDate;
	}

	public void setSinceDate(LocalDate sinceDate) {
		this.sinceDate = sinceDate;
	}

}
