package org.socle.shared.web;

import java.util.function.LongConsumer;

import org.socle.shared.StaleEditException;

import org.springframework.validation.BindingResult;

/**
 * The one way a controller saves a form that may meet a concurrent edit: on a
 * {@link StaleEditException} the form shows who saved in between, keeps what the user
 * typed and carries the current version, so that a second submit overwrites knowingly.
 */
public final class ConcurrentEdits {

	private ConcurrentEdits() {
	}

	/**
	 * Runs {@code save}; returns {@code false} (with the conflict reported on
	 * {@code result} and the form's version updated) when someone saved in between.
	 */
	public static boolean saved(Runnable save, BindingResult result, LongConsumer formVersion) {
		try {
			save.run();
			return true;
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			formVersion.accept(ex.getCurrentVersion());
			return false;
		}
	}

}
