package org.socle.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.CollectionUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Whole pages kept around their kept bodies ({@link RenderedViews}). Once a page's body
 * is kept, what a repeated request still rendered was the layout around it: navigation,
 * links, messages, a third to a half of the page's cost (docs/performance.md, "Pages kept
 * whole"). A GET whose page shows a kept body is answered from the page kept under what
 * the page varies by: the body (which its key, holding the page's data, gives), the view,
 * the user the layout shows, the locale and the address (the language menu links to it).
 * The page is kept as UTF-8 bytes split at its CSRF tokens, and each request gets its own
 * token there: a body with forms keeps its placeholders until then. A page showing a
 * flash message renders for itself, as does any request other than a GET.
 * <p>
 * The template around a kept body may therefore read only what its key holds and what
 * every page's layout reads.
 */
@Component
public class KeptPages implements HandlerInterceptor, ViewResolver, Ordered, WebMvcConfigurer {

	private static final String PAGE = KeptPages.class.getName() + ".PAGE";

	static final long MAX_BYTES = 64L * 1024 * 1024;

	private final RenderedViews views;

	private final LayoutViewer viewer;

	private final String tokenHole;

	private final Cache<PageKey, Page> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((PageKey key, Page page) -> page.size() + key.body().body().length())
		.recordStats()
		.build();

	/**
	 * @param registry gets the cache's hits and misses ({@code cache.gets} of the cache
	 * {@code kept-pages})
	 */
	KeptPages(RenderedViews views, LayoutViewer viewer, MeterRegistry registry) {
		this.views = views;
		this.viewer = viewer;
		this.tokenHole = views.tokenHole();
		CaffeineCacheMetrics.monitor(registry, this.pages, "kept-pages");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		String body = RenderedViews.shownBody(request);
		if (body == null || page == null || !page.isReference() || page.getViewName().contains(":")
				|| !keeps(request)) {
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		PageKey key = new PageKey(page.getViewName(), new Same(body), this.viewer.shown(), locale,
				request.getRequestURI(), request.getQueryString());
		request.setAttribute(PAGE, new KeptView(key, response.getStatus() == HttpServletResponse.SC_OK));
	}

	/** Itself, as the interceptor that chooses the kept page after each handler. */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	/**
	 * Whether the page of {@code request}, if it shows a kept body, is written by this
	 * class: a GET (not an error page's dispatch) without a flash message. Its body then
	 * keeps its placeholders until the page is written
	 * ({@link RenderedViews#htmlWithForms}); the page is kept if its status is 200.
	 */
	static boolean keeps(HttpServletRequest request) {
		return request.getDispatcherType() == DispatcherType.REQUEST && HttpMethod.GET.matches(request.getMethod())
				&& CollectionUtils.isEmpty(RequestContextUtils.getInputFlashMap(request));
	}

	/**
	 * The kept page's view, for the view named in the request's {@link #postHandle}
	 * (which leaves the name in place: tests and handlers still see it); otherwise none,
	 * and Thymeleaf's resolver renders it.
	 */
	@Override
	public View resolveViewName(String viewName, Locale locale) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
				&& current.getRequest().getAttribute(PAGE) instanceof KeptView view
				&& view.key.view().equals(viewName)) {
			return view;
		}
		return null;
	}

	/** Before Thymeleaf's resolver. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	/**
	 * The page of {@code key}, rendered with the request's model if it is not kept, with
	 * the request's own CSRF token; kept only if {@code keep}.
	 */
	private final class KeptView implements View {

		private final PageKey key;

		private final boolean keep;

		KeptView(PageKey key, boolean keep) {
			this.key = key;
			this.keep = keep;
		}

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			Page page = this.keep ? KeptPages.this.pages.get(this.key, (missing) -> page(model, request, response))
					: page(model, request, response);
			byte[] token = page.holes() ? RenderedViews.token(request).getBytes(StandardCharsets.UTF_8) : new byte[0];
			response.setContentType(getContentType());
			response.setContentLength(page.length(token.length));
			page.write(response.getOutputStream(), token);
		}

		private Page page(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
			return new Page(KeptPages.this.views.render(this.key.view(), model, true, request, response),
					KeptPages.this.tokenHole);
		}

	}

	private record PageKey(String view, Same body, Object viewer, Locale locale, String path, String query) {
	}

	/**
	 * A kept body by its instance: {@link RenderedViews} gives one instance per body key
	 * while it keeps it, so the page's key holds the body's key without comparing its
	 * content again (hundreds of rows and choices, a quarter of a list's cost).
	 */
	private record Same(String body) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Same same && same.body == this.body;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.body);
		}

	}

	/** A page's UTF-8 bytes, cut where each request's CSRF token goes (in order). */
	private record Page(List<byte[]> parts) {

		Page(String html, String hole) {
			this(Arrays.stream(html.split(Pattern.quote(hole), -1))
				.map((part) -> part.getBytes(StandardCharsets.UTF_8))
				.toList());
		}

		int size() {
			return this.parts.stream().mapToInt((part) -> part.length).sum();
		}

		boolean holes() {
			return this.parts.size() > 1;
		}

		int length(int token) {
			return size() + (this.parts.size() - 1) * token;
		}

		void write(OutputStream out, byte[] token) throws IOException {
			for (int i = 0; i < this.parts.size(); i++) {
				if (i > 0) {
					out.write(token);
				}
				out.write(this.parts.get(i));
			}
		}

	}

}
