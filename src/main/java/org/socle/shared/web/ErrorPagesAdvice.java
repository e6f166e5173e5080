package org.socle.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.shared.StaleEditException;
import org.socle.shared.export.ExportsBusyException;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps domain exceptions to the translated error pages, once for every controller, and
 * cleans text input ({@link CleanTextEditor}: trimmed, blank becomes null, NFC, no
 * control characters).
 */
@ControllerAdvice
class ErrorPagesAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorPagesAdvice.class);

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new CleanTextEditor());
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Exception ex) {
		log.debug("404: {}", ex.getMessage());
		return "error/404";
	}

	/**
	 * A value that does not convert: in the path ({@code /establishments/abc}) the page
	 * does not exist (404); in a parameter ({@code ?from=2024-13-45}, text with a control
	 * character) the request is wrong (400).
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return notFound(ex);
		}
		log.debug("400: {}", ex.getMessage());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "error/400";
	}

	/**
	 * A multipart body Tomcat cannot parse (truncated, without its boundary, a part
	 * without headers) is the client's error (400), not a server error; one too large
	 * keeps Spring's own answer (413, Boot's error page).
	 */
	@ExceptionHandler(MultipartException.class)
	ModelAndView malformedMultipart(MultipartException ex, HttpServletResponse response) throws IOException {
		if (ex instanceof MaxUploadSizeExceededException) {
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return new ModelAndView();
		}
		log.debug("400: {}", ex.getMessage());
		return new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(NotAllowedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed(NotAllowedException ex) {
		log.info("403: {}", ex.getMessage());
		return "error/403";
	}

	/**
	 * A concurrent edit, or two people saving the same unique value at the same moment
	 * (forms check uniqueness first; the database constraint settles the race).
	 */
	@ExceptionHandler({ StaleEditException.class, OptimisticLockingFailureException.class,
			DataIntegrityViolationException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Exception ex) {
		log.info("409: {}", ex.getMessage());
		return "error/409";
	}

	/**
	 * PostgreSQL does not answer (no connection within {@code SOCLE_DB_CONNECT_TIMEOUT},
	 * or lost): "temporarily unavailable, try again in a moment". The page does not use
	 * the layout, so that it renders without the database.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String databaseUnavailable(Exception ex) {
		log.warn("503: the database does not answer: {}", NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		return "error/503";
	}

	/**
	 * Every export slot of this node is taken ({@link ExportsBusyException}): the same
	 * page, saying why, with a {@code Retry-After}.
	 */
	@ExceptionHandler(ExportsBusyException.class)
	ModelAndView exportsBusy(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("reason", "error.503.exports");
		return page;
	}

}
