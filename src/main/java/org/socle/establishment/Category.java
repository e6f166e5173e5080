package org.socle.establishment;

/**
 * Who an establishment takes in (loi 65-15 and its cahiers des charges).
 */
public enum Category {

	CHILDREN, STUDENTS, ELDERLY, DISABILITY, WOMEN, HOMELESS, MULTI

}
