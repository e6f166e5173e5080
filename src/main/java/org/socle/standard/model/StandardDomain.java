package org.socle.standard.model;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.standard.CriterionView;
import org.socle.standard.DomainView;

@Entity
@Table(name = "standard_domain")
public class StandardDomain extends StandardGroup {

	protected StandardDomain() {
	}

	public StandardDomain(long standardId, int position) {
		super(standardId, position);
	}

	/** A domain's parent is its standard. */
	@Override
	public long getParentId() {
		return getStandardId();
	}

	DomainView toView(List<CriterionView> criteria) {
		return new DomainView(getId(), getCode(), getWeight(), getTitle(), getDescription(), criteria);
	}

}
