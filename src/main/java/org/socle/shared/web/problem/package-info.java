/**
 * Errors of the REST API as RFC 9457 problem details ({@code application/problem+json}),
 * never an HTML page or a stack trace:
 * {@link org.socle.shared.web.problem.ApiProblemAdvice} for what {@code @RestController}s
 * throw, {@link org.socle.shared.web.problem.ApiErrorResolver} for {@code /api/**}
 * requests no controller took (unknown path, method, media type), and
 * {@link org.socle.shared.web.problem.ProblemResponses} for filters (authentication, rate
 * limit).
 */
package org.socle.shared.web.problem;
