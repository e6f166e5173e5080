package org.socle.shared.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
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
 * body), except through {@link #htmlWithForms}, which keeps a placeholder where each
 * request's own token goes. Entries of older versions are never asked for again and are
 * evicted by size.
 * <p>
 * A GET request whose page shows a kept body may be answered with the whole page kept
 * around it: see {@link KeptPages}.
 */
@Component
public class RenderedViews {

	static final long MAX_CHARS = 32L * 1024 * 1024;

	private static final String CSRF_FIELD = "name=\"_csrf\"";

	static final String SHOWN_BODY = RenderedViews.class.getName() + ".SHOWN_BODY";

	/**
	 * Stands for the request's CSRF token in a kept body: random per node, so that no
	 * text a user types can match it, and never sent (every response has its own token
	 * there).
	 */
	private final String tokenHole = "csrf-" + UUID.randomUUID();

	private final ThymeleafViewResolver views;

	private final Cache<Object, String> rendered = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARS)
		.weigher((Object key, String html) -> html.length())
		.recordStats()
		.build();

	/**
	 * @param registry gets the cache's hits and misses ({@code cache.gets} of the cache
	 * {@code rendered-views}): whether kept bodies are served is seen in production too
	 */
	RenderedViews(ThymeleafViewResolver views, MeterRegistry registry) {
		this.views = views;
		CaffeineCacheMetrics.monitor(registry, this.rendered, "rendered-views");
	}

	/**
	 * The HTML of {@code view} (a template or a fragment of one: "dir/page :: #id") for
	 * the current request, rendered with the model only when no body was kept under this
	 * key.
	 */
	public String html(Object key, String view, Supplier<Map<String, ?>> model) {
		String body = this.rendered.get(key, (missing) -> render(view, model.get(), false));
		showing(body);
		return body;
	}

	/**
	 * {@link #html}, for a body whose forms post and so carry a CSRF field (pages that
	 * work without JavaScript): the body is kept with a placeholder in each field, and
	 * every request gets it with its own token, as if rendered for it. Replacing the
	 * placeholders in the kept text costs a fraction of a millisecond where rendering a
	 * large form costs tens.
	 */
	public String htmlWithForms(Object key, String view, Supplier<Map<String, ?>> model) {
		String body = this.rendered.get(key, (missing) -> render(view, model.get(), true));
		HttpServletRequest request = currentRequest().getRequest();
		showing(body);
		return (!KeptPages.keeps(request) && body.contains(this.tokenHole))
				? body.replace(this.tokenHole, token(request)) : body;
	}

	/**
	 * The kept body the request's page shows, if it shows one: the instance kept (with
	 * placeholders where forms carry the CSRF token), one per key while it is kept.
	 */
	static String shownBody(HttpServletRequest request) {
		return (String) request.getAttribute(SHOWN_BODY);
	}

	/** The request's CSRF token, as a kept text with holes is served with it. */
	static String token(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			throw new IllegalStateException("A kept text with forms served to a request without a CSRF token");
		}
		return token.getToken();
	}

	/** Stands for the request's CSRF token in kept texts ({@link #tokenHole}). */
	String tokenHole() {
		return this.tokenHole;
	}

	private static void showing(String kept) {
		currentRequest().getRequest().setAttribute(SHOWN_BODY, kept);
	}

	private static ServletRequestAttributes currentRequest() {
		return (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
	}

	private String render(String name, Map<String, ?> model, boolean forms) {
		ServletRequestAttributes current = currentRequest();
		return render(name, model, forms, current.getRequest(), current.getResponse());
	}

	/**
	 * {@code view} rendered to a string for {@code request}; with {@code forms}, each
	 * CSRF token it would hold is the placeholder ({@link #tokenHole()}), and any other
	 * is refused.
	 */
	String render(String name, Map<String, ?> model, boolean forms, HttpServletRequest page,
			HttpServletResponse response) {
		HttpServletRequest request = forms ? new TokenHole(page, this.tokenHole) : page;
		StringWriter html = new StringWriter(64 * 1024);
		try {
			Locale locale = LocaleContextHolder.getLocale();
			View view = this.views.resolveViewName(name, locale);
			if (view == null) {
				throw new IllegalArgumentException("No view " + name);
			}
			view.render(model, request, new Captured(response, new PrintWriter(html)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Rendering " + name + " failed", ex);
		}
		String body = html.toString();
		int holes = forms ? occurrences(body, "=\"" + this.tokenHole + "\"") : 0;
		if (occurrences(body, CSRF_FIELD) != holes) {
			throw new IllegalStateException(name + " holds a CSRF token: a kept body must not hold a session's data");
		}
		return body;
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	/**
	 * The request as the body's forms see it: its CSRF token is the placeholder, under
	 * both names Spring Security gives it.
	 */
	private static final class TokenHole extends HttpServletRequestWrapper {

		private final CsrfToken hole;

		TokenHole(HttpServletRequest request, String hole) {
			super(request);
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			this.hole = (token != null) ? new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), hole)
					: null;
		}

		@Override
		public Object getAttribute(String name) {
			if (this.hole != null
					&& (name.equals(CsrfToken.class.getName()) || name.equals(this.hole.getParameterName()))) {
				return this.hole;
			}
			return super.getAttribute(name);
		}

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
