package org.socle;

import java.time.Instant;

import org.socle.shared.StaleEditException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints that fail, to check what users see when something goes wrong.
 */
@RestController
class FailingTestController {

	static final String BOOM = "/test-only/boom";

	static final String CONFLICT = "/test-only/conflict";

	static final String SECRET = "secret-internal-detail";

	@GetMapping(BOOM)
	String boom() {
		throw new IllegalStateException(SECRET);
	}

	@GetMapping(CONFLICT)
	String conflict() {
		throw new StaleEditException("someone", Instant.now(), 2);
	}

}
