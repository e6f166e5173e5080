package org.socle.care.offline;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Socle refuses to start when a device may keep a record longer than the server keeps the
 * record's idempotency key: sent again after the key was forgotten, it would be saved
 * twice.
 */
class OfflineRetentionTests {

	@Test
	void aDeviceMayNotKeepRecordsLongerThanTheServerKeepsTheirKeys() {
		assertThatIllegalStateException()
			.isThrownBy(() -> OfflineSync.requireKeysKeptWhileDevicesKeepRecords(8, Duration.ofDays(7)))
			.withMessageContaining("socle.offline.max-days (8 days)")
			.withMessageContaining("socle.api.idempotency-retention (168 hours)")
			.withMessageContaining("saved twice");
		assertThatNoException()
			.isThrownBy(() -> OfflineSync.requireKeysKeptWhileDevicesKeepRecords(7, Duration.ofDays(7)));
		assertThatNoException()
			.isThrownBy(() -> OfflineSync.requireKeysKeptWhileDevicesKeepRecords(30, Duration.parse("P30D")));
	}

}
