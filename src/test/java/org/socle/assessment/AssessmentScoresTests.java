package org.socle.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.ValidatedScore.AppliedCap;
import org.socle.assessment.ValidatedScore.DomainScore;
import org.socle.assessment.scoring.Cap;
import org.socle.assessment.scoring.Rating;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scores other modules read ({@link AssessmentScores}) are those stored at
 * validation, of validated assessments only, in a fixed number of statements.
 */
@SocleTest
class AssessmentScoresTests {

	static final LocalDate MARCH = LocalDate.of(2025, 3, 31);

	@Autowired
	AssessmentScores scores;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	SocleUser auditor;

	@BeforeEach
	void users() {
		this.manager = this.identity.managerA();
		this.auditor = this.identity.auditor();
	}

	private EstablishmentInfo establishment(String name) {
		return this.fixtures.establishment(name, this.manager.organisationId());
	}

	@Test
	void theLatestAndTheHistoryAreTheValidatedAssessmentsWithTheirStoredScores() {
		EstablishmentInfo e = establishment("Scores historique");
		long march = this.fixtures.validatedSelf(e.id(), this.manager, this.auditor, 2, MARCH);
		long june = this.fixtures.validatedSelf(e.id(), this.manager, this.auditor, 3, AssessmentFixtures.D);
		// in progress: not a score yet
		this.fixtures.create(e.id(), AssessmentKind.SELF, this.manager, AssessmentFixtures.D, false);

		List<ValidatedScore> history = this.scores.history(e.id());
		assertThat(history).extracting(ValidatedScore::assessmentId).containsExactly(march, june);
		ValidatedScore latest = this.scores.latest(e.id()).orElseThrow();
		assertThat(latest).isEqualTo(history.get(1));
		assertThat(latest.establishmentId()).isEqualTo(e.id());
		assertThat(latest.kind()).isEqualTo(AssessmentKind.SELF);
		assertThat(latest.referenceDate()).isEqualTo(AssessmentFixtures.D);
		assertThat(latest.validatedAt()).isNotNull();
		assertThat(latest.standardLabel()).isEqualTo("SOCLE-EPS 1.0");
		for (ValidatedScore score : history) {
			Map<String, Object> stored = this.jdbc.queryForMap(
					"select score_display, rating from assessment_score where assessment_id = ?", score.assessmentId());
			assertThat(score.score()).isEqualByComparingTo(stored.get("score_display").toString());
			assertThat(score.rating().name()).isEqualTo(stored.get("rating"));
			assertThat(score.domains()).extracting(DomainScore::code)
				.containsExactlyElementsOf(this.jdbc.queryForList(
						"select domain_code from assessment_domain_score where assessment_id = ? order by id",
						String.class, score.assessmentId()));
		}
		DomainScore d1 = latest.domains().get(0);
		assertThat(d1.code()).isEqualTo("D1");
		assertThat(d1.weight()).isEqualTo(2);
		assertThat(d1.score()).isEqualByComparingTo(this.jdbc.queryForObject(
				"select score_display from assessment_domain_score where assessment_id = ? and domain_code = 'D1'",
				java.math.BigDecimal.class, june));
	}

	/**
	 * Answered at level 2, the critical D1.C1.I1 (yes or no) is a "no", level 1: it caps
	 * its domain and the overall rating at C.
	 */
	@Test
	void capsComeWithTheRatingTheyLimitedAndWhatTriggeredThem() {
		EstablishmentInfo e = establishment("Scores plafonds");
		this.fixtures.validatedSelf(e.id(), this.manager, this.auditor, 2, AssessmentFixtures.D);
		ValidatedScore score = this.scores.latest(e.id()).orElseThrow();
		assertThat(score.caps()).extracting(AppliedCap::reason).contains(Cap.Reason.CRITICAL_AT_LEVEL_1);
		AppliedCap overall = score.caps()
			.stream()
			.filter((cap) -> cap.reason() == Cap.Reason.CRITICAL_AT_LEVEL_1)
			.findFirst()
			.orElseThrow();
		assertThat(overall.domainCode()).isNull();
		assertThat(overall.limit()).isEqualTo(Rating.C);
		assertThat(overall.indicatorCodes()).contains("D1.C1.I1");
		assertThat(score.rating().isBetterThan(Rating.C)).isFalse();
		DomainScore d1 = score.domains().get(0);
		assertThat(d1.caps()).extracting(AppliedCap::domainCode).containsOnly("D1");
		assertThat(d1.caps()).extracting(AppliedCap::reason).contains(Cap.Reason.CRITICAL_AT_LEVEL_1);
		assertThat(this.jdbc.queryForObject("select count(*) from assessment_score_cap where assessment_id = ?",
				Long.class, score.assessmentId()))
			.isEqualTo(score.caps().size() + score.domains().stream().mapToLong((d) -> d.caps().size()).sum());
	}

	@Test
	void theLatestOfManyEstablishmentsInThreeStatementsWhateverTheirNumber() {
		EstablishmentInfo first = establishment("Scores tableau 1");
		EstablishmentInfo second = establishment("Scores tableau 2");
		EstablishmentInfo none = establishment("Scores tableau sans");
		long firstOld = this.fixtures.validatedSelf(first.id(), this.manager, this.auditor, 3, MARCH);
		long firstNew = this.fixtures.validatedSelf(first.id(), this.manager, this.auditor, 2, AssessmentFixtures.D);
		long secondOnly = this.fixtures.validatedSelf(second.id(), this.manager, this.auditor, 3, MARCH);
		this.scores.latest(first.id());

		QueryCountHolder.clear();
		Map<Long, ValidatedScore> latest = this.scores.latest(List.of(second.id(), none.id(), first.id()));
		long statements = QueryCountHolder.getGrandTotal().getTotal();
		assertThat(latest).containsOnlyKeys(second.id(), first.id());
		assertThat(latest.keySet()).containsExactly(second.id(), first.id());
		assertThat(latest.get(first.id()).assessmentId()).isEqualTo(firstNew).isNotEqualTo(firstOld);
		assertThat(latest.get(second.id()).assessmentId()).isEqualTo(secondOnly);
		assertThat(latest.get(first.id())).isEqualTo(this.scores.latest(first.id()).orElseThrow());
		assertThat(statements).isLessThanOrEqualTo(3);

		QueryCountHolder.clear();
		this.scores.latest(List.of(first.id()));
		assertThat(QueryCountHolder.getGrandTotal().getTotal()).isEqualTo(statements);
		QueryCountHolder.clear();
		this.scores.history(first.id());
		assertThat(QueryCountHolder.getGrandTotal().getTotal()).isEqualTo(statements);
		QueryCountHolder.clear();
	}

	@Test
	void anEstablishmentWithoutAValidatedAssessmentHasNoScore() {
		EstablishmentInfo e = establishment("Scores aucun");
		this.fixtures.create(e.id(), AssessmentKind.SELF, this.manager);
		assertThat(this.scores.latest(e.id())).isEmpty();
		assertThat(this.scores.history(e.id())).isEmpty();
		assertThat(this.scores.latest(List.of())).isEmpty();
	}

}
