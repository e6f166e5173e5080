package org.socle.assessment.contradiction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/**
 * Whether a contradiction rule is switched on (the catalogue admins manage). A rule
 * without a row is on.
 */
@Entity
@Table(name = "contradiction_rule")
class RuleSwitch extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private String code;

	private boolean enabled;

	protected RuleSwitch() {
	}

	RuleSwitch(String code) {
		this.code = code;
		this.enabled = true;
	}

	String getCode() {
		return this.code;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
