package org.socle.standard.model;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.standard.CriterionView;
import org.socle.standard.IndicatorView;

@Entity
@Table(name = "standard_criterion")
public class StandardCriterion extends StandardGroup {

	private long domainId;

	protected StandardCriterion() {
	}

	public StandardCriterion(long standardId, long domainId, int position) {
		super(standardId, position);
		this.domainId = domainId;
	}

	@Override
	public long getParentId() {
		return this.domainId;
	}

	CriterionView toView(List<IndicatorView> indicators) {
		return new CriterionView(getId(), getCode(), getWeight(), getTitle(), getDescription(), indicators);
	}

}
