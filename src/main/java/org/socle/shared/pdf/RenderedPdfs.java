package org.socle.shared.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * PDFs already laid out on this node, kept under the data they were made from and, below
 * that, under the SHA-256 of their XHTML and their locale. Equal data (a value with value
 * equality: records, lists, dates, numbers) gives the same document, so a repeated
 * download runs neither the template nor the layout; other data whose XHTML is the same
 * skips the layout. A changed figure, name or date gives another key, so there is nothing
 * to invalidate, on this node or any other.
 * <p>
 * Why: at national scale a quality report's PDF cost about 700 ms of CPU against about 45
 * ms for the data and the XHTML (docs/performance.md, "Quality report, its PDF, the score
 * page and the assessment form at L"), then the XHTML's template most of what remained
 * ("The quality report and its PDF at L"), and the same report is downloaded again and
 * again between two validations. Bounded by size ({@value #MAX_BYTES} bytes each, about
 * 200 reports), per node.
 * <p>
 * For documents anyone may download again; never for personal data (a person's export),
 * which should not outlive the request in memory.
 */
@Component
public class RenderedPdfs {

	static final long MAX_BYTES = 16L * 1024 * 1024;

	private final PdfRenderer renderer;

	private final Cache<Object, byte[]> byContent = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((Object key, byte[] pdf) -> pdf.length)
		.build();

	private final Cache<String, byte[]> rendered = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((String key, byte[] pdf) -> pdf.length)
		.build();

	RenderedPdfs(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	/**
	 * The PDF of a Thymeleaf template (XHTML) made from {@code content}: written and laid
	 * out only when no PDF of this template, content and locale was kept. The bytes
	 * returned are shared: never change them.
	 * @param content everything the document shows, with value equality (the template's
	 * variables are made from it)
	 */
	public byte[] render(Object content, String template, Supplier<Map<String, Object>> variables, Locale locale) {
		return this.byContent.get(new ContentKey(template, content, locale.toLanguageTag()),
				(key) -> of(this.renderer.document(template, variables.get(), locale), locale));
	}

	byte[] of(String xhtml, Locale locale) {
		return this.rendered.get(key(xhtml, locale), (key) -> this.renderer.render(xhtml));
	}

	private static String key(String xhtml, Locale locale) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(xhtml.getBytes(StandardCharsets.UTF_8))) + ' '
					+ locale.toLanguageTag();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private record ContentKey(String template, Object content, String languageTag) {
	}

}
