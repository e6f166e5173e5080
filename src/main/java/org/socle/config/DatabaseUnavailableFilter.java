package org.socle.config;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with the translated "temporarily unavailable" page when a request fails
 * because PostgreSQL cannot be reached outside a controller (where
 * {@code ErrorPagesAdvice} does it): in a filter that reads the database, such as a
 * session store or the login throttle, which would otherwise give a 500. Runs before
 * them; the error page ({@code error/503}) needs no database.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

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
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
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
