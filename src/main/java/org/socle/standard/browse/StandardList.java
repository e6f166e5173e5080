package org.socle.standard.browse;

import org.socle.standard.model.DraftVisibility;
import org.socle.standard.model.ReferenceStandardRepository;
import org.socle.standard.model.StandardListRow;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of versions the current user may see (drafts: admins only), by code then
 * newest version first, with their indicator counts.
 */
@Service
@Transactional(readOnly = true)
class StandardList {

	private final ReferenceStandardRepository standards;

	StandardList(ReferenceStandardRepository standards) {
		this.standards = standards;
	}

	Page<StandardListRow> page(Pageable pageable) {
		return this.standards.findRows(DraftVisibility.currentUserSeesDrafts(), pageable);
	}

}
