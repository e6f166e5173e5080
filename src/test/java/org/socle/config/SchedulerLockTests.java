package org.socle.config;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job locked in PostgreSQL runs once when two nodes start it together, and its lock is
 * free again once it is done.
 */
@SocleTest
class SchedulerLockTests {

	@Autowired
	LockProvider locks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoNodesStartingTheSameJobRunItOnceAndTheLockIsReleasedAfter() throws Exception {
		LockingTaskExecutor nodeA = new DefaultLockingTaskExecutor(this.locks);
		LockingTaskExecutor nodeB = new DefaultLockingTaskExecutor(this.locks);
		LockConfiguration job = new LockConfiguration(Instant.now(), "scheduler-lock-test", Duration.ofMinutes(1),
				Duration.ZERO);
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> nodeA.executeWithLock((Runnable) () -> {
			runs.incrementAndGet();
			running.countDown();
			await(finish);
		}, job));
		assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> onB = CompletableFuture
			.runAsync(() -> nodeB.executeWithLock((Runnable) runs::incrementAndGet, job));
		onB.get(30, TimeUnit.SECONDS);
		finish.countDown();
		onA.get(30, TimeUnit.SECONDS);
		assertThat(runs).hasValue(1);

		// released: its time is up by the database's clock, and the next run goes ahead
		assertThat(this.jdbc.queryForObject(
				"SELECT lock_until <= timezone('utc', now()) FROM shedlock WHERE name = 'scheduler-lock-test'",
				Boolean.class))
			.isTrue();
		nodeB.executeWithLock((Runnable) runs::incrementAndGet,
				new LockConfiguration(Instant.now(), "scheduler-lock-test", Duration.ofMinutes(1), Duration.ZERO));
		assertThat(runs).hasValue(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
