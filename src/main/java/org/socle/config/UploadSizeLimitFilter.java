package org.socle.config;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers an upload larger than the multipart limit with a translated page (413) before
 * anything reads its body: past the limit, the servlet container cannot parse the
 * request, so neither Spring Security's CSRF check nor the error page could run.
 */
class UploadSizeLimitFilter extends OncePerRequestFilter {

	private final DataSize maxRequestSize;

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	UploadSizeLimitFilter(DataSize maxRequestSize, MessageSource messages, LocaleResolver localeResolver) {
		this.maxRequestSize = maxRequestSize;
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
				|| request.getContentLengthLong() <= this.maxRequestSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = this.localeResolver.resolveLocale(request);
		String title = this.messages.getMessage("error.413.title", null, locale);
		String text = this.messages.getMessage("error.413.text",
				new Object[] { String.valueOf(this.maxRequestSize.toMegabytes()) }, locale);
		String back = this.messages.getMessage("error.413.back", null, locale);
		String referer = request.getHeader("Referer");
		String backLink = (referer != null && referer.startsWith("http")) ? referer : request.getContextPath() + "/";
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Connection", "close");
		String css = request.getContextPath() + ("ar".equals(locale.getLanguage())
				? "/webjars/bootstrap/css/bootstrap.rtl.min.css" : "/webjars/bootstrap/css/bootstrap.min.css");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\" dir=\""
					+ ("ar".equals(locale.getLanguage()) ? "rtl" : "ltr") + "\"><head><meta charset=\"utf-8\"><title>"
					+ HtmlUtils.htmlEscape(title, "UTF-8") + "</title><link rel=\"stylesheet\" href=\"" + css
					+ "\"></head><body><main class=\"container py-5 text-center\"><p class=\"display-5\">413</p><h1 class=\"h3\">"
					+ HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p class=\"lead\">"
					+ HtmlUtils.htmlEscape(text, "UTF-8") + "</p><a class=\"btn btn-primary\" href=\""
					+ HtmlUtils.htmlEscape(backLink, "UTF-8") + "\">" + HtmlUtils.htmlEscape(back, "UTF-8")
					+ "</a></main></body></html>");
	}

}
