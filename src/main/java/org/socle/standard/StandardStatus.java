package org.socle.standard;

/**
 * Life of a standard version: a draft is edited, publishing freezes it, retiring keeps it
 * (read-only, for the assessments made with it) but offers it no more for new ones.
 */
public enum StandardStatus {

	DRAFT, PUBLISHED, RETIRED;

	/** Published and retired versions never change. */
	public boolean isFrozen() {
		return this != DRAFT;
	}

}
