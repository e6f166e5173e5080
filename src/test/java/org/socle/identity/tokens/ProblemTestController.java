package org.socle.identity.tokens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Test-only API endpoints that fail in every way an API endpoint can. */
@RestController
class ProblemTestController {

	static final String PATH = "/api/test-only/problems";

	static final String SECRET = "secret-internal-detail";

	record Payload(@NotBlank String name, @NotNull @Min(1) Integer count) {
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	Payload validated(@Valid @RequestBody Payload payload) {
		return payload;
	}

	@GetMapping(PATH + "/numbers/{id}")
	long number(@PathVariable long id) {
		return id;
	}

	@GetMapping(PATH + "/{kind}")
	String fail(@PathVariable String kind) {
		throw switch (kind) {
			case "not-found" -> new NotFoundException("Thing " + SECRET, 1);
			case "forbidden" -> new NotAllowedException(SECRET);
			case "conflict" -> new DataIntegrityViolationException(SECRET);
			case "too-large" -> new MaxUploadSizeExceededException(1024);
			case "boom" -> new IllegalStateException(SECRET);
			default -> new NotFoundException("Kind", kind);
		};
	}

}
