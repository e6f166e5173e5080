package org.socle.standard.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import org.socle.shared.AuditedEntity;
import org.socle.standard.LocalizedText;

/**
 * What domains, criteria and indicators share: their standard, their place among their
 * siblings, their code, weight and title.
 */
@MappedSuperclass
public abstract class StandardNode extends AuditedEntity {

	private long standardId;

	private int position;

	private String code;

	private int weight;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
			@AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private Texts title;

	protected StandardNode() {
	}

	protected StandardNode(long standardId, int position) {
		this.standardId = standardId;
		this.position = position;
	}

	/** Sets the attributes every node has; the caller has validated them. */
	protected void name(String code, int weight, LocalizedText title) {
		this.code = code;
		this.weight = weight;
		this.title = Texts.of(title);
	}

	/**
	 * The standard for a domain, the domain for a criterion, the criterion for an
	 * indicator.
	 */
	public abstract long getParentId();

	public long getStandardId() {
		return this.standardId;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public String getCode() {
		return this.code;
	}

	/** Renumbering: the code changes, nothing else. */
	public void setCode(String code) {
		this.code = code;
	}

	public int getWeight() {
		return this.weight;
	}

	public LocalizedText getTitle() {
		return Texts.toText(this.title);
	}

}
