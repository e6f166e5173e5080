package org.socle.reporting;

import java.time.LocalDate;

/**
 * The national dashboard's aggregates for callers outside this module (the REST API),
 * computed by the dashboard's read model.
 */
public interface NationalFigures {

	/**
	 * The key figures of the scope and of each region.
	 * @throws org.socle.shared.NotAllowedException for a manager (the dashboard is the
	 * auditors' and admins')
	 */
	ScoreFigures scores(FigureScope scope);

	/**
	 * An establishment's beneficiaries by sex, age group and disability, small counts
	 * suppressed.
	 * @param date the reference date, today if null
	 * @throws org.socle.shared.NotFoundException when the current user may not read the
	 * establishment
	 */
	BeneficiaryStatistics beneficiaries(long establishmentId, LocalDate date);

}
