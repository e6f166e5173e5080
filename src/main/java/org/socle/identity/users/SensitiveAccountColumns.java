package org.socle.identity.users;

import org.socle.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The second factor's shared secret: whoever reads it can make the codes, so a stolen
 * dump must not give it. Stored encrypted, see docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
class SensitiveAccountColumns {

	@Bean
	EncryptedColumn totpSecret() {
		return new EncryptedColumn("app_user", "totp_secret");
	}

}
