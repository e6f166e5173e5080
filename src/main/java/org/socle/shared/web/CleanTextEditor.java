package org.socle.shared.web;

import org.socle.shared.CleanText;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;

/**
 * Text as every form field and request parameter receives it: trimmed (blank becomes
 * null), normalised to Unicode NFC, and refused when it holds a control character other
 * than tab, line feed or carriage return ({@link CleanText}). A refusal is a binding
 * error with the translated {@code typeMismatch.java.lang.String} message on forms, a 400
 * page for request parameters.
 */
public final class CleanTextEditor extends StringTrimmerEditor {

	public CleanTextEditor() {
		super(true);
	}

	@Override
	public void setAsText(String text) {
		if (text != null && CleanText.hasControlCharacter(text)) {
			throw new IllegalArgumentException("Control character in text input");
		}
		super.setAsText(CleanText.nfc(text));
	}

}
