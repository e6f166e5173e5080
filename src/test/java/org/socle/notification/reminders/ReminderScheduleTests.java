package org.socle.notification.reminders;

import java.lang.reflect.Method;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.socle.notification.mail.DailyDigest;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The time of day of {@code socle.notification.daily-at} as the cron expression of the
 * daily checks, and the zone both daily jobs run in.
 */
class ReminderScheduleTests {

	@Test
	void aTimeOfDayIsACronExpressionFiringOnceADayAtThatTime() {
		String cron = new ReminderSchedule("06:30").getCron();

		assertThat(cron).isEqualTo("0 30 6 * * *");
		CronExpression expression = CronExpression.parse(cron);
		assertThat(expression.next(LocalDateTime.parse("2026-12-05T06:29:59")))
			.isEqualTo(LocalDateTime.parse("2026-12-05T06:30:00"));
		assertThat(expression.next(LocalDateTime.parse("2026-12-05T06:30:00")))
			.isEqualTo(LocalDateTime.parse("2026-12-06T06:30:00"));
	}

	@Test
	void secondsAreKeptAndADashNeverRuns() {
		assertThat(new ReminderSchedule("18:05:30").getCron()).isEqualTo("30 5 18 * * *");
		assertThat(new ReminderSchedule("-").getCron()).isEqualTo("-");
	}

	@Test
	void aTimeThatIsNotOneStopsTheStartUp() {
		assertThatThrownBy(() -> new ReminderSchedule("6h30")).isInstanceOf(RuntimeException.class);
	}

	@Test
	void theDailyChecksAndTheDigestRunInTheApplicationsTimeZone() throws NoSuchMethodException {
		Method checks = DailyReminders.class.getDeclaredMethod("runDailyChecks");
		Method digest = DailyDigest.class.getDeclaredMethod("queueDailyDigests");

		assertThat(checks.getAnnotation(Scheduled.class).zone()).isEqualTo("${socle.time-zone:Africa/Casablanca}")
			.isEqualTo(digest.getAnnotation(Scheduled.class).zone());
	}

}
