package org.socle.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.util.unit.DataSize;

/**
 * An uploaded file read and checked: its type from its content (never its name nor the
 * type the browser claims), its size within the limit, its SHA-256 in hex.
 */
record EvidenceFile(EvidenceType type, byte[] content, String sha256) {

	long size() {
		return this.content.length;
	}

	/**
	 * Reads at most {@code maxSize} bytes (one more to see an overflow).
	 * @throws EvidenceRejected when empty, too large or not a PDF, JPEG or PNG
	 */
	static EvidenceFile read(InputStream in, DataSize maxSize) throws IOException, EvidenceRejected {
		byte[] content = in.readNBytes(Math.toIntExact(Math.min(maxSize.toBytes() + 1, Integer.MAX_VALUE - 8)));
		if (content.length == 0) {
			throw new EvidenceRejected(EvidenceRejected.Reason.EMPTY);
		}
		if (content.length > maxSize.toBytes()) {
			throw new EvidenceRejected(EvidenceRejected.Reason.TOO_LARGE);
		}
		EvidenceType type = EvidenceType.detect(content, content.length)
			.orElseThrow(() -> new EvidenceRejected(EvidenceRejected.Reason.TYPE));
		return new EvidenceFile(type, content, sha256(content));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
