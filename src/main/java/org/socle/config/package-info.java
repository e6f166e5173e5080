/**
 * Infrastructure: the embedded PostgreSQL, JPA auditing, locale handling.
 */
@ApplicationModule
package org.socle.config;

import org.springframework.modulith.ApplicationModule;
