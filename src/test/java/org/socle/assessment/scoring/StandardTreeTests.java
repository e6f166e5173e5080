package org.socle.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socle.assessment.scoring.StandardTree.Criterion;
import org.socle.assessment.scoring.StandardTree.Indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.socle.assessment.scoring.TreeFixtures.applicableTo;
import static org.socle.assessment.scoring.TreeFixtures.criterion;
import static org.socle.assessment.scoring.TreeFixtures.domain;
import static org.socle.assessment.scoring.TreeFixtures.higherIsBetter;
import static org.socle.assessment.scoring.TreeFixtures.level;
import static org.socle.assessment.scoring.TreeFixtures.metric;
import static org.socle.assessment.scoring.TreeFixtures.tree;
import static org.socle.assessment.scoring.TreeFixtures.yesNo;

class StandardTreeTests {

	// A slice of SOCLE-EPS 1.0's applicability.
	private static final StandardTree SLICE = tree(
			domain("D3", 2, criterion("D3.C1", 2, level("D3.C1.I1", 2)),
					criterion("D3.C3", 1, applicableTo("D3.C3.I1", "WOMEN", "MULTI", "HOMELESS"))),
			domain("D4", 2,
					criterion("D4.C1", 2, applicableTo("D4.C1.I1", "CHILDREN", "STUDENTS", "MULTI"),
							applicableTo("D4.C1.I2", "CHILDREN", "MULTI")),
					criterion("D4.C2", 2, applicableTo("D4.C2.I1", "ELDERLY", "MULTI"))));

	@Test
	void applicabilityKeepsIndicatorsForTheCategoryAndDropsWhatIsLeftEmpty() {
		assertThat(codes(SLICE.applicableTo("ELDERLY"))).containsExactly("D3.C1.I1", "D4.C2.I1");
		assertThat(SLICE.applicableTo("ELDERLY").domains()).extracting(StandardTree.Domain::code)
			.containsExactly("D3", "D4");
		assertThat(codes(SLICE.applicableTo("STUDENTS"))).containsExactly("D3.C1.I1", "D4.C1.I1");
		assertThat(SLICE.applicableTo("DISABILITY").domains()).extracting(StandardTree.Domain::code)
			.containsExactly("D3");
		assertThat(SLICE.applicableTo("MULTI")).isEqualTo(SLICE);
	}

	@Test
	void codesMustBeUniqueAcrossTheTree() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> tree(domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1))),
					domain("D2", 1, criterion("D2.C1", 1, level("D1.C1.I1", 1)))))
			.withMessageContaining("D1.C1.I1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> tree(domain("D1", 1, criterion("D1", 1, level("D1.C1.I1", 1)))));
	}

	@Test
	void weightsMustBePositiveAndCodesPresent() {
		assertThatIllegalArgumentException().isThrownBy(() -> level("D1.C1.I1", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> criterion("D1.C1", -1));
		assertThatIllegalArgumentException().isThrownBy(() -> domain(" ", 1));
	}

	@Test
	void onlyMetricIndicatorsHaveThresholdsAndOnlyYesNoOnesAYesLevelOf4() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Indicator("I", 1, AnswerType.METRIC, false, false, 3, Optional.empty(), Set.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new Indicator("I", 1, AnswerType.LEVEL, false, false, 3,
				Optional.of(higherIsBetter("1", "2", "3")), Set.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Indicator("I", 1, AnswerType.LEVEL, false, false, 4, Optional.empty(), Set.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> yesNo("I", 1, 2));
	}

	@Test
	void anIndicatorTurnsAFittingAnswerIntoALevel() {
		assertThat(level("I", 1).levelOf(Answer.level(2))).isEqualTo(2);
		assertThat(yesNo("I", 1, 4).levelOf(Answer.yes())).isEqualTo(4);
		assertThat(yesNo("I", 1, 4).levelOf(Answer.no())).isEqualTo(1);
		assertThat(metric("I", 1, higherIsBetter("50", "80", "95")).levelOf(Answer.metric(new BigDecimal("80"))))
			.isEqualTo(3);
		assertThatIllegalArgumentException().isThrownBy(() -> level("I", 1).levelOf(Answer.notApplicable()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> metric("I", 1, higherIsBetter("50", "80", "95")).levelOf(Answer.level(3)));
	}

	@Test
	void answerLevelsAreFrom1To4() {
		assertThatIllegalArgumentException().isThrownBy(() -> Answer.level(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Answer.level(5));
	}

	@Test
	void theTreeDoesNotChangeWhenTheListsItWasBuiltFromDo() {
		List<Indicator> indicators = new ArrayList<>(List.of(level("D1.C1.I1", 1)));
		Criterion criterion = new Criterion("D1.C1", 1, indicators);

		indicators.add(level("D1.C1.I2", 1));

		assertThat(criterion.indicators()).extracting(Indicator::code).containsExactly("D1.C1.I1");
	}

	private static List<String> codes(StandardTree tree) {
		return tree.indicators().map(Indicator::code).toList();
	}

}
