package org.socle.standard.model;

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
import org.socle.standard.AnswerType;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.IndicatorView;
import org.socle.standard.MetricKey;
import org.socle.standard.MetricUnit;
import org.socle.standard.ThresholdDirection;

@Entity
@Table(name = "standard_indicator")
public class StandardIndicator extends StandardNode {

	private long criterionId;

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

	private boolean critical;

	private boolean naAllowed;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> appliesTo = new ArrayList<>();

	protected StandardIndicator() {
	}

	public StandardIndicator(long standardId, long criterionId, int position) {
		super(standardId, position);
		this.criterionId = criterionId;
	}

	/**
	 * Replaces every attribute; the caller has validated them (the database checks them
	 * again).
	 */
	public void update(IndicatorContent content) {
		name(content.code(), content.weight(), content.title());
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
		this.critical = content.critical();
		this.naAllowed = content.naAllowed();
		this.appliesTo = new ArrayList<>(content.appliesTo());
	}

	public IndicatorContent toContent() {
		return new IndicatorContent(getCode(), getTitle(), Texts.toText(this.guidance), Texts.toText(this.evidence),
				this.sources, this.answerType, this.yesLevel, thresholds(), this.metricKey, this.unit, getWeight(),
				this.critical, this.naAllowed, this.appliesTo);
	}

	IndicatorView toView() {
		return new IndicatorView(getId(), getCode(), getTitle(), Texts.toText(this.guidance),
				Texts.toText(this.evidence), this.sources, this.answerType, (this.yesLevel != null) ? this.yesLevel : 3,
				thresholds(), this.metricKey, this.unit, getWeight(), this.critical, this.naAllowed, this.appliesTo);
	}

	private IndicatorThresholds thresholds() {
		return (this.direction != null) ? new IndicatorThresholds(this.t2, this.t3, this.t4, this.direction) : null;
	}

	@Override
	public long getParentId() {
		return this.criterionId;
	}

}
