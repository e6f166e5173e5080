package org.socle.nodes;

import java.util.concurrent.Semaphore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only request that takes its time, to stop a node while it is served (graceful
 * shutdown). Each request releases a permit of {@link #STARTED} once it has begun.
 */
@RestController
public class SlowTestController {

	public static final String SLOW = "/test-only/slow";

	static final Semaphore STARTED = new Semaphore(0);

	private static final long MAX_MILLIS = 10_000;

	@GetMapping(SLOW)
	String slow(@RequestParam long millis) throws InterruptedException {
		STARTED.release();
		Thread.sleep(Math.max(0, Math.min(millis, MAX_MILLIS)));
		return "done";
	}

}
