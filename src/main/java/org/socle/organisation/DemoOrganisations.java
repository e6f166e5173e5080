package org.socle.organisation;

/**
 * Names of the demo associations, for the other modules' demo data.
 */
public final class DemoOrganisations {

	public static final String AL_AMAL = "Association Al Amal pour l'enfance";

	public static final String NOUR = "Association Nour pour les personnes âgées";

	public static final String ATLAS = "Fondation Atlas Solidarité";

	private DemoOrganisations() {
	}

}
