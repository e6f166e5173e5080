package org.socle.demo;

/**
 * Names of the demo associations, which the other demo data hang on.
 * <p>
 * Public only while {@code assessment.AssessmentDemoData} still lives in its module; it
 * becomes package-private when that class moves here.
 */
public final class DemoOrganisations {

	public static final String AL_AMAL = "Association Al Amal pour l'enfance";

	public static final String NOUR = "Association Nour pour les personnes âgées";

	public static final String ATLAS = "Fondation Atlas Solidarité";

	public static final String SOUSS = "Association Dar Talib Souss-Massa";

	public static final String WAFAE = "Association Al Wafae pour les personnes en situation de handicap";

	public static final String DRAA = "Association Drâa-Tafilalet pour la scolarisation rurale";

	public static final String ORIENTAL = "Association Karama de l'Oriental";

	public static final String SAHARA = "Association Sakia El Hamra Solidarité";

	private DemoOrganisations() {
	}

}
