package org.socle.establishment.records;

import jakarta.validation.Valid;
import org.socle.shared.StaleEditException;
import org.socle.shared.web.ConcurrentEdits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adds, edits and removes an establishment's records the same way for every kind (the
 * nested classes map each kind below its establishment): access is checked before the
 * form is validated (another organisation's establishment, or another establishment's
 * record, answers 404; an auditor's post 403); errors and concurrent edits are shown on
 * the tab that lists the records; success goes back to it with a flash message.
 *
 * @param <F> the kind's form, bound under its conventional name ({@code staffForm})
 */
abstract class SubRecordController<F extends SubRecordForm> {

	private final SubRecords<?, F> records;

	private final RecordTabs tabs;

	private final RecordTab tab;

	private final Messages messages;

	SubRecordController(SubRecords<?, F> records, RecordTabs tabs, RecordTab tab, Messages messages) {
		this.records = records;
		this.tabs = tabs;
		this.tab = tab;
		this.messages = messages;
	}

	/** The form's id is the record's, from the URL; the establishment's id is not it. */
	@InitBinder
	void bindFieldsButTheId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/{recordId}/edit")
	String showEditForm(@PathVariable long id, @PathVariable long recordId, Model model) {
		model.addAttribute(this.records.formFor(id, recordId));
		return this.tabs.render(this.tab, id, model);
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.records.requireEditable(id);
		this.records.validate(id, null, form, result);
		if (result.hasErrors()) {
			return this.tabs.render(this.tab, id, model);
		}
		this.records.add(id, form);
		return done(id, this.messages.added(), redirect);
	}

	@PostMapping("/{recordId}/edit")
	String update(@PathVariable long id, @PathVariable long recordId, @Valid @ModelAttribute F form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.records.requireEditable(id, recordId);
		form.setId(recordId);
		this.records.validate(id, recordId, form, result);
		if (result.hasErrors()
				|| !ConcurrentEdits.saved(() -> this.records.update(id, recordId, form), result, form::setVersion)) {
			return this.tabs.render(this.tab, id, model);
		}
		return done(id, this.messages.updated(), redirect);
	}

	@PostMapping("/{recordId}/delete")
	String remove(@PathVariable long id, @PathVariable long recordId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.records.remove(id, recordId, version);
			return done(id, this.messages.removed(), redirect);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("warning", "record.removeStale");
			return redirect(id);
		}
	}

	private String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", message);
		return redirect(id);
	}

	private String redirect(long id) {
		return "redirect:/establishments/" + id + "/" + this.tab.path();
	}

	/** The flash messages' keys. */
	record Messages(String added, String updated, String removed) {
	}

	@Controller
	@RequestMapping("/establishments/{id}/staff")
	static class Staff extends SubRecordController<StaffForm> {

		Staff(StaffRecords staff, RecordTabs tabs) {
			super(staff, tabs, RecordTab.STAFF, new Messages("staff.added", "staff.updated", "staff.removed"));
		}

	}

	@Controller
	@RequestMapping("/establishments/{id}/resources")
	static class Resources extends SubRecordController<ResourcesForm> {

		Resources(ResourcesRecords resources, RecordTabs tabs) {
			super(resources, tabs, RecordTab.RESOURCES,
					new Messages("resources.added", "resources.updated", "resources.removed"));
		}

	}

	@Controller
	@RequestMapping("/establishments/{id}/committee/members")
	static class Members extends SubRecordController<MemberForm> {

		Members(MemberRecords members, RecordTabs tabs) {
			super(members, tabs, RecordTab.COMMITTEE,
					new Messages("committee.memberAdded", "committee.memberUpdated", "committee.memberRemoved"));
		}

	}

	@Controller
	@RequestMapping("/establishments/{id}/committee/meetings")
	static class Meetings extends SubRecordController<MeetingForm> {

		Meetings(MeetingRecords meetings, RecordTabs tabs) {
			super(meetings, tabs, RecordTab.COMMITTEE,
					new Messages("meeting.added", "meeting.updated", "meeting.removed"));
		}

	}

}
