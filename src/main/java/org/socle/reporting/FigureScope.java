package org.socle.reporting;

import org.socle.establishment.Category;

/**
 * The national dashboard's filters, for callers outside this module (the REST API). A
 * value that means nothing (an unknown region, a year out of the last ten) is dropped, as
 * on the dashboard.
 *
 * @param year the figures at the end of that year; null or the current year: today
 */
public record FigureScope(String region, Long province, Category category, Long organisation, Integer year) {

}
