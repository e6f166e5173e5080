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
 * The committee's meetings with their minutes, on the committee tab
 * ({@link CommitteePage}).
 */
@Controller
@RequestMapping("/establishments/{id}/committee/meetings")
class CommitteeMeetingController {

	private final EstablishmentRecordsService records;

	private final EstablishmentAccess access;

	private final CommitteePage page;

	CommitteeMeetingController(EstablishmentRecordsService records, EstablishmentAccess access, CommitteePage page) {
		this.records = records;
		this.access = access;
		this.page = page;
	}

	@GetMapping("/{meetingId}/edit")
	String showMeetingForm(@PathVariable long id, @PathVariable long meetingId, Model model) {
		model.addAttribute("meetingForm", this.records.meetingForm(id, meetingId));
		return this.page.render(id, null, meetingId, model);
	}

	@PostMapping
	String addMeeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.access.requireEditable(id);
		this.records.validateMeeting(form, result);
		if (result.hasErrors()) {
			return this.page.render(id, null, null, model);
		}
		this.records.addMeeting(id, form);
		return CommitteePage.done(id, "meeting.added", redirect);
	}

	@PostMapping("/{meetingId}/edit")
	String updateMeeting(@PathVariable long id, @PathVariable long meetingId,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.records.requireEditableMeeting(id, meetingId);
		this.records.validateMeeting(form, result);
		if (!result.hasErrors()) {
			try {
				this.records.updateMeeting(id, meetingId, form);
				return CommitteePage.done(id, "meeting.updated", redirect);
			}
			catch (StaleEditException ex) {
				ex.reportTo(result);
				form.setVersion(ex.getCurrentVersion());
			}
		}
		return this.page.render(id, null, meetingId, model);
	}

	@PostMapping("/{meetingId}/delete")
	String removeMeeting(@PathVariable long id, @PathVariable long meetingId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.records.removeMeeting(id, meetingId, version);
			return CommitteePage.done(id, "meeting.removed", redirect);
		}
		catch (StaleEditException ex) {
			return CommitteePage.stale(id, redirect);
		}
	}

}
