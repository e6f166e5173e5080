package org.socle.shared;

import java.text.Normalizer;

/**
 * The rules for text a user or a client sends, wherever it arrives (a form field, a
 * request parameter, a JSON body): normalised to Unicode NFC, so that {@code é} typed on
 * two keyboards is stored, searched and compared as one character; and no control
 * character other than tab, line feed or carriage return, since PostgreSQL rejects NUL,
 * XML (hence PDF) rejects the others, and nobody types them.
 */
public final class CleanText {

	private CleanText() {
	}

	/** Whether {@code text} holds a control character other than tab, LF or CR. */
	public static boolean hasControlCharacter(String text) {
		return text.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
	}

	/** {@code text} in Unicode NFC; null stays null. */
	public static String nfc(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFC) : null;
	}

}
