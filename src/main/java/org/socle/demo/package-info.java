/**
 * Demo data: organisations, users, establishments, beneficiaries, care records and
 * assessments that make a fresh installation show something real. The only module that
 * knows the demo rows; nothing depends on it.
 * <p>
 * {@link org.socle.demo.DemoDataLoader} runs every
 * {@link org.socle.demo.DemoDataContributor} on start-up (when {@code socle.demo} is on,
 * by default on the embedded database), in {@code @Order} order, before the admin
 * bootstrap, inside one system security context: an administrator named
 * {@code demo-data}, so that the modules' APIs accept the calls and stamp what they write
 * with that name.
 * <p>
 * The pattern every contributor follows:
 * <ul>
 * <li>a package-private {@code <Module>DemoData} {@code @Component} in this package,
 * implementing {@link org.socle.demo.DemoDataContributor} with an {@code @Order} (10
 * organisations, 20 users, 30 establishments, 40 beneficiaries, 41 care, 60 assessments)
 * and a {@code @Transactional} {@code loadDemoData()} that is idempotent (it first looks
 * for its rows, by name or by {@code created_by = 'demo-data'});</li>
 * <li>it uses other modules only through their API (their root package's public types),
 * never their sub-packages: Spring Modulith's boundary check fails otherwise. Where an
 * API is missing, add a small one a real feature could use too (as
 * {@code identity.UserAccounts}), or write SQL: this module is the one declared exception
 * to the cross-module read rule ({@code CrossModuleReadTests} skips it). SQL rows take
 * {@link org.socle.demo.DemoWorld#CREATED_BY} as {@code created_by}/{@code updated_by}
 * and go through {@link org.socle.shared.jdbc.BatchInsert}; for tables audited by Envers,
 * also write the audit rows (as {@code EstablishmentDemoData} does);</li>
 * <li>it does not set a security context of its own: the loader's is there (tests run
 * contributors through {@code DemoDataLoader.asSystem});</li>
 * <li>names and constants of demo rows that several contributors share live here
 * ({@link org.socle.demo.DemoOrganisations}, {@link org.socle.demo.DemoWorld}), never in
 * a production module; its tests live in {@code src/test/java/org/socle/demo};</li>
 * <li>the module it seeds then drops any dependency it had only for demo rows, and adds
 * nothing about them: no production module depends on {@code demo}
 * ({@code DemoModuleTests}).</li>
 * </ul>
 * {@code AssessmentDemoData} writes five years of assessment history, back-dated, which
 * no workflow API allows; it reads the standard trees, computes metric snapshots and
 * records scores through the types {@code assessment} declares as its {@code seeding}
 * named interface, which only this module lists among its dependencies.
 */
@ApplicationModule(allowedDependencies = { "organisation", "identity", "establishment", "reference", "beneficiary",
		"standard", "assessment", "assessment :: scoring", "assessment :: seeding", "config", "shared" })
package org.socle.demo;

import org.springframework.modulith.ApplicationModule;
