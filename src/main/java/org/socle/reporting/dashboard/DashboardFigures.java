package org.socle.reporting.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.socle.establishment.EstablishmentAccess;
import org.socle.reference.ReferenceDataService;
import org.socle.reporting.BeneficiaryStatistics;
import org.socle.reporting.FigureScope;
import org.socle.reporting.KeyFigures;
import org.socle.reporting.NationalFigures;
import org.socle.reporting.ScoreFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures as the reporting module's API offers them: the same scope, the
 * same statements and the same suppression of small counts as the page.
 */
@Service
@Transactional(readOnly = true)
class DashboardFigures implements NationalFigures {

	private final Dashboard dashboard;

	private final DashboardQueries queries;

	private final ReferenceDataService reference;

	private final EstablishmentAccess establishments;

	private final Clock clock;

	DashboardFigures(Dashboard dashboard, DashboardQueries queries, ReferenceDataService reference,
			EstablishmentAccess establishments, Clock clock) {
		this.dashboard = dashboard;
		this.queries = queries;
		this.reference = reference;
		this.establishments = establishments;
		this.clock = clock;
	}

	@Override
	public ScoreFigures scores(FigureScope filter) {
		Scope scope = this.dashboard.exportScope(new DashboardFilter(filter.region(), filter.province(),
				filter.category(), filter.organisation(), filter.year()));
		DashboardQueries.FigureSet figures = this.queries.figures(scope);
		List<KeyFigures> regions = this.reference.regions()
			.stream()
			.map((region) -> key(figures.region(region.code())))
			.toList();
		return new ScoreFigures(scope.referenceDate(), key(figures.whole()), regions);
	}

	@Override
	public BeneficiaryStatistics beneficiaries(long establishmentId, LocalDate date) {
		this.establishments.requireReadable(establishmentId);
		LocalDate d = (date != null) ? date : LocalDate.now(this.clock);
		BeneficiaryFigures figures = this.queries.beneficiaries(establishmentId, d);
		return new BeneficiaryStatistics(establishmentId, d,
				figures.byAge().stream().map(DashboardFigures::line).toList(),
				figures.byDisability().stream().map(DashboardFigures::line).toList(), line(figures.total()),
				line(this.queries.discharged(establishmentId, d)));
	}

	private static BeneficiaryStatistics.Line line(BeneficiaryFigures.Line line) {
		return new BeneficiaryStatistics.Line(line.key(), line.women().value(), line.men().value(), line.all().value());
	}

	private static KeyFigures key(Figures f) {
		return new KeyFigures(f.regionCode(), f.establishments(), f.capacity(), f.activeBeneficiaries(), f.occupancy(),
				f.overCapacity(), f.withoutValidAuthorisation(), f.expiredAuthorisation(), f.assessedLast12Months(),
				f.assessed(), f.medianScoreShown(), f.ratedA(), f.ratedB(), f.ratedC(), f.ratedD(), f.overdueActions());
	}

}
