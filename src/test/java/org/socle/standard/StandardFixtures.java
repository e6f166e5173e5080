package org.socle.standard;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.socle.identity.SocleUser;
import org.socle.standard.document.StandardDocument;
import org.socle.standard.document.StandardJsonReader;
import org.socle.standard.document.StandardStore;
import org.socle.standard.installer.DefaultStandardInstaller;
import org.socle.standard.model.ReferenceStandard;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standards for tests, each with a unique code so that tests sharing the database never
 * see each other's: a copy of SOCLE-EPS 1.0 as a draft, or published.
 */
@Component
public class StandardFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final StandardStore store;

	private final Clock clock;

	StandardFixtures(StandardStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** A unique standard code starting with {@code prefix} (capitals and hyphens). */
	public static String uniqueCode(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-"
				+ SEQUENCE.incrementAndGet();
	}

	/** A draft copy of SOCLE-EPS 1.0 (40 indicators) under a unique code, version 1.0. */
	@Transactional
	public long draftCopy(String prefix) {
		return this.store.createDraft(shippedCopy(prefix), null).getId();
	}

	/** A published copy of SOCLE-EPS 1.0 under a unique code, version 1.0. */
	@Transactional
	public long publishedCopy(String prefix) {
		ReferenceStandard standard = this.store.createDraft(shippedCopy(prefix), null);
		standard.publish(this.clock.instant(), "t-admin");
		return standard.getId();
	}

	/**
	 * Logs {@code user} in for calls to the services (MockMvc tests use {@code user()}).
	 */
	public static void logIn(SocleUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static StandardDocument shippedCopy(String prefix) {
		StandardDocument shipped = shippedDocument();
		return new StandardDocument(uniqueCode(prefix), shipped.version(), shipped.title(), shipped.description(),
				shipped.domains());
	}

	public static StandardDocument shippedDocument() {
		return StandardJsonReader.read(DefaultStandardInstaller.shippedFile()).document();
	}

}
