package org.socle.identity;

/**
 * How a user wants to receive their notices by e-mail (they are always in the
 * application).
 */
public enum EmailMode {

	/** One e-mail per notice, as it happens. */
	IMMEDIATE,

	/** One e-mail a day gathering the notices still unread. */
	DAILY_DIGEST,

	/** No e-mail. */
	NEVER

}
