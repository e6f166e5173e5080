package org.socle.shared.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF is laid out once per document and locale; another document is laid out anew. */
class RenderedPdfsTests {

	static final String DOCUMENT = "<html><body style=\"font-family: 'DejaVu Sans'\"><p>%s</p></body></html>";

	final List<String> laidOut = new ArrayList<>();

	final RenderedPdfs pdfs = new RenderedPdfs(new PdfRenderer(null) {

		@Override
		public byte[] render(String xhtml) {
			RenderedPdfsTests.this.laidOut.add(xhtml);
			return super.render(xhtml);
		}

	});

	@Test
	void theSameDocumentGivesTheBytesAlreadyLaidOut() {
		byte[] first = this.pdfs.of(DOCUMENT.formatted("Occupation 87,5 %"), Locale.FRENCH);
		byte[] second = this.pdfs.of(DOCUMENT.formatted("Occupation 87,5 %"), Locale.FRENCH);
		assertThat(second).isSameAs(first);
		assertThat(this.laidOut).hasSize(1);
	}

	@Test
	void aChangedDocumentOrLocaleIsLaidOutAgain() {
		byte[] before = this.pdfs.of(DOCUMENT.formatted("Occupation 87,5 %"), Locale.FRENCH);
		byte[] after = this.pdfs.of(DOCUMENT.formatted("Occupation 90,0 %"), Locale.FRENCH);
		byte[] arabic = this.pdfs.of(DOCUMENT.formatted("Occupation 87,5 %"), Locale.forLanguageTag("ar"));
		assertThat(this.laidOut).hasSize(3);
		assertThat(after).isNotEqualTo(before);
		assertThat(arabic).isNotSameAs(before);
	}

}
