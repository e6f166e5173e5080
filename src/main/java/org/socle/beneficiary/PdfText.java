package org.socle.beneficiary;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Arabic in the PDF: the renderer neither joins Arabic letters nor reorders right-to-left
 * runs, so text holding Arabic is shaped (contextual letter forms) and put in visual
 * order with ICU before it is laid out left to right.
 */
final class PdfText {

	private PdfText() {
	}

	static boolean hasArabic(String text) {
		return text != null && text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
	}

	static String visual(String text) {
		if (!hasArabic(text)) {
			return text;
		}
		try {
			String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
				.shape(text);
			Bidi bidi = new Bidi();
			bidi.setPara(shaped, Bidi.LEVEL_DEFAULT_RTL, null);
			return bidi.writeReordered(Bidi.DO_MIRRORING);
		}
		catch (ArabicShapingException ex) {
			return text;
		}
	}

}
