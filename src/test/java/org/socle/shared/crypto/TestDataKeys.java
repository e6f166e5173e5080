package org.socle.shared.crypto;

/** Encryption under a given key, for tests that write rows as an older key would have. */
public final class TestDataKeys {

	private TestDataKeys() {
	}

	public static FieldEncryption withKey(String base64Key) {
		return new FieldEncryption(base64Key, "");
	}

}
