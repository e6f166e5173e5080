package org.socle.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * The declared authorization matrix ({@code security/authorization-matrix.txt}): for each
 * route (HTTP method and path pattern), what each kind of caller gets when the path names
 * organisation A's records.
 */
final class AuthorizationMatrix {

	static final String RESOURCE = "security/authorization-matrix.txt";

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** Who calls; the columns of the matrix, in order. */
	enum Caller {

		ANONYMOUS, MANAGER, OTHER_MANAGER, AUDITOR, ADMIN

	}

	/** What a caller gets. */
	enum Outcome {

		/** Served: 2xx, a redirect elsewhere than to the login page. */
		OK("ok"),
		/** Sent to the login page. */
		LOGIN("login"),
		/** Refused for want of credentials (the REST API: no valid token). */
		UNAUTHORIZED("401"),
		/** Forbidden: what the caller may see but not do. */
		FORBIDDEN("403"),
		/** Not found: what the caller may not know exists. */
		NOT_FOUND("404");

		final String label;

		Outcome(String label) {
			this.label = label;
		}

		static Outcome of(String label) {
			return Arrays.stream(values())
				.filter((outcome) -> outcome.label.equals(label))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"unknown outcome '" + label + "' (ok, login, 401, 403 or 404) in " + RESOURCE));
		}

		boolean denied() {
			return this != OK;
		}

	}

	/**
	 * One line: the route, an outcome per caller, and extra request parameters or fixture
	 * choices ({@code name=value}) sent with every request.
	 */
	record Entry(String route, Map<Caller, Outcome> outcomes, Map<String, String> extras, int line) {

		String method() {
			return this.route.substring(0, this.route.indexOf(' '));
		}

		String pattern() {
			return this.route.substring(this.route.indexOf(' ') + 1);
		}

	}

	private AuthorizationMatrix() {
	}

	/**
	 * A route as the matrix names it ({@code "GET
	 * /beneficiaries/{id}/export?format=pdf"}): {@code method} ({@code ANY} where the
	 * mapping names none), the pattern and the mapping's params condition.
	 */
	static String route(String method, String pattern, RequestMappingInfo info) {
		String params = info.getParamsCondition()
			.getExpressions()
			.stream()
			.map(Object::toString)
			.sorted()
			.collect(Collectors.joining("&"));
		return method + " " + pattern + (params.isEmpty() ? "" : "?" + params);
	}

	/** The entries by route ({@code "GET /establishments/{id}"}), in file order. */
	static Map<String, Entry> load() {
		try (InputStream in = AuthorizationMatrix.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, Entry> parse(String text) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Entry entry = entry(WHITESPACE.split(line), i + 1);
			if (entries.put(entry.route(), entry) != null) {
				throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": " + entry.route() + " twice");
			}
		}
		return entries;
	}

	private static Entry entry(String[] fields, int line) {
		int callers = Caller.values().length;
		if (fields.length < 2 + callers) {
			throw new IllegalStateException(RESOURCE + " line " + line + ": expected METHOD PATTERN and " + callers
					+ " outcomes (" + Arrays.toString(Caller.values()) + ")");
		}
		Map<Caller, Outcome> outcomes = new LinkedHashMap<>();
		for (Caller caller : Caller.values()) {
			outcomes.put(caller, Outcome.of(fields[2 + caller.ordinal()]));
		}
		Map<String, String> extras = new LinkedHashMap<>();
		List<String> rest = new ArrayList<>(Arrays.asList(fields).subList(2 + callers, fields.length));
		for (String extra : rest) {
			int equals = extra.indexOf('=');
			if (equals < 1) {
				throw new IllegalStateException(RESOURCE + " line " + line + ": '" + extra + "' is not name=value");
			}
			extras.put(extra.substring(0, equals), extra.substring(equals + 1));
		}
		return new Entry(fields[0] + " " + fields[1], outcomes, extras, line);
	}

}
