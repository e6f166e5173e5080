package org.socle.shared.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;

/**
 * The HTML of a page's body rendered once per node and key, then served from memory. At
 * national scale the heavy pages are bound by Thymeleaf, not by the database: the
 * dashboard's 185 KB took about 20 ms of CPU to write for figures that change only when a
 * record they count does (docs/performance.md, "Rendered bodies").
 * <p>
 * The key must hold everything the body varies by: the version of the data it shows (a
 * number every node reads from PostgreSQL, such as the dashboard's data version, so a
 * change written by any node gives a new key on every node), the request's parameters,
 * the language and whatever of the user the body shows. A body must never hold anything
 * of one session: rendering refuses a CSRF token (forms that post stay outside the cached
 * body). Entries of older versions are never asked for again and are evicted by size.
 */
@Component
public class RenderedViews {

	static final long MAX_CHARS = 32L * 1024 * 1024;

	private final ThymeleafViewResolver views;

	private final Cache<Object, String> rendered = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARS)
		.weigher((Object key, String html) -> html.length())
		.build();

	RenderedViews(ThymeleafViewResolver views) {
		this.views = views;
	}

	/**
	 * The HTML of {@code view} (a template or a fragment of one: "dir/page :: #id") for
	 * the current request, rendered with the model only when no body was kept under this
	 * key.
	 */
	public String html(Object key, String view, Supplier<Map<String, ?>> model) {
		return this.rendered.get(key, (missing) -> render(view, model.get()));
	}

	private String render(String name, Map<String, ?> model) {
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = current.getRequest();
		StringWriter html = new StringWriter(64 * 1024);
		try {
			Locale locale = LocaleContextHolder.getLocale();
			View view = this.views.resolveViewName(name, locale);
			if (view == null) {
				throw new IllegalArgumentException("No view " + name);
			}
			view.render(model, request, new Captured(current.getResponse(), new PrintWriter(html)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Rendering " + name + " failed", ex);
		}
		String body = html.toString();
		if (body.contains("name=\"_csrf\"")) {
			throw new IllegalStateException(name + " holds a CSRF token: a kept body must not hold a session's data");
		}
		return body;
	}

	/**
	 * The page's response, except that the body goes to a string and headers stay
	 * untouched.
	 */
	private static final class Captured extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		Captured(HttpServletResponse response, PrintWriter writer) {
			super(response);
			this.writer = writer;
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

	}

}
