package org.socle.shared.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.shared.StaleEditException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What the REST API's controllers throw (the {@code api} module's, and {@code /api/v1/me}
 * in {@code identity.tokens}), as RFC 9457 problem details: Spring MVC's own exceptions
 * (400, 405, 406, 413, 415…) by {@link ResponseEntityExceptionHandler}, the domain
 * exceptions as the UI maps them (404, 403, 409), failed validation as 422 with each
 * field and its translated message, anything else as a 500 that says nothing of its
 * cause. Ordered first, so that the HTML error pages never answer an API call.
 */
@RestControllerAdvice(basePackages = { "org.socle.api", "org.socle.identity.tokens" })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final MessageSource messages;

	ApiProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, HttpServletRequest request) {
		log.debug("404: {}", ex.getMessage());
		return problem(HttpStatus.NOT_FOUND, "api.problem.notFound", request, Map.of());
	}

	@ExceptionHandler({ NotAllowedException.class, AccessDeniedException.class })
	ResponseEntity<Object> forbidden(RuntimeException ex, HttpServletRequest request) {
		log.info("403: {}", ex.getMessage());
		return problem(HttpStatus.FORBIDDEN, "api.problem.forbidden", request, Map.of());
	}

	@ExceptionHandler({ StaleEditException.class, OptimisticLockingFailureException.class,
			DataIntegrityViolationException.class })
	ResponseEntity<Object> conflict(RuntimeException ex, HttpServletRequest request) {
		log.info("409: {}", ex.getMessage());
		return problem(HttpStatus.CONFLICT, "api.problem.conflict", request, Map.of());
	}

	/** A path id that does not convert names nothing (404), as in the UI. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return notFound(new NotFoundException(ex.getName(), ex.getValue()), request);
		}
		return problem(HttpStatus.BAD_REQUEST, "api.problem.badParameter", request, Map.of("errors", List.of(Map
			.of("field", ex.getName(), "message", message("api.problem.badValue", ProblemResponses.locale(request))))));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		log.error("500 on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.internal", request, Map.of());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map((error) -> error(error instanceof FieldError field ? field.getField() : ex.getObjectName(), error,
					servletRequest))
			.toList();
		return invalid(errors, servletRequest);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> error(result.getMethodParameter().getParameterName(), error, servletRequest)))
			.toList();
		return invalid(errors, servletRequest);
	}

	/**
	 * Spring MVC's own problems keep their status, headers and detail; the instance is
	 * the path, and the body has the same shape as every other problem of the API.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
			return ResponseEntity.status(status)
				.headers(headers)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemResponses.body(problem));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private ResponseEntity<Object> invalid(List<Map<String, String>> errors, HttpServletRequest request) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.invalid", request, Map.of("errors", errors));
	}

	private Map<String, String> error(String field, MessageSourceResolvable error, HttpServletRequest request) {
		return Map.of("field", field, "message", this.messages.getMessage(error, ProblemResponses.locale(request)));
	}

	private ResponseEntity<Object> problem(HttpStatus status, String detailKey, HttpServletRequest request,
			Map<String, Object> properties) {
		ProblemDetail problem = ProblemResponses.problem(status, message(detailKey, ProblemResponses.locale(request)),
				request);
		properties.forEach(problem::setProperty);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemResponses.body(problem));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
