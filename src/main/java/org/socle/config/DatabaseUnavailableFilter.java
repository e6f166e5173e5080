package org.socle.config;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Answers 503 with the translated "temporarily unavailable" page when a request fails
 * because PostgreSQL cannot be reached outside a controller (where
 * {@code ErrorPagesAdvice} does it): in a filter that reads the database, such as a
 * session store or the login throttle, which would otherwise give a 500. Runs before them
 * and renders the page itself ({@code error/503} needs no database): the servlet
 * container's error dispatch would go through the session store again and fail.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");

	private final ObjectProvider<ThymeleafViewResolver> views;

	private final LocaleResolver locales;

	DatabaseUnavailableFilter(ObjectProvider<ThymeleafViewResolver> views, LocaleResolver locales) {
		this.views = views;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			this.logger.warn(
					"503: the database does not answer: " + NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			renderUnavailablePage(request, response);
		}
	}

	private void renderUnavailablePage(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		Locale locale = language(request);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
		try {
			View page = this.views.getObject().resolveViewName("error/503", locale);
			page.render(Map.of(), request, response);
		}
		catch (ServletException | IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException("The 503 page could not be rendered", ex);
		}
	}

	/**
	 * The page's {@code ?lang=} as the language switch would read it, else the user's.
	 */
	private Locale language(HttpServletRequest request) {
		String asked = request.getParameter("lang");
		return (asked != null && LANGUAGES.contains(asked)) ? Locale.forLanguageTag(asked)
				: this.locales.resolveLocale(request);
	}

	/**
	 * Whether {@code error} comes from a database that cannot be reached: no connection
	 * (SQL state class 08), a server shutting down or starting (57P01 to 57P03), as such
	 * or as Spring translates it.
	 */
	static boolean isCause(Throwable error) {
		for (Throwable cause = error; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

}
