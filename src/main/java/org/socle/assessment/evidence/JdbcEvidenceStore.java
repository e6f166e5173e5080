package org.socle.assessment.evidence;

import java.util.Optional;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Evidence files in PostgreSQL ({@code assessment_evidence_file}, bytea): one backup
 * holds them with their records and every node serves them. A file (a few megabytes at
 * most, {@code socle.evidence.max-size}) is read whole into memory to be sent.
 */
@Component
class JdbcEvidenceStore implements EvidenceStore {

	private final JdbcTemplate jdbc;

	JdbcEvidenceStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(long assessmentId, String key, byte[] content) {
		this.jdbc.update("""
				INSERT INTO assessment_evidence_file (storage_key, assessment_id, content) VALUES (?, ?, ?)
				ON CONFLICT (storage_key) DO NOTHING""", key, assessmentId, content);
	}

	@Override
	public Optional<Resource> open(String key) {
		return this.jdbc
			.query("SELECT content FROM assessment_evidence_file WHERE storage_key = ?",
					(rs, n) -> (Resource) new ByteArrayResource(rs.getBytes(1)), key)
			.stream()
			.findFirst();
	}

	@Override
	public void delete(String key) {
		this.jdbc.update("DELETE FROM assessment_evidence_file WHERE storage_key = ?", key);
	}

}
