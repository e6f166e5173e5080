package org.socle.nodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load on two nodes (docs/operations.md, "Sessions and several nodes"): 50 logged-in
 * users, each with its own session, request pages for 60 s, every request to the other
 * node than the one before, as a load balancer without sticky sessions does. Counts the
 * errors (anything but the page, e.g. a session one node does not know), the throughput
 * and the latency percentiles, printed and written to
 * {@code target/benchmarks/two-nodes.md}.
 * <p>
 * Not part of {@code ./mvnw verify} (tag {@code benchmark}); run it with
 * {@code bench/two-nodes.sh}. {@code -Dsocle.bench.users=50} and
 * {@code -Dsocle.bench.seconds=60} change the load.
 */
@Tag("benchmark")
class TwoNodesLoadBenchmarkTests {

	private static final Logger log = LoggerFactory.getLogger(TwoNodesLoadBenchmarkTests.class);

	private static final int USERS = Integer.getInteger("socle.bench.users", 50);

	private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("socle.bench.seconds", 60));

	private static final List<String> PAGES = List.of("/", "/establishments", "/standards");

	@RegisterExtension
	static final TwoNodes nodes = new TwoNodes("logging.level.root=WARN");

	@Test
	void fiftyUsersOnTwoNodesWithoutError() throws Exception {
		List<Browser> browsers = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			String username = "n-load-" + i;
			nodes.a().bean(IdentityFixtures.class).user(username, (i % 2 == 0) ? Role.AUDITOR : Role.ADMIN, null);
			Browser browser = nodes.browser();
			browser.login((i % 2 == 0) ? nodes.a() : nodes.b(), username);
			browsers.add(browser);
		}
		AtomicLong errors = new AtomicLong();
		long end = System.nanoTime() + DURATION.toNanos();
		ExecutorService users = Executors.newFixedThreadPool(USERS);
		List<Future<long[]>> latencies = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			Browser browser = browsers.get(i);
			int first = i;
			latencies.add(users.submit(() -> browse(browser, first, end, errors)));
		}
		long[] all = latencies.stream().flatMapToLong((future) -> Arrays.stream(join(future))).sorted().toArray();
		users.shutdown();

		String result = report(all, errors.get());
		log.warn("\n{}", result);
		Path file = Path.of("target/benchmarks/two-nodes.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, result);
		assertThat(errors.get()).as(result).isZero();
	}

	/**
	 * One user's requests until {@code end}, alternating nodes; their latencies in µs.
	 */
	private static long[] browse(Browser browser, int first, long end, AtomicLong errors) {
		long[] micros = new long[1024];
		int count = 0;
		for (int i = first; System.nanoTime() < end; i++) {
			Node node = (i % 2 == 0) ? nodes.a() : nodes.b();
			long start = System.nanoTime();
			try {
				if (browser.get(node, PAGES.get(i % PAGES.size())).status() != 200) {
					errors.incrementAndGet();
				}
			}
			catch (RuntimeException ex) {
				errors.incrementAndGet();
			}
			if (count == micros.length) {
				micros = Arrays.copyOf(micros, count * 2);
			}
			micros[count++] = (System.nanoTime() - start) / 1000;
		}
		return Arrays.copyOf(micros, count);
	}

	private static String report(long[] sortedMicros, long errors) {
		return """
				| users | seconds | requests | errors | requests/s | p50 | p95 | p99 | max |
				|---|---|---|---|---|---|---|---|---|
				| %d | %d | %d | %d | %.0f | %.1f ms | %.1f ms | %.1f ms | %.1f ms |
				""".formatted(USERS, DURATION.toSeconds(), sortedMicros.length, errors,
				sortedMicros.length / (double) DURATION.toSeconds(), percentile(sortedMicros, 50),
				percentile(sortedMicros, 95), percentile(sortedMicros, 99), percentile(sortedMicros, 100));
	}

	private static double percentile(long[] sortedMicros, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sortedMicros.length) - 1;
		return sortedMicros[Math.max(0, index)] / 1000.0;
	}

	private static long[] join(Future<long[]> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
