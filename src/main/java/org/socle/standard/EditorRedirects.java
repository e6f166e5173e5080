package org.socle.standard;

/**
 * Where the editor's POST handlers send the browser back to: the draft's tree, scrolled
 * to the node just changed.
 */
final class EditorRedirects {

	private EditorRedirects() {
	}

	/** The draft editor's URL (for links back to it). */
	static String editor(long standardId) {
		return "/admin/standards/" + standardId + "/edit";
	}

	static String toEditor(long standardId) {
		return "redirect:" + editor(standardId);
	}

	static String toNode(long standardId, String code) {
		return toEditor(standardId) + "#node-" + code;
	}

}
