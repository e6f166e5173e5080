package org.socle.standard;

import java.time.Clock;

import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.shared.NotFoundException;
import org.socle.standard.document.StandardStore;
import org.socle.standard.model.ReferenceStandard;
import org.socle.standard.model.ReferenceStandardRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API the assessment module calls: published versions, the default standard, trees of
 * frozen versions, in a bounded number of queries.
 */
@SocleTest
class StandardCatalogTests {

	@Autowired
	StandardCatalog catalog;

	@Autowired
	StandardStore store;

	@Autowired
	StandardFixtures standards;

	@Autowired
	IdentityFixtures users;

	@Autowired
	Clock clock;

	@Autowired
	ReferenceStandardRepository repository;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	/** Rolled back: other tests keep SOCLE-EPS 1.0 as the default standard. */
	@Test
	@Transactional
	void theDefaultIsTheHighestPublishedVersionOfSocleEps() {
		publishSocleEps("1.9");
		long ten = publishSocleEps("1.10");
		this.store.createDraft(StandardFixtures.shippedDocument().withVersion("7.0"), null);
		long retired = publishSocleEps("5.0");
		this.repository.findById(retired).orElseThrow().retire(this.clock.instant(), "t-admin");

		assertThat(this.catalog.defaultStandard()).hasValueSatisfying((standard) -> {
			assertThat(standard.id()).isEqualTo(ten);
			assertThat(standard.label()).isEqualTo("SOCLE-EPS 1.10");
		});
		assertThat(this.catalog.listPublished()).extracting(StandardSummary::label)
			.containsSubsequence("SOCLE-EPS 1.10", "SOCLE-EPS 1.9", "SOCLE-EPS 1.0")
			.doesNotContain("SOCLE-EPS 7.0", "SOCLE-EPS 5.0");
		assertThat(this.catalog.publishedTree(retired).standard().status()).as("a retired tree stays readable")
			.isEqualTo(StandardStatus.RETIRED);
	}

	@Test
	void draftsAreNeitherPublishedTreesNorVisibleToOtherRoles() {
		long draft = this.standards.draftCopy("T-CAT");
		assertThatThrownBy(() -> this.catalog.publishedTree(draft)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.catalog.publishedTree(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
		StandardFixtures.logIn(this.users.managerA());
		assertThatThrownBy(() -> this.catalog.tree(draft)).isInstanceOf(NotFoundException.class);
		assertThat(this.catalog.find(draft)).isEmpty();
		StandardFixtures.logIn(this.users.admin());
		assertThat(this.catalog.tree(draft).indicators().count()).isEqualTo(40);
		assertThat(this.catalog.find(draft))
			.hasValueSatisfying((summary) -> assertThat(summary.status()).isEqualTo(StandardStatus.DRAFT));
	}

	@Test
	void aPublishedTreeLoadsInFourQueriesWhateverItsSize() {
		long big = this.catalog.defaultStandard().orElseThrow().id();
		QueryCountHolder.clear();
		StandardTreeView tree = this.catalog.publishedTree(big);
		long queries = QueryCountHolder.getGrandTotal().getSelect();
		assertThat(tree.indicators().count()).isEqualTo(40);
		assertThat(queries).as("standard, domains, criteria, indicators").isEqualTo(4);
	}

	@Test
	void theTreeCarriesEveryAttributeScoringNeeds() {
		StandardTreeView tree = this.catalog.publishedTree(this.catalog.defaultStandard().orElseThrow().id());
		IndicatorView staffRatio = tree.indicator("D5.C3.I1").orElseThrow();
		assertThat(staffRatio.answerType()).isEqualTo(AnswerType.METRIC);
		assertThat(staffRatio.metricKey()).isEqualTo(MetricKey.STAFF_RATIO);
		assertThat(staffRatio.unit()).isEqualTo(MetricKey.STAFF_RATIO.unit()).isEqualTo(MetricUnit.RATIO);
		assertThat(staffRatio.thresholds().direction()).isEqualTo(ThresholdDirection.LOWER_IS_BETTER);
		assertThat(staffRatio.thresholds().plainValues()).containsExactly("12", "8", "5");
		assertThat(staffRatio.weight()).isEqualTo(2);
		assertThat(staffRatio.appliesTo("ELDERLY")).isTrue();
		IndicatorView maternity = tree.indicator("D3.C3.I1").orElseThrow();
		assertThat(maternity.naAllowed()).isTrue();
		assertThat(maternity.appliesTo("ELDERLY")).isFalse();
		assertThat(maternity.categories()).containsExactly("WOMEN", "MULTI", "HOMELESS");
		assertThat(tree.domains().get(4).weight()).isEqualTo(3);
		assertThat(tree.applicableTo("ELDERLY").indicators().count()).isEqualTo(33);
	}

	private long publishSocleEps(String version) {
		ReferenceStandard standard = this.store.createDraft(StandardFixtures.shippedDocument().withVersion(version),
				null);
		standard.publish(this.clock.instant(), "t-admin");
		this.repository.flush();
		return standard.getId();
	}

}
