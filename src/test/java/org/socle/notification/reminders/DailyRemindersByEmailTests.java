package org.socle.notification.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.notification.MailBox;
import org.socle.notification.NotificationFixtures;
import org.socle.notification.OutboxDrain;
import org.socle.notification.SmtpServer;
import org.socle.notification.reminders.DailyReminders.Check;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A daily check's reminder reaches the establishment's manager by e-mail (GreenMail), in
 * the language they chose.
 */
@SocleTest
class DailyRemindersByEmailTests {

	@RegisterExtension
	static final SmtpServer greenMail = new SmtpServer();

	@Autowired
	DailyReminders reminders;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	NotificationFixtures notices;

	@Autowired
	OutboxDrain outbox;

	@Autowired
	Clock clock;

	@Test
	void anExpiredAuthorisationReachesTheManagerByEmailInTheirLanguage() {
		LocalDate expiry = LocalDate.now(this.clock).minusDays(2);
		SocleUser manager = this.identity.user("t-mail-daily-manager", Role.MANAGER,
				this.identity.organisation("Notify Org Mail Daily"));
		String address = "t-mail-daily-manager@mail.test.ma";
		this.notices.preferences(manager, "IMMEDIATE", "en", address);
		EstablishmentInfo establishment = this.establishments.establishment("Courriel agrément échu",
				manager.organisationId(), (form) -> form.setAuthorisationExpiry(expiry));

		this.reminders.run(Check.AUTHORISATIONS, LocalDate.now(this.clock));
		this.outbox.sendAllDue(Instant.now());

		List<MailBox.Mail> mails = MailBox.of(greenMail, address).mails();
		assertThat(mails).singleElement().satisfies((mail) -> {
			assertThat(mail.to()).containsExactly(address);
			assertThat(mail.subject()).isEqualTo("Socle: Authorisation expired");
			assertThat(mail.html()).contains("lang=\"en\"", "dir=\"ltr\"",
					"The authorisation of " + establishment.nameFr() + " expired on " + expiry + ".",
					"href=\"http://localhost:8080/establishments/" + establishment.id() + "\"");
		});
	}

}
