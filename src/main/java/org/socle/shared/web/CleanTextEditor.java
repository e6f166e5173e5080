package org.socle.shared.web;

import java.text.Normalizer;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;

/**
 * Text as every form field and request parameter receives it: trimmed (blank becomes
 * null), normalised to Unicode NFC (so that {@code é} typed on two keyboards is stored,
 * searched and compared as one character), and refused when it holds a control character
 * other than tab, line feed or carriage return: PostgreSQL rejects NUL, XML (hence PDF)
 * rejects the others, and nobody types them. A refusal is a binding error with the
 * translated {@code typeMismatch.java.lang.String} message on forms, a 400 page for
 * request parameters.
 */
public final class CleanTextEditor extends StringTrimmerEditor {

	public CleanTextEditor() {
		super(true);
	}

	@Override
	public void setAsText(String text) {
		if (text != null && hasControlCharacter(text)) {
			throw new IllegalArgumentException("Control character in text input");
		}
		super.setAsText((text != null) ? Normalizer.normalize(text, Normalizer.Form.NFC) : null);
	}

	static boolean hasControlCharacter(String text) {
		return text.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
	}

}
