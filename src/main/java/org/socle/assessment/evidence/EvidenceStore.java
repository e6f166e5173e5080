package org.socle.assessment.evidence;

import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where the content of evidence files lives, by storage key (random, never the user's
 * file name). Implementations take part in the caller's transaction: a file saved in a
 * transaction that rolls back is not kept, a file deleted in one is kept.
 * {@link JdbcEvidenceStore} keeps them in PostgreSQL.
 */
interface EvidenceStore {

	/**
	 * Keeps the content of a file of the assessment, unless that key already holds one.
	 */
	void save(long assessmentId, String key, byte[] content);

	/** The file's content, if it is there. */
	Optional<Resource> open(String key);

	void delete(String key);

}
