package org.socle.shared.export;

/**
 * Every export slot of this node stayed taken for the whole wait ({@link ExportSlots}):
 * the user is asked to try again in a moment (503), before anything was sent.
 */
public class ExportsBusyException extends RuntimeException {

	public ExportsBusyException() {
		super("every export slot of this node is taken");
	}

}
