package org.socle.identity.mfa;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;

import org.socle.shared.crypto.FieldEncryption;

import org.springframework.stereotype.Component;

import static dev.samstevens.totp.util.Utils.getDataUriForImage;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds, the codes of any
 * authenticator app), with the {@code dev.samstevens.totp} library. A code of the
 * previous or next period is accepted too (clock drift).
 */
@Component
class Totp {

	static final String ISSUER = "Socle";

	private final SecretGenerator secrets = new DefaultSecretGenerator(32);

	private final CodeVerifier verifier;

	Totp() {
		DefaultCodeVerifier codes = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());
		codes.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = codes;
	}

	/** A new random secret (160 bits, base32). */
	String newSecret() {
		return this.secrets.generate();
	}

	boolean matches(String secret, String code) {
		return secret != null && !FieldEncryption.isUnreadable(secret) && code != null && code.strip().matches("\\d{6}")
				&& this.verifier.isValidCode(secret, code.strip());
	}

	/** The QR code an authenticator app scans, as a {@code data:} URI (PNG). */
	String qrCode(String username, String secret) {
		QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER).digits(6).period(30).build();
		ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
		try {
			return getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

}
