package org.socle.beneficiary.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Quotas: nobody's uploads evict another user's pending preview. */
class ImportStoreTests {

	static final long ME = 1;

	static final long ESTABLISHMENT = 10;

	final ImportStore store = new ImportStore(Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));

	ImportStore.Upload upload(long userId) {
		return this.store.put(userId, ESTABLISHMENT, "f.csv", new byte[] { 1 });
	}

	@Test
	void anotherUsersManyUploadsLeaveMyPreviewAlone() {
		String mine = upload(ME).token;
		List<String> theirs = new ArrayList<>();
		for (int i = 0; i < 3 * ImportStore.MAX_UPLOADS; i++) {
			theirs.add(upload(2).token);
		}
		assertThat(this.store.get(mine, ME, ESTABLISHMENT)).isPresent();
		assertThat(theirs.stream().filter((token) -> this.store.get(token, 2, ESTABLISHMENT).isPresent()))
			.containsExactlyElementsOf(theirs.subList(theirs.size() - ImportStore.MAX_PER_USER, theirs.size()));
	}

	@Test
	void aFullStoreRefusesNewcomersAndLetsPresentUsersReplaceTheirOwn() {
		for (long user = 100; user < 100 + ImportStore.MAX_UPLOADS; user++) {
			upload(user);
		}
		assertThatExceptionOfType(ImportStore.StoreFullException.class).isThrownBy(() -> upload(ME));
		String first = upload(100).token;
		String second = upload(100).token;
		assertThat(this.store.get(second, 100, ESTABLISHMENT)).isPresent();
		assertThat(this.store.get(first, 100, ESTABLISHMENT)).isEmpty();
		for (long user = 101; user < 100 + ImportStore.MAX_UPLOADS; user++) {
			assertThat(this.store.get(upload(user).token, user, ESTABLISHMENT)).isPresent();
		}
	}

}
