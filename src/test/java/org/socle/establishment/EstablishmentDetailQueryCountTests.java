package org.socle.establishment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.establishment.records.CommitteeMeeting;
import org.socle.establishment.records.CommitteeMeetingRepository;
import org.socle.establishment.records.CommitteeMember;
import org.socle.establishment.records.CommitteeMemberRepository;
import org.socle.establishment.records.CommitteeRole;
import org.socle.establishment.records.StaffMember;
import org.socle.establishment.records.StaffRepository;
import org.socle.establishment.records.YearlyResources;
import org.socle.establishment.records.YearlyResourcesRepository;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The detail pages run the same few statements whatever the number of records behind
 * them: an establishment with one staff member, committee member, meeting and year of
 * resources against one with forty staff, twelve members, twenty meetings and fifteen
 * years (and as many revisions in its history); an organisation with one establishment
 * against one with thirty. See docs/performance.md.
 */
@SocleTest
class EstablishmentDetailQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	StaffRepository staff;

	@Autowired
	CommitteeMemberRepository members;

	@Autowired
	CommitteeMeetingRepository meetings;

	@Autowired
	YearlyResourcesRepository resources;

	@Autowired
	PlatformTransactionManager transactionManager;

	SocleUser admin;

	long small;

	long big;

	@BeforeEach
	void establishments() {
		this.admin = this.fixtures.admin();
		this.small = withRecords("QD petit foyer", this.fixtures.organisation("QD Org one"), 1, 1, 1, 1);
		long many = this.fixtures.organisation("QD Org many");
		this.big = withRecords("QD grand foyer", many, 40, 12, 20, 15);
		this.establishments.establishments("QD foyer n° ", 29, many);
	}

	@Test
	void overviewAndTabsRunTheSameStatementsForOneOrManyRecords() throws Exception {
		// establishment (access check, entity), its province if any (none here), its
		// organisation's name; each tab adds its own access check and its list (the
		// notification bell comes after the page)
		assertSameCount("", 3);
		assertSameCount("/staff", 5);
		assertSameCount("/committee", 7);
		assertSameCount("/resources", 5);
	}

	@Test
	void historyRunsABoundedNumberOfStatementsWhateverTheNumberOfRevisions() throws Exception {
		// the establishment, the page of revisions and its count, one query per kind of
		// record on the page (five kinds at most), organisation names
		count(this.small, "/history");
		long few = count(this.small, "/history");
		long many = count(this.big, "/history");
		assertThat(few).as("every kind of record on the page").isLessThanOrEqualTo(12);
		assertThat(many).isLessThanOrEqualTo(12);
	}

	@Test
	void organisationDetailRunsTheSameStatementsForOneOrThirtyEstablishments() throws Exception {
		QueryCount.of(this.mvc,
				get("/organisations/{id}", this.fixtures.organisation("QD Org one")).with(user(this.admin)));
		long one = QueryCount.of(this.mvc,
				get("/organisations/{id}", this.fixtures.organisation("QD Org one")).with(user(this.admin)));
		long thirty = QueryCount.of(this.mvc,
				get("/organisations/{id}", this.fixtures.organisation("QD Org many")).with(user(this.admin)));
		assertThat(thirty).as("organisation and its establishments").isEqualTo(one).isLessThanOrEqualTo(2);
	}

	private void assertSameCount(String tab, long expected) throws Exception {
		count(this.small, tab); // caches of reference data filled once per application
		long few = count(this.small, tab);
		long many = count(this.big, tab);
		assertThat(many).as("/establishments/{id}" + tab).isEqualTo(few).isLessThanOrEqualTo(expected);
	}

	private long count(long id, String tab) throws Exception {
		return QueryCount.of(this.mvc, get("/establishments/" + id + tab).with(user(this.admin)));
	}

	/** The establishment with that many records, each kind added once. */
	private long withRecords(String name, long organisationId, int staffCount, int memberCount, int meetingCount,
			int years) {
		long id = this.establishments.establishment(name, organisationId).id();
		if (!this.staff.findByEstablishmentIdOrderByEndDateDescNameAsc(id).isEmpty()) {
			return id;
		}
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			LocalDate start = LocalDate.of(2020, 1, 6);
			for (int i = 0; i < staffCount; i++) {
				StaffMember member = new StaffMember(id);
				member.update("QD staff " + i, "Éducateur", i % 2 == 0, start.plusDays(i), null, 10);
				this.staff.save(member);
			}
			for (int i = 0; i < memberCount; i++) {
				CommitteeMember member = new CommitteeMember(id);
				member.update("QD member " + i, CommitteeRole.MEMBER, start);
				this.members.save(member);
			}
			for (int i = 0; i < meetingCount; i++) {
				CommitteeMeeting meeting = new CommitteeMeeting(id);
				meeting.update(start.plusMonths(i), "PV-" + i, null);
				this.meetings.save(meeting);
			}
			for (int i = 0; i < years; i++) {
				YearlyResources year = new YearlyResources(id);
				year.update(2000 + i, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
				this.resources.save(year);
			}
		});
		return id;
	}

}
