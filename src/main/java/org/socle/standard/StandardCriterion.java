package org.socle.standard;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "standard_criterion")
class StandardCriterion extends AuditedEntity implements StandardNode {

	private long standardId;

	private long domainId;

	private int position;

	private String code;

	private int weight;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
			@AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private Texts title;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
			@AttributeOverride(name = "ar", column = @Column(name = "description_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private Texts description;

	protected StandardCriterion() {
	}

	StandardCriterion(long standardId, long domainId, int position) {
		this.standardId = standardId;
		this.domainId = domainId;
		this.position = position;
	}

	void update(String code, int weight, LocalizedText title, LocalizedText description) {
		this.code = code;
		this.weight = weight;
		this.title = Texts.of(title);
		this.description = Texts.of(description);
	}

	CriterionView toView(List<IndicatorView> indicators) {
		return new CriterionView(getId(), this.code, this.weight, Texts.toText(this.title),
				Texts.toText(this.description), indicators);
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

	long getDomainId() {
		return this.domainId;
	}

	@Override
	public String getCode() {
		return this.code;
	}

	void setCode(String code) {
		this.code = code;
	}

	int getWeight() {
		return this.weight;
	}

	LocalizedText getTitle() {
		return Texts.toText(this.title);
	}

	LocalizedText getDescription() {
		return Texts.toText(this.description);
	}

}
