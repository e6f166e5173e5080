package org.socle.shared.jdbc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read-only transactions ({@code @Transactional(readOnly = true)}) started by this
 * class may read from the PostgreSQL read replica when one is configured
 * ({@code SOCLE_REPLICA_URL}), and therefore see data a few moments old: for reports and
 * dashboards, never for a page that must show what its user has just saved. Without a
 * replica, or while it does not answer, they read the primary (docs/operations.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface ReadsFromReplica {

}
