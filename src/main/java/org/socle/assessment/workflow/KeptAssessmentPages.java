package org.socle.assessment.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.socle.identity.SocleUser;

import org.springframework.stereotype.Component;

/**
 * The assessment page's data (the page as shown and its contradictions, live check
 * included), kept per node under the versions of everything it reads
 * ({@link AssessmentReader#pageVersion}), for one user, language and day. Reading it
 * costs a dozen statements and a live check over the people present (about 10 ms at
 * national scale); a repeated request runs two: the access check and the versions. A
 * change written by any node gives new versions, so there is nothing to invalidate.
 */
@Component
class KeptAssessmentPages {

	private final AssessmentReader reader;

	private final ContradictionReview contradictions;

	private final Clock clock;

	private final Cache<Key, Shown> pages = Caffeine.newBuilder().maximumSize(500).build();

	KeptAssessmentPages(AssessmentReader reader, ContradictionReview contradictions, Clock clock) {
		this.reader = reader;
		this.contradictions = contradictions;
		this.clock = clock;
	}

	/**
	 * The page of assessment {@code id} as the current user may see it, only the
	 * indicators still to answer with {@code unanswered}.
	 * @throws org.socle.shared.NotFoundException when the user may not read it
	 */
	Shown page(long id, boolean unanswered, Locale locale) {
		Key key = new Key(id, this.reader.pageVersion(id), SocleUser.current(), unanswered, locale,
				LocalDate.now(this.clock));
		return this.pages.get(key, (missing) -> {
			AssessmentPage page = this.reader.page(id);
			return new Shown(unanswered ? page.unansweredOnly() : page, this.contradictions.forPage(page));
		});
	}

	/** The page as shown (filtered) and the contradictions of the whole assessment. */
	record Shown(AssessmentPage page, ContradictionsView contradictions) {
	}

	private record Key(long id, String version, SocleUser user, boolean unanswered, Locale locale, LocalDate today) {
	}

}
