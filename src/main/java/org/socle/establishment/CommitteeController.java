package org.socle.establishment;

import jakarta.validation.Valid;
import org.socle.shared.StaleEditException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee tab: members with their roles, and meetings with their minutes.
 */
@Controller
@RequestMapping("/establishments/{id}/committee")
class CommitteeController {

	static final String VIEW = "establishment/committee";

	private final EstablishmentService establishments;

	private final EstablishmentRecordsService records;

	private final EstablishmentAccess access;

	CommitteeController(EstablishmentService establishments, EstablishmentRecordsService records,
			EstablishmentAccess access) {
		this.establishments = establishments;
		this.records = records;
		this.access = access;
	}

	@GetMapping
	String showCommittee(@PathVariable long id, Model model) {
		return view(id, null, null, model);
	}

	@GetMapping("/members/{memberId}/edit")
	String showMemberForm(@PathVariable long id, @PathVariable long memberId, Model model) {
		model.addAttribute("memberForm", this.records.memberForm(id, memberId));
		return view(id, memberId, null, model);
	}

	@GetMapping("/meetings/{meetingId}/edit")
	String showMeetingForm(@PathVariable long id, @PathVariable long meetingId, Model model) {
		model.addAttribute("meetingForm", this.records.meetingForm(id, meetingId));
		return view(id, null, meetingId, model);
	}

	@PostMapping("/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") CommitteeMemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.access.requireEditable(id);
		if (result.hasErrors()) {
			return view(id, null, null, model);
		}
		this.records.addMember(id, form);
		return done(id, "committee.memberAdded", redirect);
	}

	@PostMapping("/members/{memberId}/edit")
	String updateMember(@PathVariable long id, @PathVariable long memberId,
			@Valid @ModelAttribute("memberForm") CommitteeMemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.records.memberForm(id, memberId);
		if (!result.hasErrors()) {
			try {
				this.records.updateMember(id, memberId, form);
				return done(id, "committee.memberUpdated", redirect);
			}
			catch (StaleEditException ex) {
				ex.reportTo(result);
				form.setVersion(ex.getCurrentVersion());
			}
		}
		return view(id, memberId, null, model);
	}

	@PostMapping("/members/{memberId}/delete")
	String removeMember(@PathVariable long id, @PathVariable long memberId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.records.removeMember(id, memberId, version);
			return done(id, "committee.memberRemoved", redirect);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("warning", "record.removeStale");
			return "redirect:/establishments/" + id + "/committee";
		}
	}

	@PostMapping("/meetings")
	String addMeeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.access.requireEditable(id);
		this.records.validateMeeting(form, result);
		if (result.hasErrors()) {
			return view(id, null, null, model);
		}
		this.records.addMeeting(id, form);
		return done(id, "meeting.added", redirect);
	}

	@PostMapping("/meetings/{meetingId}/edit")
	String updateMeeting(@PathVariable long id, @PathVariable long meetingId,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.records.meetingForm(id, meetingId);
		this.records.validateMeeting(form, result);
		if (!result.hasErrors()) {
			try {
				this.records.updateMeeting(id, meetingId, form);
				return done(id, "meeting.updated", redirect);
			}
			catch (StaleEditException ex) {
				ex.reportTo(result);
				form.setVersion(ex.getCurrentVersion());
			}
		}
		return view(id, null, meetingId, model);
	}

	@PostMapping("/meetings/{meetingId}/delete")
	String removeMeeting(@PathVariable long id, @PathVariable long meetingId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.records.removeMeeting(id, meetingId, version);
			return done(id, "meeting.removed", redirect);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("warning", "record.removeStale");
			return "redirect:/establishments/" + id + "/committee";
		}
	}

	private String view(long id, Long memberId, Long meetingId, Model model) {
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

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", message);
		return "redirect:/establishments/" + id + "/committee";
	}

}
