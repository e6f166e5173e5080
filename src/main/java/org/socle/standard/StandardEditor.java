package org.socle.standard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.socle.identity.SocleUser;
import org.socle.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing the tree of a draft: add, edit, reorder and remove domains, criteria and
 * indicators. Admins only; a published or retired version refuses every change
 * ({@link org.socle.shared.NotAllowedException}), and so does the database.
 * <p>
 * Codes are the parent's code followed by a number ({@code D2}, {@code D2.C1},
 * {@code D2.C1.I1}): renumbering a domain or criterion renumbers its descendants.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
class StandardEditor {

	private final ReferenceStandardRepository standards;

	private final StandardDomainRepository domains;

	private final StandardCriterionRepository criteria;

	private final StandardIndicatorRepository indicators;

	private final Clock clock;

	StandardEditor(ReferenceStandardRepository standards, StandardDomainRepository domains,
			StandardCriterionRepository criteria, StandardIndicatorRepository indicators, Clock clock) {
		this.standards = standards;
		this.domains = domains;
		this.criteria = criteria;
		this.indicators = indicators;
		this.clock = clock;
	}

	// --- domains

	@Transactional(readOnly = true)
	NodeForm newDomainForm(long standardId) {
		draft(standardId);
		NodeForm form = new NodeForm();
		form.setNumber(nextNumber(this.domains.findByStandardIdOrderByPosition(standardId), "D"));
		return form;
	}

	@Transactional(readOnly = true)
	NodeForm domainForm(long standardId, long domainId) {
		draft(standardId);
		StandardDomain domain = domain(standardId, domainId);
		NodeForm form = new NodeForm();
		form.setNumber(number(domain.getCode(), "D"));
		form.setWeight(domain.getWeight());
		form.setTexts(domain.getTitle(), domain.getDescription());
		form.setVersion(domain.getVersion());
		return form;
	}

	@Transactional(readOnly = true)
	void validateDomain(long standardId, Long domainId, NodeForm form, Errors errors) {
		draft(standardId);
		validateNode(form, errors, "D",
				(code) -> this.domains.findByStandardIdOrderByPosition(standardId)
					.stream()
					.anyMatch((other) -> other.getCode().equals(code) && !other.getId().equals(domainId)));
		if (domainId == null
				&& this.domains.findByStandardIdOrderByPosition(standardId).size() >= StandardRules.MAX_CHILDREN) {
			errors.reject("standard.problem.TOO_MANY", new Object[] { StandardRules.MAX_CHILDREN }, null);
		}
	}

	long addDomain(long standardId, NodeForm form) {
		changing(standardId);
		StandardDomain domain = new StandardDomain(standardId,
				nextPosition(this.domains.findByStandardIdOrderByPosition(standardId)));
		domain.update("D" + form.getNumber(), form.getWeight(), form.title(), form.description());
		return this.domains.save(domain).getId();
	}

	void updateDomain(long standardId, long domainId, NodeForm form) {
		changing(standardId);
		StandardDomain domain = domain(standardId, domainId);
		domain.checkVersion(form.getVersion());
		String oldCode = domain.getCode();
		String newCode = "D" + form.getNumber();
		domain.update(newCode, form.getWeight(), form.title(), form.description());
		if (!oldCode.equals(newCode)) {
			List<StandardCriterion> children = this.criteria.findByDomainIdOrderByPosition(domainId);
			children.forEach((criterion) -> criterion.setCode(renamed(criterion.getCode(), oldCode, newCode)));
			this.indicators.findByCriterionIdIn(children.stream().map(StandardCriterion::getId).toList())
				.forEach((indicator) -> indicator.setCode(renamed(indicator.getCode(), oldCode, newCode)));
		}
	}

	void moveDomain(long standardId, long domainId, boolean up) {
		changing(standardId);
		move(this.domains.findByStandardIdOrderByPosition(standardId), domainId, up);
	}

	@Transactional(readOnly = true)
	NodeDeletion domainDeletion(long standardId, long domainId) {
		draft(standardId);
		StandardDomain domain = domain(standardId, domainId);
		List<Long> criterionIds = this.criteria.findByDomainIdOrderByPosition(domainId)
			.stream()
			.map(StandardCriterion::getId)
			.toList();
		return new NodeDeletion(domain.getCode(), domain.getTitle(), criterionIds.size(),
				criterionIds.isEmpty() ? 0 : this.indicators.countByCriterionIdIn(criterionIds), domain.getVersion());
	}

	/** Deletes the domain, its criteria and their indicators. */
	void deleteDomain(long standardId, long domainId, long version) {
		changing(standardId);
		StandardDomain domain = domain(standardId, domainId);
		domain.checkVersion(version);
		List<StandardCriterion> children = this.criteria.findByDomainIdOrderByPosition(domainId);
		this.indicators
			.deleteAll(this.indicators.findByCriterionIdIn(children.stream().map(StandardCriterion::getId).toList()));
		this.criteria.deleteAll(children);
		this.domains.delete(domain);
	}

	// --- criteria

	@Transactional(readOnly = true)
	NodeForm newCriterionForm(long standardId, long domainId) {
		draft(standardId);
		StandardDomain domain = domain(standardId, domainId);
		NodeForm form = new NodeForm();
		form.setNumber(nextNumber(this.criteria.findByDomainIdOrderByPosition(domainId), domain.getCode() + ".C"));
		return form;
	}

	@Transactional(readOnly = true)
	NodeForm criterionForm(long standardId, long criterionId) {
		draft(standardId);
		StandardCriterion criterion = criterion(standardId, criterionId);
		NodeForm form = new NodeForm();
		form.setNumber(number(criterion.getCode(), prefixOf(criterion.getCode(), ".C")));
		form.setWeight(criterion.getWeight());
		form.setTexts(criterion.getTitle(), criterion.getDescription());
		form.setVersion(criterion.getVersion());
		return form;
	}

	/** The code prefix of a domain's criteria, {@code D2.C}. */
	@Transactional(readOnly = true)
	String criterionPrefix(long standardId, long domainId) {
		return domain(standardId, domainId).getCode() + ".C";
	}

	/** The code prefix of an existing criterion, {@code D2.C} for {@code D2.C3}. */
	@Transactional(readOnly = true)
	String criterionCodePrefix(long standardId, long criterionId) {
		return prefixOf(criterion(standardId, criterionId).getCode(), ".C");
	}

	/** The domain a criterion belongs to. */
	@Transactional(readOnly = true)
	long domainOf(long standardId, long criterionId) {
		return criterion(standardId, criterionId).getDomainId();
	}

	@Transactional(readOnly = true)
	void validateCriterion(long standardId, long domainId, Long criterionId, NodeForm form, Errors errors) {
		draft(standardId);
		String prefix = criterionPrefix(standardId, domainId);
		List<StandardCriterion> siblings = this.criteria.findByDomainIdOrderByPosition(domainId);
		validateNode(form, errors, prefix, (code) -> siblings.stream()
			.anyMatch((other) -> other.getCode().equals(code) && !other.getId().equals(criterionId)));
		if (criterionId == null && siblings.size() >= StandardRules.MAX_CHILDREN) {
			errors.reject("standard.problem.TOO_MANY", new Object[] { StandardRules.MAX_CHILDREN }, null);
		}
	}

	long addCriterion(long standardId, long domainId, NodeForm form) {
		changing(standardId);
		StandardDomain domain = domain(standardId, domainId);
		StandardCriterion criterion = new StandardCriterion(standardId, domainId,
				nextPosition(this.criteria.findByDomainIdOrderByPosition(domainId)));
		criterion.update(domain.getCode() + ".C" + form.getNumber(), form.getWeight(), form.title(),
				form.description());
		return this.criteria.save(criterion).getId();
	}

	void updateCriterion(long standardId, long criterionId, NodeForm form) {
		changing(standardId);
		StandardCriterion criterion = criterion(standardId, criterionId);
		criterion.checkVersion(form.getVersion());
		String oldCode = criterion.getCode();
		String newCode = prefixOf(oldCode, ".C") + form.getNumber();
		criterion.update(newCode, form.getWeight(), form.title(), form.description());
		if (!oldCode.equals(newCode)) {
			this.indicators.findByCriterionIdOrderByPosition(criterionId)
				.forEach((indicator) -> indicator.setCode(renamed(indicator.getCode(), oldCode, newCode)));
		}
	}

	void moveCriterion(long standardId, long criterionId, boolean up) {
		changing(standardId);
		StandardCriterion criterion = criterion(standardId, criterionId);
		move(this.criteria.findByDomainIdOrderByPosition(criterion.getDomainId()), criterionId, up);
	}

	@Transactional(readOnly = true)
	NodeDeletion criterionDeletion(long standardId, long criterionId) {
		draft(standardId);
		StandardCriterion criterion = criterion(standardId, criterionId);
		return new NodeDeletion(criterion.getCode(), criterion.getTitle(), 0,
				this.indicators.countByCriterionId(criterionId), criterion.getVersion());
	}

	/** Deletes the criterion and its indicators. */
	void deleteCriterion(long standardId, long criterionId, long version) {
		changing(standardId);
		StandardCriterion criterion = criterion(standardId, criterionId);
		criterion.checkVersion(version);
		this.indicators.deleteAll(this.indicators.findByCriterionIdOrderByPosition(criterionId));
		this.criteria.delete(criterion);
	}

	// --- indicators

	@Transactional(readOnly = true)
	IndicatorForm newIndicatorForm(long standardId, long criterionId) {
		draft(standardId);
		StandardCriterion criterion = criterion(standardId, criterionId);
		IndicatorForm form = new IndicatorForm();
		form.setNumber(
				nextNumber(this.indicators.findByCriterionIdOrderByPosition(criterionId), criterion.getCode() + ".I"));
		return form;
	}

	@Transactional(readOnly = true)
	IndicatorForm indicatorForm(long standardId, long indicatorId) {
		draft(standardId);
		StandardIndicator indicator = indicator(standardId, indicatorId);
		IndicatorForm form = IndicatorForm.of(indicator.toContent());
		form.setNumber(number(indicator.getCode(), prefixOf(indicator.getCode(), ".I")));
		form.setVersion(indicator.getVersion());
		return form;
	}

	/** The code prefix of a criterion's indicators, {@code D2.C1.I}. */
	@Transactional(readOnly = true)
	String indicatorPrefix(long standardId, long criterionId) {
		return criterion(standardId, criterionId).getCode() + ".I";
	}

	/** The code prefix of an existing indicator, {@code D2.C1.I} for {@code D2.C1.I3}. */
	@Transactional(readOnly = true)
	String indicatorCodePrefix(long standardId, long indicatorId) {
		return prefixOf(indicator(standardId, indicatorId).getCode(), ".I");
	}

	/** The criterion an indicator belongs to. */
	@Transactional(readOnly = true)
	long criterionOf(long standardId, long indicatorId) {
		return indicator(standardId, indicatorId).getCriterionId();
	}

	/**
	 * Validates an indicator form against the rules of the format, adding translated
	 * field errors; also fills in what follows from the rest (a computed metric's unit).
	 */
	@Transactional(readOnly = true)
	void validateIndicator(long standardId, long criterionId, Long indicatorId, IndicatorForm form, Errors errors) {
		draft(standardId);
		String prefix = indicatorPrefix(standardId, criterionId);
		List<StandardIndicator> siblings = this.indicators.findByCriterionIdOrderByPosition(criterionId);
		validateCode(form.getNumber(), prefix, errors, (code) -> siblings.stream()
			.anyMatch((other) -> other.getCode().equals(code) && !other.getId().equals(indicatorId)));
		if (indicatorId == null && siblings.size() >= StandardRules.MAX_CHILDREN) {
			errors.reject("standard.problem.TOO_MANY", new Object[] { StandardRules.MAX_CHILDREN }, null);
		}
		validateWeight(form.getWeight(), errors);
		IndicatorRules.validate(form, errors);
	}

	long addIndicator(long standardId, long criterionId, IndicatorForm form) {
		changing(standardId);
		StandardCriterion criterion = criterion(standardId, criterionId);
		StandardIndicator indicator = new StandardIndicator(standardId, criterionId,
				nextPosition(this.indicators.findByCriterionIdOrderByPosition(criterionId)));
		indicator.update(IndicatorRules.content(criterion.getCode() + ".I" + form.getNumber(), form, List.of()));
		return this.indicators.save(indicator).getId();
	}

	void updateIndicator(long standardId, long indicatorId, IndicatorForm form) {
		changing(standardId);
		StandardIndicator indicator = indicator(standardId, indicatorId);
		indicator.checkVersion(form.getVersion());
		String code = prefixOf(indicator.getCode(), ".I") + form.getNumber();
		indicator.update(IndicatorRules.content(code, form, indicator.toContent().appliesTo()));
	}

	void moveIndicator(long standardId, long indicatorId, boolean up) {
		changing(standardId);
		StandardIndicator indicator = indicator(standardId, indicatorId);
		move(this.indicators.findByCriterionIdOrderByPosition(indicator.getCriterionId()), indicatorId, up);
	}

	@Transactional(readOnly = true)
	NodeDeletion indicatorDeletion(long standardId, long indicatorId) {
		draft(standardId);
		StandardIndicator indicator = indicator(standardId, indicatorId);
		return new NodeDeletion(indicator.getCode(), indicator.toContent().title(), 0, 0, indicator.getVersion());
	}

	void deleteIndicator(long standardId, long indicatorId, long version) {
		changing(standardId);
		StandardIndicator indicator = indicator(standardId, indicatorId);
		indicator.checkVersion(version);
		this.indicators.delete(indicator);
	}

	// --- shared

	/** The draft about to change: checks it is one, and records the change on it. */
	private void changing(long standardId) {
		draft(standardId);
		this.standards.touchDraft(standardId, this.clock.instant(), SocleUser.current().getUsername());
	}

	private ReferenceStandard draft(long standardId) {
		ReferenceStandard standard = this.standards.findById(standardId)
			.orElseThrow(() -> new NotFoundException("Reference standard", standardId));
		standard.requireDraft();
		return standard;
	}

	private StandardDomain domain(long standardId, long domainId) {
		return this.domains.findByIdAndStandardId(domainId, standardId)
			.orElseThrow(() -> new NotFoundException("Domain", domainId));
	}

	private StandardCriterion criterion(long standardId, long criterionId) {
		return this.criteria.findByIdAndStandardId(criterionId, standardId)
			.orElseThrow(() -> new NotFoundException("Criterion", criterionId));
	}

	private StandardIndicator indicator(long standardId, long indicatorId) {
		return this.indicators.findByIdAndStandardId(indicatorId, standardId)
			.orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
	}

	private static void validateNode(NodeForm form, Errors errors, String prefix, Predicate<String> taken) {
		validateCode(form.getNumber(), prefix, errors, taken);
		validateWeight(form.getWeight(), errors);
		if (form.getDescriptionFr() == null && (form.getDescriptionAr() != null || form.getDescriptionEn() != null)) {
			errors.rejectValue("descriptionFr", "standard.problem.TEXT_FR");
		}
	}

	private static void validateCode(Integer number, String prefix, Errors errors, Predicate<String> taken) {
		if (number == null) {
			return;
		}
		String code = prefix + number;
		if (number < 1 || number > StandardRules.MAX_NUMBER_IN_CODE) {
			errors.rejectValue("number", "standard.problem.PATTERN", new Object[] { code, prefix + "1" }, null);
		}
		else if (taken.test(code)) {
			errors.rejectValue("number", "standard.problem.DUPLICATE_CODE", new Object[] { code }, null);
		}
	}

	private static void validateWeight(Integer weight, Errors errors) {
		if (weight != null && !StandardRules.isWeight(weight)) {
			errors.rejectValue("weight", "standard.problem.WEIGHT", new Object[] { weight }, null);
		}
	}

	/** The smallest number above every sibling's: D8 after D1…D7. */
	private static int nextNumber(List<? extends StandardNode> siblings, String prefix) {
		return siblings.stream().mapToInt((node) -> number(node.getCode(), prefix)).max().orElse(0) + 1;
	}

	private static int number(String code, String prefix) {
		return Integer.parseInt(code.substring(prefix.length()));
	}

	/** {@code D2.C1.I3} with separator {@code .I} gives {@code D2.C1.I}. */
	private static String prefixOf(String code, String separator) {
		return code.substring(0, code.lastIndexOf(separator) + separator.length());
	}

	private static String renamed(String code, String oldPrefix, String newPrefix) {
		return newPrefix + code.substring(oldPrefix.length());
	}

	private static int nextPosition(List<? extends StandardNode> siblings) {
		return siblings.stream().mapToInt(StandardNode::getPosition).max().orElse(-1) + 1;
	}

	/**
	 * Swaps a node with its previous (up) or next sibling; at either end, does nothing.
	 */
	private static void move(List<? extends StandardNode> siblings, long nodeId, boolean up) {
		List<? extends StandardNode> ordered = new ArrayList<>(siblings);
		int index = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getId() == nodeId) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFoundException("Node", nodeId);
		}
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= ordered.size()) {
			return;
		}
		StandardNode a = ordered.get(index);
		StandardNode b = ordered.get(other);
		int position = a.getPosition();
		a.setPosition(b.getPosition());
		b.setPosition(position);
	}

}
