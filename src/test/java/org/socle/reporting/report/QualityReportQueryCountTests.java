package org.socle.reporting.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The report and its PDF run the same few statements whatever the data: the fixture's
 * establishment (two assessments, seven peers) and one with thirty validated assessments,
 * forty peers and thirty beneficiaries.
 */
@SocleTest
class QualityReportQueryCountTests {

	/**
	 * The access check, the scores' history (three), the latest's explanation (three),
	 * its action plan, the figures with the data version, the peers (the notification
	 * bell comes after the page): the first report of a latest assessment on a node.
	 */
	static final int STATEMENTS = 10;

	/** Once the latest's explanation and the peers are kept: neither runs. */
	static final int KEPT_STATEMENTS = STATEMENTS - 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser auditor;

	long few;

	long many;

	@BeforeEach
	void data() {
		this.auditor = this.identity.auditor();
		this.few = this.fixtures.world().subject();
		long organisation = this.identity.organisation("RC Association aux nombreuses évaluations");
		this.many = this.establishments.establishment("RC Foyer très évalué", organisation).id();
		if (this.jdbc.queryForObject("SELECT count(*) FROM assessment WHERE establishment_id = ?", Long.class,
				this.many) > 0) {
			return;
		}
		for (int i = 0; i < 30; i++) {
			LocalDate date = LocalDate.of(2020, 1, 31).plusMonths(2L * i);
			long assessment = this.fixtures.validated(this.many, date, date.plusDays(10), (40 + i) + ".0000", "C");
			for (int d = 1; d <= 7; d++) {
				this.fixtures.domain(assessment, "D" + d, (30 + i + d) + ".0000", "C");
			}
		}
		this.establishments.establishments("RC Pair ", 40, organisation);
		List<Long> peers = this.jdbc
			.queryForList("SELECT id FROM establishment WHERE name_fr LIKE 'RC Pair %' ORDER BY id", Long.class);
		for (long peer : peers) {
			long assessment = this.fixtures.validated(peer, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 10),
					(50 + peer % 40) + ".0000", "C");
			this.fixtures.domain(assessment, "D1", "55.0000", "C");
		}
		for (int b = 0; b < 30; b++) {
			this.beneficiaries.beneficiary(this.many, "RC Bénéficiaire " + b).create();
		}
	}

	@Test
	void theSameStatementsForFewOrManyAssessmentsAndPeers() throws Exception {
		String few = "/establishments/" + this.few + "/report?date=2013-12-31";
		String many = "/establishments/" + this.many + "/report";
		count(few);
		count(many);
		long fewCount = count(few);
		long manyCount = count(many);
		long none = count("/establishments/" + this.few + "/report?date=2011-01-01");
		assertThat(manyCount).isEqualTo(fewCount).isEqualTo(KEPT_STATEMENTS);
		assertThat(none).isLessThan(KEPT_STATEMENTS);
		long fewPdf = count("/establishments/" + this.few + "/report.pdf?date=2013-12-31");
		long manyPdf = count("/establishments/" + this.many + "/report.pdf?lang=ar");
		assertThat(manyPdf).isEqualTo(fewPdf).isEqualTo(KEPT_STATEMENTS);

		newDataVersion();
		assertThat(count(few)).as("the peers computed again").isEqualTo(KEPT_STATEMENTS + 1);
		assertThat(count(many)).isEqualTo(KEPT_STATEMENTS + 1);
		assertThat(STATEMENTS).as("the issue's bound").isLessThanOrEqualTo(12);
	}

	@Test
	void aNewlyValidatedAssessmentIsExplainedOnceWithinTheBound() throws Exception {
		long assessment = this.fixtures.validated(this.many, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 10),
				"70.0000", "B");
		this.fixtures.domain(assessment, "D1", "70.0000", "B");
		String url = "/establishments/" + this.many + "/report?date=2025-12-31";
		assertThat(count(url)).isEqualTo(STATEMENTS);
		assertThat(count(url)).isEqualTo(KEPT_STATEMENTS);
	}

	/** As any commit that writes an assessment, a score or an establishment does. */
	private void newDataVersion() {
		this.jdbc.update("UPDATE dashboard_data_version SET version = version + 1");
	}

	private long count(String url) throws Exception {
		return QueryCount.of(this.mvc, get(url).with(user(this.auditor)));
	}

}
