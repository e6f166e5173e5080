package org.socle.beneficiary.register;

import org.socle.establishment.EstablishmentInfo;

import org.springframework.data.domain.Page;

/**
 * A page of an establishment's beneficiary list, with the establishment it belongs to and
 * whether the reader sees names ({@code full}) or pseudonyms.
 */
record BeneficiaryList(EstablishmentInfo establishment, boolean full, Page<BeneficiaryListItem> page) {
}
