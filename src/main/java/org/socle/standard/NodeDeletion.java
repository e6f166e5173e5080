package org.socle.standard;

/**
 * What deleting a node removes, for the confirmation page.
 */
record NodeDeletion(String code, LocalizedText title, long criteria, long indicators, long version) {
}
