package org.socle.browser;

import org.junit.jupiter.api.Tag;
import org.socle.SocleTest;

/** Journeys 1 to 3 in French (see {@link QualityJourneys}). */
@SocleTest
@Tag("journey")
class FrenchQualityJourneyTests extends QualityJourneys {

	@Override
	String language() {
		return "fr";
	}

}
