package org.socle.standard;

/**
 * Where the editor's POST handlers send the browser back to: the draft's tree, scrolled
 * to the node just changed.
 */
final class EditorRedirects {

	private EditorRedirects() {
	}

	static String toEditor(long standardId) {
		return "redirect:/admin/standards/" + standardId + "/edit";
	}

	static String toNode(long standardId, String code) {
		return toEditor(standardId) + "#node-" + code;
	}

}
