package org.socle.beneficiary.importing;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a beneficiary import file. The header names the columns by code
 * ({@code last_name}) or by French alias ({@code nom}), in any order, any case, with or
 * without accents; unknown columns are reported and ignored.
 */
enum ImportColumn {

	LAST_NAME("last_name", "lastName", Kind.TEXT, true, "nom"),
	FIRST_NAME("first_name", "firstName", Kind.TEXT, true, "prenom"),
	LAST_NAME_AR("last_name_ar", "lastNameAr", Kind.TEXT, false, "nom_ar", "nom_arabe"),
	FIRST_NAME_AR("first_name_ar", "firstNameAr", Kind.TEXT, false, "prenom_ar", "prenom_arabe"),
	SEX("sex", "sex", Kind.ENUM, true, "sexe"),
	BIRTH_DATE("birth_date", "birthDate", Kind.DATE, false, "date_naissance", "date_de_naissance"),
	BIRTH_YEAR("birth_year", "birthYear", Kind.INTEGER, false, "annee_naissance", "annee_de_naissance"),
	CIN("cin", "cin", Kind.TEXT, false),
	BIRTH_CERTIFICATE_REF("birth_certificate_ref", "birthCertificateRef", Kind.TEXT, false, "acte_naissance",
			"acte_de_naissance"),
	CATEGORY("category", "category", Kind.ENUM, true, "categorie"),
	DISABILITY_TYPE("disability_type", "disabilityType", Kind.ENUM, false, "handicap"),
	DISABILITY_CARD("disability_card", "disabilityCard", Kind.BOOLEAN, false, "carte_handicap"),
	DISABILITY_SUPPORT("disability_support", "disabilitySupport", Kind.BOOLEAN, false, "appui_handicap"),
	ADMISSION_DATE("admission_date", "admissionDate", Kind.DATE, true, "date_admission", "date_d_admission"),
	REFERRAL_SOURCE("referral_source", "referralSource", Kind.ENUM, false, "oriente_par", "orientation"),
	LEGAL_BASIS("legal_basis", "legalBasis", Kind.ENUM, false, "base_legale"),
	LEGAL_BASIS_REFERENCE(
			"legal_basis_reference", "legalBasisReference", Kind.TEXT, false, "reference_base_legale", "reference"),
	CONSENT_DATE("consent_date", "consentDate", Kind.DATE, false, "date_consentement"),
	CONSENT_GIVEN_BY("consent_given_by", "consentGivenBy", Kind.ENUM, false, "consentement_par",
			"consentement_donne_par"),
	HEALTH_INSURANCE("health_insurance", "healthInsurance", Kind.ENUM, false, "assurance_maladie"),
	RSU("rsu", "rsuStatus", Kind.ENUM, false, "rsu_status"),
	FAMILY_AID("family_aid", "familyAid", Kind.ENUM, false, "aide_familiale", "aide_sociale"),
	PENSION("pension", "pension", Kind.ENUM, false), SCHOOLING("schooling", "schooling", Kind.ENUM, false, "scolarite");

	enum Kind {

		TEXT, DATE, INTEGER, BOOLEAN, ENUM

	}

	final String code;

	final String field;

	final Kind kind;

	/**
	 * Required in the header ({@code birth_date} or {@code birth_year} are checked
	 * apart).
	 */
	final boolean required;

	private final List<String> aliases;

	ImportColumn(String code, String field, Kind kind, boolean required, String... aliases) {
		this.code = code;
		this.field = field;
		this.kind = kind;
		this.required = required;
		this.aliases = Arrays.asList(aliases);
	}

	static Optional<ImportColumn> forHeader(String header) {
		String key = normalise(header);
		return Arrays.stream(values()).filter(c -> c.code.equals(key) || c.aliases.contains(key)).findFirst();
	}

	static Optional<ImportColumn> forField(String field) {
		return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
	}

	/** Lower case, no accents or marks, words joined by underscores. */
	static String normalise(String value) {
		if (value == null) {
			return "";
		}
		String plain = Normalizer.normalize(value.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_’'\\-.]+", "_").replaceAll("^_|_$", "");
	}

}
