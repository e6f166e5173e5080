package org.socle.standard.editor;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.socle.identity.SocleUser;
import org.socle.shared.NotFoundException;
import org.socle.standard.document.StandardRules;
import org.socle.standard.model.ReferenceStandardRepository;
import org.socle.standard.model.StandardGroup;
import org.socle.standard.model.StandardIndicator;
import org.socle.standard.model.StandardNode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing the tree of a draft: add, edit, reorder and remove domains, criteria and
 * indicators, the same way for each {@link NodeKind}. Admins only; a published or retired
 * version refuses every change ({@link org.socle.shared.NotAllowedException}), and so
 * does the database.
 * <p>
 * Codes are the parent's code followed by a number ({@code D2}, {@code D2.C1},
 * {@code D2.C1.I1}): renumbering a domain or criterion renumbers its descendants.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class StandardEditor {

	private final ReferenceStandardRepository standards;

	private final DraftNodes nodes;

	private final Clock clock;

	StandardEditor(ReferenceStandardRepository standards, DraftNodes nodes, Clock clock) {
		this.standards = standards;
		this.nodes = nodes;
		this.clock = clock;
	}

	/**
	 * Where a new node of {@code kind} goes under {@code parentId} (the standard's id for
	 * a domain).
	 */
	@Transactional(readOnly = true)
	public NodePlace newPlace(long standardId, NodeKind kind, long parentId) {
		requireDraft(standardId);
		NodeKind parentKind = kind.parent();
		String parentCode = (parentKind != null) ? this.nodes.find(parentKind, standardId, parentId).getCode() : null;
		return new NodePlace(standardId, kind, parentId, null, kind.prefixUnder(parentCode));
	}

	/** Where an existing node is. */
	@Transactional(readOnly = true)
	public NodePlace place(long standardId, NodeKind kind, long nodeId) {
		requireDraft(standardId);
		StandardNode node = this.nodes.find(kind, standardId, nodeId);
		return new NodePlace(standardId, kind, node.getParentId(), nodeId, kind.prefixOf(node.getCode()));
	}

	/** The smallest number above every sibling's: D8 after D1…D7. */
	@Transactional(readOnly = true)
	public int nextNumber(NodePlace place) {
		return siblings(place).stream().mapToInt((node) -> place.numberOf(node.getCode())).max().orElse(0) + 1;
	}

	@Transactional(readOnly = true)
	public NodeForm nodeForm(NodePlace place) {
		StandardGroup group = (StandardGroup) node(place);
		return NodeForm.of(place.numberOf(group.getCode()), group);
	}

	@Transactional(readOnly = true)
	public IndicatorForm indicatorForm(NodePlace place) {
		StandardIndicator indicator = (StandardIndicator) node(place);
		IndicatorForm form = IndicatorForm.of(place.numberOf(indicator.getCode()), indicator.toContent());
		form.setVersion(indicator.getVersion());
		return form;
	}

	/**
	 * Validates a form against the rules of the format, adding translated errors; also
	 * fills in what follows from the rest (a computed metric's unit).
	 */
	@Transactional(readOnly = true)
	public void validate(NodePlace place, NodeInput form, Errors errors) {
		requireDraft(place.standardId());
		List<? extends StandardNode> siblings = siblings(place);
		Integer number = form.getNumber();
		if (number != null && (number < 1 || number > StandardRules.MAX_NUMBER_IN_CODE)) {
			errors.rejectValue("number", "standard.problem.PATTERN", new Object[] { place.code(number), place.code(1) },
					null);
		}
		else if (number != null && siblings.stream()
			.anyMatch((other) -> other.getCode().equals(place.code(number)) && !other.getId().equals(place.nodeId()))) {
			errors.rejectValue("number", "standard.problem.DUPLICATE_CODE", new Object[] { place.code(number) }, null);
		}
		if (place.isNew() && siblings.size() >= StandardRules.MAX_CHILDREN) {
			errors.reject("standard.problem.TOO_MANY", new Object[] { String.valueOf(StandardRules.MAX_CHILDREN) },
					null);
		}
		if (form.getWeight() != null && !StandardRules.isWeight(form.getWeight())) {
			errors.rejectValue("weight", "standard.problem.WEIGHT", new Object[] { String.valueOf(form.getWeight()) },
					null);
		}
		form.validateContent(errors);
	}

	/** Adds the node a valid form describes, or saves the changes to an existing one. */
	public void save(NodePlace place, NodeInput form) {
		changing(place.standardId());
		if (place.isNew()) {
			add(place, form);
		}
		else {
			update(place, form);
		}
	}

	/**
	 * Swaps a node with its previous (up) or next sibling; at either end, does nothing.
	 */
	public void move(long standardId, NodeKind kind, long nodeId, boolean up) {
		changing(standardId);
		StandardNode node = this.nodes.find(kind, standardId, nodeId);
		List<? extends StandardNode> siblings = this.nodes.children(kind, standardId, node.getParentId());
		int index = siblings.indexOf(node);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= siblings.size()) {
			return;
		}
		StandardNode neighbour = siblings.get(other);
		int position = node.getPosition();
		node.setPosition(neighbour.getPosition());
		neighbour.setPosition(position);
	}

	/** What deleting a node would remove. */
	@Transactional(readOnly = true)
	public NodeDeletion deletion(long standardId, NodeKind kind, long nodeId) {
		requireDraft(standardId);
		StandardNode node = this.nodes.find(kind, standardId, nodeId);
		Map<NodeKind, Long> below = new EnumMap<>(NodeKind.class);
		this.nodes.visitBelow(kind, node, (belowKind, counted) -> below.merge(belowKind, 1L, Long::sum));
		return new NodeDeletion(node.getCode(), node.getTitle(), below.getOrDefault(NodeKind.CRITERION, 0L),
				below.getOrDefault(NodeKind.INDICATOR, 0L), node.getVersion());
	}

	/** Deletes the node and every node below it. */
	public void delete(long standardId, NodeKind kind, long nodeId, long version) {
		changing(standardId);
		StandardNode node = this.nodes.find(kind, standardId, nodeId);
		node.checkVersion(version);
		this.nodes.visitBelow(kind, node, (belowKind, below) -> this.nodes.remove(below));
		this.nodes.remove(node);
	}

	private void add(NodePlace place, NodeInput form) {
		int position = siblings(place).stream().mapToInt(StandardNode::getPosition).max().orElse(-1) + 1;
		StandardNode node = this.nodes.create(place.kind(), place.standardId(), place.parentId(), position);
		form.writeTo(node, place.code(form.getNumber()));
		this.nodes.add(node);
	}

	/** Renumbering a node renumbers the nodes below it. */
	private void update(NodePlace place, NodeInput form) {
		StandardNode node = node(place);
		node.checkVersion(form.getVersion());
		String oldCode = node.getCode();
		String code = place.code(form.getNumber());
		form.writeTo(node, code);
		if (!oldCode.equals(code)) {
			this.nodes.visitBelow(place.kind(), node,
					(kind, below) -> below.setCode(code + below.getCode().substring(oldCode.length())));
		}
	}

	/** The draft about to change: checks it is one, and records the change on it. */
	private void changing(long standardId) {
		requireDraft(standardId);
		this.standards.touchDraft(standardId, this.clock.instant(), SocleUser.current().getUsername());
	}

	private void requireDraft(long standardId) {
		this.standards.findById(standardId)
			.orElseThrow(() -> new NotFoundException("Reference standard", standardId))
			.requireDraft();
	}

	private StandardNode node(NodePlace place) {
		requireDraft(place.standardId());
		return this.nodes.find(place.kind(), place.standardId(), place.nodeId());
	}

	private List<? extends StandardNode> siblings(NodePlace place) {
		return this.nodes.children(place.kind(), place.standardId(), place.parentId());
	}

}
