package org.socle.standard.editor;

/**
 * Where the editor's POST handlers send the browser back to: the draft's tree, scrolled
 * to the node just changed.
 */
public final class EditorRedirects {

	private EditorRedirects() {
	}

	/** The draft editor's URL (for links back to it). */
	public static String editor(long standardId) {
		return "/admin/standards/" + standardId + "/edit";
	}

	public static String toEditor(long standardId) {
		return "redirect:" + editor(standardId);
	}

	static String toNode(long standardId, String code) {
		return toEditor(standardId) + "#node-" + code;
	}

}
