package org.socle.beneficiary.privacy;

import java.time.LocalDate;

import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The access log of beneficiary records, for admins (loi 09-08). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccessLogController {

	static final String VIEW = "beneficiary/access-log";

	private final AccessLog accessLog;

	AccessLogController(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@GetMapping("/admin/access-log")
	String showLog(@RequestParam(required = false) String username, @RequestParam(required = false) Long beneficiary,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@PageableDefault(size = 50) Pageable pageable, Model model) {
		model.addAttribute("page",
				this.accessLog.find(username, beneficiary, from, to, Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE)));
		model.addAttribute("username", username);
		model.addAttribute("beneficiary", beneficiary);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return VIEW;
	}

}
