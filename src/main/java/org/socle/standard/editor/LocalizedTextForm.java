package org.socle.standard.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.socle.standard.LocalizedText;
import org.socle.standard.document.StandardRules;

import org.springframework.validation.Errors;

/**
 * The French, Arabic and English inputs of one text of a form (fields {@code title.fr},
 * {@code title.ar}, …). The form holding it chooses the rules with {@code @ConvertGroup}:
 * {@link Title} (French required, short) or {@link LongText} (optional, long).
 */
public class LocalizedTextForm {

	/**
	 * A title: French required, each translation at most {@value StandardRules#MAX_TITLE}
	 * characters.
	 */
	public interface Title {

	}

	/**
	 * A description, guidance or evidence: optional, at most
	 * {@value StandardRules#MAX_LONG_TEXT} characters.
	 */
	public interface LongText {

	}

	@NotBlank(groups = Title.class)
	@Size(max = StandardRules.MAX_TITLE, groups = Title.class)
	@Size(max = StandardRules.MAX_LONG_TEXT, groups = LongText.class)
	private String fr;

	@Size(max = StandardRules.MAX_TITLE, groups = Title.class)
	@Size(max = StandardRules.MAX_LONG_TEXT, groups = LongText.class)
	private String ar;

	@Size(max = StandardRules.MAX_TITLE, groups = Title.class)
	@Size(max = StandardRules.MAX_LONG_TEXT, groups = LongText.class)
	private String en;

	/** Null when the French text is missing. */
	public LocalizedText toText() {
		return (this.fr != null) ? new LocalizedText(this.fr, this.ar, this.en) : null;
	}

	/** Fills the inputs with a text; none for null. */
	public void setText(LocalizedText text) {
		this.fr = (text != null) ? text.fr() : null;
		this.ar = (text != null) ? text.ar() : null;
		this.en = (text != null) ? text.en() : null;
	}

	/** A translation needs the French text it translates (docs/standard-format.md §2). */
	public void rejectTranslationWithoutFrench(Errors errors, String field) {
		if (this.fr == null && (this.ar != null || this.en != null)) {
			errors.rejectValue(field + ".fr", "standard.problem.TEXT_FR");
		}
	}

	public String getFr() {
		return this.fr;
	}

	public void setFr(String fr) {
		this.fr = fr;
	}

	public String getAr() {
		return this.ar;
	}

	public void setAr(String ar) {
		this.ar = ar;
	}

	public String getEn() {
		return this.en;
	}

	public void setEn(String en) {
		this.en = en;
	}

}
