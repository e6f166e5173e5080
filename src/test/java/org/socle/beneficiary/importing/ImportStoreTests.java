package org.socle.beneficiary.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pending imports in PostgreSQL: read back by any instance of the store (another node),
 * only by their owner for their establishment, until they expire by the application's
 * clock; per-user quotas; the clean-up job runs on one node at a time.
 */
@SocleTest
class ImportStoreTests {

	static final Duration TTL = Duration.ofMinutes(30);

	static final byte[] CONTENT = "last_name;first_name\nAlaoui;Youssef\n".getBytes();

	@Autowired
	ImportStore bean;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	LockProvider locks;

	final TestClock clock = new TestClock(Instant.now());

	long me;

	long establishment;

	@BeforeEach
	void world() {
		// the tests count rows: start from an empty store (previews of earlier tests are
		// done with)
		this.jdbc.update("DELETE FROM import_preview");
		long organisation = this.identity.organisation("Test Org A");
		this.me = this.identity.managerA().id();
		this.establishment = this.establishments.establishment("Import store home", organisation).id();
	}

	/** A store as another node would have it, on the same database. */
	ImportStore node(int maxPending) {
		return new ImportStore(this.jdbc, this.clock, TTL, maxPending);
	}

	String put(ImportStore store, long user) {
		return this.transactions.execute(tx -> store.put(user, this.establishment, "f.csv", CONTENT));
	}

	long user(int n) {
		return this.identity.user("t-import-store-" + n, Role.MANAGER, this.identity.organisation("Test Org A")).id();
	}

	long rows() {
		return this.jdbc.queryForObject("SELECT count(*) FROM import_preview", Long.class);
	}

	@Test
	void anUploadIsReadBackByAnotherInstanceOnlyByItsOwnerForItsEstablishment() {
		String token = this.bean.put(this.me, this.establishment, "f.csv", CONTENT);
		ImportStore.Upload upload = node(100).get(token, this.me, this.establishment).orElseThrow();
		assertThat(upload.filename()).isEqualTo("f.csv");
		assertThat(upload.content()).isEqualTo(CONTENT);
		assertThat(this.jdbc.queryForObject("SELECT content FROM import_preview WHERE token = ?::uuid", byte[].class,
				token))
			.isEqualTo(CONTENT);
		assertThat(node(100).get(token, user(1), this.establishment)).isEmpty();
		assertThat(node(100).get(token, this.me, this.establishment + 1)).isEmpty();
		assertThat(node(100).get("not-a-token", this.me, this.establishment)).isEmpty();
	}

	@Test
	void anUploadExpiresByTheApplicationsClockAndTheCleanUpDeletesItOnOneNodeAtATime() {
		ImportStore node = node(100);
		String token = put(node, this.me);
		this.clock.advance(TTL.minusSeconds(1));
		assertThat(node.get(token, this.me, this.establishment)).isPresent();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(node.get(token, this.me, this.establishment)).isEmpty();
		assertThat(rows()).isEqualTo(1);

		// expired for the application's job too (it reads the real clock)
		this.jdbc.update(
				"UPDATE import_preview SET created_at = now() - interval '1 hour', expires_at = now() - interval '1 minute'");
		// (a scheduled run of this context may hold the lock for its minute: released)
		this.jdbc.update("DELETE FROM shedlock WHERE name = 'import-preview-cleanup'");
		// another node holds the job's lock: the job does not run here
		SimpleLock held = this.locks
			.lock(new LockConfiguration(Instant.now(), "import-preview-cleanup", Duration.ofMinutes(1), Duration.ZERO))
			.orElseThrow();
		this.bean.deleteExpired();
		assertThat(rows()).isEqualTo(1);
		held.unlock();
		this.bean.deleteExpired();
		assertThat(rows()).isZero();
	}

	@Test
	void aUsersFourthUploadReplacesTheirOwnOldestAndNobodyElses() {
		ImportStore node = node(100);
		String theirs = put(node, user(1));
		List<String> mine = new ArrayList<>();
		for (int i = 0; i < ImportStore.MAX_PER_USER + 2; i++) {
			mine.add(put(node, this.me));
		}
		assertThat(mine.stream().filter(token -> node.get(token, this.me, this.establishment).isPresent()))
			.containsExactlyElementsOf(mine.subList(2, mine.size()));
		assertThat(node.get(theirs, user(1), this.establishment)).isPresent();
	}

	@Test
	void aFullStoreRefusesNewcomersAndLetsPresentUsersReplaceTheirOwn() {
		ImportStore node = node(3);
		List<String> tokens = new ArrayList<>(List.of(put(node, user(1)), put(node, user(2)), put(node, user(3))));
		assertThatExceptionOfType(ImportStore.StoreFullException.class).isThrownBy(() -> put(node, this.me));
		String again = put(node, user(1));
		assertThat(node.get(again, user(1), this.establishment)).isPresent();
		assertThat(node.get(tokens.get(0), user(1), this.establishment)).isEmpty();
		assertThat(node.get(tokens.get(1), user(2), this.establishment)).isPresent();
		assertThat(rows()).isEqualTo(3);
		// once one expires, there is room again
		this.clock.advance(TTL);
		assertThat(node.get(put(node, this.me), this.me, this.establishment)).isPresent();
	}

	/** A clock the test moves forward. */
	static final class TestClock extends Clock {

		private Instant now;

		TestClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
