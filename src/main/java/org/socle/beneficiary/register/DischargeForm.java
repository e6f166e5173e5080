package org.socle.beneficiary.register;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.socle.beneficiary.DischargeReason;

import org.springframework.format.annotation.DateTimeFormat;

/** Ends the current stay. */
public class DischargeForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dischargeDate;

	@NotNull
	private DischargeReason reason;

	private long version;

	public LocalDate getDischargeDate() {
		return this.dischargeDate;
	}

	public void setDischargeDate(LocalDate dischargeDate) {
		this.dischargeDate = dischargeDate;
	}

	public DischargeReason getReason() {
		return this.reason;
	}

	public void setReason(DischargeReason reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
