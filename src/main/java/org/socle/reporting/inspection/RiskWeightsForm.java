package org.socle.reporting.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every factor's weight as typed ({@code weights[RATED_D]=20}), with the version of its
 * row the page was read at.
 */
public class RiskWeightsForm {

	private Map<RiskFactor, Integer> weights = new LinkedHashMap<>();

	private Map<RiskFactor, Long> versions = new LinkedHashMap<>();

	public Map<RiskFactor, Integer> getWeights() {
		return this.weights;
	}

	public void setWeights(Map<RiskFactor, Integer> weights) {
		this.weights = weights;
	}

	public Map<RiskFactor, Long> getVersions() {
		return this.versions;
	}

	public void setVersions(Map<RiskFactor, Long> versions) {
		this.versions = versions;
	}

}
