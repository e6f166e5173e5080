package org.socle.assessment.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upgrade from the versions that kept evidence files on disk, under
 * {@code socle.evidence.dir} ({@code SOCLE_DATA_DIR/files}): at start-up, before Socle
 * says it is ready, each file of an evidence record whose SHA-256 matches the record is
 * saved in the {@link EvidenceStore}, then deleted from the disk. Idempotent (a file
 * already stored is only deleted from the disk), safe when several nodes start at once.
 * Files that belong to no record (uploads that failed) or do not match their record are
 * left in place and counted in the log; records with a file nowhere are counted too.
 */
@Component
class LegacyEvidenceFiles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LegacyEvidenceFiles.class);

	private final Path root;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final EvidenceStore store;

	LegacyEvidenceFiles(@Value("${socle.evidence.dir:${socle.data-dir:./data}/files}") Path root, JdbcTemplate jdbc,
			TransactionTemplate transactions, EvidenceStore store) {
		this.root = root.toAbsolutePath().normalize();
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.store = store;
	}

	/** What a run did. */
	record Moved(int moved, int leftOnDisk, long missing) {

	}

	@Override
	public void run(ApplicationArguments args) {
		moveToStore();
	}

	/**
	 * Moves the files from the disk to the store; does nothing without that directory.
	 */
	Moved moveToStore() {
		Path directory = this.root.resolve("assessments");
		if (!Files.isDirectory(directory)) {
			return new Moved(0, 0, 0);
		}
		int moved = 0;
		int left = 0;
		for (Path file : files(directory)) {
			if (move(file)) {
				moved++;
			}
			else {
				left++;
			}
		}
		deleteEmptyDirectories(directory);
		long missing = this.jdbc.queryForObject("""
				SELECT count(*) FROM assessment_evidence e
				WHERE NOT EXISTS (SELECT 1 FROM assessment_evidence_file f WHERE f.storage_key = e.storage_key)""",
				Long.class);
		log.info("Evidence files under {}: {} moved into the database, {} left on disk (see the warnings above), "
				+ "{} evidence records without a file anywhere", this.root, moved, left, missing);
		return new Moved(moved, left, missing);
	}

	private boolean move(Path file) {
		String key = this.root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
		List<Recorded> records = this.jdbc.query(
				"SELECT assessment_id, sha256 FROM assessment_evidence WHERE storage_key = ?",
				(rs, n) -> new Recorded(rs.getLong(1), rs.getString(2)), key);
		try {
			byte[] content = Files.readAllBytes(file);
			if (records.isEmpty() || !records.get(0).sha256().equals(EvidenceFile.sha256(content))) {
				log.warn("Evidence file {} left on disk: it matches no evidence record", file);
				return false;
			}
			this.transactions.executeWithoutResult(tx -> this.store.save(records.get(0).assessmentId(), key, content));
			Files.deleteIfExists(file);
			return true;
		}
		catch (IOException ex) {
			// another node moved it meanwhile, or it cannot be read: the next start tries
			// again
			log.warn("Evidence file {} not moved: {}", file, ex.toString());
			return false;
		}
	}

	private record Recorded(long assessmentId, String sha256) {

	}

	private static List<Path> files(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteEmptyDirectories(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).filter(Files::isDirectory).forEach(dir -> {
				try (Stream<Path> entries = Files.list(dir)) {
					if (entries.findAny().isEmpty()) {
						Files.delete(dir);
					}
				}
				catch (IOException ex) {
					// a directory still in use is left as it is
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
