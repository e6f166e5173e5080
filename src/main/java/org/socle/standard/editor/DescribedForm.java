package org.socle.standard.editor;

import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import org.socle.standard.LocalizedText;

import org.springframework.validation.Errors;

/**
 * What the forms of a standard version and of a domain or criterion share: a title, an
 * optional description, and the version of the record they edit.
 */
public abstract class DescribedForm {

	@Valid
	@ConvertGroup(to = LocalizedTextForm.Title.class)
	private final LocalizedTextForm title = new LocalizedTextForm();

	@Valid
	@ConvertGroup(to = LocalizedTextForm.LongText.class)
	private final LocalizedTextForm description = new LocalizedTextForm();

	private long version;

	public void setTexts(LocalizedText title, LocalizedText description) {
		this.title.setText(title);
		this.description.setText(description);
	}

	/** Rules Bean Validation cannot express, as field errors. */
	public void validateTexts(Errors errors) {
		this.description.rejectTranslationWithoutFrench(errors, "description");
	}

	public LocalizedTextForm getTitle() {
		return this.title;
	}

	public LocalizedTextForm getDescription() {
		return this.description;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
