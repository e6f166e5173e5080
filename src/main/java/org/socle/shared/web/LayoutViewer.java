package org.socle.shared.web;

/**
 * Who the layout shows as logged in (name, role: what its navigation varies by), as a
 * value: part of the key of a page kept whole ({@link KeptPages}).
 */
public interface LayoutViewer {

	/**
	 * A value equal for two requests exactly when the layout shows them the same user.
	 */
	Object shown();

}
