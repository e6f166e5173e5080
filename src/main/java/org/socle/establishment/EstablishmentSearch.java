package org.socle.establishment;

/**
 * The establishment list's search and filters, for callers outside this module (the REST
 * API): the same as the list page's query string. Null or false leaves a filter unset.
 *
 * @param q part of a name
 * @param region a region code ({@code MA-04}); an unknown one is ignored
 * @param expired only the establishments whose authorisation has expired
 * @param unauthorised only those without a valid authorisation today
 */
public record EstablishmentSearch(String q, String region, Long province, Category category, EstablishmentStatus status,
		Long organisation, boolean expired, boolean unauthorised) {

}
