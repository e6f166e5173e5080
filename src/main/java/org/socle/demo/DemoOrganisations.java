package org.socle.demo;

/**
 * Names of the demo associations, which the other demo data hang on.
 */
final class DemoOrganisations {

	static final String AL_AMAL = "Association Al Amal pour l'enfance";

	static final String NOUR = "Association Nour pour les personnes âgées";

	static final String ATLAS = "Fondation Atlas Solidarité";

	static final String SOUSS = "Association Dar Talib Souss-Massa";

	static final String WAFAE = "Association Al Wafae pour les personnes en situation de handicap";

	static final String DRAA = "Association Drâa-Tafilalet pour la scolarisation rurale";

	static final String ORIENTAL = "Association Karama de l'Oriental";

	static final String SAHARA = "Association Sakia El Hamra Solidarité";

	private DemoOrganisations() {
	}

}
