package org.socle.beneficiary.export;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.BeneficiaryDataContributor;
import org.socle.beneficiary.ExportSection;
import org.socle.beneficiary.privacy.AccessLog;
import org.socle.beneficiary.register.Beneficiary;
import org.socle.beneficiary.register.BeneficiaryService;
import org.socle.beneficiary.register.BeneficiaryView;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.pdf.PdfRenderer;
import org.socle.shared.web.Formats;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's whole record as JSON and PDF, for a data-subject request (loi 09-08): the
 * person, the stays and the other modules' sections ({@link BeneficiaryDataContributor}),
 * by the manager of their establishment only, each export written to the access log.
 */
@Service
@Transactional
class PersonalDataExport {

	static final String PDF_TEMPLATE = "beneficiary/export-pdf";

	private final BeneficiaryService beneficiaries;

	private final List<BeneficiaryDataContributor> contributors;

	private final AccessLog accessLog;

	private final MessageSource messages;

	private final PdfRenderer pdf;

	private final Formats formats;

	private final JsonMapper json;

	private final Clock clock;

	PersonalDataExport(BeneficiaryService beneficiaries, List<BeneficiaryDataContributor> contributors,
			AccessLog accessLog, MessageSource messages, PdfRenderer pdf, Formats formats, JsonMapper json,
			Clock clock) {
		this.beneficiaries = beneficiaries;
		this.contributors = contributors;
		this.accessLog = accessLog;
		this.messages = messages;
		this.pdf = pdf;
		this.formats = formats;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The record, if the current user may export it: the manager of its establishment.
	 */
	private Beneficiary requireExportable(long id) {
		Beneficiary beneficiary = this.beneficiaries.requireReadable(id);
		if (!BeneficiaryService.fullAccess()) {
			throw new NotAllowedException("Only the establishment's manager exports a person's data");
		}
		return beneficiary;
	}

	/** Checks the export is allowed (for the page offering it). */
	@Transactional(readOnly = true)
	BeneficiaryView exportPage(long id) {
		return this.beneficiaries.view(requireExportable(id));
	}

	byte[] json(long id) {
		Beneficiary beneficiary = requireExportable(id);
		List<ExportSection> sections = sections(beneficiary);
		this.accessLog.record(id, beneficiary.getEstablishmentId(), AccessAction.EXPORT_JSON, null);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", "socle-beneficiary-export/1");
		document.put("generatedAt", ZonedDateTime.now(this.clock).toOffsetDateTime().toString());
		document.put("generatedBy", SocleUser.current().getUsername());
		document.put("beneficiaryId", id);
		for (ExportSection section : sections) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (List<String> row : section.rows()) {
				Map<String, String> object = new LinkedHashMap<>();
				for (int i = 0; i < section.columns().size(); i++) {
					object.put(section.columns().get(i), (i < row.size()) ? row.get(i) : null);
				}
				rows.add(object);
			}
			document.put(section.key(), rows);
		}
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
	}

	byte[] pdf(long id) {
		Beneficiary beneficiary = requireExportable(id);
		List<ExportSection> sections = sections(beneficiary);
		this.accessLog.record(id, beneficiary.getEstablishmentId(), AccessAction.EXPORT_PDF, null);
		return this.pdf.render(PDF_TEMPLATE, Map.of("sections", sections, "generatedAt",
				this.formats.plainDateTime(Instant.now(this.clock)), "generatedBy", SocleUser.current().getUsername()),
				LocaleContextHolder.getLocale());
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	/** The person, the stays, then the other modules' sections. */
	private List<ExportSection> sections(Beneficiary b) {
		Locale locale = LocaleContextHolder.getLocale();
		BeneficiaryView view = this.beneficiaries.view(b);
		List<List<String>> person = new ArrayList<>();
		add(person, locale, "beneficiary.lastName", b.getLastName());
		add(person, locale, "beneficiary.firstName", b.getFirstName());
		add(person, locale, "beneficiary.lastNameAr", b.getLastNameAr());
		add(person, locale, "beneficiary.firstNameAr", b.getFirstNameAr());
		add(person, locale, "beneficiary.sex", label("Sex", b.getSex(), locale));
		add(person, locale, "beneficiary.birthDate", Objects.toString(b.getBirthDate(), null));
		add(person, locale, "beneficiary.birthYear", Objects.toString(b.getBirthYear(), null));
		add(person, locale, "beneficiary.cin", b.getCin());
		add(person, locale, "beneficiary.birthCertificateRef", b.getBirthCertificateRef());
		add(person, locale, "beneficiary.category", label("BeneficiaryCategory", b.getCategory(), locale));
		add(person, locale, "beneficiary.disabilityType", label("DisabilityType", b.getDisabilityType(), locale));
		add(person, locale, "beneficiary.disabilityCard", yesNo(b.isDisabilityCard(), locale));
		add(person, locale, "beneficiary.disabilitySupport", yesNo(b.isDisabilitySupport(), locale));
		add(person, locale, "beneficiary.consentDate", Objects.toString(b.getConsentDate(), null));
		add(person, locale, "beneficiary.consentGivenBy", label("ConsentGivenBy", b.getConsentGivenBy(), locale));
		add(person, locale, "beneficiary.healthInsurance", label("HealthInsurance", b.getHealthInsurance(), locale));
		add(person, locale, "beneficiary.rsuStatus", label("RsuStatus", b.getRsuStatus(), locale));
		add(person, locale, "beneficiary.familyAid", label("BenefitStatus", b.getFamilyAid(), locale));
		add(person, locale, "beneficiary.pension", label("BenefitStatus", b.getPension(), locale));
		add(person, locale, "beneficiary.schooling", label("Schooling", b.getSchooling(), locale));
		List<ExportSection> sections = new ArrayList<>();
		sections
			.add(new ExportSection("person", message("beneficiary.section.identity", locale), List.of("field", "value"),
					List.of(message("export.field", locale), message("export.value", locale)), person));
		List<List<String>> stays = view.stays()
			.stream()
			.map(s -> Arrays.asList(Objects.toString(s.establishmentName(), "#" + s.establishmentId()),
					s.admissionDate().toString(), label("ReferralSource", s.referralSource(), locale),
					label("LegalBasis", s.legalBasis(), locale), s.legalBasisReference(),
					Objects.toString(s.dischargeDate(), null), label("DischargeReason", s.dischargeReason(), locale)))
			.toList();
		sections.add(new ExportSection("stays", message("beneficiary.section.stays", locale),
				List.of("establishment", "admissionDate", "referralSource", "legalBasis", "legalBasisReference",
						"dischargeDate", "dischargeReason"),
				Stream
					.of("beneficiary.establishment", "beneficiary.admissionDate", "beneficiary.referralSource",
							"beneficiary.legalBasis", "beneficiary.legalBasisReference", "beneficiary.dischargeDate",
							"beneficiary.dischargeReason")
					.map(k -> message(k, locale))
					.toList(),
				stays));
		this.contributors.forEach(c -> sections.addAll(c.personalData(b.getId())));
		return sections;
	}

	private void add(List<List<String>> rows, Locale locale, String labelKey, String value) {
		rows.add(Arrays.asList(message(labelKey, locale), value));
	}

	private String label(String prefix, Enum<?> value, Locale locale) {
		return (value != null) ? message(prefix + "." + value.name(), locale) : null;
	}

	private String yesNo(boolean value, Locale locale) {
		return message(value ? "export.yes" : "export.no", locale);
	}

}
