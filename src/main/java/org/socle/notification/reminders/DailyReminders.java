package org.socle.notification.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.identity.UserRoster;
import org.socle.notification.Notice;
import org.socle.notification.Notifications;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily checks: corrective actions due or overdue, assessments due, authorisations
 * expiring or expired, establishments over capacity. Each reminder goes to the managers
 * of the establishment's organisation. Run once a day by one node (ShedLock); each check
 * is idempotent by its reminders' event keys, so a second run, on this node or another,
 * tells nobody twice.
 */
@Component
class DailyReminders {

	private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);

	/** The checks, each one statement for every establishment. */
	enum Check {

		ACTIONS(ReminderQueries::actions), ASSESSMENTS_DUE(ReminderQueries::assessmentsDue),
		AUTHORISATIONS(ReminderQueries::authorisations), OVER_CAPACITY(ReminderQueries::overCapacity);

		private final BiFunction<ReminderQueries, LocalDate, List<Reminder>> query;

		Check(BiFunction<ReminderQueries, LocalDate, List<Reminder>> query) {
			this.query = query;
		}

	}

	private final ReminderQueries queries;

	private final UserRoster roster;

	private final Notifications notifications;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DailyReminders(ReminderQueries queries, UserRoster roster, Notifications notifications,
			PlatformTransactionManager transactions, Clock clock) {
		this.queries = queries;
		this.roster = roster;
		this.notifications = notifications;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Every check for today, each in its own transaction: one that fails is logged and
	 * the others still run (tomorrow's run retries it).
	 */
	@Scheduled(cron = "#{@reminderSchedule.cron}", zone = "${socle.time-zone:Africa/Casablanca}")
	@SchedulerLock(name = "notification-daily-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void runDailyChecks() {
		LocalDate today = LocalDate.now(this.clock);
		for (Check check : Check.values()) {
			try {
				int sent = run(check, today);
				log.info("Daily check {}: {} notices handed over", check, sent);
			}
			catch (RuntimeException ex) {
				log.error("Daily check {} failed", check, ex);
			}
		}
	}

	/**
	 * Runs one check as of {@code today}.
	 * @return how many notices were handed to {@link Notifications} (including those a
	 * recipient already had, which it ignores)
	 */
	int run(Check check, LocalDate today) {
		return this.transaction.execute((status) -> {
			List<Reminder> reminders = check.query.apply(this.queries, today);
			Map<Long, List<Long>> managers = this.roster
				.activeManagersOf(reminders.stream().map(Reminder::organisationId).distinct().toList());
			int sent = 0;
			for (Reminder reminder : reminders) {
				for (long manager : managers.getOrDefault(reminder.organisationId(), List.of())) {
					this.notifications.notify(new Notice(reminder.eventKey(), manager, reminder.type(),
							reminder.arguments(), reminder.link()));
					sent++;
				}
			}
			return sent;
		});
	}

}
