package org.socle.care.offline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socle.care.offline.OfflineSync.DeviceRecord;
import org.socle.care.offline.OfflineSync.Outcome;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON the offline service entry exchanges under the user's session (CSRF-protected,
 * as every form): what the device keeps for an establishment, and the sync of what it
 * recorded. A refusal of the whole request is JSON too, with its reason translated, so
 * that the device can show it next to the records it holds back.
 */
@RestController
class OfflineSyncController {

	private final OfflineEntry entry;

	private final OfflineSync sync;

	private final MessageSource messages;

	OfflineSyncController(OfflineEntry entry, OfflineSync sync, MessageSource messages) {
		this.entry = entry;
		this.sync = sync;
		this.messages = messages;
	}

	@GetMapping(path = "/establishments/{id}/services/offline/data", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> deviceData(@PathVariable long id, CsrfToken csrf) {
		return Map.of("data", this.entry.deviceData(id), "csrf",
				Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
	}

	@PostMapping(path = "/establishments/{id}/services/sync", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> sync(@PathVariable long id, @RequestBody Batch batch, Locale locale) {
		List<DeviceRecord> records = (batch.records() != null) ? batch.records() : List.of();
		if (records.size() > OfflineSync.MAX_RECORDS) {
			return refusal(HttpStatus.CONTENT_TOO_LARGE, "offline.tooMany", locale);
		}
		List<Outcome> results = this.sync.sync(id, records);
		return ResponseEntity.ok(Map.of("results", results));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(Locale locale) {
		return refusal(HttpStatus.NOT_FOUND, "offline.noAccess", locale);
	}

	@ExceptionHandler(NotAllowedException.class)
	ResponseEntity<Map<String, Object>> notAllowed(Locale locale) {
		return refusal(HttpStatus.FORBIDDEN, "offline.noAccess", locale);
	}

	private ResponseEntity<Map<String, Object>> refusal(HttpStatus status, String code, Locale locale) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", code, "message", this.messages.getMessage(code, null, locale)));
	}

	/** What the device sends: at most {@value OfflineSync#MAX_RECORDS} records. */
	record Batch(List<DeviceRecord> records) {
	}

}
