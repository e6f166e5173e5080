package org.socle.assessment.contradiction;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of contradiction rules: every rule declared in code, with whether an
 * admin has switched it off. One statement to read.
 */
@Service
@Transactional(readOnly = true)
public class ContradictionCatalogue {

	private final RuleSwitchRepository switches;

	ContradictionCatalogue(RuleSwitchRepository switches) {
		this.switches = switches;
	}

	/** The rules switched on. */
	public Set<ContradictionRule> enabled() {
		Map<String, Boolean> stored = stored();
		Set<ContradictionRule> enabled = EnumSet.noneOf(ContradictionRule.class);
		for (ContradictionRule rule : ContradictionRule.values()) {
			if (stored.getOrDefault(rule.name(), true)) {
				enabled.add(rule);
			}
		}
		return enabled;
	}

	/** Every rule, in the standard's order, with its switch. */
	public List<Entry> entries() {
		Map<String, Boolean> stored = stored();
		return Arrays.stream(ContradictionRule.values())
			.map((rule) -> new Entry(rule, stored.getOrDefault(rule.name(), true)))
			.toList();
	}

	/**
	 * Switches a rule on or off (admins only); setting it as it already is changes
	 * nothing.
	 * @throws NotAllowedException for anyone but an admin
	 */
	@Transactional
	public void setEnabled(ContradictionRule rule, boolean enabled) {
		if (!SocleUser.current().isAdmin()) {
			throw new NotAllowedException(SocleUser.current() + " may not switch contradiction rules");
		}
		RuleSwitch row = this.switches.findByCode(rule.name()).orElseGet(() -> new RuleSwitch(rule.name()));
		if (row.getId() == null || row.isEnabled() != enabled) {
			row.setEnabled(enabled);
			this.switches.save(row);
		}
	}

	private Map<String, Boolean> stored() {
		return this.switches.findAll().stream().collect(Collectors.toMap(RuleSwitch::getCode, RuleSwitch::isEnabled));
	}

	/** A rule and whether it is switched on. */
	public record Entry(ContradictionRule rule, boolean enabled) {

	}

}
