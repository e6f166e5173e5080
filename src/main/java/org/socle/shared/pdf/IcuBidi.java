package org.socle.shared.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for the PDF renderer, with ICU: openhtmltopdf splits paragraphs into
 * directional runs and reorders them through these hooks, and without them neither joins
 * Arabic letters (contextual forms) nor lays Arabic out right to left. The
 * {@code openhtmltopdf-rtl-support} artifact that used to provide them stopped at 1.1.31.
 */
final class IcuBidi implements BidiSplitterFactory, BidiReorderer {

	private static final int SHAPE = ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK
			| ArabicShaping.LETTERS_SHAPE;

	private static final int UNSHAPE = ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK
			| ArabicShaping.LETTERS_UNSHAPE;

	@Override
	public BidiSplitter createBidiSplitter() {
		return new Splitter();
	}

	@Override
	public String shapeText(String text) {
		return shape(text, SHAPE);
	}

	@Override
	public String deshapeText(String text) {
		return shape(text, UNSHAPE);
	}

	@Override
	public String reorderRTLTextToLTR(String text) {
		return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
	}

	@Override
	public boolean isLiveImplementation() {
		return true;
	}

	private static String shape(String text, int options) {
		try {
			return new ArabicShaping(options).shape(text);
		}
		catch (ArabicShapingException ex) {
			// malformed input: the letters unjoined are still readable
			return text;
		}
	}

	/** One paragraph's directional runs, in visual order. */
	private static final class Splitter implements BidiSplitter {

		private final Bidi bidi = new Bidi();

		@Override
		public void setParagraph(String paragraph, byte defaultDirection) {
			// openhtmltopdf's LTR, RTL and NEUTRAL are ICU's paragraph levels
			this.bidi.setPara(paragraph, defaultDirection, null);
		}

		@Override
		public int countTextRuns() {
			return this.bidi.countRuns();
		}

		@Override
		public BidiTextRun getVisualRun(int index) {
			BidiRun run = this.bidi.getVisualRun(index);
			return new BidiTextRun(run.getStart(), run.getLength(), run.getDirection());
		}

		@Override
		public byte getBaseDirection(String paragraph) {
			return Bidi.getBaseDirection(paragraph);
		}

	}

}
