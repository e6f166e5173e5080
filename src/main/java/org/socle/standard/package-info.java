/**
 * Reference standards (e.g. SOCLE-EPS 1.0): versioned frameworks of domains, criteria and
 * indicators against which establishments are assessed.
 * <p>
 * The API other modules use is {@link org.socle.standard.StandardCatalog} and the records
 * and enums it returns ({@link org.socle.standard.StandardTreeView},
 * {@link org.socle.standard.IndicatorView}, {@link org.socle.standard.MetricKey}, …). A
 * published version is immutable, in the services and in the database.
 * <p>
 * Inside: {@code model} (entities, repositories, loading a tree), {@code document} (the
 * {@code socle-standard/1} JSON format, its rules, writing a document as a draft),
 * {@code editor} (editing a draft's tree), {@code admin} (the life of versions: create,
 * import, publish, clone, retire, delete), {@code browse} (the read-only pages) and
 * {@code installer} (the default standard, on start).
 */
@ApplicationModule(allowedDependencies = { "identity", "shared" })
package org.socle.standard;

import org.springframework.modulith.ApplicationModule;
