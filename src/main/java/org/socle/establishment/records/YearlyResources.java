package org.socle.establishment.records;

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
public class YearlyResources extends AuditedEntity implements SubRecord {

	private Long establishmentId;

	private int year;

	private BigDecimal publicFunding = BigDecimal.ZERO;

	private BigDecimal agreements = BigDecimal.ZERO;

	private BigDecimal charity = BigDecimal.ZERO;

	private BigDecimal ownIncome = BigDecimal.ZERO;

	protected YearlyResources() {
	}

	public YearlyResources(long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public void update(int year, BigDecimal publicFunding, BigDecimal agreements, BigDecimal charity,
			BigDecimal ownIncome) {
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

	public int getYear() {
		return this.year;
	}

	public BigDecimal getPublicFunding() {
		return this.publicFunding;
	}

	public BigDecimal getAgreements() {
		return this.agreements;
	}

	public BigDecimal getCharity() {
		return this.charity;
	}

	public BigDecimal getOwnIncome() {
		return this.ownIncome;
	}

	BigDecimal getTotal() {
		return this.publicFunding.add(this.agreements).add(this.charity).add(this.ownIncome);
	}

}
