package org.socle.reporting.home;

import java.util.List;

/**
 * A tile of a home page: its texts are {@code home.<role>.card.<key>.*}, and the whole
 * tile links to {@code href}. A manager with one establishment goes straight to its
 * beneficiaries and assessments; with several, to the list of establishments.
 */
record HomeTile(String key, String href) {

	static List<HomeTile> of(String role, List<ManagedEstablishment> establishments) {
		return switch (role) {
			case "admin" -> List.of(new HomeTile("one", "/admin/users"),
					new HomeTile("two", "/admin/reference/regions"), new HomeTile("three", "/standards"));
			case "auditor" -> List.of(new HomeTile("one", "/assessments/review"),
					new HomeTile("two", "/establishments"), new HomeTile("three", "/dashboard"));
			default -> {
				String only = (establishments != null && establishments.size() == 1)
						? "/establishments/" + establishments.get(0).id() : null;
				yield List.of(new HomeTile("one", "/establishments"),
						new HomeTile("two", (only != null) ? only + "/beneficiaries" : "/establishments"),
						new HomeTile("three", (only != null) ? only + "/assessments" : "/establishments"));
			}
		};
	}

}
