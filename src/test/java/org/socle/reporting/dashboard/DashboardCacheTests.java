package org.socle.reporting.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.reporting.ScoreRows;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard's panels are computed once per version of the data, and a change written
 * by another node (plain SQL here, committed outside the application) shows on the next
 * request. One establishment of its own organisation, seen at the end of 2024: one stay
 * that ended in March 2024, one assessment validated in March 2024 (rated B), one overdue
 * corrective action. Validated assessments are immutable: a validation is a new row.
 */
@SocleTest
class DashboardCacheTests {

	/**
	 * A request whose panels are cached: the data's version (the notification bell loads
	 * after the page).
	 */
	static final int CACHED_STATEMENTS = 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	ScoreRows scores;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	SocleUser auditor;

	long establishment;

	long assessment;

	String url;

	@BeforeEach
	void establishment() {
		this.auditor = this.identity.auditor();
		long organisation = this.identity.organisation("DC Association du cache");
		this.establishment = this.establishments
			.establishment("DC Foyer du cache", organisation, Category.CHILDREN, "MA-04", 10)
			.id();
		this.url = "/dashboard?year=2024&organisation=" + organisation;
		if (this.jdbc.queryForObject("SELECT count(*) FROM assessment WHERE establishment_id = ?", Long.class,
				this.establishment) == 0) {
			this.beneficiaries.beneficiary(this.establishment, "DC Parti")
				.admitted(LocalDate.of(2024, 1, 10), ReferralSource.FAMILY, LegalBasis.PLACEMENT_DECISION)
				.discharged(LocalDate.of(2024, 3, 1), DischargeReason.FAMILY_REINTEGRATION)
				.create();
			long validated = this.scores.validated(this.establishment, "CHILDREN", LocalDate.of(2024, 2, 28),
					LocalDate.of(2024, 3, 15), "60.0000", "B", "B");
			this.scores.action(validated, this.establishment, "D1.C1.I1", LocalDate.of(2024, 6, 30), "OPEN", null);
		}
		this.assessment = this.jdbc.queryForObject("SELECT min(id) FROM assessment WHERE establishment_id = ?",
				Long.class, this.establishment);
	}

	@Test
	void aSecondIdenticalRequestReadsOnlyTheVersion() throws Exception {
		long first = QueryCount.of(this.mvc, get(this.url + "&sort=name,asc").with(user(this.auditor)));
		long second = QueryCount.of(this.mvc, get(this.url + "&sort=name,asc").with(user(this.auditor)));
		assertThat(second).isEqualTo(CACHED_STATEMENTS).isLessThan(first);
	}

	@Test
	void aStayAdmittedOrDischargedElsewhereShowsOnTheNextRequest() throws Exception {
		assertThat(figures().activeBeneficiaries()).isZero();
		this.jdbc.update("UPDATE beneficiary_stay SET discharge_date = NULL, discharge_reason = NULL"
				+ " WHERE establishment_id = ?", this.establishment);
		assertThat(figures().activeBeneficiaries()).isOne();
		this.jdbc.update("UPDATE beneficiary_stay SET discharge_date = '2024-03-01', discharge_reason = 'AUTONOMY'"
				+ " WHERE establishment_id = ?", this.establishment);
		assertThat(figures().activeBeneficiaries()).isZero();
	}

	@Test
	void aValidationElsewhereShowsOnTheNextRequest() throws Exception {
		assertThat(figures().ratedA()).isZero();
		this.scores.validated(this.establishment, "CHILDREN", LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 15),
				"90.0000", "A", "A");
		assertThat(figures().ratedA()).isOne();
	}

	@Test
	void anActionCompletedOrAnEstablishmentRenamedElsewhereShowsOnTheNextRequest() throws Exception {
		assertThat(html()).contains("DC Foyer du cache");
		assertThat(figures().overdueActions()).isOne();
		this.jdbc.update("UPDATE action_item SET status = 'DONE', completed_on = '2024-06-01' WHERE assessment_id = ?",
				this.assessment);
		assertThat(figures().overdueActions()).isZero();
		this.jdbc.update("UPDATE action_item SET status = 'OPEN', completed_on = NULL WHERE assessment_id = ?",
				this.assessment);

		this.jdbc.update("UPDATE establishment SET name_fr = 'DC Foyer renommé' WHERE id = ?", this.establishment);
		try {
			assertThat(data().ranking().getContent()).extracting(RankingRow::nameFr)
				.containsExactly("DC Foyer renommé");
			assertThat(html()).as("the body kept for the previous version is not served")
				.contains("DC Foyer renommé")
				.doesNotContain("DC Foyer du cache");
		}
		finally {
			this.jdbc.update("UPDATE establishment SET name_fr = 'DC Foyer du cache' WHERE id = ?", this.establishment);
		}
		assertThat(data().ranking().getContent()).extracting(RankingRow::nameFr).containsExactly("DC Foyer du cache");
	}

	@Test
	void aWriteTheDashboardDoesNotReadKeepsTheVersion() {
		long before = version();
		this.jdbc.update("UPDATE action_item SET updated_at = now() WHERE assessment_id = ?", this.assessment);
		this.jdbc.update("UPDATE establishment SET updated_at = now(), director_email = 'dc@example.org' WHERE id = ?",
				this.establishment);
		assertThat(version()).isEqualTo(before);
	}

	@Test
	void aTransactionBumpsTheVersionOnceAtItsCommit() {
		long before = version();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("UPDATE action_item SET due_date = due_date + 1 WHERE assessment_id = ?", this.assessment);
			this.jdbc.update("UPDATE action_item SET due_date = due_date - 1 WHERE assessment_id = ?", this.assessment);
			this.jdbc.update("UPDATE establishment SET authorised_capacity = authorised_capacity + 1 WHERE id = ?",
					this.establishment);
			this.jdbc.update("UPDATE establishment SET authorised_capacity = authorised_capacity - 1 WHERE id = ?",
					this.establishment);
			assertThat(version()).as("not before the commit").isEqualTo(before);
		});
		assertThat(version()).isEqualTo(before + 1);
	}

	private long version() {
		return this.jdbc.queryForObject("SELECT version FROM dashboard_data_version", Long.class);
	}

	private String html() throws Exception {
		return this.mvc.perform(get(this.url).with(user(this.auditor))).andReturn().getResponse().getContentAsString();
	}

	private Figures figures() throws Exception {
		return data().figures().whole();
	}

	private Dashboard.Data data() throws Exception {
		return (Dashboard.Data) this.mvc.perform(get(this.url).with(user(this.auditor)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("data");
	}

}
