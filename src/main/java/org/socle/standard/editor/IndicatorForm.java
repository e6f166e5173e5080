package org.socle.standard.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import org.socle.standard.AnswerType;
import org.socle.standard.MetricKey;
import org.socle.standard.MetricUnit;
import org.socle.standard.ThresholdDirection;
import org.socle.standard.model.IndicatorContent;
import org.socle.standard.model.StandardIndicator;
import org.socle.standard.model.StandardNode;

import org.springframework.validation.Errors;

/**
 * An indicator. The code is its criterion's code, {@code .I} and {@link #getNumber()
 * number}; sources are typed one per line. Thresholds, unit and metric key are used for
 * METRIC indicators only, the yes level for YES_NO ones only.
 */
public class IndicatorForm implements NodeInput {

	@NotNull
	private Integer number;

	@Valid
	@ConvertGroup(to = LocalizedTextForm.Title.class)
	private final LocalizedTextForm title = new LocalizedTextForm();

	@Valid
	@ConvertGroup(to = LocalizedTextForm.LongText.class)
	private final LocalizedTextForm guidance = new LocalizedTextForm();

	@Valid
	@ConvertGroup(to = LocalizedTextForm.LongText.class)
	private final LocalizedTextForm evidence = new LocalizedTextForm();

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

	static IndicatorForm numbered(int number) {
		IndicatorForm form = new IndicatorForm();
		form.number = number;
		return form;
	}

	static IndicatorForm of(int number, IndicatorContent content) {
		IndicatorForm form = numbered(number);
		form.title.setText(content.title());
		form.guidance.setText(content.guidance());
		form.evidence.setText(content.evidence());
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

	@Override
	public void validateContent(Errors errors) {
		IndicatorRules.validate(this, errors);
	}

	/** Categories keep the order they had on the indicator. */
	@Override
	public void writeTo(StandardNode node, String code) {
		StandardIndicator indicator = (StandardIndicator) node;
		indicator.update(IndicatorRules.content(code, this, indicator.toContent().appliesTo()));
	}

	/** Read-only: lets the thresholds as a whole carry an error (their order). */
	public String getThresholds() {
		return null;
	}

	@Override
	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public LocalizedTextForm getTitle() {
		return this.title;
	}

	public LocalizedTextForm getGuidance() {
		return this.guidance;
	}

	public LocalizedTextForm getEvidence() {
		return this.evidence;
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

	@Override
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

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
