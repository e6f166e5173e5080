package org.socle.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.security.TwoOrganisations.Side;
import org.socle.security.TwoOrganisations.World;
import org.socle.shared.crypto.FieldEncryption;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * No lost update on any form users edit: two people open the same record, the first
 * saves, the second's save is refused with the translated "changed meanwhile" message and
 * what they typed is still in the form. Each form is read from its page as a browser
 * would (every field with its current value, the hidden version included), so a form that
 * stops carrying its version fails here. Works on organisation B's records, which the
 * authorization matrix does not change.
 */
@SocleTest
class ConcurrentEditTests {

	/** The start of the French "changed meanwhile" message ({@code staleEdit}). */
	private static final String CHANGED_MEANWHILE = "Cette fiche a été modifiée par";

	@Autowired
	MockMvc mvc;

	@Autowired
	TwoOrganisations organisations;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	JdbcTemplate jdbc;

	/** Care plans are stored encrypted: the stored value is read through it. */
	@Autowired
	FieldEncryption encryption;

	/**
	 * One editable record: where its form is, which field the two people change, and the
	 * query reading that field back.
	 */
	record Edit(String page, String action, String field, String query, boolean adminOnly, String[] choice) {

		static Edit of(String page, String field, String query) {
			return new Edit(page, page, field, query, false, null);
		}

		Edit forAdmins() {
			return new Edit(this.page, this.action, this.field, this.query, true, this.choice);
		}

		Edit postingTo(String action) {
			return new Edit(this.page, action, this.field, this.query, this.adminOnly, this.choice);
		}

		/**
		 * Values both people give (name, value, name, value…): fields the fixture left
		 * empty that the form requires.
		 */
		Edit choosing(String... pairs) {
			return new Edit(this.page, this.action, this.field, this.query, this.adminOnly, pairs);
		}

	}

	static Stream<Arguments> edits() {
		return Stream.of(
				named("organisation",
						(w, b) -> Edit
							.of("/organisations/" + b.organisation() + "/edit", "contactPerson",
									"select contact_person from organisation where id = " + b.organisation())
							.choosing("address", "1 rue de la Matrice", "legalForm", "ASSOCIATION")
							.forAdmins()),
				named("establishment", (w, b) -> Edit
					.of("/establishments/" + b.establishment() + "/edit", "directorName",
							"select director_name from establishment where id = " + b.establishment())
					.choosing("provinceId", String.valueOf(w.province()), "authorisationNumber", "AUT-MX-1")),
				named("staff member",
						(w, b) -> Edit.of("/establishments/" + b.establishment() + "/staff/" + b.staff() + "/edit",
								"qualification",
								"select qualification from establishment_staff where id = " + b.staff())),
				named("yearly resources",
						(w, b) -> Edit.of(
								"/establishments/" + b.establishment() + "/resources/" + b.resources() + "/edit",
								"year", "select year::text from establishment_resource where id = " + b.resources())),
				named("committee member",
						(w, b) -> Edit.of(
								"/establishments/" + b.establishment() + "/committee/members/" + b.member() + "/edit",
								"name", "select name from committee_member where id = " + b.member())),
				named("committee meeting",
						(w, b) -> Edit.of(
								"/establishments/" + b.establishment() + "/committee/meetings/" + b.meeting() + "/edit",
								"summary", "select summary from committee_meeting where id = " + b.meeting())),
				named("beneficiary",
						(w, b) -> Edit.of("/beneficiaries/" + b.beneficiary() + "/edit", "firstName",
								"select first_name from beneficiary where id = " + b.beneficiary())),
				named("care plan",
						(w, b) -> Edit
							.of("/beneficiaries/" + b.beneficiary() + "/care", "goals",
									"select goals from care_plan where beneficiary_id = " + b.beneficiary())
							.postingTo("/beneficiaries/" + b.beneficiary() + "/care-plan")),
				named("answer to an indicator", (w, b) -> Edit
					.of("/assessments/" + b.draftAssessment(), "comment",
							"select comment from assessment_answer where assessment_id = " + b.draftAssessment()
									+ " and indicator_code = '" + TwoOrganisations.TYPED_INDICATOR + "'")
					.postingTo("/assessments/" + b.draftAssessment() + "/answers/" + TwoOrganisations.TYPED_INDICATOR)),
				named("stay (discharge)",
						(w, b) -> Edit
							.of("/beneficiaries/" + b.beneficiary() + "/discharge", "dischargeDate",
									"select discharge_date::text from beneficiary_stay where beneficiary_id = "
											+ b.beneficiary())
							.choosing("reason", "AUTONOMY")),
				named("action item",
						(w, b) -> Edit
							.of("/assessments/" + b.validatedAssessment() + "/actions/" + b.actionItem() + "/edit",
									"title", "select title from action_item where id = " + b.actionItem())),
				named("user", (w, b) -> Edit
					.of("/admin/users/" + b.manager().id() + "/edit", "displayName",
							"select display_name from app_user where id = " + b.manager().id())
					.forAdmins()),
				named("province",
						(w, b) -> Edit
							.of("/admin/reference/provinces/" + w.province() + "/edit", "nameAr",
									"select name_ar from province where id = " + w.province())
							.forAdmins()),
				named("service type",
						(w, b) -> Edit
							.of("/admin/service-types/" + w.serviceType() + "/edit", "nameEn",
									"select name_en from care_service_type where id = " + w.serviceType())
							.forAdmins()),
				named("standard domain",
						(w, b) -> Edit
							.of("/admin/standards/" + w.draftStandard() + "/domains/" + w.draftDomain() + "/edit",
									"title.en", "select title_en from standard_domain where id = " + w.draftDomain())
							.forAdmins()),
				named("standard details",
						(w, b) -> Edit
							.of("/admin/standards/" + w.draftStandard() + "/details", "title.en",
									"select title_en from reference_standard where id = " + w.draftStandard())
							.forAdmins()));
	}

	interface EditOf {

		Edit of(World world, Side side);

	}

	private static Arguments named(String name, EditOf edit) {
		return Arguments.of(Named.of(name, edit));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("edits")
	void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsWhatWasTyped(EditOf editOf) throws Exception {
		World world = this.organisations.world();
		Edit edit = editOf.of(world, world.b());
		SocleUser first = edit.adminOnly() ? world.admin() : world.b().manager();
		SocleUser second = edit.adminOnly() ? this.identity.user("mx-admin-2", Role.ADMIN, null)
				: this.identity.user("mx-manager-b2", Role.MANAGER, world.b().organisation());
		String firstValue = value(edit, "1");
		String secondValue = value(edit, "2");

		List<String[]> firstForm = form(edit, first);
		List<String[]> secondForm = form(edit, second);

		MockHttpServletResponse saved = this.mvc.perform(submit(edit, firstForm, firstValue).with(user(first)))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus())
			.as(() -> "the first save redirects; errors: "
					+ Jsoup.parse(content(saved)).select(".invalid-feedback, .alert-danger").eachText())
			.isEqualTo(302);
		String page = this.mvc.perform(submit(edit, secondForm, secondValue).with(user(second)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		Document refused = Jsoup.parse(page);
		assertThat(refused.text()).contains(CHANGED_MEANWHILE);
		assertThat(typed(refused, edit)).as("what the second person typed").isEqualTo(secondValue);
		assertThat(this.encryption.decrypt(this.jdbc.queryForObject(edit.query(), String.class)))
			.as("the first save stays")
			.isEqualTo(firstValue);
	}

	private static String content(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A value of the field's kind, different at each run. */
	private static String value(Edit edit, String which) {
		// letters only: names refuse digits
		String unique = Long.toString(System.nanoTime() % 100_000)
			.chars()
			.mapToObj((digit) -> String.valueOf((char) ('a' + digit - '0')))
			.collect(java.util.stream.Collectors.joining());
		return switch (edit.field()) {
			case "year" -> "20" + (which.equals("1") ? "31" : "32");
			case "dischargeDate" -> "2025-12-0" + which;
			default -> "Saisie " + (which.equals("1") ? "une " : "deux ") + unique;
		};
	}

	/** The form posting to the edit's action, as a browser would send it unchanged. */
	private List<String[]> form(Edit edit, SocleUser user) throws Exception {
		String html = this.mvc.perform(get(edit.page()).with(user(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		FormElement form = (FormElement) Jsoup.parse(html).selectFirst("form[action=" + edit.action() + "]");
		assertThat(form).as("a form posting to " + edit.action() + " on " + edit.page()).isNotNull();
		assertThat(form.select("input[name=version]")).as("the form carries the version").isNotEmpty();
		return form.formData().stream().map((pair) -> new String[] { pair.key(), pair.value() }).toList();
	}

	private static MockHttpServletRequestBuilder submit(Edit edit, List<String[]> form, String value) {
		MockHttpServletRequestBuilder request = post(edit.action()).with(csrf());
		for (String[] pair : form) {
			if (!pair[0].equals(edit.field()) && !"_csrf".equals(pair[0]) && !chosen(edit, pair[0])) {
				request.param(pair[0], pair[1]);
			}
		}
		for (int i = 0; edit.choice() != null && i < edit.choice().length; i += 2) {
			request.param(edit.choice()[i], edit.choice()[i + 1]);
		}
		return request.param(edit.field(), value);
	}

	private static boolean chosen(Edit edit, String name) {
		for (int i = 0; edit.choice() != null && i < edit.choice().length; i += 2) {
			if (edit.choice()[i].equals(name)) {
				return true;
			}
		}
		return false;
	}

	private static String typed(Document page, Edit edit) {
		Element form = page.selectFirst("form[action=" + edit.action() + "]");
		Element field = ((form != null) ? form : page).selectFirst("[name=" + edit.field() + "]");
		assertThat(field).as("the field " + edit.field() + " on the refused page").isNotNull();
		return field.tagName().equals("textarea") ? field.text() : field.val();
	}

}
