package org.socle.assessment.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.socle.assessment.metrics.MetricSnapshot;
import org.socle.assessment.scoring.Answer;
import org.socle.shared.AuditedEntity;
import org.socle.standard.AnswerType;

/**
 * The answer to one applicable indicator of an assessment (unanswered until given), with
 * the snapshot of the records when the indicator is a computed metric.
 */
@Entity
@Table(name = "assessment_answer")
public class AssessmentAnswer extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private long assessmentId;

	@Column(nullable = false, updatable = false)
	private String indicatorCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AnswerType answerType;

	private Integer level;

	private Boolean yes;

	private BigDecimal metricValue;

	private boolean notApplicable;

	private String comment;

	@Column(updatable = false)
	private String metricKey;

	private Long metricNumerator;

	private Long metricDenominator;

	private String metricRecordType;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private Long[] metricRecordIds;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private Long[] metricGapIds;

	private Instant metricComputedAt;

	protected AssessmentAnswer() {
	}

	AssessmentAnswer(long assessmentId, String indicatorCode, AnswerType answerType, String metricKey) {
		this.assessmentId = assessmentId;
		this.indicatorCode = indicatorCode;
		this.answerType = answerType;
		this.metricKey = metricKey;
	}

	/** The answer as the scoring engine reads it; null when unanswered. */
	Answer toScoringAnswer() {
		if (this.notApplicable) {
			return Answer.notApplicable();
		}
		return switch (this.answerType) {
			case LEVEL -> (this.level != null) ? Answer.level(this.level) : null;
			case YES_NO -> (this.yes != null) ? (this.yes ? Answer.yes() : Answer.no()) : null;
			case METRIC -> (this.metricValue != null) ? Answer.metric(this.metricValue) : null;
		};
	}

	/** Records what the assessor gave; a computed metric keeps its snapshot value. */
	void answer(Integer level, Boolean yes, BigDecimal typedValue, boolean notApplicable, String comment) {
		this.level = level;
		this.yes = yes;
		if (!isComputed()) {
			this.metricValue = typedValue;
		}
		this.notApplicable = notApplicable;
		this.comment = comment;
	}

	/** A new snapshot of a computed metric; N/A is dropped once there is a value. */
	void snapshot(MetricSnapshot snapshot, Instant at) {
		this.metricValue = snapshot.value();
		this.metricNumerator = snapshot.numerator();
		this.metricDenominator = snapshot.denominator();
		this.metricRecordType = snapshot.recordType();
		this.metricRecordIds = snapshot.recordIds().toArray(Long[]::new);
		this.metricGapIds = snapshot.gapIds().toArray(Long[]::new);
		this.metricComputedAt = at;
		if (snapshot.value() != null) {
			this.notApplicable = false;
		}
	}

	/** Copies the assessor's part of another assessment's answer (not a snapshot). */
	void copyFrom(AssessmentAnswer other) {
		this.level = other.level;
		this.yes = other.yes;
		if (!isComputed()) {
			this.metricValue = other.metricValue;
		}
		this.notApplicable = other.notApplicable && (!isComputed() || this.metricValue == null);
		this.comment = other.comment;
	}

	boolean isComputed() {
		return this.metricKey != null;
	}

	String getIndicatorCode() {
		return this.indicatorCode;
	}

	AnswerType getAnswerType() {
		return this.answerType;
	}

	Integer getLevel() {
		return this.level;
	}

	Boolean getYes() {
		return this.yes;
	}

	BigDecimal getMetricValue() {
		return this.metricValue;
	}

	boolean isNotApplicable() {
		return this.notApplicable;
	}

	String getComment() {
		return this.comment;
	}

	String getMetricKey() {
		return this.metricKey;
	}

	Long getMetricNumerator() {
		return this.metricNumerator;
	}

	Long getMetricDenominator() {
		return this.metricDenominator;
	}

	String getMetricRecordType() {
		return this.metricRecordType;
	}

	List<Long> getMetricRecordIds() {
		return (this.metricRecordIds != null) ? List.of(this.metricRecordIds) : List.of();
	}

	List<Long> getMetricGapIds() {
		return (this.metricGapIds != null) ? List.of(this.metricGapIds) : List.of();
	}

	Instant getMetricComputedAt() {
		return this.metricComputedAt;
	}

	long getAssessmentId() {
		return this.assessmentId;
	}

}
