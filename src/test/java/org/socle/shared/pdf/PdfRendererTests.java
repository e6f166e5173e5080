package org.socle.shared.pdf;

import java.io.IOException;

import com.openhtmltopdf.bidi.BidiSplitter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Arabic, right to left, with a running header and page numbers from the CSS. */
class PdfRendererTests {

	static final String DOCUMENT = """
			<html dir="rtl" lang="ar"><head><style>
			@page { size: A5; margin: 20mm 12mm;
			  @top-center { content: element(header); }
			  @bottom-center { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; } }
			#header { position: running(header); }
			body { font-family: 'DejaVu Sans'; }
			.next { page-break-before: always; }
			</style></head><body>
			<div id="header">Socle · تقرير الجودة</div>
			<p>الاسم: المنصوري هند (CIN EX4567)</p>
			<p class="next">Seconde page</p>
			</body></html>
			""";

	final PdfRenderer renderer = new PdfRenderer(null);

	@Test
	void rendersArabicRightToLeftWithAHeaderAndPageNumbersOnEveryPage() throws IOException {
		byte[] pdf = this.renderer.render(DOCUMENT);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String second = stripper.getText(document);
			assertThat(second).contains("Socle").contains("2 / 2").contains("Seconde page");
			String first = new PDFTextStripper().getText(document);
			assertThat(first).contains("1 / 2").contains("EX4567").contains("المنصوري").contains("الجودة");
		}
	}

	@Test
	void charactersXmlCannotHoldAreShownAsReplacementCharactersInsteadOfFailing() throws IOException {
		byte[] pdf = this.renderer.render("<html><body style=\"font-family: 'DejaVu Sans'\"><p>Ali\u0001ce \u0000"
				+ "Ben\uFFFEnani \uD800x</p></body></html>");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Ali\uFFFDce \uFFFDBen\uFFFDnani \uFFFDx");
		}
	}

	@Test
	void arabicIsShapedAndSplitIntoRightToLeftRuns() {
		IcuBidi bidi = new IcuBidi();
		String shaped = bidi.shapeText("هند");
		assertThat(shaped.chars()).allMatch(c -> c >= 0xFE70 && c <= 0xFEFF);
		assertThat(bidi.deshapeText(shaped)).isEqualTo("هند");
		BidiSplitter splitter = bidi.createBidiSplitter();
		splitter.setParagraph("CIN هند", BidiSplitter.LTR);
		assertThat(splitter.countTextRuns()).isEqualTo(2);
		assertThat(splitter.getVisualRun(1).getDirection()).isEqualTo(BidiSplitter.RTL);
		assertThat(splitter.getBaseDirection("هند CIN")).isEqualTo(BidiSplitter.RTL);
	}

}
