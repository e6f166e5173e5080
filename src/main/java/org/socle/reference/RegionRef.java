package org.socle.reference;

import org.socle.shared.BilingualName;

/**
 * A region by its ISO 3166-2:MA code ({@code MA-01} to {@code MA-12}) with its French and
 * Arabic names.
 */
public record RegionRef(String code, String nameFr, String nameAr) implements BilingualName {

}
