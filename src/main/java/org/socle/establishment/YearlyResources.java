package org.socle.establishment;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.AuditedEntity;

/**
 * One year of an establishment's resources by source, in MAD.
 */
@Entity
@Table(name = "establishment_resource")
@Audited
class YearlyResources extends AuditedEntity implements SubRecord {

	private Long establishmentId;

	private int year;

	private BigDecimal publicFunding = BigDecimal.ZERO;

	private BigDecimal agreements = BigDecimal.ZERO;

	private BigDecimal charity = BigDecimal.ZERO;

	private BigDecimal ownIncome = BigDecimal.ZERO;

	protected YearlyResources() {
	}

	YearlyResources(long establishmentId) {
		this.establishmentId = establishmentId;
	}

	void update(int year, BigDecimal publicFunding, BigDecimal agreements, BigDecimal charity, BigDecimal ownIncome) {
		this.year = year;
		this.publicFunding = publicFunding;
		this.agreements = agreements;
		this.charity = charity;
		this.ownIncome = ownIncome;
	}

	@Override
	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	int getYear() {
		return this.year;
	}

	BigDecimal getPublicFunding() {
		return this.publicFunding;
	}

	BigDecimal getAgreements() {
		return this.agreements;
	}

	BigDecimal getCharity() {
		return this.charity;
	}

	BigDecimal getOwnIncome() {
		return this.ownIncome;
	}

	BigDecimal getTotal() {
		return this.publicFunding.add(this.agreements).add(this.charity).add(this.ownIncome);
	}

}
