package org.socle.assessment.workflow;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.scoring.AnswerType;
import org.socle.assessment.scoring.StandardTree;
import org.socle.assessment.scoring.Thresholds;
import org.socle.establishment.Category;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published SOCLE-EPS 1.0 as the scoring engine reads it: the whole tree with
 * weights, critical flags, thresholds in the right direction and applicability by
 * category name.
 */
@SocleTest
class ScoringTreesTests {

	@Autowired
	ScoringTrees trees;

	@Autowired
	AssessmentFixtures fixtures;

	@Test
	void theDefaultStandardMapsOntoTheScoringTree() {
		StandardTree tree = this.trees.load(this.fixtures.standardId()).tree();
		assertThat(tree.domains()).extracting(StandardTree.Domain::code)
			.containsExactly("D1", "D2", "D3", "D4", "D5", "D6", "D7");
		assertThat(tree.domains()).extracting(StandardTree.Domain::weight).containsExactly(2, 2, 2, 2, 3, 2, 1);
		assertThat(tree.indicators()).hasSize(40);
		assertThat(tree.indicators().filter(StandardTree.Indicator::critical).map(StandardTree.Indicator::code))
			.containsExactlyInAnyOrder("D1.C1.I1", "D2.C1.I1", "D2.C2.I1", "D3.C1.I1", "D5.C2.I1", "D6.C1.I1");
		StandardTree.Indicator occupancy = indicator(tree, "D2.C1.I1");
		assertThat(occupancy.answerType()).isEqualTo(AnswerType.METRIC);
		assertThat(occupancy.weight()).isEqualTo(2);
		Thresholds thresholds = occupancy.thresholds().orElseThrow();
		assertThat(thresholds.direction()).isEqualTo(Thresholds.Direction.LOWER_IS_BETTER);
		assertThat(thresholds.levelOf(new BigDecimal("100"))).isEqualTo(3);
		assertThat(thresholds.levelOf(new BigDecimal("100.5"))).isEqualTo(2);
		assertThat(indicator(tree, "D1.C1.I1").answerType()).isEqualTo(AnswerType.YES_NO);
		assertThat(indicator(tree, "D1.C1.I1").yesLevel()).isEqualTo(3);
		assertThat(indicator(tree, "D7.C2.I1").naAllowed()).isTrue();
	}

	@Test
	void applicabilityFollowsTheEstablishmentCategoryByName() {
		StandardTree tree = this.trees.load(this.fixtures.standardId()).tree();
		List<String> children = tree.applicableTo(Category.CHILDREN.name())
			.indicators()
			.map(StandardTree.Indicator::code)
			.toList();
		assertThat(children).hasSize(36).doesNotContain("D3.C3.I1", "D4.C2.I1", "D4.C3.I1", "D4.C4.I2");
		List<String> elderly = tree.applicableTo(Category.ELDERLY.name())
			.indicators()
			.map(StandardTree.Indicator::code)
			.toList();
		assertThat(elderly).contains("D4.C2.I1").doesNotContain("D4.C1.I1", "D4.C4.I1");
		// a criterion left without indicators disappears (D4.C1 for older people)
		assertThat(tree.applicableTo(Category.ELDERLY.name()).domains().get(3).criteria())
			.extracting(StandardTree.Criterion::code)
			.doesNotContain("D4.C1");
	}

	@Test
	void treesAreLoadedOnce() {
		long id = this.fixtures.standardId();
		assertThat(this.trees.load(id)).isSameAs(this.trees.load(id));
	}

	private static StandardTree.Indicator indicator(StandardTree tree, String code) {
		return tree.indicators().filter((indicator) -> indicator.code().equals(code)).findFirst().orElseThrow();
	}

}
