package org.socle.establishment.records;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Add or edit form of one year of resources, amounts in MAD.
 */
public class ResourcesForm extends SubRecordForm {

	@NotNull
	@Min(1990)
	@Max(2100)
	private Integer year;

	@NotNull
	@PositiveOrZero
	@Digits(integer = 12, fraction = 2)
	private BigDecimal publicFunding = BigDecimal.ZERO;

	@NotNull
	@PositiveOrZero
	@Digits(integer = 12, fraction = 2)
	private BigDecimal agreements = BigDecimal.ZERO;

	@NotNull
	@PositiveOrZero
	@Digits(integer = 12, fraction = 2)
	private BigDecimal charity = BigDecimal.ZERO;

	@NotNull
	@PositiveOrZero
	@Digits(integer = 12, fraction = 2)
	private BigDecimal ownIncome = BigDecimal.ZERO;

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public BigDecimal getPublicFunding() {
		return this.publicFunding;
	}

	public void setPublicFunding(BigDecimal publicFunding) {
		this.publicFunding = publicFunding;
	}

	public BigDecimal getAgreements() {
		return this.agreements;
	}

	public void setAgreements(BigDecimal agreements) {
		this.agreements = agreements;
	}

	public BigDecimal getCharity() {
		return this.charity;
	}

	public void setCharity(BigDecimal charity) {
		this.charity = charity;
	}

	public BigDecimal getOwnIncome() {
		return this.ownIncome;
	}

	public void setOwnIncome(BigDecimal ownIncome) {
		this.ownIncome = ownIncome;
	}

}
