package org.socle.shared.web.problem;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem detail straight to a servlet response, for the filters that answer
 * before Spring MVC (authentication, rate limit) and for errors no controller handled.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	/**
	 * A problem of this status ({@code about:blank}: the status says it all, the title is
	 * its reason phrase) with a detail for people, translated by the caller.
	 */
	public static ProblemDetail problem(HttpStatusCode status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	public static void write(HttpServletResponse response, ProblemDetail problem, HttpHeaders headers)
			throws IOException {
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(body(problem)));
		response.flushBuffer();
	}

	/** The members RFC 9457 defines, then the extensions (such as {@code errors}). */
	static Map<String, Object> body(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			body.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

	/** True for the REST API's requests (not its documentation pages). */
	public static boolean isApiRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") && !path.startsWith("/api/docs") && !path.startsWith("/api/swagger-ui");
	}

	/** The caller's language when it says one ({@code Accept-Language}), else French. */
	public static Locale locale(HttpServletRequest request) {
		return (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale() : Locale.FRENCH;
	}

}
