package org.socle.shared;

/**
 * The record does not exist, or the current user may not know that it exists: both answer
 * 404 so that ids of other organisations are not leaked.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
