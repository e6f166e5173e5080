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
 * The committee tab and its members with their roles; meetings are in
 * {@link CommitteeMeetingController}.
 */
@Controller
@RequestMapping("/establishments/{id}/committee")
class CommitteeController {

	private final EstablishmentRecordsService records;

	private final EstablishmentAccess access;

	private final CommitteePage page;

	CommitteeController(EstablishmentRecordsService records, EstablishmentAccess access, CommitteePage page) {
		this.records = records;
		this.access = access;
		this.page = page;
	}

	@GetMapping
	String showCommittee(@PathVariable long id, Model model) {
		return this.page.render(id, null, null, model);
	}

	@GetMapping("/members/{memberId}/edit")
	String showMemberForm(@PathVariable long id, @PathVariable long memberId, Model model) {
		model.addAttribute("memberForm", this.records.memberForm(id, memberId));
		return this.page.render(id, memberId, null, model);
	}

	@PostMapping("/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") CommitteeMemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.access.requireEditable(id);
		if (result.hasErrors()) {
			return this.page.render(id, null, null, model);
		}
		this.records.addMember(id, form);
		return CommitteePage.done(id, "committee.memberAdded", redirect);
	}

	@PostMapping("/members/{memberId}/edit")
	String updateMember(@PathVariable long id, @PathVariable long memberId,
			@Valid @ModelAttribute("memberForm") CommitteeMemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.records.requireEditableMember(id, memberId);
		if (!result.hasErrors()) {
			try {
				this.records.updateMember(id, memberId, form);
				return CommitteePage.done(id, "committee.memberUpdated", redirect);
			}
			catch (StaleEditException ex) {
				ex.reportTo(result);
				form.setVersion(ex.getCurrentVersion());
			}
		}
		return this.page.render(id, memberId, null, model);
	}

	@PostMapping("/members/{memberId}/delete")
	String removeMember(@PathVariable long id, @PathVariable long memberId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.records.removeMember(id, memberId, version);
			return CommitteePage.done(id, "committee.memberRemoved", redirect);
		}
		catch (StaleEditException ex) {
			return CommitteePage.stale(id, redirect);
		}
	}

}
