package org.socle.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.time.TimeProvider;

import org.socle.shared.crypto.FieldEncryption;

import org.springframework.stereotype.Component;

import static dev.samstevens.totp.util.Utils.getDataUriForImage;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds, the codes of any
 * authenticator app), with the {@code dev.samstevens.totp} library. A code of the
 * previous or next period is accepted too (clock drift). The library's verifier only says
 * yes or no; the time step a code belongs to is found here, so that a code once accepted
 * can be refused the second time (RFC 6238 §5.2, {@link SecondFactor}).
 */
@Component
class Totp {

	static final String ISSUER = "Socle";

	static final int PERIOD = 30;

	private static final int DRIFT = 1;

	private final SecretGenerator secrets = new DefaultSecretGenerator(32);

	private final CodeGenerator codes = new DefaultCodeGenerator();

	private final TimeProvider time = new SystemTimeProvider();

	/** A new random secret (160 bits, base32). */
	String newSecret() {
		return this.secrets.generate();
	}

	/**
	 * The time step (30-second period since the epoch) whose code {@code code} is, among
	 * the current one and its neighbours; empty when it is none of them.
	 */
	OptionalLong step(String secret, String code) {
		if (secret == null || FieldEncryption.isUnreadable(secret) || code == null || !code.strip().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
		long now = this.time.getTime() / PERIOD;
		for (long step = now - DRIFT; step <= now + DRIFT; step++) {
			if (MessageDigest.isEqual(given, expected(secret, step))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private byte[] expected(String secret, long step) {
		try {
			return this.codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
		}
		catch (CodeGenerationException ex) {
			// a secret that is not base32: no code matches it
			return new byte[0];
		}
	}

	/** The QR code an authenticator app scans, as a {@code data:} URI (PNG). */
	String qrCode(String username, String secret) {
		QrData data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer(ISSUER)
			.digits(6)
			.period(PERIOD)
			.build();
		ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
		try {
			return getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

}
