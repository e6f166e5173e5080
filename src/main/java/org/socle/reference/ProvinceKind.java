package org.socle.reference;

/**
 * Provinces are rural or mixed, prefectures urban; both sit directly under a region.
 */
public enum ProvinceKind {

	PROVINCE, PREFECTURE

}
