package org.socle.demo;

/**
 * One share of the demo data. {@link DemoDataLoader} runs the contributors in
 * {@code @Order} order, as a system administrator; each runs in its own transaction and
 * must be idempotent: a second start loads nothing twice.
 * <p>
 * Public only while {@code assessment.AssessmentDemoData} still lives in its module; it
 * becomes package-private when that class moves here.
 */
public interface DemoDataContributor {

	void loadDemoData();

}
