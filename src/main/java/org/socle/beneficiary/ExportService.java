package org.socle.beneficiary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.socle.establishment.EstablishmentAccess;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of personal data, each written to the access log: one person's whole record as
 * JSON and PDF (a data-subject request, loi 09-08), by the manager of their
 * establishment; an establishment's list as CSV (pseudonymised for auditors and admins),
 * where a cell starting with = + - @ or a control character is prefixed with a quote so
 * that a spreadsheet never runs it as a formula.
 */
@Service
@Transactional
class ExportService {

	private final BeneficiaryService beneficiaries;

	private final List<BeneficiaryDataContributor> contributors;

	private final AccessLog accessLog;

	private final MessageSource messages;

	private final TemplateEngine templates;

	private final JsonMapper json;

	private final EstablishmentAccess establishments;

	private final BeneficiaryRepository repository;

	private final Clock clock;

	ExportService(BeneficiaryService beneficiaries, List<BeneficiaryDataContributor> contributors, AccessLog accessLog,
			MessageSource messages, TemplateEngine templates, JsonMapper json, EstablishmentAccess establishments,
			BeneficiaryRepository repository, Clock clock) {
		this.beneficiaries = beneficiaries;
		this.contributors = contributors;
		this.accessLog = accessLog;
		this.messages = messages;
		this.templates = templates;
		this.json = json;
		this.establishments = establishments;
		this.repository = repository;
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
		Locale locale = LocaleContextHolder.getLocale();
		List<ExportSection> visual = sections.stream()
			.map(s -> new ExportSection(s.key(), PdfText.visual(s.title()), s.columns(),
					s.headers().stream().map(PdfText::visual).toList(),
					s.rows().stream().map(r -> r.stream().map(PdfText::visual).toList()).toList()))
			.toList();
		Context context = new Context(locale);
		context.setVariable("sections", visual);
		context.setVariable("title", PdfText.visual(message("export.pdf.title", locale)));
		context.setVariable("notice", PdfText.visual(message("export.pdf.notice", locale)));
		context.setVariable("generated",
				PdfText.visual(message("export.pdf.generated", locale,
						ZonedDateTime.now(this.clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
						SocleUser.current().getUsername())));
		String html = this.templates.process("beneficiary/export-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> PdfText.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	/** The person, the stays, then the other modules' sections. */
	List<ExportSection> sections(Beneficiary b) {
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
			.map(s -> java.util.Arrays.asList(Objects.toString(s.establishmentName(), "#" + s.establishmentId()),
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
		rows.add(java.util.Arrays.asList(message(labelKey, locale), value));
	}

	private String label(String prefix, Enum<?> value, Locale locale) {
		return (value != null) ? message(prefix + "." + value.name(), locale) : null;
	}

	private String yesNo(boolean value, Locale locale) {
		return message(value ? "export.yes" : "export.no", locale);
	}

	/**
	 * The establishment's list (ACTIVE, DISCHARGED or ALL) as CSV, UTF-8 with a
	 * byte-order mark and semicolons; every exported record is written to the access log.
	 */
	byte[] listCsv(long establishmentId, String status) {
		this.establishments.requireReadable(establishmentId);
		boolean full = BeneficiaryService.fullAccess();
		Locale locale = LocaleContextHolder.getLocale();
		List<BeneficiaryListItem> items = this.beneficiaries.list(establishmentId, status, null, Pageable.unpaged())
			.getContent();
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> header = full
				? List.of("id", "last_name", "first_name", "name_ar", "sex", "age", "category", "admission_date",
						"discharge_date", "discharge_reason", "legal_basis_reference")
				: List.of("pseudonym", "initials", "sex", "age", "category", "admission_date", "discharge_date",
						"discharge_reason");
		csv.append(String.join(";", header)).append("\r\n");
		Map<Long, Long> logged = new LinkedHashMap<>();
		Map<Long, String[]> names = full ? names(items) : Map.of();
		for (BeneficiaryListItem item : items) {
			List<String> cells = new ArrayList<>();
			if (full) {
				String[] name = names.get(item.id());
				cells.add(String.valueOf(item.id()));
				cells.add(name[0]);
				cells.add(name[1]);
				cells.add(item.nameAr());
			}
			else {
				cells.add(item.pseudonym());
				cells.add(item.initials());
			}
			cells.add(item.sex().name());
			cells.add(String.valueOf(item.age()));
			cells.add(message("BeneficiaryCategory." + item.category(), locale));
			cells.add(item.admissionDate().toString());
			cells.add(Objects.toString(item.dischargeDate(), ""));
			cells.add((item.dischargeReason() != null) ? item.dischargeReason().name() : "");
			if (full) {
				cells.add(item.legalBasisReference());
			}
			csv.append(String.join(";", cells.stream().map(ExportService::csvCell).toList())).append("\r\n");
			logged.put(item.id(), establishmentId);
		}
		if (!logged.isEmpty()) {
			this.accessLog.recordAll(logged, AccessAction.EXPORT_LIST, "csv " + LocalDate.now(this.clock));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private Map<Long, String[]> names(List<BeneficiaryListItem> items) {
		Map<Long, String[]> names = new LinkedHashMap<>();
		this.repository.findByIdIn(items.stream().map(BeneficiaryListItem::id).toList())
			.forEach(b -> names.put(b.getId(), new String[] { b.getLastName(), b.getFirstName() }));
		return names;
	}

	/**
	 * A CSV cell: quoted when needed, and prefixed with a quote when it starts like a
	 * formula (= + - @, tab or carriage return), so that it is shown as text.
	 */
	static String csvCell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = value;
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
