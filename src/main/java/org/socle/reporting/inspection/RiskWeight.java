package org.socle.reporting.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/** The points a risk factor adds to the score when it applies (0 switches it off). */
@Entity
@Table(name = "inspection_risk_weight")
public class RiskWeight extends AuditedEntity {

	@Enumerated(EnumType.STRING)
	private RiskFactor factor;

	private int weight;

	protected RiskWeight() {
	}

	RiskFactor getFactor() {
		return this.factor;
	}

	int getWeight() {
		return this.weight;
	}

	void setWeight(int weight) {
		this.weight = weight;
	}

}
