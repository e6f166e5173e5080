package org.socle.notification;

/**
 * Tells people what concerns them. Joins the caller's transaction: a notice exists, and
 * its e-mail is queued, only if what it tells was committed.
 */
public interface Notifications {

	/**
	 * Records the notice in the recipient's list and, following the recipient's e-mail
	 * preference, queues its e-mail; does nothing if the recipient already has a notice
	 * with that event key.
	 */
	void notify(Notice notice);

}
