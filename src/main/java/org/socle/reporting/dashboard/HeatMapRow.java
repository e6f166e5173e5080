package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A line of the heat-map's export: a ranking line with the domain scores of its latest
 * validated assessment.
 *
 * @param scores as shown (one decimal) by domain code; a domain not scored is absent or
 * null
 */
record HeatMapRow(RankingRow ranking, Map<String, BigDecimal> scores) {
}
