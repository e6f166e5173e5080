package org.socle.establishment;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public API other modules rely on, called as each role.
 */
@SocleTest
class EstablishmentAccessTests {

	@Autowired
	EstablishmentAccess access;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	IdentityFixtures fixtures;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aManagerReadsAndEditsOnlyTheirOrganisationsEstablishments() {
		EstablishmentInfo mine = this.establishments.establishment("Access A1",
				this.fixtures.organisation("Test Org A"));
		EstablishmentInfo theirs = this.establishments.establishment("Access B1",
				this.fixtures.organisation("Test Org B"));
		logIn(this.fixtures.managerA());

		assertThat(this.access.requireReadable(mine.id())).isEqualTo(mine);
		assertThat(this.access.requireEditable(mine.id())).isEqualTo(mine);
		assertThatThrownBy(() -> this.access.requireReadable(theirs.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.access.requireEditable(theirs.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.access.requireReadable(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
		assertThat(this.access.listReadable()).contains(mine).doesNotContain(theirs);
	}

	@Test
	void anAuditorReadsEverythingAndEditsNothing() {
		EstablishmentInfo a = this.establishments.establishment("Access A1", this.fixtures.organisation("Test Org A"));
		EstablishmentInfo b = this.establishments.establishment("Access B1", this.fixtures.organisation("Test Org B"));
		logIn(this.fixtures.auditor());

		assertThat(this.access.requireReadable(b.id())).isEqualTo(b);
		assertThat(this.access.listReadable()).contains(a, b);
		assertThatThrownBy(() -> this.access.requireEditable(a.id())).isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.access.requireEditable(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anAdminEditsEverything() {
		EstablishmentInfo b = this.establishments.establishment("Access B1", this.fixtures.organisation("Test Org B"));
		logIn(this.fixtures.admin());

		assertThat(this.access.requireEditable(b.id())).isEqualTo(b);
		assertThat(this.access.canEditReadable()).isTrue();
	}

	@Test
	void staffFiguresCountWhoIsInPostOnTheDate() {
		long id = this.establishments.establishment("Access staff", this.fixtures.organisation("Test Org A")).id();
		LocalDate day = LocalDate.of(2025, 6, 30);
		this.establishments.staff(id, "Amina (in post)", true, day.minusYears(2), null);
		this.establishments.staff(id, "Karim (ends that day)", true, day.minusYears(1), day);
		this.establishments.staff(id, "Leila (left before)", true, day.minusYears(3), day.minusDays(1));
		this.establishments.staff(id, "Omar (starts after)", true, day.plusDays(1), null);
		this.establishments.staff(id, "Said (not care-qualified)", false, day.minusYears(1), null);

		assertThat(this.access.countCareQualifiedStaff(id, day)).isEqualTo(2);
		assertThat(this.access.activeStaff(id, day)).extracting(StaffRef::name)
			.containsExactly("Amina (in post)", "Karim (ends that day)", "Said (not care-qualified)");
	}

	private void logIn(SocleUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
