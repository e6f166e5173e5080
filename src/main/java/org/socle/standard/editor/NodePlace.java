package org.socle.standard.editor;

/**
 * Where a node is, or goes, in a draft: its kind, its parent (the standard itself for a
 * domain), its id (null for a new node) and the prefix of its code.
 */
public record NodePlace(long standardId, NodeKind kind, long parentId, Long nodeId, String prefix) {

	public boolean isNew() {
		return this.nodeId == null;
	}

	/**
	 * The code a node numbered {@code number} has here: {@code D2.C} and 3 give
	 * {@code D2.C3}.
	 */
	public String code(int number) {
		return this.prefix + number;
	}

	int numberOf(String code) {
		return Integer.parseInt(code.substring(this.prefix.length()));
	}

	/**
	 * The URL of an action on the node: {@code …/criteria/7/edit}, or for a new node
	 * {@code …/domains/3/criteria/new}.
	 */
	String url(String action) {
		String base = "/admin/standards/" + this.standardId;
		if (!isNew()) {
			return base + "/" + this.kind.path() + "/" + this.nodeId + "/" + action;
		}
		NodeKind parent = this.kind.parent();
		String under = (parent != null) ? "/" + parent.path() + "/" + this.parentId : "";
		return base + under + "/" + this.kind.path() + "/" + action;
	}

}
