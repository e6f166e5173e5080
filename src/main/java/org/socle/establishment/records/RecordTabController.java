package org.socle.establishment.records;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The staff, resources and committee tabs as they open; their records are changed through
 * {@link SubRecordController}.
 */
@Controller
class RecordTabController {

	private final RecordTabs tabs;

	RecordTabController(RecordTabs tabs) {
		this.tabs = tabs;
	}

	@GetMapping("/establishments/{id}/{tab:staff|resources|committee}")
	String showTab(@PathVariable long id, @PathVariable String tab, Model model) {
		return this.tabs.render(RecordTab.valueOf(tab.toUpperCase(Locale.ROOT)), id, model);
	}

}
