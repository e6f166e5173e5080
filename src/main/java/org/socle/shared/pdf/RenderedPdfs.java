package org.socle.shared.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * PDFs already laid out on this node, by the SHA-256 of their XHTML and their locale. The
 * template still runs on every request (with the data read then), only the layout is
 * skipped when the document is the same: a changed figure, name or date gives other
 * XHTML, so another key, and there is nothing to invalidate, on this node or any other.
 * <p>
 * Why: at national scale a quality report's PDF cost about 700 ms of CPU against about 45
 * ms for the data and the XHTML (docs/performance.md, "Quality report, its PDF, the score
 * page and the assessment form at L"), and the same report is downloaded again and again
 * between two validations. Bounded by size ({@value #MAX_BYTES} bytes, about 200
 * reports), per node.
 * <p>
 * For documents anyone may download again; never for personal data (a person's export),
 * which should not outlive the request in memory.
 */
@Component
public class RenderedPdfs {

	static final long MAX_BYTES = 16L * 1024 * 1024;

	private final PdfRenderer renderer;

	private final Cache<String, byte[]> rendered = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((String key, byte[] pdf) -> pdf.length)
		.build();

	RenderedPdfs(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	/**
	 * The PDF of a Thymeleaf template (XHTML), laid out only when this document was not
	 * laid out before. The bytes returned are shared: never change them.
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		return of(this.renderer.document(template, variables, locale), locale);
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

}
