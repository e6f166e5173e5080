package org.socle.organisation;

/**
 * Legal form of an organisation managing establishments.
 */
public enum LegalForm {

	ASSOCIATION, FOUNDATION, COOPERATIVE, PUBLIC_INSTITUTION, OTHER

}
