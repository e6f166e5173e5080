package org.socle.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An indicator. The code is its criterion's code, {@code .I} and {@link #getNumber()
 * number}; sources are typed one per line. Thresholds, unit and metric key are used for
 * METRIC indicators only, the yes level for YES_NO ones only.
 */
public class IndicatorForm {

	@NotNull
	private Integer number;

	@NotBlank
	@Size(max = StandardRules.MAX_TITLE)
	private String titleFr;

	@Size(max = StandardRules.MAX_TITLE)
	private String titleAr;

	@Size(max = StandardRules.MAX_TITLE)
	private String titleEn;

	@Size(max = StandardRules.MAX_LONG_TEXT)
	private String guidanceFr;

	@Size(max = StandardRules.MAX_LONG_TEXT)
	private String guidanceAr;

	@Size(max = StandardRules.MAX_LONG_TEXT)
	private String guidanceEn;

	@Size(max = StandardRules.MAX_LONG_TEXT)
	private String evidenceFr;

	@Size(max = StandardRules.MAX_LONG_TEXT)
	private String evidenceAr;

	@Size(max = StandardRules.MAX_LONG_TEXT)
	private String evidenceEn;

	@NotBlank
	private String sources;

	@NotNull
	private AnswerType answerType;

	private Integer yesLevel = 3;

	private BigDecimal t2;

	private BigDecimal t3;

	private BigDecimal t4;

	private ThresholdDirection direction;

	private MetricKey metricKey;

	private MetricUnit unit;

	@NotNull
	private Integer weight = 1;

	private boolean critical;

	private boolean naAllowed;

	private List<String> categories = new ArrayList<>();

	private long version;

	/** The sources, one per non-blank line, trimmed. */
	List<String> sourceList() {
		if (this.sources == null) {
			return List.of();
		}
		return Arrays.stream(this.sources.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	static IndicatorForm of(IndicatorContent content) {
		IndicatorForm form = new IndicatorForm();
		form.titleFr = content.title().fr();
		form.titleAr = content.title().ar();
		form.titleEn = content.title().en();
		if (content.guidance() != null) {
			form.guidanceFr = content.guidance().fr();
			form.guidanceAr = content.guidance().ar();
			form.guidanceEn = content.guidance().en();
		}
		if (content.evidence() != null) {
			form.evidenceFr = content.evidence().fr();
			form.evidenceAr = content.evidence().ar();
			form.evidenceEn = content.evidence().en();
		}
		form.sources = String.join("\n", content.sources());
		form.answerType = content.answerType();
		form.yesLevel = (content.yesLevel() != null) ? content.yesLevel() : 3;
		if (content.thresholds() != null) {
			form.t2 = content.thresholds().t2();
			form.t3 = content.thresholds().t3();
			form.t4 = content.thresholds().t4();
			form.direction = content.thresholds().direction();
		}
		form.metricKey = content.metricKey();
		form.unit = content.unit();
		form.weight = content.weight();
		form.critical = content.critical();
		form.naAllowed = content.naAllowed();
		form.categories = new ArrayList<>(content.appliesTo());
		return form;
	}

	static LocalizedText text(String fr, String ar, String en) {
		return (fr != null) ? new LocalizedText(fr, ar, en) : null;
	}

	/** Read-only: lets the thresholds as a whole carry an error (their order). */
	public String getThresholds() {
		return null;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getTitleFr() {
		return this.titleFr;
	}

	public void setTitleFr(String titleFr) {
		this.titleFr = titleFr;
	}

	public String getTitleAr() {
		return this.titleAr;
	}

	public void setTitleAr(String titleAr) {
		this.titleAr = titleAr;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getGuidanceFr() {
		return this.guidanceFr;
	}

	public void setGuidanceFr(String guidanceFr) {
		this.guidanceFr = guidanceFr;
	}

	public String getGuidanceAr() {
		return this.guidanceAr;
	}

	public void setGuidanceAr(String guidanceAr) {
		this.guidanceAr = guidanceAr;
	}

	public String getGuidanceEn() {
		return this.guidanceEn;
	}

	public void setGuidanceEn(String guidanceEn) {
		this.guidanceEn = guidanceEn;
	}

	public String getEvidenceFr() {
		return this.evidenceFr;
	}

	public void setEvidenceFr(String evidenceFr) {
		this.evidenceFr = evidenceFr;
	}

	public String getEvidenceAr() {
		return this.evidenceAr;
	}

	public void setEvidenceAr(String evidenceAr) {
		this.evidenceAr = evidenceAr;
	}

	public String getEvidenceEn() {
		return this.evidenceEn;
	}

	public void setEvidenceEn(String evidenceEn) {
		this.evidenceEn = evidenceEn;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

	public AnswerType getAnswerType() {
		return this.answerType;
	}

	public void setAnswerType(AnswerType answerType) {
		this.answerType = answerType;
	}

	public Integer getYesLevel() {
		return this.yesLevel;
	}

	public void setYesLevel(Integer yesLevel) {
		this.yesLevel = yesLevel;
	}

	public BigDecimal getT2() {
		return this.t2;
	}

	public void setT2(BigDecimal t2) {
		this.t2 = t2;
	}

	public BigDecimal getT3() {
		return this.t3;
	}

	public void setT3(BigDecimal t3) {
		this.t3 = t3;
	}

	public BigDecimal getT4() {
		return this.t4;
	}

	public void setT4(BigDecimal t4) {
		this.t4 = t4;
	}

	public ThresholdDirection getDirection() {
		return this.direction;
	}

	public void setDirection(ThresholdDirection direction) {
		this.direction = direction;
	}

	public MetricKey getMetricKey() {
		return this.metricKey;
	}

	public void setMetricKey(MetricKey metricKey) {
		this.metricKey = metricKey;
	}

	public MetricUnit getUnit() {
		return this.unit;
	}

	public void setUnit(MetricUnit unit) {
		this.unit = unit;
	}

	public Integer getWeight() {
		return this.weight;
	}

	public void setWeight(Integer weight) {
		this.weight = weight;
	}

	public boolean isCritical() {
		return this.critical;
	}

	public void setCritical(boolean critical) {
		this.critical = critical;
	}

	public boolean isNaAllowed() {
		return this.naAllowed;
	}

	public void setNaAllowed(boolean naAllowed) {
		this.naAllowed = naAllowed;
	}

	public List<String> getCategories() {
		return this.categories;
	}

	public void setCategories(List<String> categories) {
		this.categories = (categories != null) ? categories : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
