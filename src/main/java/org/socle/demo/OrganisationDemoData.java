package org.socle.demo;

import org.socle.organisation.LegalForm;
import org.socle.organisation.OrganisationData;
import org.socle.organisation.OrganisationDetails;
import org.socle.organisation.OrganisationRef;
import org.socle.organisation.OrganisationService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Eight associations and foundations in different regions, with their legal details; the
 * first two have a demo manager each.
 */
@Component
@Order(10)
class OrganisationDemoData implements DemoDataContributor {

	private final OrganisationService organisations;

	OrganisationDemoData(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		ensure(new OrganisationData(DemoOrganisations.AL_AMAL, LegalForm.ASSOCIATION, "TNG-ASS-2009-0142",
				"12, rue Ibn Batouta, Tanger", "MA-01", "+212 539 94 12 30", "contact@alamal-enfance.ma",
				"Khadija Benjelloun", true));
		ensure(new OrganisationData(DemoOrganisations.NOUR, LegalForm.ASSOCIATION, "MRK-ASS-2004-0871",
				"Derb Sidi Bouloukat, Médina, Marrakech", "MA-07", "+212 524 38 55 10", "contact@nour-agees.ma",
				"Abdelkader Ouazzani", true));
		ensure(new OrganisationData(DemoOrganisations.ATLAS, LegalForm.FOUNDATION, "FES-FDN-2012-0033",
				"45, avenue Hassan II, Fès", "MA-03", "+212 535 62 40 77", "fondation@atlas-solidarite.ma",
				"Nadia Tazi", true));
		ensure(new OrganisationData(DemoOrganisations.SOUSS, LegalForm.ASSOCIATION, "AGD-ASS-1998-0410",
				"Quartier Dakhla, Agadir", "MA-09", "+212 528 22 18 90", "darttalib.souss@example.ma",
				"Brahim Ait Oufkir", true));
		ensure(new OrganisationData(DemoOrganisations.WAFAE, LegalForm.ASSOCIATION, "CAS-ASS-2001-1207",
				"Boulevard Ghandi, Casablanca", "MA-06", "+212 522 36 71 04", "contact@alwafae.ma", "Salma Bennis",
				true));
		ensure(new OrganisationData(DemoOrganisations.DRAA, LegalForm.ASSOCIATION, "ERR-ASS-2006-0088",
				"Avenue Moulay Ali Cherif, Errachidia", "MA-08", "+212 535 57 21 66", "scolarisation.draa@example.ma",
				"Lahcen Amzil", true));
		ensure(new OrganisationData(DemoOrganisations.ORIENTAL, LegalForm.ASSOCIATION, "OUJ-ASS-2010-0315",
				"Hay Al Qods, Oujda", "MA-02", "+212 536 70 14 52", "karama.oriental@example.ma", "Houria Mernissi",
				true));
		ensure(new OrganisationData(DemoOrganisations.SAHARA, LegalForm.ASSOCIATION, "LAA-ASS-2014-0021",
				"Avenue de la Mecque, Laâyoune", "MA-11", "+212 528 89 30 11", "sakia.solidarite@example.ma",
				"Mohamed Lamine Ould Sidi", true));
	}

	/**
	 * Creates the organisation, or fills its details if it was created bare (with a name
	 * only, as tests do).
	 */
	private void ensure(OrganisationData data) {
		OrganisationRef existing = this.organisations.findByName(data.name()).orElse(null);
		if (existing == null) {
			this.organisations.create(data);
			return;
		}
		OrganisationDetails details = this.organisations.details(existing.id()).orElseThrow();
		if (details.legalForm() == null) {
			this.organisations.update(existing.id(), data, details.version());
		}
	}

}
