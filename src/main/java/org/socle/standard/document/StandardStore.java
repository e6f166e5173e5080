package org.socle.standard.document;

import java.util.List;

import org.socle.standard.model.IndicatorContent;
import org.socle.standard.model.ReferenceStandard;
import org.socle.standard.model.ReferenceStandardRepository;
import org.socle.standard.model.StandardCriterion;
import org.socle.standard.model.StandardCriterionRepository;
import org.socle.standard.model.StandardDomain;
import org.socle.standard.model.StandardDomainRepository;
import org.socle.standard.model.StandardIndicator;
import org.socle.standard.model.StandardIndicatorRepository;

import org.springframework.stereotype.Component;

/**
 * Writes a whole document as a new draft (import, new version, default standard). Callers
 * check access and validity; the database checks the rules again.
 */
@Component
public class StandardStore {

	private final ReferenceStandardRepository standards;

	private final StandardDomainRepository domains;

	private final StandardCriterionRepository criteria;

	private final StandardIndicatorRepository indicators;

	StandardStore(ReferenceStandardRepository standards, StandardDomainRepository domains,
			StandardCriterionRepository criteria, StandardIndicatorRepository indicators) {
		this.standards = standards;
		this.domains = domains;
		this.criteria = criteria;
		this.indicators = indicators;
	}

	public ReferenceStandard createDraft(StandardDocument document, Long clonedFromId) {
		ReferenceStandard standard = new ReferenceStandard(document.code(), document.version(), clonedFromId);
		standard.describe(document.title(), document.description());
		long standardId = this.standards.saveAndFlush(standard).getId();
		List<StandardDocument.Domain> domainDocuments = document.domains();
		for (int d = 0; d < domainDocuments.size(); d++) {
			StandardDocument.Domain domainDocument = domainDocuments.get(d);
			StandardDomain domain = new StandardDomain(standardId, d);
			domain.update(domainDocument.code(), domainDocument.weight(), domainDocument.title(),
					domainDocument.description());
			long domainId = this.domains.save(domain).getId();
			List<StandardDocument.Criterion> criterionDocuments = domainDocument.criteria();
			for (int c = 0; c < criterionDocuments.size(); c++) {
				StandardDocument.Criterion criterionDocument = criterionDocuments.get(c);
				StandardCriterion criterion = new StandardCriterion(standardId, domainId, c);
				criterion.update(criterionDocument.code(), criterionDocument.weight(), criterionDocument.title(),
						criterionDocument.description());
				long criterionId = this.criteria.save(criterion).getId();
				List<IndicatorContent> contents = criterionDocument.indicators();
				for (int i = 0; i < contents.size(); i++) {
					StandardIndicator indicator = new StandardIndicator(standardId, criterionId, i);
					indicator.update(contents.get(i));
					this.indicators.save(indicator);
				}
			}
		}
		return standard;
	}

}
