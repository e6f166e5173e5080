/**
 * The audit trail's revision entity (who and when), shared by every module that audits
 * its records with Hibernate Envers.
 */
package org.socle.shared.audit;
