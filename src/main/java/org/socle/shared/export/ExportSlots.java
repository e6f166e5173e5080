package org.socle.shared.export;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many exports this node streams at once. An export holds a database connection for
 * as long as it writes (seconds for a region), so more concurrent exports than the pool
 * has connections would make every other request wait for the pool's timeout, and an
 * export that got no connection after its response had started could only end as a cut
 * file. An export therefore waits for a slot before anything is sent, and answers 503
 * ({@link ExportsBusyException}) when none frees up in time.
 */
@Component
public class ExportSlots {

	private final Semaphore slots;

	private final Duration wait;

	ExportSlots(@Value("${socle.exports.concurrent:4}") int concurrent,
			@Value("${socle.exports.wait:15s}") Duration wait) {
		this.slots = new Semaphore(concurrent, true);
		this.wait = wait;
	}

	/**
	 * Runs an export once a slot is free.
	 * @throws ExportsBusyException if none is within the configured wait
	 */
	public <T> T inSlot(Export<T> export) throws IOException {
		if (!acquire()) {
			throw new ExportsBusyException();
		}
		try {
			return export.run();
		}
		finally {
			this.slots.release();
		}
	}

	private boolean acquire() {
		try {
			return this.slots.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Work that writes an export. */
	@FunctionalInterface
	public interface Export<T> {

		T run() throws IOException;

	}

}
