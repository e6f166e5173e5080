/**
 * Home pages per role, quality reports and national dashboards. {@code home}: the home
 * page and its assessment figures (a read model over the assessment and establishment
 * tables).
 */
@ApplicationModule
package org.socle.reporting;

import org.springframework.modulith.ApplicationModule;
