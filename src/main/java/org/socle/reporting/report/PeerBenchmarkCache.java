package org.socle.reporting.report;

import java.time.LocalDate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentInfo;
import org.socle.shared.jdbc.DataVersion;

import org.springframework.stereotype.Component;

/**
 * Peer benchmarks kept by each node under the dashboard data version. Why: the benchmark
 * ranks the latest assessment of every active establishment, about 50 ms of SQL per
 * report at national scale (docs/performance.md, "The quality report and its PDF at L"),
 * and it is the same for every establishment of a category and region at a date.
 * <p>
 * Correct across nodes without invalidation: it reads only assessment (establishment,
 * status, dates), assessment_score, assessment_domain_score and establishment (status,
 * category, region), all watched by V107's triggers, so any change to them written by any
 * node gives a new version ({@link DataVersion}). The version is read before the
 * benchmark, so an entry is never older than its key. Entries of older versions are never
 * asked for again and are evicted by size.
 */
@Component
class PeerBenchmarkCache {

	private final Cache<Key, PeerBenchmark> kept = Caffeine.newBuilder().maximumSize(2_000).build();

	/**
	 * @param version the dashboard data version, read before {@code compute} runs
	 * @param d the report's date
	 */
	PeerBenchmark get(long version, EstablishmentInfo establishment, LocalDate d, Supplier<PeerBenchmark> compute) {
		return this.kept.get(new Key(version, establishment.category(), establishment.regionCode(), d),
				(key) -> compute.get());
	}

	private record Key(long version, Category category, String regionCode, LocalDate d) {
	}

}
