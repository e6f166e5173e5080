package org.socle.standard.model;

import jakarta.persistence.Embeddable;
import org.socle.standard.LocalizedText;

/**
 * Columns {@code <name>_fr}, {@code <name>_ar}, {@code <name>_en} of a localised text;
 * Hibernate gives a null {@code Texts} when all three are null.
 */
@Embeddable
class Texts {

	private String fr;

	private String ar;

	private String en;

	protected Texts() {
	}

	private Texts(LocalizedText text) {
		this.fr = text.fr();
		this.ar = text.ar();
		this.en = text.en();
	}

	static Texts of(LocalizedText text) {
		return (text != null) ? new Texts(text) : null;
	}

	static LocalizedText toText(Texts texts) {
		return (texts != null && texts.fr != null) ? new LocalizedText(texts.fr, texts.ar, texts.en) : null;
	}

}
