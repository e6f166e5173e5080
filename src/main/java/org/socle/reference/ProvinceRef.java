package org.socle.reference;

import org.socle.shared.BilingualName;

/**
 * A province or prefecture of a region.
 */
public record ProvinceRef(long id, String regionCode, ProvinceKind kind, String nameFr, String nameAr,
		boolean active) implements BilingualName {

}
