package org.socle.beneficiary.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stable pseudonyms for beneficiaries, shown instead of names to auditors and admins (loi
 * 09-08): {@code B-} and six characters of HMAC-SHA256 of the id under the server secret
 * {@code socle.pseudonym.secret}, in Crockford base 32. Without the secret the pseudonym
 * cannot be linked back to the id, and it does not change between sessions or restarts.
 */
@Component
public class Pseudonyms {

	static final String DEV_SECRET = "socle-dev-only-pseudonym-secret";

	private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	/**
	 * One keyed MAC per thread: {@code Mac.getInstance} and {@code init} looked up the
	 * provider and hashed the key again for every pseudonym, 16 % of the CPU of a list
	 * export (docs/performance.md, "Exports at L"). A {@code Mac} is not thread-safe, and
	 * {@code doFinal} resets it for the next use.
	 */
	private final ThreadLocal<Mac> macs;

	Pseudonyms(@Value("${socle.pseudonym.secret:}") String secret) {
		if (secret == null || secret.isBlank()) {
			log.warn("socle.pseudonym.secret is not set: using the development secret. "
					+ "Set SOCLE_PSEUDONYM_SECRET (32+ random characters) in production.");
			secret = DEV_SECRET;
		}
		SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(key);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HmacSHA256 unavailable", ex);
			}
		});
	}

	/** The pseudonym of a beneficiary, e.g. {@code B-7K3Q9X}. */
	public String of(long beneficiaryId) {
		byte[] hash = this.macs.get().doFinal(("beneficiary:" + beneficiaryId).getBytes(StandardCharsets.UTF_8));
		long bits = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8)
				| (hash[3] & 0xFFL);
		StringBuilder pseudonym = new StringBuilder("B-");
		for (int i = 0; i < 6; i++) {
			pseudonym.append(ALPHABET[(int) ((bits >> (5 * (5 - i))) & 31)]);
		}
		return pseudonym.toString();
	}

}
