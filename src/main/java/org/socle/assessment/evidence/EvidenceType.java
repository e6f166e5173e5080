package org.socle.assessment.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence file accepted, recognised by their first bytes ("magic numbers"),
 * never by the file's name or the type the browser claims.
 */
enum EvidenceType {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),

	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),

	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	/** Enough bytes to recognise every type. */
	static final int HEADER_LENGTH = 8;

	private final String contentType;

	private final String extension;

	private final byte[] magic;

	EvidenceType(String contentType, String extension, byte[] magic) {
		this.contentType = contentType;
		this.extension = extension;
		this.magic = magic;
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

	/** The type stored with that content type. */
	static EvidenceType of(String contentType) {
		return Arrays.stream(values())
			.filter((type) -> type.contentType.equals(contentType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not an evidence type: " + contentType));
	}

	/** The type whose signature starts the content, if any. */
	static Optional<EvidenceType> detect(byte[] header, int length) {
		return Arrays.stream(values()).filter((type) -> type.matches(header, length)).findFirst();
	}

	private boolean matches(byte[] header, int length) {
		if (length < this.magic.length) {
			return false;
		}
		for (int i = 0; i < this.magic.length; i++) {
			if (header[i] != this.magic[i]) {
				return false;
			}
		}
		return true;
	}

}
