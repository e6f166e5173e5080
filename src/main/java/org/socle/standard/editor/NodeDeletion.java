package org.socle.standard.editor;

import org.socle.standard.LocalizedText;

/**
 * What deleting a node, or a whole draft, removes, for the confirmation page.
 */
public record NodeDeletion(String code, LocalizedText title, long criteria, long indicators, long version) {
}
