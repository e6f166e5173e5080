package org.socle.assessment;

/**
 * Who assesses: the establishment itself (created by a manager of its organisation) or an
 * auditor.
 */
public enum AssessmentKind {

	SELF, AUDIT

}
