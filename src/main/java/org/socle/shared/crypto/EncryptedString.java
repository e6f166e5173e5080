package org.socle.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Stores a text attribute encrypted
 * ({@code @Convert(converter = EncryptedString.class)}). A Spring bean: Hibernate gets it
 * from the application context.
 */
@Component
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

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
		return this.encryption.decrypt(stored);
	}

}
