/**
 * Home pages per role, quality reports and national dashboards.
 */
@ApplicationModule
package org.socle.reporting;

import org.springframework.modulith.ApplicationModule;
