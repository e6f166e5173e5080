package org.socle.establishment.records;

import java.util.List;

import org.socle.establishment.registry.EstablishmentService;

import org.springframework.core.Conventions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a record tab and names its view: the establishment's header, the
 * tab's lists, and a form for each kind of record on it (the one being typed or edited,
 * otherwise blank). Access is checked again by each service call (404 or 403).
 */
@Component
class RecordTabs {

	private final EstablishmentService establishments;

	private final StaffRecords staff;

	private final ResourcesRecords resources;

	private final MemberRecords members;

	private final MeetingRecords meetings;

	RecordTabs(EstablishmentService establishments, StaffRecords staff, ResourcesRecords resources,
			MemberRecords members, MeetingRecords meetings) {
		this.establishments = establishments;
		this.staff = staff;
		this.resources = resources;
		this.members = members;
		this.meetings = meetings;
	}

	String render(RecordTab tab, long establishmentId, Model model) {
		model.addAttribute("establishment", this.establishments.details(establishmentId));
		model.addAttribute("tab", tab.path());
		switch (tab) {
			case STAFF -> list(model, "staff", this.staff.lines(establishmentId), new StaffForm());
			case RESOURCES -> list(model, "resources", this.resources.lines(establishmentId), new ResourcesForm());
			case COMMITTEE -> {
				list(model, "members", this.members.lines(establishmentId), new MemberForm());
				list(model, "meetings", this.meetings.lines(establishmentId), new MeetingForm());
				model.addAttribute("roles", CommitteeRole.values());
			}
		}
		return tab.view();
	}

	private static void list(Model model, String name, List<?> lines, SubRecordForm blank) {
		model.addAttribute(name, lines);
		if (!model.containsAttribute(Conventions.getVariableName(blank))) {
			model.addAttribute(blank);
		}
	}

}
