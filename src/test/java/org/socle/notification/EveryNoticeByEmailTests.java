package org.socle.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.assessment.workflow.AssessmentService;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socle.assessment.AssessmentFixtures.as;

/**
 * Every kind of notice reaches its recipient by e-mail (GreenMail) in each language: the
 * addressee, the page's language and direction, the translated title and the notice's
 * arguments in the text (the establishment's name in the reader's language), with no
 * placeholder or message key left; and a real workflow step reaches the region's auditor.
 */
@SocleTest
class EveryNoticeByEmailTests {

	@RegisterExtension
	static final SmtpServer greenMail = new SmtpServer();

	private static final String NAME_FR = "Foyer Al Amal";

	private static final String NAME_AR = "دار الأمل";

	private static final String ACTION_FR = "Afficher le règlement intérieur";

	private static final String ACTION_AR = "تعليق النظام الداخلي";

	/**
	 * What only the French and English texts show, and what only the Arabic one shows.
	 */
	private static final Set<String> FRENCH_ONLY = Set.of(NAME_FR, ACTION_FR);

	private static final Set<String> ARABIC_ONLY = Set.of(NAME_AR, ACTION_AR);

	/** A region no other test has an auditor cover. */
	private static final String REGION = "MA-03";

	@Autowired
	IdentityFixtures identity;

	@Autowired
	NotificationFixtures notices;

	@Autowired
	OutboxDrain outbox;

	@Autowired
	MessageSource messages;

	@Autowired
	AssessmentFixtures assessments;

	@Autowired
	AssessmentService workflow;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> everyTypeInEveryLanguage() {
		return Stream.of(NoticeType.values())
			.flatMap((type) -> Stream.of("fr", "ar", "en").map((language) -> Arguments.of(type, language)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyTypeInEveryLanguage")
	void aNoticeArrivesTranslatedWithItsArguments(NoticeType type, String language) {
		// a manager of an organisation without establishments: no other test tells them
		// anything
		SocleUser reader = this.identity.user("t-mail-every-" + language, Role.MANAGER,
				this.identity.organisation("Notify Org Every Notice"));
		this.notices.preferences(reader, "IMMEDIATE", language, address(reader));
		List<String> arguments = arguments(type);
		String link = "/assessments/" + (100 + type.ordinal());
		this.notices.notice(reader, "mail-every:" + type, type, arguments, link);

		this.outbox.sendAllDue(Instant.now());

		List<MailBox.Mail> mails = MailBox.of(greenMail, address(reader)).mails();
		assertThat(mails).hasSize(1);
		MailBox.Mail mail = mails.get(0);
		assertThat(mail.to()).containsExactly(address(reader));
		String title = title(type, language);
		assertThat(Stream.of("fr", "ar", "en").map((other) -> title(type, other)).distinct())
			.as("a title of its own in each language")
			.hasSize(3);
		assertThat(mail.subject()).startsWith("Socle").endsWith(title);
		boolean arabic = "ar".equals(language);
		assertThat(mail.html()).contains("lang=\"" + language + "\"", "dir=\"" + (arabic ? "rtl" : "ltr") + "\"",
				">" + title + "<", "href=\"http://localhost:8080" + link + "\"");
		for (String argument : arguments) {
			if ((arabic ? FRENCH_ONLY : ARABIC_ONLY).contains(argument)) {
				assertThat(mail.html()).as("the other language's %s", argument).doesNotContain(argument);
			}
			else {
				assertThat(mail.html()).contains(argument);
				assertThat(mail.text()).contains(argument);
			}
		}
		for (String part : List.of(mail.subject(), mail.html(), mail.text())) {
			assertThat(part).doesNotContainPattern("\\{\\d+}").doesNotContain("notification.");
		}
	}

	@Test
	void aSubmittedAssessmentReachesTheRegionsAuditorByEmailInTheirLanguage() {
		SocleUser manager = this.identity.user("t-mail-flow-manager", Role.MANAGER,
				this.identity.organisation("Notify Org Mail Workflow"));
		this.notices.preferences(manager, "IMMEDIATE", null, address(manager));
		SocleUser auditor = this.identity.user("t-mail-flow-auditor", Role.AUDITOR, null);
		this.notices.preferences(auditor, "IMMEDIATE", "ar", address(auditor));
		this.jdbc.update("insert into auditor_region (user_id, region_code) values (?, ?) on conflict do nothing",
				auditor.id(), REGION);
		EstablishmentInfo establishment = this.assessments.establishment("Courriel soumission",
				manager.organisationId());
		this.jdbc.update("update establishment set region_code = ?, province_id = null where id = ?", REGION,
				establishment.id());
		long id = this.assessments.create(establishment.id(), AssessmentKind.SELF, manager);
		this.assessments.answerTyped(id, manager, 3);

		as(manager, () -> this.workflow.submit(id, version(id), Map.of()));
		this.outbox.sendAllDue(Instant.now());

		String link = "href=\"http://localhost:8080/assessments/" + id + "\"";
		List<MailBox.Mail> mails = MailBox.of(greenMail, address(auditor))
			.mails()
			.stream()
			.filter((mail) -> mail.html().contains(link))
			.toList();
		assertThat(mails).singleElement().satisfies((mail) -> {
			assertThat(mail.to()).containsExactly(address(auditor));
			assertThat(mail.subject()).isEqualTo("Socle: تقييم مقدَّم");
			assertThat(mail.html()).contains("lang=\"ar\"", "dir=\"rtl\"", establishment.nameAr(),
					"وهو في انتظار المراجعة");
		});
		assertThat(MailBox.of(greenMail, address(manager)).mails()).as("the submitter is not told")
			.noneMatch((mail) -> mail.html().contains(link));
	}

	/** A notice's arguments as the code that tells it writes them. */
	private static List<String> arguments(NoticeType type) {
		return switch (type) {
			case ASSESSMENT_SUBMITTED, ASSESSMENT_IN_REVIEW, ASSESSMENT_VALIDATED, ASSESSMENT_DUE ->
				List.of(NAME_FR, NAME_AR);
			case ASSESSMENT_RETURNED -> List.of(NAME_FR, NAME_AR, "Joindre le registre des entrées");
			case ACTION_DUE_SOON, ACTION_OVERDUE -> List.of(NAME_FR, NAME_AR, ACTION_FR, ACTION_AR, "2026-12-31");
			case AUTHORISATION_EXPIRING, AUTHORISATION_EXPIRED -> List.of(NAME_FR, NAME_AR, "2027-03-01");
			case OVER_CAPACITY -> List.of(NAME_FR, NAME_AR, "173", "158", "2026-10-01");
		};
	}

	private String title(NoticeType type, String language) {
		return this.messages.getMessage("notification." + type + ".title", null, Locale.forLanguageTag(language));
	}

	private long version(long assessmentId) {
		return this.jdbc.queryForObject("select version from assessment where id = ?", Long.class, assessmentId);
	}

	private static String address(SocleUser user) {
		return user.getUsername() + "@mail.test.ma";
	}

}
