package org.socle.assessment.contradiction;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.socle.shared.AuditedEntity;

/**
 * A contradiction found when the assessment was submitted, as the reviewer sees it, and
 * the reviewer's decision on it.
 */
@Entity
@Table(name = "assessment_contradiction")
public class StoredContradiction extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private long assessmentId;

	@Column(nullable = false, updatable = false)
	private String ruleCode;

	@Column(nullable = false, updatable = false)
	private String indicatorCode;

	@Column(nullable = false, updatable = false)
	private String messageKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, updatable = false)
	private String[] messageArgs;

	@Column(nullable = false, updatable = false)
	private Instant foundAt;

	@Enumerated(EnumType.STRING)
	private ContradictionDecision decision;

	private String decisionComment;

	private Long decidedById;

	private String decidedByName;

	private Instant decidedAt;

	protected StoredContradiction() {
	}

	StoredContradiction(long assessmentId, Finding finding, Instant foundAt) {
		this.assessmentId = assessmentId;
		this.ruleCode = finding.rule().name();
		this.indicatorCode = finding.indicatorCode();
		this.messageKey = finding.messageKey();
		this.messageArgs = finding.args().toArray(String[]::new);
		this.foundAt = foundAt;
	}

	void decide(ContradictionDecision decision, String comment, long actorId, String actorName, Instant at) {
		this.decision = decision;
		this.decisionComment = comment;
		this.decidedById = actorId;
		this.decidedByName = actorName;
		this.decidedAt = at;
	}

	public long getAssessmentId() {
		return this.assessmentId;
	}

	public ContradictionRule getRule() {
		return ContradictionRule.valueOf(this.ruleCode);
	}

	public String getIndicatorCode() {
		return this.indicatorCode;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public List<String> getMessageArgs() {
		return List.of(this.messageArgs);
	}

	public Instant getFoundAt() {
		return this.foundAt;
	}

	public ContradictionDecision getDecision() {
		return this.decision;
	}

	public String getDecisionComment() {
		return this.decisionComment;
	}

	public String getDecidedByName() {
		return this.decidedByName;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
