package org.socle.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor.CipherAlgorithm;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts sensitive text fields at rest with AES-256-GCM (Spring Security Crypto, random
 * 96-bit nonce, 128-bit tag). A stored value reads {@code v1:<keyId>:<base64(nonce ||
 * ciphertext || tag)>}; the key id (a fingerprint of the key) lets several keys coexist:
 * {@code socle.data.key} encrypts, the keys of {@code socle.data.keys-previous} still
 * decrypt while rows are re-encrypted (see docs/security.md, "Encryption at rest").
 */
@Component
public class FieldEncryption {

	static final String PREFIX = "v1:";

	/**
	 * What an entity holds instead of a value that cannot be decrypted; pages show a
	 * translated message in its place ({@code crypto.unreadable}), and it is never
	 * written back. Starts with a control character, which forms refuse, so no one can
	 * type it.
	 */
	private static final String UNREADABLE = "\u0001unreadable";

	/** Development key, never for production (a warning says so at start-up). */
	static final String DEV_KEY = Base64.getEncoder()
		.encodeToString("socle-dev-only-data-key-32-bytes".getBytes(StandardCharsets.US_ASCII));

	private static final Logger log = LoggerFactory.getLogger(FieldEncryption.class);

	private final String currentKeyId;

	private final Map<String, BytesEncryptor> keys = new LinkedHashMap<>();

	FieldEncryption(@Value("${socle.data.key:}") String current,
			@Value("${socle.data.keys-previous:}") String previous) {
		if (current == null || current.isBlank()) {
			log.warn("socle.data.key is not set: health free text is encrypted with the "
					+ "DEVELOPMENT key. Set SOCLE_DATA_KEY (32 random bytes in base64, e.g. "
					+ "`openssl rand -base64 32`) in production.");
			current = DEV_KEY;
		}
		this.currentKeyId = add("SOCLE_DATA_KEY", current);
		for (String key : previous.split(",")) {
			if (!key.isBlank()) {
				add("SOCLE_DATA_KEYS_PREVIOUS", key);
			}
		}
	}

	private String add(String setting, String base64) {
		byte[] raw;
		try {
			raw = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(setting + " is not valid base64: expected 32 random bytes in base64 "
					+ "(`openssl rand -base64 32`)");
		}
		if (raw.length != 32) {
			throw new IllegalStateException(setting + " must be 32 bytes (AES-256) in base64, got " + raw.length
					+ " bytes: generate one with `openssl rand -base64 32`");
		}
		if (allSame(raw)) {
			throw new IllegalStateException(setting + " is a constant byte string, not a random key");
		}
		String id = keyId(raw);
		this.keys.putIfAbsent(id, new AesBytesEncryptor(new SecretKeySpec(raw, "AES"), KeyGenerators.secureRandom(12),
				CipherAlgorithm.GCM));
		return id;
	}

	private static boolean allSame(byte[] raw) {
		for (byte b : raw) {
			if (b != raw[0]) {
				return false;
			}
		}
		return true;
	}

	/** First 8 hex digits of SHA-256 of the key: names the key without revealing it. */
	static String keyId(byte[] key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key);
			return HexFormat.of().formatHex(hash, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String currentKeyId() {
		return this.currentKeyId;
	}

	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		if (isUnreadable(plaintext)) {
			throw new UndecryptableValueException("an unreadable value cannot be written back");
		}
		byte[] sealed = this.keys.get(this.currentKeyId).encrypt(plaintext.getBytes(StandardCharsets.UTF_8));
		return PREFIX + this.currentKeyId + ":" + Base64.getEncoder().encodeToString(sealed);
	}

	/**
	 * The plaintext of a stored value. A value without the prefix is a row not yet
	 * encrypted (written before V76 or by a bulk insert) and is returned as it is; a
	 * value with the prefix that does not authenticate is refused.
	 */
	public String decrypt(String stored) {
		if (!isEncrypted(stored)) {
			return stored;
		}
		int colon = stored.indexOf(':', PREFIX.length());
		if (colon < 0) {
			throw new UndecryptableValueException("malformed encrypted value");
		}
		String id = stored.substring(PREFIX.length(), colon);
		BytesEncryptor key = this.keys.get(id);
		if (key == null) {
			throw new UndecryptableValueException(
					"unknown data key " + id + ": add it to SOCLE_DATA_KEYS_PREVIOUS until its rows are re-encrypted");
		}
		try {
			byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
			return new String(key.decrypt(sealed), StandardCharsets.UTF_8);
		}
		catch (RuntimeException ex) {
			throw new UndecryptableValueException("encrypted value with key " + id + " does not authenticate");
		}
	}

	/** The stand-in for a value that cannot be decrypted. */
	public static String unreadable() {
		return UNREADABLE;
	}

	public static boolean isUnreadable(String value) {
		return UNREADABLE.equals(value);
	}

	public static boolean isEncrypted(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

	/** Whether a stored value must be (re-)encrypted with the current key. */
	public boolean needsEncryption(String stored) {
		return stored != null && !stored.startsWith(PREFIX + this.currentKeyId + ":");
	}

}
