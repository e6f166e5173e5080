package org.socle.reporting.inspection;

import java.util.List;

import org.socle.shared.StaleEditException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The risk factors' weights, which administrators adjust (docs/inspections.md). */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
class RiskWeights {

	static final int MAX_WEIGHT = 100;

	private final RiskWeightRepository weights;

	RiskWeights(RiskWeightRepository weights) {
		this.weights = weights;
	}

	@Transactional(readOnly = true)
	RiskWeightsForm form() {
		RiskWeightsForm form = new RiskWeightsForm();
		for (RiskWeight weight : this.weights.findAllByOrderById()) {
			form.getWeights().put(weight.getFactor(), weight.getWeight());
			form.getVersions().put(weight.getFactor(), weight.getVersion());
		}
		return form;
	}

	@Transactional(readOnly = true)
	List<RiskFactor> factors() {
		return this.weights.findAllByOrderById().stream().map(RiskWeight::getFactor).toList();
	}

	/**
	 * Saves every weight, or none: a missing or out-of-range weight is rejected on
	 * {@code errors}.
	 * @throws StaleEditException when a weight changed since the form was read (the
	 * form's versions are then brought up to date, its typed weights kept)
	 */
	void save(RiskWeightsForm form, Errors errors) {
		List<RiskWeight> all = this.weights.findAllByOrderById();
		for (RiskWeight weight : all) {
			String field = "weights[" + weight.getFactor() + "]";
			Integer typed = form.getWeights().get(weight.getFactor());
			if (errors.getFieldErrorCount(field) == 0 && (typed == null || typed < 0 || typed > MAX_WEIGHT)) {
				errors.rejectValue(field, "inspection.weights.range", new Object[] { 0, MAX_WEIGHT }, null);
			}
		}
		if (errors.hasErrors()) {
			return;
		}
		StaleEditException stale = null;
		for (RiskWeight weight : all) {
			Long read = form.getVersions().get(weight.getFactor());
			try {
				weight.checkVersion((read != null) ? read : -1);
			}
			catch (StaleEditException ex) {
				stale = (stale != null) ? stale : ex;
			}
			form.getVersions().put(weight.getFactor(), weight.getVersion());
		}
		if (stale != null) {
			throw stale;
		}
		all.forEach((weight) -> weight.setWeight(form.getWeights().get(weight.getFactor())));
		this.weights.flush();
	}

}
