package org.socle.notification.reminders;

import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the daily checks run: {@code socle.notification.daily-at}, a time of day
 * ({@code 06:30} by default) in {@code socle.time-zone} (Africa/Casablanca), or {@code -}
 * for never (the tests call them).
 */
@Component
class ReminderSchedule {

	private final String cron;

	ReminderSchedule(@Value("${socle.notification.daily-at:06:30}") String dailyAt) {
		if ("-".equals(dailyAt)) {
			this.cron = "-";
		}
		else {
			LocalTime time = LocalTime.parse(dailyAt);
			this.cron = time.getSecond() + " " + time.getMinute() + " " + time.getHour() + " * * *";
		}
	}

	/** The cron expression of {@code @Scheduled}, or {@code -} for never. */
	public String getCron() {
		return this.cron;
	}

}
