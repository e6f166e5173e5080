package org.socle.care.metrics;

import java.time.Clock;
import java.time.LocalDate;

import org.socle.care.EstablishmentMetrics;
import org.socle.establishment.EstablishmentAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An establishment's computed indicators at a date (today unless chosen). */
@Controller
class MetricsController {

	static final String METRICS_VIEW = "care/metrics";

	private final EstablishmentMetrics metrics;

	private final EstablishmentAccess establishments;

	private final Clock clock;

	MetricsController(EstablishmentMetrics metrics, EstablishmentAccess establishments, Clock clock) {
		this.metrics = metrics;
		this.establishments = establishments;
		this.clock = clock;
	}

	@GetMapping("/establishments/{id}/indicators")
	String showMetrics(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock);
		model.addAttribute("establishment", this.establishments.requireReadable(id));
		model.addAttribute("results", this.metrics.compute(id, day).values());
		model.addAttribute("date", day);
		return METRICS_VIEW;
	}

}
