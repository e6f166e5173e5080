package org.socle.standard.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import org.socle.standard.LocalizedText;

/**
 * A domain or a criterion: a node that groups others under a description.
 */
@MappedSuperclass
public abstract class StandardGroup extends StandardNode {

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
			@AttributeOverride(name = "ar", column = @Column(name = "description_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private Texts description;

	protected StandardGroup() {
	}

	protected StandardGroup(long standardId, int position) {
		super(standardId, position);
	}

	/** Replaces every attribute; the caller has validated them. */
	public void update(String code, int weight, LocalizedText title, LocalizedText description) {
		name(code, weight, title);
		this.description = Texts.of(description);
	}

	public LocalizedText getDescription() {
		return Texts.toText(this.description);
	}

}
