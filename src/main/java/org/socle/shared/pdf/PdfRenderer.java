package org.socle.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Turns XHTML into PDF (openhtmltopdf), for every document Socle prints. The bundled
 * DejaVu Sans, which has Latin and Arabic letters, is registered as
 * {@value #FONT_FAMILY}; Arabic is shaped and laid out right to left, in a
 * {@code dir="rtl"} document or element and inside left-to-right text alike.
 * <p>
 * Templates write the page furniture in CSS paged media: page numbers with {@code @page
 * { @bottom-center { content: counter(page) " / " counter(pages); } }}, a header repeated
 * on every page with an element styled {@code position: running(header)} and {@code @page
 * { @top-center { content: element(header); } }}. Words belong in such a running element:
 * text given in a CSS {@code content} string is not shaped.
 * <p>
 * Inline {@code <svg>} elements (charts) are drawn by Apache Batik, without scripts and
 * without loading anything from outside the document.
 */
@Component
public class PdfRenderer {

	/** The font family to name in the templates' CSS. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONT = "/fonts/DejaVuSans.ttf";

	private static final IcuBidi BIDI = new IcuBidi();

	/**
	 * What XML 1.0 cannot hold: control characters, lone surrogates, U+FFFE and U+FFFF.
	 */
	private static final Pattern NOT_XML = Pattern
		.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private final TemplateEngine templates;

	PdfRenderer(TemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * Renders a Thymeleaf template (XHTML) with its messages in {@code locale}.
	 * @param template the template name, e.g. {@code beneficiary/export-pdf}
	 * @param variables the template's variables
	 * @return the PDF
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		return render(document(template, variables, locale));
	}

	/**
	 * The XHTML a template gives, before it is laid out: what {@link RenderedPdfs} keys
	 * its cache on.
	 */
	public String document(String template, Map<String, Object> variables, Locale locale) {
		return this.templates.process(template, new Context(locale, variables));
	}

	/**
	 * The document with every character XML cannot hold shown as U+FFFD: stored data may
	 * hold one (typed before input was checked, imported, restored), and a person's
	 * export must not fail because of it. A plain scan first: the regular expression over
	 * a whole report was 6 % of a PDF's CPU, for a replacement almost never needed.
	 */
	static String xmlSafe(String xhtml) {
		for (int i = 0; i < xhtml.length(); i++) {
			char c = xhtml.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c >= 0xFFFE) {
				return NOT_XML.matcher(xhtml).replaceAll("\uFFFD");
			}
		}
		return xhtml;
	}

	/** The PDF of a well-formed XHTML document. */
	public byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		render(xhtml, out);
		return out.toByteArray();
	}

	/** Writes the PDF of a well-formed XHTML document to {@code out}. */
	public void render(String xhtml, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), FONT_FAMILY);
		builder.useUnicodeBidiSplitter(BIDI);
		builder.useUnicodeBidiReorderer(BIDI);
		builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
		builder.withHtmlContent(xmlSafe(xhtml), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
