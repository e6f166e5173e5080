package org.socle.shared.crypto;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Stores a text attribute encrypted
 * ({@code @Convert(converter = EncryptedString.class)}). A Spring bean: Hibernate gets it
 * from the application context. A stored value that cannot be decrypted (tampered, or
 * under a key no longer configured) is read as {@link FieldEncryption#unreadable()}, so
 * that the page shows a message in its place and the rest of it works; it is logged once.
 */
@Component
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

	private static final Logger log = LoggerFactory.getLogger(EncryptedString.class);

	/** Bounds the memory of what was logged. */
	private static final int LOGGED_MAX = 10_000;

	private final Set<String> logged = ConcurrentHashMap.newKeySet();

	private final FieldEncryption encryption;

	EncryptedString(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return this.encryption.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		try {
			return this.encryption.decrypt(stored);
		}
		catch (UndecryptableValueException ex) {
			if (this.logged.size() < LOGGED_MAX && this.logged.add(stored)) {
				log.error(
						"A stored sensitive value cannot be decrypted ({}); it is shown as unreadable. "
								+ "Check SOCLE_DATA_KEY and SOCLE_DATA_KEYS_PREVIOUS (docs/security.md)",
						ex.getMessage());
			}
			return FieldEncryption.unreadable();
		}
	}

}
