/**
 * Notifications: what happened or falls due, told to the people concerned, in their own
 * language, in the application (the bell and its page) and by e-mail (an outbox sent by a
 * scheduled job). The API is {@link org.socle.notification.Notifications}, which other
 * modules' listeners and daily checks call with a {@link org.socle.notification.Notice}.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "identity", "assessment", "establishment", "shared" })
package org.socle.notification;

import org.springframework.modulith.ApplicationModule;
