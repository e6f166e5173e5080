package org.socle.standard;

import java.util.Arrays;
import java.util.List;

/**
 * The establishment categories an indicator can apply to. The same names as the
 * establishment module's {@code Category}: standards store and exchange categories by
 * name so that neither module depends on the other.
 */
public enum ApplicableCategory {

	CHILDREN, STUDENTS, ELDERLY, DISABILITY, WOMEN, HOMELESS, MULTI;

	public static boolean isKnown(String name) {
		return Arrays.stream(values()).anyMatch((category) -> category.name().equals(name));
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
