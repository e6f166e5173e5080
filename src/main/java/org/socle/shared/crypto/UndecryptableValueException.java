package org.socle.shared.crypto;

/**
 * A stored encrypted value that cannot be decrypted: tampered, truncated, or written with
 * a key that is no longer configured. Never shown as if it were the value.
 */
public class UndecryptableValueException extends IllegalStateException {

	UndecryptableValueException(String message) {
		super(message);
	}

}
