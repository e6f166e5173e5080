/**
 * Infrastructure: the embedded PostgreSQL, JPA auditing, locale handling, demo data
 * loading.
 */
@ApplicationModule
package org.socle.config;

import org.springframework.modulith.ApplicationModule;
