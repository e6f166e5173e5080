package org.socle.assessment.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.stereotype.Component;

/**
 * The assessment page's data (the page as shown, its contradictions, live check included,
 * and its body's key), kept per node under the versions of everything it and its access
 * check read ({@link AssessmentReader#pageVersion}), for one user, language and day.
 * Reading it costs a dozen statements and a live check over the people present (about 10
 * ms at national scale); a repeated request runs one statement. Only a read that passed
 * the access check is kept, and the versions hold everything that check reads, so a kept
 * page is served only to the user it was checked for, while nothing it depends on
 * changed. A change written by any node gives new versions: nothing to invalidate.
 * <p>
 * The live check's metrics ({@code ContradictionRule.metrics()}) must stay among those
 * the versions cover: {@code ContradictionRuleTests} holds the list.
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
	 * indicators still to answer with {@code unanswered}; {@code body} gives the key of
	 * its body ({@link org.socle.shared.web.RenderedViews}), computed once per read.
	 * @throws org.socle.shared.NotFoundException when the user may not read it
	 */
	Shown page(long id, boolean unanswered, Locale locale, BodyKeys body) {
		SocleUser user = SocleUser.current();
		Key key = new Key(id, this.reader.pageVersion(id), new Reader(user.id(), user.role(), user.organisationId()),
				unanswered, locale, LocalDate.now(this.clock));
		return this.pages.get(key, (missing) -> {
			AssessmentPage page = this.reader.page(id);
			AssessmentPage shown = unanswered ? page.unansweredOnly() : page;
			ContradictionsView contradictions = this.contradictions.forPage(page);
			return new Shown(shown, contradictions, new Hashed(body.of(shown, contradictions, unanswered, locale)));
		});
	}

	/** The key of a page's body. */
	@FunctionalInterface
	interface BodyKeys {

		Object of(AssessmentPage shown, ContradictionsView contradictions, boolean unanswered, Locale locale);

	}

	/**
	 * The page as shown (filtered), the contradictions of the whole assessment and the
	 * key of its body.
	 */
	record Shown(AssessmentPage page, ContradictionsView contradictions, Object bodyKey) {
	}

	private record Key(long id, String version, Reader reader, boolean unanswered, Locale locale, LocalDate today) {
	}

	/**
	 * The user as the access check and the page see them: an admin who moves a user to
	 * another role or organisation gives another key (a {@link SocleUser} equals another
	 * by id alone).
	 */
	private record Reader(long id, Role role, Long organisationId) {
	}

	/**
	 * A body's key with its hash computed once: the key holds every indicator's row, and
	 * is looked up on every request.
	 */
	private record Hashed(Object key, int hash) {

		Hashed(Object key) {
			this(key, key.hashCode());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Hashed hashed && hashed.hash == this.hash && hashed.key.equals(this.key);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
