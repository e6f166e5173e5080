package org.socle.nodes;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** One answer of a node, as the browser received it. */
public final class Page {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	private final int status;

	private final String location;

	private final String body;

	private final String setCookie;

	private Document document;

	Page(HttpResponse<String> response) {
		this.status = response.statusCode();
		this.location = response.headers().firstValue("Location").map(Page::pathOf).orElse(null);
		this.body = response.body();
		this.setCookie = String.join("\n", response.headers().allValues("Set-Cookie"));
	}

	public int status() {
		return this.status;
	}

	public boolean isRedirect() {
		return this.status / 100 == 3;
	}

	/**
	 * Where a redirect sends the browser (a path, as Socle answers it); null otherwise.
	 */
	public String location() {
		return this.location;
	}

	public String body() {
		return this.body;
	}

	/** The Set-Cookie headers of the answer, one a line; empty when it sets none. */
	public String setCookie() {
		return this.setCookie;
	}

	public Document document() {
		if (this.document == null) {
			this.document = Jsoup.parse(this.body);
		}
		return this.document;
	}

	/**
	 * The fields of the form matched by {@code cssQuery} as a browser would post them
	 * unchanged (checked boxes only, selected options), to change some before posting.
	 */
	public Map<String, String> form(String cssQuery) {
		Element form = document().selectFirst(cssQuery);
		if (form == null) {
			throw new IllegalStateException("No form " + cssQuery + " in " + this);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			String type = field.attr("type");
			if (field.nameIs("select")) {
				Element selected = field.selectFirst("option[selected]");
				fields.put(field.attr("name"), (selected != null) ? selected.attr("value") : "");
			}
			else if (field.nameIs("textarea")) {
				fields.put(field.attr("name"), field.text());
			}
			else if (!(type.equals("checkbox") || type.equals("radio")) || field.hasAttr("checked")) {
				fields.put(field.attr("name"), field.attr("value"));
			}
		}
		fields.remove("_csrf");
		return fields;
	}

	/** The CSRF token of the page's forms, found without parsing the whole page. */
	String csrfToken() {
		Matcher input = CSRF_INPUT.matcher(this.body);
		if (!input.find()) {
			return null;
		}
		Matcher value = VALUE.matcher(input.group());
		return value.find() ? value.group(1) : null;
	}

	@Override
	public String toString() {
		return this.status + (isRedirect() ? " → " + this.location : " " + document().title());
	}

	private static String pathOf(String location) {
		URI uri = URI.create(location);
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

}
