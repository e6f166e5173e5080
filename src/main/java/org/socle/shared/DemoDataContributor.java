package org.socle.shared;

/**
 * A module's share of the demo data. Contributors run in {@code @Order} order, each in
 * its own transaction, and must be idempotent: a second start loads nothing twice.
 */
public interface DemoDataContributor {

	void loadDemoData();

}
