package org.socle.browser;

import org.junit.jupiter.api.Tag;
import org.socle.SocleTest;

/**
 * Journeys 1 to 3 in Arabic (see {@link QualityJourneys}): every page right to left, with
 * no untranslated word.
 */
@SocleTest
@Tag("journey")
class ArabicQualityJourneyTests extends QualityJourneys {

	@Override
	String language() {
		return "ar";
	}

}
