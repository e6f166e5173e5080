package org.socle.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app manifest that makes Socle installable (docs/offline.md), one per language:
 * browsers fetch it without cookies, so the language is in the address the layout links
 * to, not in the language cookie.
 */
@RestController
class WebAppManifest {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	private static final String THEME = "#0b5563";

	private final MessageSource messages;

	WebAppManifest(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/manifest/{language:fr|ar|en}.webmanifest")
	ResponseEntity<Map<String, Object>> manifest(@PathVariable String language) {
		Locale locale = Locale.forLanguageTag(language);
		Map<String, Object> manifest = Map.ofEntries(Map.entry("id", "/"),
				Map.entry("name", this.messages.getMessage("pwa.name", null, locale)),
				Map.entry("short_name", this.messages.getMessage("app.name", null, locale)),
				Map.entry("description", this.messages.getMessage("pwa.description", null, locale)),
				Map.entry("lang", language), Map.entry("dir", "ar".equals(language) ? "rtl" : "ltr"),
				Map.entry("start_url", "/?lang=" + language), Map.entry("scope", "/"),
				Map.entry("display", "standalone"), Map.entry("theme_color", THEME),
				Map.entry("background_color", "#ffffff"),
				Map.entry("icons",
						List.of(icon("/img/icon-192.png", "192x192", "any"),
								icon("/img/icon-512.png", "512x512", "any"),
								icon("/img/icon-maskable-512.png", "512x512", "maskable"))));
		return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
	}

	private static Map<String, String> icon(String src, String sizes, String purpose) {
		return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", purpose);
	}

}
