package org.socle.standard;

/**
 * What domains, criteria and indicators share for reordering.
 */
interface StandardNode {

	Long getId();

	String getCode();

	int getPosition();

	void setPosition(int position);

}
