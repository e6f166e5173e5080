package org.socle.api.v1;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socle.care.BulkServiceRecords;
import org.socle.care.NewServiceRecord;
import org.socle.care.RejectedServiceRecords;
import org.socle.shared.idempotency.IdempotencyKeys;
import org.socle.shared.idempotency.IdempotencyKeys.StoredResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk creation of service records by an establishment's own tool: all or nothing, and
 * idempotent, so that a retried request never records a service twice.
 */
@RestController
@Tag(name = "Service records")
class ServiceRecordsApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final String PROBLEMS = "https://socle.example/problems/";

	private final ServiceRecordUploads uploads;

	private final MessageSource messages;

	ServiceRecordsApiController(ServiceRecordUploads uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/establishments/{id}/service-records/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record up to 1,000 services at once, all or nothing",
			description = "Only the establishment's manager. Each record names a beneficiary by the pseudonymous "
					+ "reference shown on their record (B-XXXXXX), present in the establishment on the date, and an "
					+ "active service type by code. The Idempotency-Key header is required: the same key with the "
					+ "same body answers the first response again and records nothing more.")
	@ApiResponse(responseCode = "201", description = "Recorded (or the same response replayed)",
			content = @Content(schema = @Schema(implementation = ServiceRecordUploads.Created.class),
					examples = @ExampleObject(value = """
							{"establishmentId":12,"created":2,"ids":[90311,90312]}""")))
	@ApiResponse(responseCode = "400", description = "No Idempotency-Key header, or a body that does not parse")
	@ApiResponse(responseCode = "403", description = "Not the establishment's manager")
	@ApiResponse(responseCode = "404", description = "No such establishment, or not the caller's organisation's")
	@ApiResponse(responseCode = "409",
			description = "Another request with the same key was running: nothing recorded by this one; "
					+ "retry it to get the other's response")
	@ApiResponse(responseCode = "413", description = "More than 1,000 records")
	@ApiResponse(responseCode = "422",
			description = "Invalid records (each listed; nothing recorded), or the key " + "was used with another body",
			content = @Content(examples = @ExampleObject(value = """
					{"type":"https://socle.example/problems/invalid-service-records","title":"Invalid service records",
					 "status":422,"detail":"Nothing was recorded: 1 problem.",
					 "errors":[{"row":3,"field":"beneficiary","code":"care.notPresent",
					 "message":"Some of the people chosen are not present in the establishment on that date."}]}""")))
	ResponseEntity<?> recordServices(@PathVariable long id,
			@Parameter(description = "A unique key per upload (a UUID), the same on every retry", required = true,
					example = "6f1c2a9e-3b7d-4c1a-9f60-2d8e5b7a4c13") @RequestHeader(name = IDEMPOTENCY_KEY,
							required = false) String key,
			@RequestBody Upload upload) {
		// required, but checked here to answer with our own problem type rather than
		// Spring's
		if (key == null || key.isBlank() || key.length() > IdempotencyKeys.MAX_KEY_LENGTH) {
			return problem(HttpStatus.BAD_REQUEST, "idempotency-key-required", "Idempotency-Key header required",
					"Send a unique key (at most 255 characters) in the Idempotency-Key header.");
		}
		List<NewServiceRecord> records = (upload.records() != null) ? upload.records() : List.of();
		if (records.size() > BulkServiceRecords.MAX_RECORDS) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "too-many-records", "Too many records",
					"At most " + BulkServiceRecords.MAX_RECORDS + " records per request: split the upload.");
		}
		StoredResponse response = this.uploads.upload(id, key, records);
		return ResponseEntity.status(response.status())
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotent-Replayed", String.valueOf(response.replayed()))
			.body(response.body());
	}

	@ExceptionHandler(RejectedServiceRecords.class)
	ResponseEntity<ProblemDetail> rejected(RejectedServiceRecords ex, Locale locale) {
		ProblemDetail problem = detail(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-service-records",
				"Invalid service records", "Nothing was recorded: " + ex.problems().size() + " problem(s).");
		problem.setProperty("errors",
				ex.problems()
					.stream()
					.map((p) -> Map.of("row", p.row(), "field", p.field(), "code", p.code(), "message",
							this.messages.getMessage(p.code(), null, p.code(), locale)))
					.toList());
		return ResponseEntity.of(problem).build();
	}

	@ExceptionHandler(IdempotencyKeys.KeyReused.class)
	ResponseEntity<ProblemDetail> keyReused() {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"Idempotency-Key already used with another request",
				"This key was used for a different upload: use a new key for a new upload.");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
		return ResponseEntity.of(detail(status, type, title, detail)).build();
	}

	private static ProblemDetail detail(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PROBLEMS + type));
		problem.setTitle(title);
		return problem;
	}

	/** The request's body. */
	record Upload(List<NewServiceRecord> records) {
	}

}
