package org.socle.care.offline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.socle.care.BulkServiceRecords;
import org.socle.care.NewServiceRecord;
import org.socle.care.RejectedServiceRecords;
import org.socle.shared.idempotency.IdempotencyKeys;
import org.socle.shared.idempotency.IdempotencyKeys.StoredResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the services a device recorded offline, record by record: each in its own
 * transaction with its client-generated id as idempotency key (the records and the stored
 * answer commit together), so that a refused record does not hold back the others and a
 * record sent twice (a lost answer, a retry, two tabs) is written once.
 */
@Service
class OfflineSync {

	/** The most records one sync request takes; the device sends more in several. */
	static final int MAX_RECORDS = 100;

	private static final Pattern CLIENT_ID = Pattern.compile("[0-9a-fA-F-]{36}");

	private final OfflineEntry entry;

	private final BulkServiceRecords services;

	private final IdempotencyKeys keys;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final JsonMapper json;

	OfflineSync(OfflineEntry entry, BulkServiceRecords services, IdempotencyKeys keys,
			PlatformTransactionManager transactions, MessageSource messages, JsonMapper json) {
		requireKeysKeptWhileDevicesKeepRecords(entry.maxDays(), keys.retention());
		this.entry = entry;
		this.services = services;
		this.keys = keys;
		this.transaction = new TransactionTemplate(transactions);
		this.messages = messages;
		this.json = json;
	}

	/**
	 * Refuses to start when a device may keep a record longer than the server keeps its
	 * key: a record whose answer was lost, sent again after its key was forgotten, would
	 * be saved twice. A device sends only within {@code maxDays} of its last login, and a
	 * key is written after that login.
	 */
	static void requireKeysKeptWhileDevicesKeepRecords(int maxDays, Duration retention) {
		if (Duration.ofDays(maxDays).compareTo(retention) > 0) {
			throw new IllegalStateException("socle.offline.max-days (" + maxDays
					+ " days) is longer than socle.api.idempotency-retention (" + retention.toHours()
					+ " hours): a record sent again after its idempotency key was forgotten would be saved twice. "
					+ "Set socle.offline.max-days to at most the retention in days, or keep keys longer.");
		}
	}

	/**
	 * @throws org.socle.shared.NotFoundException when the user may not read the
	 * establishment
	 * @throws org.socle.shared.NotAllowedException when they may no longer record its
	 * services
	 */
	List<Outcome> sync(long establishmentId, List<DeviceRecord> records) {
		this.entry.requireManaged(establishmentId);
		Locale locale = LocaleContextHolder.getLocale();
		List<Outcome> outcomes = new ArrayList<>();
		for (DeviceRecord record : records) {
			outcomes.add(syncOne(establishmentId, record, locale));
		}
		return outcomes;
	}

	private Outcome syncOne(long establishmentId, DeviceRecord record, Locale locale) {
		if (record == null || record.clientId() == null || !CLIENT_ID.matcher(record.clientId()).matches()) {
			return refused(record, List.of(reason("clientId", "offline.badClientId", locale)));
		}
		NewServiceRecord service = record.service();
		String request = "POST establishments/" + establishmentId + "/services/sync\n"
				+ this.json.writeValueAsString(service);
		try {
			this.transaction.executeWithoutResult((status) -> this.keys.once("offline:" + record.clientId(), request,
					() -> new StoredResponse(
							HttpStatus.CREATED.value(), this.json.writeValueAsString(this.services
								.recordAll(establishmentId, List.of(service), "Offline " + record.clientId())),
							false)));
			return new Outcome(record.clientId(), Outcome.SAVED, List.of());
		}
		catch (RejectedServiceRecords ex) {
			return refused(record,
					ex.problems().stream().map((problem) -> reason(problem.field(), problem.code(), locale)).toList());
		}
		catch (IdempotencyKeys.KeyReused ex) {
			return refused(record, List.of(reason("clientId", "offline.recordedDifferently", locale)));
		}
		catch (DataIntegrityViolationException ex) {
			// the same record sent at the same moment by another tab or the service
			// worker
			return new Outcome(record.clientId(), Outcome.RETRY, List.of());
		}
	}

	private static Outcome refused(DeviceRecord record, List<Reason> reasons) {
		return new Outcome((record != null) ? record.clientId() : null, Outcome.REFUSED, reasons);
	}

	private Reason reason(String field, String code, Locale locale) {
		return new Reason(field, code, this.messages.getMessage(code, null, code, locale));
	}

	/**
	 * A service as the device queued it.
	 *
	 * @param clientId the id the device gave it (a random UUID), kept across retries
	 * @param beneficiary the pseudonymous reference
	 * @param serviceType the type's code
	 */
	record DeviceRecord(String clientId, String beneficiary, String serviceType, LocalDate date, String notes) {

		NewServiceRecord service() {
			return new NewServiceRecord(this.beneficiary, this.serviceType, this.date, this.notes);
		}

	}

	/**
	 * @param status {@value #SAVED} (also when saved before), {@value #REFUSED} (with the
	 * reasons, translated) or {@value #RETRY} (send it again later)
	 */
	record Outcome(String clientId, String status, List<Reason> reasons) {

		static final String SAVED = "saved";

		static final String REFUSED = "refused";

		static final String RETRY = "retry";

	}

	/**
	 * @param message in the user's language
	 */
	record Reason(String field, String code, String message) {
	}

}
