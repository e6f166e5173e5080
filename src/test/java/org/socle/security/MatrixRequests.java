package org.socle.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import org.socle.identity.SocleUser;
import org.socle.identity.tokens.ApiTokenFixtures;
import org.socle.notification.NotificationFixtures;
import org.socle.security.AuthorizationMatrix.Caller;
import org.socle.security.AuthorizationMatrix.Entry;
import org.socle.security.TwoOrganisations.Side;
import org.socle.security.TwoOrganisations.World;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Requests for the routes of the authorization matrix, with real records of
 * {@link TwoOrganisations}: each path variable becomes the id of a record of the kind the
 * segment before it names, and the entry's extras become request parameters, files or
 * JSON bodies. Shared by the matrix and the hostile-input corpus, so that both reach the
 * same services.
 */
@Component
class MatrixRequests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

	/** Extras that choose fixture records rather than request parameters. */
	private static final Set<String> FIXTURE_CHOICES = Set.of("file", "assessment", "standard", "json");

	private final TwoOrganisations organisations;

	private final JdbcTemplate jdbc;

	private final ApiTokenFixtures apiTokens;

	private final NotificationFixtures notices;

	private final Map<String, Function<Side, Object>> records;

	/** The id the last path named last (for {@code version=table}). */
	private long lastId;

	MatrixRequests(TwoOrganisations organisations, JdbcTemplate jdbc, ApiTokenFixtures apiTokens,
			NotificationFixtures notices) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.apiTokens = apiTokens;
		this.notices = notices;
		this.records = records();
	}

	World world() {
		return this.organisations.world();
	}

	/**
	 * The world, with new API tokens for its users: each test sending the matrix's many
	 * API requests starts with full rate-limit buckets.
	 */
	World freshWorld() {
		this.apiTokens.renewShared();
		return world();
	}

	SocleUser user(Caller caller) {
		return switch (caller) {
			case ANONYMOUS -> null;
			case MANAGER -> world().a().manager();
			case OTHER_MANAGER -> world().b().manager();
			case AUDITOR -> world().auditor();
			case ADMIN -> world().admin();
		};
	}

	/** The entry's request with its own parameters, file and JSON body. */
	AbstractMockHttpServletRequestBuilder<?> request(String method, String path, Entry entry, Caller caller) {
		String file = entry.extras().get("file");
		return request(method, path, user(caller), parameters(entry), (file != null) ? upload(file) : null,
				entry.extras().get("json"));
	}

	/**
	 * A request as {@code user} (anonymous when null) sends it: with a CSRF token unless
	 * a GET, with the user's API token under {@code /api/v…} (the REST API knows no
	 * session), a multipart body when {@code file} is given, a JSON body with a fresh
	 * Idempotency-Key when {@code json} is.
	 */
	AbstractMockHttpServletRequestBuilder<?> request(String method, String path, SocleUser user,
			Map<String, String> parameters, MockMultipartFile file, String json) {
		AbstractMockHttpServletRequestBuilder<?> request = (file != null)
				? multipart(HttpMethod.valueOf(method), URI.create(path)).file(file)
				: MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path));
		parameters.forEach(request::param);
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.header("Idempotency-Key", UUID.randomUUID().toString());
		}
		if (path.equals("/error")) {
			request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404);
		}
		if (!"GET".equals(method)) {
			request.with(csrf());
		}
		if (user != null && path.startsWith("/api/v")) {
			return request.header("Authorization", this.apiTokens.bearer(user));
		}
		return (user != null) ? request.with(SecurityMockMvcRequestPostProcessors.user(user)) : request;
	}

	/**
	 * The entry's request parameters: its extras that are not fixture choices
	 * ({@code version=table} the current version of the row the path named last), and
	 * those its params condition requires ({@code ?format=json}).
	 */
	Map<String, String> parameters(Entry entry) {
		Map<String, String> parameters = new LinkedHashMap<>();
		entry.extras()
			.entrySet()
			.stream()
			.filter((extra) -> !FIXTURE_CHOICES.contains(extra.getKey()))
			.forEach((extra) -> parameters.put(extra.getKey(), parameter(extra.getKey(), extra.getValue())));
		parameters.putAll(params(entry.pattern()));
		return parameters;
	}

	private String parameter(String name, String value) {
		if ("version".equals(name) && !value.matches("\\d+")) {
			String[] tableAndColumn = (value + ".id").split("\\.");
			return String.valueOf(this.jdbc.queryForObject(
					"select version from " + tableAndColumn[0] + " where " + tableAndColumn[1] + " = ?", Long.class,
					this.lastId));
		}
		return value;
	}

	private static MockMultipartFile upload(String kind) {
		return switch (kind) {
			case "pdf" -> new MockMultipartFile("file", "preuve.pdf", "application/pdf",
					"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			case "csv" -> new MockMultipartFile("file", "import.csv", "text/csv",
					"last_name;first_name\nMatrice;Import\n".getBytes(StandardCharsets.UTF_8));
			case "json" -> new MockMultipartFile("file", "standard.json", "application/json",
					"{}".getBytes(StandardCharsets.UTF_8));
			default -> throw new IllegalStateException("unknown file kind " + kind);
		};
	}

	/** The parameters a route's params condition requires ({@code ?format=json}). */
	private static Map<String, String> params(String pattern) {
		int query = pattern.indexOf('?');
		Map<String, String> params = new TreeMap<>();
		if (query >= 0) {
			for (String param : pattern.substring(query + 1).split("&")) {
				if (!param.startsWith("!")) {
					String[] pair = param.split("=", 2);
					params.put(pair[0], (pair.length > 1) ? pair[1] : "1");
				}
			}
		}
		return params;
	}

	/** Records of one organisation, by the segment before the variable and its name. */
	private Map<String, Function<Side, Object>> records() {
		return Map.ofEntries(Map.entry("organisations/{id}", Side::organisation),
				Map.entry("establishments/{id}", Side::establishment),
				Map.entry("establishments/{establishmentId:\\d+}", Side::establishment),
				Map.entry("establishments/{id:\\d+}", Side::establishment), Map.entry("staff/{recordId}", Side::staff),
				Map.entry("resources/{recordId}", Side::resources), Map.entry("members/{recordId}", Side::member),
				Map.entry("meetings/{recordId}", Side::meeting), Map.entry("beneficiaries/{id}", Side::beneficiary),
				Map.entry("assessments/{id:\\d+}", Side::draftAssessment),
				Map.entry("assessments/{id:\\d+}@validated", Side::validatedAssessment),
				Map.entry("assessments/{id:\\d+}@submitted", Side::submittedAssessment),
				Map.entry("assessments/{id:\\d+}@review", Side::assessmentInReview),
				Map.entry("actions/{itemId:\\d+}", Side::actionItem),
				Map.entry("contradictions/{contradictionId:\\d+}",
						(side) -> this.jdbc.queryForObject(
								"select min(id) from assessment_contradiction where assessment_id = ?", Long.class,
								side.assessmentInReview())),
				Map.entry("evidence/{evidenceId:\\d+}", Side::evidence),
				Map.entry("import/{token}", (side) -> this.organisations.importPreview(side)),
				Map.entry("users/{id}", (side) -> side.manager().id()),
				Map.entry("tokens/{tokenId}", (side) -> this.apiTokens.sharedTokenId(side.manager())),
				Map.entry("notifications/{id}", (side) -> this.notices.sharedNotice(side.manager())));
	}

	/**
	 * The pattern with each variable replaced by a real value, chosen by the path segment
	 * before it ({@code establishments/{id}} is an establishment): an organisation's
	 * record from the side {@code sides} gives (called once per such variable, in order),
	 * or a shared record.
	 */
	String path(Entry entry, Supplier<Side> sides) {
		String pattern = entry.pattern().replaceFirst("\\?.*", "");
		StringBuilder path = new StringBuilder();
		String previous = "";
		for (String segment : pattern.substring(1).split("/", -1)) {
			Matcher matcher = VARIABLE.matcher(segment);
			StringBuilder resolved = new StringBuilder();
			while (matcher.find()) {
				String value = value(previous, matcher.group(), matcher.group(2), entry, sides);
				matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(resolved);
			previous = resolved.toString();
			path.append('/').append(previous);
		}
		return path.toString();
	}

	private String value(String previous, String variable, String regex, Entry entry, Supplier<Side> sides) {
		if (regex != null && regex.matches("[a-z|-]+")) {
			return regex.split("\\|")[0];
		}
		String key = previous + "/" + variable;
		String choice = entry.extras().get(key.startsWith("assessments/") ? "assessment" : "");
		Function<Side, Object> record = this.records.get((choice != null) ? key + "@" + choice : key);
		Object value = (record != null) ? record.apply(sides.get()) : shared(key, entry);
		if (value instanceof Number number) {
			this.lastId = number.longValue();
		}
		if (value == null) {
			throw new IllegalStateException("No fixture value for " + key + " in " + entry.route()
					+ ": add one to MatrixRequests.records (an organisation's records) or shared()");
		}
		return String.valueOf(value);
	}

	/** Records all organisations share (reference data, standards), or null. */
	private Object shared(String key, Entry entry) {
		long draft = world().draftStandard();
		if (key.endsWith("/{extension}")) {
			return "csv";
		}
		return switch (key) {
			case "answers/{code}" -> TwoOrganisations.TYPED_INDICATOR;
			case "dashboard/{table}" -> "regions";
			case "regions/{code}" -> "MA-04";
			case "standards/{code}" -> "SOCLE-EPS";
			case "SOCLE-EPS/{version}" -> "1.0";
			case "provinces/{id}" -> world().province();
			case "service-types/{id}" -> world().serviceType();
			case "standards/{id}" ->
				"draft".equals(entry.extras().get("standard")) ? draft : world().publishedStandard();
			case "standards/{standardId}" -> draft;
			case "domains/{parentId}", "domains/{nodeId}" -> node("standard_domain", draft);
			case "criteria/{parentId}", "criteria/{nodeId}" -> node("standard_criterion", draft);
			case "indicators/{nodeId}" -> node("standard_indicator", draft);
			case "outbox/{id}" -> this.notices.failedEmail();
			default -> null;
		};
	}

	private Long node(String table, long standard) {
		return this.jdbc.queryForObject("select min(id) from " + table + " where standard_id = ?", Long.class,
				standard);
	}

	/** How many of the entry's variables name an organisation's record. */
	int recordVariables(Entry entry) {
		int[] count = { 0 };
		path(entry, () -> {
			count[0]++;
			return world().a();
		});
		return count[0];
	}

}
