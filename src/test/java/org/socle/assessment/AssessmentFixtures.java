package org.socle.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.socle.assessment.workflow.AnswerForm;
import org.socle.assessment.workflow.AssessmentAccess;
import org.socle.assessment.workflow.AssessmentService;
import org.socle.assessment.workflow.NewAssessmentForm;
import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.BenefitStatus;
import org.socle.beneficiary.ConsentGivenBy;
import org.socle.beneficiary.HealthInsurance;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.RsuStatus;
import org.socle.beneficiary.Schooling;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.SocleUser;
import org.socle.standard.AnswerType;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.IndicatorView;
import org.socle.standard.StandardCatalog;
import org.socle.standard.ThresholdDirection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Assessments for tests: an establishment with a few records (so that the critical
 * computed metrics have a value), assessments created and answered through the service as
 * a given user, and the workflow steps. Give every establishment a unique name: the
 * database is shared by all test classes.
 */
@Component
public class AssessmentFixtures {

	/** A reference date well after the fixture's admissions. */
	public static final LocalDate D = LocalDate.of(2025, 6, 30);

	private final AssessmentService service;

	private final AssessmentAccess access;

	private final EstablishmentFixtures establishments;

	private final BeneficiaryFixtures beneficiaries;

	private final StandardCatalog catalog;

	private final JdbcTemplate jdbc;

	AssessmentFixtures(AssessmentService service, AssessmentAccess access, EstablishmentFixtures establishments,
			BeneficiaryFixtures beneficiaries, StandardCatalog catalog, JdbcTemplate jdbc) {
		this.service = service;
		this.access = access;
		this.establishments = establishments;
		this.beneficiaries = beneficiaries;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	/** The id of the default standard SOCLE-EPS 1.0, published on start. */
	public long standardId() {
		return this.jdbc.queryForObject(
				"select id from reference_standard where code = 'SOCLE-EPS' and standard_version = '1.0'", Long.class);
	}

	/**
	 * A CHILDREN establishment (capacity 40) with one care-qualified staff member, a
	 * child of 10 at school and an adult, both covered by AMO and admitted in 2025.
	 */
	public EstablishmentInfo establishment(String name, long organisationId) {
		EstablishmentInfo info = this.establishments.establishment(name, organisationId, Category.CHILDREN, "MA-04",
				40);
		if (!recordsCreated(info.id())) {
			this.establishments.staff(info.id(), "Éducatrice " + name, true, LocalDate.of(2020, 1, 1), null);
			this.beneficiaries.beneficiary(info.id(), "Enfant " + name)
				.born(LocalDate.of(2015, 3, 1))
				.category(BeneficiaryCategory.CHILD)
				.birthCertificate("AC-123")
				.consent(LocalDate.of(2025, 1, 10), ConsentGivenBy.GUARDIAN)
				.protection(HealthInsurance.AMO, RsuStatus.REGISTERED, BenefitStatus.RECEIVING,
						BenefitStatus.NOT_RECEIVING, Schooling.ENROLLED)
				.admitted(LocalDate.of(2025, 1, 10), ReferralSource.COURT, LegalBasis.COURT_ORDER)
				.create();
			this.beneficiaries.beneficiary(info.id(), "Adulte " + name)
				.born(LocalDate.of(1990, 5, 5))
				.cin("AB12345")
				.consent(LocalDate.of(2025, 2, 1), ConsentGivenBy.SELF)
				.protection(HealthInsurance.AMO, RsuStatus.NOT_REGISTERED, BenefitStatus.NOT_RECEIVING,
						BenefitStatus.NOT_RECEIVING, Schooling.NOT_APPLICABLE)
				.admitted(LocalDate.of(2025, 2, 1), ReferralSource.FAMILY, LegalBasis.PERSONAL_REQUEST)
				.create();
		}
		return info;
	}

	private final java.util.Set<Long> withRecords = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private boolean recordsCreated(long establishmentId) {
		return !this.withRecords.add(establishmentId);
	}

	public long create(long establishmentId, AssessmentKind kind, SocleUser user) {
		return create(establishmentId, kind, user, D, false);
	}

	public long create(long establishmentId, AssessmentKind kind, SocleUser user, LocalDate date, boolean fromSelf) {
		long standardId = standardId();
		return as(user, () -> {
			NewAssessmentForm form = this.service.newForm(establishmentId, kind);
			form.setStandardId(standardId);
			form.setReferenceDate(date);
			form.setStartFromSelfAssessment(fromSelf);
			return this.service.create(establishmentId, form);
		});
	}

	/** Every typed indicator (not computed) answered at {@code level}. */
	public void answerTyped(long id, SocleUser user, int level) {
		for (IndicatorView indicator : typedIndicators(id)) {
			Errors errors = answer(id, user, indicator.code(), form(indicator, level));
			if (errors.hasErrors()) {
				throw new IllegalStateException(indicator.code() + ": " + errors);
			}
		}
	}

	/** A self-assessment answered at {@code level}, submitted, taken and validated. */
	public long validatedSelf(long establishmentId, SocleUser manager, SocleUser auditor, int level, LocalDate date) {
		long id = create(establishmentId, AssessmentKind.SELF, manager, date, false);
		answerTyped(id, manager, level);
		as(manager, () -> {
			this.service.submit(id, version(id));
			return null;
		});
		as(auditor, () -> {
			this.service.take(id, version(id));
			this.service.validate(id, version(id), null);
			return null;
		});
		return id;
	}

	public Errors answer(long id, SocleUser user, String code, AnswerForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "answerForm");
		if (form.getVersion() == null) {
			form.setVersion(this.jdbc.queryForObject(
					"select version from assessment_answer where assessment_id = ? and indicator_code = ?", Long.class,
					id, code));
		}
		as(user, () -> this.service.saveAnswer(id, code, form, errors));
		return errors;
	}

	/** The version the service sees (flushed within a test's transaction). */
	private long version(long id) {
		return this.access.readable(id).assessment().getVersion();
	}

	/** The indicators of the assessment that are answered by hand (not computed). */
	List<IndicatorView> typedIndicators(long id) {
		List<String> codes = this.jdbc.queryForList(
				"select indicator_code from assessment_answer where assessment_id = ? and metric_key is null",
				String.class, id);
		return this.catalog.publishedTree(standardId())
			.indicators()
			.filter((indicator) -> codes.contains(indicator.code()))
			.toList();
	}

	/** An answer reaching {@code level} for the indicator's answer type. */
	public static AnswerForm form(IndicatorView indicator, int level) {
		AnswerForm form = new AnswerForm();
		if (indicator.answerType() == AnswerType.LEVEL) {
			form.setLevel(Integer.toString(level));
		}
		else if (indicator.answerType() == AnswerType.YES_NO) {
			form.setAnswer((level >= 3) ? "YES" : "NO");
		}
		else {
			form.setValue(valueFor(indicator.thresholds(), level).toPlainString());
		}
		return form;
	}

	static BigDecimal valueFor(IndicatorThresholds t, int level) {
		boolean higher = t.direction() == ThresholdDirection.HIGHER_IS_BETTER;
		return switch (level) {
			case 4 -> t.t4();
			case 3 -> t.t3();
			case 2 -> t.t2();
			default -> higher ? t.t2().subtract(BigDecimal.ONE).max(BigDecimal.ZERO) : t.t2().add(BigDecimal.ONE);
		};
	}

	public static <T> T as(SocleUser user, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
