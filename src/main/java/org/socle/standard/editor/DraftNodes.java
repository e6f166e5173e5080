package org.socle.standard.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;
import org.socle.shared.NotFoundException;
import org.socle.standard.model.StandardCriterion;
import org.socle.standard.model.StandardCriterionRepository;
import org.socle.standard.model.StandardDomain;
import org.socle.standard.model.StandardDomainRepository;
import org.socle.standard.model.StandardIndicator;
import org.socle.standard.model.StandardIndicatorRepository;
import org.socle.standard.model.StandardNode;

import org.springframework.stereotype.Component;

/**
 * The nodes of a draft, whatever their {@link NodeKind}: finding, listing, creating and
 * removing them, and walking the nodes below one.
 */
@Component
class DraftNodes {

	private final StandardDomainRepository domains;

	private final StandardCriterionRepository criteria;

	private final StandardIndicatorRepository indicators;

	private final EntityManager entityManager;

	DraftNodes(StandardDomainRepository domains, StandardCriterionRepository criteria,
			StandardIndicatorRepository indicators, EntityManager entityManager) {
		this.domains = domains;
		this.criteria = criteria;
		this.indicators = indicators;
		this.entityManager = entityManager;
	}

	StandardNode find(NodeKind kind, long standardId, long id) {
		Optional<? extends StandardNode> node = switch (kind) {
			case DOMAIN -> this.domains.findByIdAndStandardId(id, standardId);
			case CRITERION -> this.criteria.findByIdAndStandardId(id, standardId);
			case INDICATOR -> this.indicators.findByIdAndStandardId(id, standardId);
		};
		return node.orElseThrow(() -> new NotFoundException("Standard " + kind.messageName(), id));
	}

	/** The nodes of {@code kind} under a parent (the standard, for domains), in order. */
	List<? extends StandardNode> children(NodeKind kind, long standardId, long parentId) {
		return switch (kind) {
			case DOMAIN -> this.domains.findByStandardIdOrderByPosition(standardId);
			case CRITERION -> this.criteria.findByDomainIdOrderByPosition(parentId);
			case INDICATOR -> this.indicators.findByCriterionIdOrderByPosition(parentId);
		};
	}

	/** A new node, to be filled in, then {@link #add added}. */
	StandardNode create(NodeKind kind, long standardId, long parentId, int position) {
		return switch (kind) {
			case DOMAIN -> new StandardDomain(standardId, position);
			case CRITERION -> new StandardCriterion(standardId, parentId, position);
			case INDICATOR -> new StandardIndicator(standardId, parentId, position);
		};
	}

	void add(StandardNode node) {
		this.entityManager.persist(node);
	}

	void remove(StandardNode node) {
		this.entityManager.remove(node);
	}

	/** Visits every node below {@code node}, each after the nodes below it. */
	void visitBelow(NodeKind kind, StandardNode node, BiConsumer<NodeKind, StandardNode> visitor) {
		NodeKind childKind = kind.child();
		if (childKind == null) {
			return;
		}
		for (StandardNode child : children(childKind, node.getStandardId(), node.getId())) {
			visitBelow(childKind, child, visitor);
			visitor.accept(childKind, child);
		}
	}

}
