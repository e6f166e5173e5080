package org.socle.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the notification platform until it is built: records every notice handed
 * over, so that tests check who is told what. It keeps repeats (a real implementation
 * ignores a second notice with the same event key and recipient): tests of idempotency
 * check that a repeat carries the same key.
 */
public class RecordingNotifications implements Notifications {

	private final List<Notice> notices = new CopyOnWriteArrayList<>();

	@Override
	public void notify(Notice notice) {
		this.notices.add(notice);
	}

	/** The notices handed over so far that match, in order. */
	public List<Notice> matching(Predicate<Notice> filter) {
		return this.notices.stream().filter(filter).toList();
	}

	/** The notices handed over for events whose key starts with {@code prefix}. */
	public List<Notice> withKeyStarting(String prefix) {
		return matching((notice) -> notice.eventKey().startsWith(prefix));
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		RecordingNotifications recordingNotifications() {
			return new RecordingNotifications();
		}

	}

}
