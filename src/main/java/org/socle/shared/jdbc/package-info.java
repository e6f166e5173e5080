/**
 * JDBC helpers for the modules' bulk work: multi-row inserts and array parameters.
 */
package org.socle.shared.jdbc;
