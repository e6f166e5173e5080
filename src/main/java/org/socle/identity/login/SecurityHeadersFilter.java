package org.socle.identity.login;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * Writes the security headers on every response, before anything else runs and again on
 * the container's error dispatch (which resets the headers): the pages Spring Security
 * never sees, the 413 of an oversize upload, a 400 for a malformed address and every
 * error page, carry them too. HSTS only on requests that arrived over TLS (directly, or
 * through a trusted proxy that says so: {@code server.forward-headers-strategy}).
 */
class SecurityHeadersFilter implements Filter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private static final long ONE_YEAR = 365L * 24 * 3600;

	private final List<HeaderWriter> writers = List.of(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
			new XContentTypeOptionsHeaderWriter(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
			new XXssProtectionHeaderWriter(), new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN),
			new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY), new HstsHeaderWriter(ONE_YEAR, true));

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
			this.writers.forEach((writer) -> writer.writeHeaders(http, httpResponse));
		}
		chain.doFilter(request, response);
	}

}
