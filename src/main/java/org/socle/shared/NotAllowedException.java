package org.socle.shared;

/**
 * The current user may see the record but not perform this action on it (403).
 */
public class NotAllowedException extends RuntimeException {

	public NotAllowedException(String message) {
		super(message);
	}

}
