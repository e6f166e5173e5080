package org.socle.standard.editor;

import java.util.Arrays;

import org.socle.shared.NotFoundException;

/**
 * The three kinds of node of a standard's tree. A node's code is its parent's code, the
 * kind's separator and a number: {@code D2}, {@code D2.C1}, {@code D2.C1.I3}.
 */
public enum NodeKind {

	DOMAIN("domains", "D"), CRITERION("criteria", ".C"), INDICATOR("indicators", ".I");

	private final String path;

	private final String separator;

	NodeKind(String path, String separator) {
		this.path = path;
		this.separator = separator;
	}

	/**
	 * The kind a URL segment names: {@code domains}, {@code criteria},
	 * {@code indicators}.
	 */
	static NodeKind ofPath(String path) {
		return Arrays.stream(values())
			.filter((kind) -> kind.path.equals(path))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Node kind", path));
	}

	/** The kind of the nodes it contains; null for an indicator. */
	NodeKind child() {
		return switch (this) {
			case DOMAIN -> CRITERION;
			case CRITERION -> INDICATOR;
			case INDICATOR -> null;
		};
	}

	/** The kind of its parent node; null for a domain, whose parent is the standard. */
	NodeKind parent() {
		return switch (this) {
			case DOMAIN -> null;
			case CRITERION -> DOMAIN;
			case INDICATOR -> CRITERION;
		};
	}

	/** Its URL segment. */
	String path() {
		return this.path;
	}

	/**
	 * The prefix of the codes of its nodes under a parent ({@code D2} gives
	 * {@code D2.C}).
	 */
	String prefixUnder(String parentCode) {
		return (parentCode != null) ? parentCode + this.separator : this.separator;
	}

	/** The prefix of a code of this kind: {@code D2.C1.I} for {@code D2.C1.I3}. */
	String prefixOf(String code) {
		return code.substring(0, code.lastIndexOf(this.separator) + this.separator.length());
	}

	/** The name of its messages: {@code domain}, {@code criterion}, {@code indicator}. */
	String messageName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
