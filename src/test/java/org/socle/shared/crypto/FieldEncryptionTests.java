package org.socle.shared.crypto;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM sealing, key ids, rotation and refusals, without the application. */
class FieldEncryptionTests {

	static final String OLD = "GQw+zVXAeeqk/f7Q47DGZseDj84zAywHENFwsoUOW9c=";

	static final String NEW = "q0nM3k1P8y8dQ2yq8Vq0b3mZ0K8d6l0m2cYd6o9b4x8=";

	@Test
	void sealsWithTheCurrentKeyIdAndARandomNonce() {
		FieldEncryption encryption = new FieldEncryption(NEW, "");
		String a = encryption.encrypt("Épilepsie");
		assertThat(a).startsWith("v1:" + encryption.currentKeyId() + ":").doesNotContain("pilepsie");
		assertThat(encryption.encrypt("Épilepsie")).isNotEqualTo(a);
		assertThat(encryption.decrypt(a)).isEqualTo("Épilepsie");
	}

	@Test
	void aPreviousKeyStillDecryptsAndAnUnknownKeyIsRefused() {
		String sealed = new FieldEncryption(OLD, "").encrypt("Diabète");
		FieldEncryption rotated = new FieldEncryption(NEW, OLD);
		assertThat(rotated.decrypt(sealed)).isEqualTo("Diabète");
		assertThat(rotated.needsEncryption(sealed)).isTrue();
		assertThat(rotated.needsEncryption(rotated.encrypt("Diabète"))).isFalse();
		assertThatThrownBy(() -> new FieldEncryption(NEW, "").decrypt(sealed))
			.isInstanceOf(UndecryptableValueException.class)
			.hasMessageContaining("SOCLE_DATA_KEYS_PREVIOUS");
	}

	@Test
	void tamperedCiphertextIsRefused() {
		FieldEncryption encryption = new FieldEncryption(NEW, "");
		String sealed = encryption.encrypt("Asthme sévère");
		// flip one bit of the ciphertext (the byte after the 12-byte nonce), not of the
		// base64 text,
		// whose last character may carry unused bits
		int colon = sealed.lastIndexOf(':') + 1;
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(colon));
		bytes[12] ^= 1;
		String tampered = sealed.substring(0, colon) + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> encryption.decrypt(tampered)).isInstanceOf(UndecryptableValueException.class);
		assertThatThrownBy(() -> encryption.decrypt("v1:nokeyid")).isInstanceOf(UndecryptableValueException.class);
	}

	@Test
	void wrongKeysAreRefusedAtStartUp() {
		assertThatIllegalStateException().isThrownBy(() -> new FieldEncryption("c2hvcnQ=", ""))
			.withMessageContaining("32 bytes");
		assertThatIllegalStateException().isThrownBy(() -> new FieldEncryption("not base64 !", ""))
			.withMessageContaining("base64");
		assertThatIllegalStateException()
			.isThrownBy(() -> new FieldEncryption("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", ""))
			.withMessageContaining("random");
		assertThatIllegalStateException().isThrownBy(() -> new FieldEncryption(NEW, "c2hvcnQ="))
			.withMessageContaining("SOCLE_DATA_KEYS_PREVIOUS");
	}

	@Test
	void withoutAKeyTheDevelopmentKeyIsUsed() {
		assertThat(new FieldEncryption("", "").currentKeyId())
			.isEqualTo(new FieldEncryption(FieldEncryption.DEV_KEY, "").currentKeyId());
	}

}
