package org.socle.nodes;

import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two Socle nodes on one PostgreSQL, for the tests of what must hold whichever node
 * serves a request (sessions, imports, evidence files, login throttling, scheduled jobs).
 * Register it once per test class; the nodes start before its first test, are shared by
 * all its tests and stop after the last one:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TwoNodes nodes = new TwoNodes();
 *
 * &#64;Test
 * void somethingDoneOnOneNodeIsSeenOnTheOther() {
 * 	Browser browser = nodes.browser();
 * 	browser.login(nodes.a(), "t-auditor");
 * 	assertThat(browser.get(nodes.b(), "/establishments").status()).isEqualTo(200);
 * }
 * </pre>
 *
 * Each node costs about one test application context; both use the tests' shared embedded
 * PostgreSQL (or the external one of {@code SOCLE_TEST_DB_URL}). A test that stops a node
 * leaves it stopped for the tests after it: order such tests last.
 */
public final class TwoNodes implements BeforeAllCallback, AfterAllCallback {

	private final List<String> properties;

	private Node a;

	private Node b;

	/** Both nodes with the test profile and {@code properties} ({@code key=value}). */
	public TwoNodes(String... properties) {
		this.properties = List.of(properties);
	}

	@Override
	public void beforeAll(ExtensionContext extension) {
		// one after the other: the first runs the migrations, as in a rolling deployment
		this.a = Node.start("A", this.properties);
		this.b = Node.start("B", this.properties);
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		for (Node node : new Node[] { this.b, this.a }) {
			if (node != null && node.isRunning()) {
				node.stop();
			}
		}
	}

	public Node a() {
		return this.a;
	}

	public Node b() {
		return this.b;
	}

	/** A new browser, with no cookie yet. */
	public Browser browser() {
		return new Browser();
	}

}
