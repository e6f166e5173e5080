package org.socle.establishment;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee tab, shared by the members' and the meetings' handlers: both lists, a
 * form for each (the one being edited or typed, otherwise blank).
 */
@Component
class CommitteePage {

	static final String VIEW = "establishment/committee";

	private final EstablishmentService establishments;

	private final EstablishmentRecordsService records;

	CommitteePage(EstablishmentService establishments, EstablishmentRecordsService records) {
		this.establishments = establishments;
		this.records = records;
	}

	/**
	 * Fills the model and names the view; access is checked again by each service call.
	 * @param memberId the member being edited, or null
	 * @param meetingId the meeting being edited, or null
	 */
	String render(long id, Long memberId, Long meetingId, Model model) {
		model.addAttribute("establishment", this.establishments.details(id));
		model.addAttribute("members", this.records.members(id));
		model.addAttribute("meetings", this.records.meetings(id));
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new CommitteeMemberForm());
		}
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", new MeetingForm());
		}
		model.addAttribute("roles", CommitteeRole.values());
		model.addAttribute("editingMemberId", memberId);
		model.addAttribute("editingMeetingId", meetingId);
		model.addAttribute("tab", "committee");
		return VIEW;
	}

	/** Back to the tab after a POST, with a flash message (a key). */
	static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", message);
		return redirect(id);
	}

	/** Back to the tab after a removal that found the record changed. */
	static String stale(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("warning", "record.removeStale");
		return redirect(id);
	}

	private static String redirect(long id) {
		return "redirect:/establishments/" + id + "/committee";
	}

}
