package org.socle.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "standard_indicator")
class StandardIndicator extends AuditedEntity implements StandardNode {

	private long standardId;

	private long criterionId;

	private int position;

	private String code;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
			@AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private Texts title;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "guidance_fr")),
			@AttributeOverride(name = "ar", column = @Column(name = "guidance_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "guidance_en")) })
	private Texts guidance;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "evidence_fr")),
			@AttributeOverride(name = "ar", column = @Column(name = "evidence_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "evidence_en")) })
	private Texts evidence;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> sources = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private AnswerType answerType;

	private Integer yesLevel;

	@Column(name = "threshold_t2")
	private BigDecimal t2;

	@Column(name = "threshold_t3")
	private BigDecimal t3;

	@Column(name = "threshold_t4")
	private BigDecimal t4;

	@Enumerated(EnumType.STRING)
	@Column(name = "threshold_direction")
	private ThresholdDirection direction;

	@Enumerated(EnumType.STRING)
	private MetricKey metricKey;

	@Enumerated(EnumType.STRING)
	private MetricUnit unit;

	private int weight;

	private boolean critical;

	private boolean naAllowed;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> appliesTo = new ArrayList<>();

	protected StandardIndicator() {
	}

	StandardIndicator(long standardId, long criterionId, int position) {
		this.standardId = standardId;
		this.criterionId = criterionId;
		this.position = position;
	}

	/**
	 * Replaces every attribute; the caller has validated them (the database checks them
	 * again).
	 */
	void update(IndicatorContent content) {
		this.code = content.code();
		this.title = Texts.of(content.title());
		this.guidance = Texts.of(content.guidance());
		this.evidence = Texts.of(content.evidence());
		this.sources = new ArrayList<>(content.sources());
		this.answerType = content.answerType();
		this.yesLevel = (content.answerType() == AnswerType.YES_NO) ? content.yesLevel() : null;
		IndicatorThresholds thresholds = content.thresholds();
		this.t2 = (thresholds != null) ? thresholds.t2() : null;
		this.t3 = (thresholds != null) ? thresholds.t3() : null;
		this.t4 = (thresholds != null) ? thresholds.t4() : null;
		this.direction = (thresholds != null) ? thresholds.direction() : null;
		this.metricKey = content.metricKey();
		this.unit = content.unit();
		this.weight = content.weight();
		this.critical = content.critical();
		this.naAllowed = content.naAllowed();
		this.appliesTo = new ArrayList<>(content.appliesTo());
	}

	IndicatorContent toContent() {
		return new IndicatorContent(this.code, Texts.toText(this.title), Texts.toText(this.guidance),
				Texts.toText(this.evidence), this.sources, this.answerType, this.yesLevel, thresholds(), this.metricKey,
				this.unit, this.weight, this.critical, this.naAllowed, this.appliesTo);
	}

	IndicatorView toView() {
		return new IndicatorView(getId(), this.code, Texts.toText(this.title), Texts.toText(this.guidance),
				Texts.toText(this.evidence), this.sources, this.answerType, (this.yesLevel != null) ? this.yesLevel : 3,
				thresholds(), this.metricKey, this.unit, this.weight, this.critical, this.naAllowed, this.appliesTo);
	}

	private IndicatorThresholds thresholds() {
		return (this.direction != null) ? new IndicatorThresholds(this.t2, this.t3, this.t4, this.direction) : null;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

	long getStandardId() {
		return this.standardId;
	}

	long getCriterionId() {
		return this.criterionId;
	}

	@Override
	public String getCode() {
		return this.code;
	}

	void setCode(String code) {
		this.code = code;
	}

}
