/**
 * Reference data: the 12 regions of Morocco (fixed by law, read-only) and their provinces
 * and prefectures (extended by administrators). The API is {@link ReferenceDataService}
 * with {@link RegionRef}, {@link ProvinceRef} and {@link ProvinceKind}. Inside:
 * {@code internal} (the tables) and {@code admin} (the administrators' screens).
 */
@ApplicationModule(allowedDependencies = "shared")
package org.socle.reference;

import org.springframework.modulith.ApplicationModule;
