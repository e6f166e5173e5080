package org.socle.reporting.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.socle.establishment.EstablishmentAccess;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Auditors (and administrators) assign an establishment's visit to an auditor, change or
 * cancel it, and record it done once it took place; each step writes who did what to the
 * visit's trail.
 */
@Service
@Transactional
class Visits {

	private final PlannedVisitRepository visits;

	private final VisitEventRepository events;

	private final InspectionQueries queries;

	private final EstablishmentAccess establishments;

	private final Clock clock;

	Visits(PlannedVisitRepository visits, VisitEventRepository events, InspectionQueries queries,
			EstablishmentAccess establishments, Clock clock) {
		this.visits = visits;
		this.events = events;
		this.queries = queries;
		this.establishments = establishments;
		this.clock = clock;
	}

	/** The form for an establishment: its planned visit, or today's user and no date. */
	VisitForm formFor(long establishmentId) {
		SocleUser user = InspectionPlan.requirePlanReader();
		VisitForm form = new VisitForm();
		Optional<PlannedVisit> planned = planned(establishmentId);
		planned.ifPresent((visit) -> {
			form.setAuditorId(visit.getAuditorId());
			form.setPlannedOn(visit.getPlannedOn());
			form.setVersion(visit.getVersion());
		});
		if (planned.isEmpty() && user.isAuditor()) {
			form.setAuditorId(user.id());
		}
		return form;
	}

	/**
	 * Assigns or changes the visit; rejects on {@code errors} a date before today and an
	 * assignee who is not an enabled auditor (nothing is saved then).
	 * @throws StaleEditException when the visit changed since the form was read
	 * @throws NotAllowedException for anyone but an auditor or an administrator
	 */
	void assign(long establishmentId, VisitForm form, Errors errors) {
		SocleUser user = InspectionPlan.requirePlanReader();
		this.establishments.requireReadable(establishmentId);
		if (form.getPlannedOn() != null && form.getPlannedOn().isBefore(LocalDate.now(this.clock))) {
			errors.rejectValue("plannedOn", "inspection.visit.plannedOn.past");
		}
		Long auditorId = (form.getAuditorId() == null && user.isAuditor()) ? Long.valueOf(user.id())
				: form.getAuditorId();
		Optional<InspectionQueries.Auditor> auditor = this.queries.auditors()
			.stream()
			.filter((a) -> auditorId != null && a.id() == auditorId)
			.findFirst();
		if (auditor.isEmpty()) {
			errors.rejectValue("auditorId", "inspection.visit.auditor.unknown");
		}
		if (errors.hasErrors()) {
			return;
		}
		Optional<PlannedVisit> planned = planned(establishmentId);
		PlannedVisit visit = planned.orElseGet(() -> new PlannedVisit(establishmentId));
		if (planned.isPresent()) {
			visit.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		}
		visit.plan(auditor.get().id(), auditor.get().name(), form.getPlannedOn());
		this.visits.saveAndFlush(visit);
		record(visit, planned.isPresent() ? VisitEvent.Action.CHANGED : VisitEvent.Action.ASSIGNED, user);
	}

	/**
	 * Cancels the planned visit; false when there is none.
	 * @throws StaleEditException when it changed since the page was read
	 */
	boolean cancel(long establishmentId, long version) {
		SocleUser user = InspectionPlan.requirePlanReader();
		this.establishments.requireReadable(establishmentId);
		Optional<PlannedVisit> planned = planned(establishmentId);
		if (planned.isEmpty()) {
			return false;
		}
		PlannedVisit visit = planned.get();
		visit.checkVersion(version);
		visit.cancel();
		this.visits.saveAndFlush(visit);
		record(visit, VisitEvent.Action.CANCELLED, user);
		return true;
	}

	/**
	 * Records the planned visit done on the day it took place; rejects on {@code errors}
	 * a day after today (nothing is saved then).
	 * @return false when no visit is planned
	 * @throws StaleEditException when the visit changed since the form was read
	 * @throws NotAllowedException for anyone but an auditor or an administrator
	 */
	boolean done(long establishmentId, VisitDoneForm form, Errors errors) {
		SocleUser user = InspectionPlan.requirePlanReader();
		this.establishments.requireReadable(establishmentId);
		if (form.getDoneOn() != null && form.getDoneOn().isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("doneOn", "inspection.visit.doneOn.future");
		}
		Optional<PlannedVisit> planned = planned(establishmentId);
		if (errors.hasErrors() || planned.isEmpty()) {
			return planned.isPresent();
		}
		PlannedVisit visit = planned.get();
		visit.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		visit.done(form.getDoneOn());
		this.visits.saveAndFlush(visit);
		record(visit, VisitEvent.Action.DONE, user);
		return true;
	}

	private Optional<PlannedVisit> planned(long establishmentId) {
		return this.visits.findByEstablishmentIdAndStatus(establishmentId, PlannedVisit.Status.PLANNED);
	}

	private void record(PlannedVisit visit, VisitEvent.Action action, SocleUser actor) {
		this.events.save(new VisitEvent(visit, action, actor.id(), actor.displayName(), this.clock.instant()));
	}

}
