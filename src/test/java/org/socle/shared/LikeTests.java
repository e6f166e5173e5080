package org.socle.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikeTests {

	@Test
	void aSearchBecomesALowerCaseContainsPatternWithItsWildcardsEscaped() {
		assertThat(Like.contains("  Foyer ÉTÉ ")).isEqualTo("%foyer été%");
		assertThat(Like.contains("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
		assertThat(Like.contains("دار")).isEqualTo("%دار%");
	}

	@Test
	void noSearchIsNoFilter() {
		assertThat(Like.contains(null)).isNull();
		assertThat(Like.contains("   ")).isNull();
	}

}
