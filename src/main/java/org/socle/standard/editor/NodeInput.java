package org.socle.standard.editor;

import org.socle.standard.model.StandardNode;

import org.springframework.validation.Errors;

/**
 * What the editor needs from a node's form, whatever the kind: the number in its code,
 * its weight, the version it was read at, the rules on the rest, and how it is written to
 * the node.
 */
public interface NodeInput {

	Integer getNumber();

	Integer getWeight();

	long getVersion();

	void setVersion(long version);

	/** Rules Bean Validation cannot express, as field errors. */
	void validateContent(Errors errors);

	/** Writes the valid form to the node, which gets {@code code}. */
	void writeTo(StandardNode node, String code);

}
