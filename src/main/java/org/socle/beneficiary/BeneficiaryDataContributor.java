package org.socle.beneficiary;

import java.util.Collection;
import java.util.List;

/**
 * Implemented by the modules that keep records about a beneficiary (care), so that the
 * one-person export (a data-subject request under loi 09-08) includes them and the
 * retention anonymisation clears their free text.
 */
public interface BeneficiaryDataContributor {

	/**
	 * The module's sections of the export, in the current user's language. Called after
	 * the access check.
	 */
	List<ExportSection> personalData(long beneficiaryId);

	/** Clears the free text (notes, summaries) of these beneficiaries' records. */
	void anonymise(Collection<Long> beneficiaryIds);

}
