package org.socle.demo;

/**
 * One share of the demo data. {@link DemoDataLoader} runs the contributors in
 * {@code @Order} order, as a system administrator; each runs in its own transaction and
 * must be idempotent: a second start loads nothing twice.
 */
interface DemoDataContributor {

	void loadDemoData();

}
