package org.socle.shared.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF is laid out once per document and locale; another document is laid out anew. Kept
 * under its content, its template does not even run again for equal content.
 */
class RenderedPdfsTests {

	static final String DOCUMENT = "<html><body style=\"font-family: 'DejaVu Sans'\"><p>%s</p></body></html>";

	final List<String> laidOut = new ArrayList<>();

	final List<Object> written = new ArrayList<>();

	final RenderedPdfs pdfs = new RenderedPdfs(new PdfRenderer(null) {

		@Override
		public byte[] render(String xhtml) {
			RenderedPdfsTests.this.laidOut.add(xhtml);
			return super.render(xhtml);
		}

		/** The "template" writes its one variable into the document. */
		@Override
		public String document(String template, Map<String, Object> variables, Locale locale) {
			RenderedPdfsTests.this.written.add(variables.get("figure"));
			return DOCUMENT.formatted(variables.get("figure"));
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

	@Test
	void equalContentSkipsTheTemplateOtherContentWritesItAgain() {
		byte[] first = this.pdfs.render(List.of("Occupation", 87.5), "report", () -> Map.of("figure", "87,5 %"),
				Locale.FRENCH);
		byte[] again = this.pdfs.render(List.of("Occupation", 87.5), "report", () -> Map.of("figure", "87,5 %"),
				Locale.FRENCH);
		byte[] changed = this.pdfs.render(List.of("Occupation", 90.0), "report", () -> Map.of("figure", "90,0 %"),
				Locale.FRENCH);
		byte[] arabic = this.pdfs.render(List.of("Occupation", 87.5), "report", () -> Map.of("figure", "87,5 %"),
				Locale.forLanguageTag("ar"));
		assertThat(again).isSameAs(first);
		assertThat(changed).isNotEqualTo(first);
		assertThat(arabic).isNotSameAs(first);
		assertThat(this.written).containsExactly("87,5 %", "90,0 %", "87,5 %");
		assertThat(this.laidOut).hasSize(3);
	}

}
