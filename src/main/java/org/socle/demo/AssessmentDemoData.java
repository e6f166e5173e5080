package org.socle.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.assessment.AssessmentKind;
import org.socle.assessment.actionplan.ActionPlanService;
import org.socle.assessment.actionplan.ActionStatus;
import org.socle.assessment.metrics.MetricSnapshot;
import org.socle.assessment.metrics.MetricSnapshots;
import org.socle.assessment.score.ScoreRecorder;
import org.socle.assessment.scoring.Answer;
import org.socle.assessment.scoring.IndicatorResult;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.assessment.scoring.ScoringEngine;
import org.socle.assessment.workflow.AssessmentStatus;
import org.socle.assessment.workflow.ScoringTrees;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.EstablishmentStatus;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.organisation.OrganisationRef;
import org.socle.organisation.OrganisationService;
import org.socle.standard.AnswerType;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.IndicatorView;
import org.socle.standard.MetricKey;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardSummary;
import org.socle.standard.ThresholdDirection;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two years of assessments for the demo establishments (active ones of the demo
 * associations): a validated self-assessment and a validated audit each year, with scores
 * that vary by establishment and improve over time; action plans whose actions are done
 * on time, late, dropped, in progress or overdue; and, depending on the establishment,
 * one assessment in progress in each state of the workflow. Computed metrics come from
 * the establishment's records where it has some at the reference date, and from a
 * plausible profile otherwise. Written with JDBC batches; loaded once (skipped when the
 * demo assessments exist).
 */
@Component
@Order(60)
class AssessmentDemoData implements DemoDataContributor {

	static final String BY = "demo-data";

	private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

	private static final List<String> ORGANISATIONS = List.of(DemoOrganisations.AL_AMAL, DemoOrganisations.NOUR,
			DemoOrganisations.ATLAS, DemoOrganisations.SOUSS, DemoOrganisations.WAFAE, DemoOrganisations.DRAA,
			DemoOrganisations.ORIENTAL, DemoOrganisations.SAHARA);

	/** Workflow states of the assessment in progress, by establishment (in turn). */
	private enum Current {

		SELF_DRAFT, SELF_SUBMITTED, SELF_IN_REVIEW, SELF_RETURNED, AUDIT_DRAFT, NONE

	}

	private final EstablishmentAccess establishments;

	private final OrganisationService organisations;

	private final StandardCatalog catalog;

	private final ScoringTrees trees;

	private final MetricSnapshots metrics;

	private final ScoreRecorder scores;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AssessmentDemoData(EstablishmentAccess establishments, OrganisationService organisations, StandardCatalog catalog,
			ScoringTrees trees, MetricSnapshots metrics, ScoreRecorder scores, JdbcTemplate jdbc, Clock clock) {
		this.establishments = establishments;
		this.organisations = organisations;
		this.catalog = catalog;
		this.trees = trees;
		this.metrics = metrics;
		this.scores = scores;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		Long loaded = this.jdbc.queryForObject("select count(*) from assessment where created_by = ?", Long.class, BY);
		if (loaded != null && loaded > 0) {
			return;
		}
		StandardSummary standard = this.catalog.defaultStandard().orElse(null);
		if (standard == null) {
			log.warn("No published default standard: no demo assessments");
			return;
		}
		Map<String, User> users = users();
		if (!users.containsKey("auditor") || !users.containsKey("auditor2") || !users.containsKey("admin")) {
			log.warn("Demo users missing: no demo assessments");
			return;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		SocleUser admin = new SocleUser(users.get("admin").id(), "admin", users.get("admin").name(), Role.ADMIN, null,
				true, null);
		system.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		SecurityContextHolder.setContext(system);
		try {
			load(standard, users);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void load(StandardSummary standard, Map<String, User> users) {
		Map<Long, String> managerByOrganisation = new HashMap<>();
		this.organisations.findByName(DemoOrganisations.AL_AMAL)
			.ifPresent((org) -> managerByOrganisation.put(org.id(), "manager"));
		this.organisations.findByName(DemoOrganisations.NOUR)
			.ifPresent((org) -> managerByOrganisation.put(org.id(), "manager2"));
		Set<Long> demoOrganisations = ORGANISATIONS.stream()
			.map(this.organisations::findByName)
			.flatMap(java.util.Optional::stream)
			.map(OrganisationRef::id)
			.collect(Collectors.toSet());
		List<EstablishmentInfo> demo = this.establishments.listReadable()
			.stream()
			.filter((e) -> demoOrganisations.contains(e.organisationId()))
			.filter((e) -> e.status() != EstablishmentStatus.CLOSED)
			.sorted(java.util.Comparator.comparing(EstablishmentInfo::id))
			.toList();
		ScoringTrees.Loaded tree = this.trees.load(standard.id());
		LocalDate today = LocalDate.now(this.clock);
		int index = 0;
		int count = 0;
		for (EstablishmentInfo establishment : demo) {
			User manager = users.getOrDefault(managerByOrganisation.get(establishment.organisationId()),
					users.get("admin"));
			Timeline timeline = new Timeline(establishment, tree.applicableTo(establishment.category().name()), manager,
					users.get("auditor"), users.get("auditor2"), new Random(establishment.nameFr().hashCode()), today);
			count += timeline.play(Current.values()[index % Current.values().length]);
			index++;
		}
		log.info("Demo assessments: {} for {} establishments", count, demo.size());
	}

	private Map<String, User> users() {
		Map<String, User> users = new HashMap<>();
		this.jdbc.query(
				"select id, username, display_name from app_user where username in ('admin', 'auditor', 'auditor2', 'manager', 'manager2')",
				(rs) -> {
					users.put(rs.getString("username"), new User(rs.getLong("id"), rs.getString("display_name")));
				});
		return users;
	}

	record User(long id, String name) {

	}

	/** The assessments of one establishment, oldest first. */
	private final class Timeline {

		private final EstablishmentInfo establishment;

		private final ScoringTrees.Applicable tree;

		private final User manager;

		private final User auditor;

		/** Validates the audits {@link #auditor} made (four eyes). */
		private final User secondAuditor;

		private final Random random;

		private final LocalDate today;

		/** Quality from 0 to 1: where the establishment starts. */
		private final double quality;

		private Map<String, Answer> lastSelfAnswers = Map.of();

		private Timeline(EstablishmentInfo establishment, ScoringTrees.Applicable tree, User manager, User auditor,
				User secondAuditor, Random random, LocalDate today) {
			this.establishment = establishment;
			this.tree = tree;
			this.manager = manager;
			this.auditor = auditor;
			this.secondAuditor = secondAuditor;
			this.random = random;
			this.today = today;
			this.quality = 0.35 + 0.6 * random.nextDouble();
		}

		/** Four validated assessments and the one in progress; returns how many. */
		int play(Current current) {
			long self1 = validated(AssessmentKind.SELF, endOfMonth(24), 0, null);
			validated(AssessmentKind.AUDIT, endOfMonth(21), 1, self1);
			long self2 = validated(AssessmentKind.SELF, endOfMonth(12), 2, null);
			validated(AssessmentKind.AUDIT, endOfMonth(9), 3, self2);
			LocalDate recent = endOfMonth(1);
			switch (current) {
				case SELF_DRAFT -> inProgress(AssessmentKind.SELF, recent, AssessmentStatus.DRAFT, 4, 0.6);
				case SELF_SUBMITTED -> inProgress(AssessmentKind.SELF, recent, AssessmentStatus.SUBMITTED, 4, 1);
				case SELF_IN_REVIEW -> inProgress(AssessmentKind.SELF, recent, AssessmentStatus.IN_REVIEW, 4, 1);
				case SELF_RETURNED -> inProgress(AssessmentKind.SELF, recent, AssessmentStatus.RETURNED, 4, 1);
				case AUDIT_DRAFT -> inProgress(AssessmentKind.AUDIT, recent, AssessmentStatus.DRAFT, 4, 0.5);
				case NONE -> {
					return 4;
				}
			}
			return 5;
		}

		private LocalDate endOfMonth(int monthsAgo) {
			LocalDate month = this.today.minusMonths(monthsAgo);
			return month.withDayOfMonth(month.lengthOfMonth()).isAfter(this.today) ? this.today
					: month.withDayOfMonth(month.lengthOfMonth());
		}

		/** A validated assessment, its scores and its action plan; returns its id. */
		private long validated(AssessmentKind kind, LocalDate date, int step, Long startedFrom) {
			Draft draft = answers(kind, date, step, 1.0);
			User creator = (kind == AssessmentKind.SELF) ? this.manager : this.auditor;
			User reviewer = (kind == AssessmentKind.SELF) ? this.auditor : this.secondAuditor;
			Instant created = at(date.plusDays(2));
			Instant submitted = at(date.plusDays(12));
			Instant taken = at(date.plusDays(16));
			Instant validatedAt = at(date.plusDays(25 + this.random.nextInt(10)));
			long id = insert(kind, date, creator, startedFrom, created, draft);
			List<Object[]> events = new ArrayList<>();
			events.add(event(id, null, AssessmentStatus.DRAFT, creator, null, created));
			events.add(event(id, AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, creator, null, submitted));
			events.add(event(id, AssessmentStatus.SUBMITTED, AssessmentStatus.IN_REVIEW, reviewer, null, taken));
			events.add(event(id, AssessmentStatus.IN_REVIEW, AssessmentStatus.VALIDATED, reviewer,
					(step % 2 == 1) ? "Constats de la visite sur place intégrés." : null, validatedAt));
			insertEvents(events);
			AssessmentDemoData.this.jdbc.update("""
					update assessment set status = 'VALIDATED', submitted_at = ?, reviewer_id = ?, reviewer_name = ?,
					    validated_at = ?, updated_at = ?, version = 3 where id = ?
					""", Timestamp.from(submitted), reviewer.id(), reviewer.name(), Timestamp.from(validatedAt),
					Timestamp.from(validatedAt), id);
			AssessmentDemoData.this.scores.record(id, draft.report(), validatedAt, BY);
			actionPlan(id, draft.report(), LocalDate.ofInstant(validatedAt, zone()));
			if (kind == AssessmentKind.SELF) {
				this.lastSelfAnswers = draft.answers();
			}
			return id;
		}

		/**
		 * The assessment in progress, answered for {@code share} of its typed indicators.
		 */
		private void inProgress(AssessmentKind kind, LocalDate date, AssessmentStatus status, int step, double share) {
			Draft draft = answers(kind, date, step, share);
			User creator = (kind == AssessmentKind.SELF) ? this.manager : this.auditor;
			Instant created = at(date.plusDays(1));
			long id = insert(kind, date, creator, null, created, draft);
			List<Object[]> events = new ArrayList<>();
			events.add(event(id, null, AssessmentStatus.DRAFT, creator, null, created));
			if (status == AssessmentStatus.DRAFT) {
				insertEvents(events);
				return;
			}
			Instant submitted = at(date.plusDays(8));
			events.add(event(id, AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, creator, null, submitted));
			boolean reviewed = status == AssessmentStatus.IN_REVIEW || status == AssessmentStatus.RETURNED;
			if (reviewed) {
				events.add(event(id, AssessmentStatus.SUBMITTED, AssessmentStatus.IN_REVIEW, this.auditor, null,
						at(date.plusDays(10))));
			}
			if (status == AssessmentStatus.RETURNED) {
				events.add(
						event(id, AssessmentStatus.IN_REVIEW, AssessmentStatus.RETURNED, this.auditor,
								"Merci de joindre le procès-verbal de la dernière visite de la commission de sécurité "
										+ "et de préciser les dépenses alimentaires du trimestre.",
								at(date.plusDays(12))));
			}
			insertEvents(events);
			AssessmentDemoData.this.jdbc.update("""
					update assessment set status = ?, submitted_at = ?, reviewer_id = ?, reviewer_name = ?,
					    updated_at = ?, version = ? where id = ?
					""", status.name(), Timestamp.from(submitted), reviewed ? this.auditor.id() : null,
					reviewed ? this.auditor.name() : null, Timestamp.from(submitted), events.size() - 1, id);
		}

		/**
		 * Answers for the reference date: typed ones from the profile, metrics computed.
		 */
		private Draft answers(AssessmentKind kind, LocalDate date, int step, double share) {
			double target = Math.min(0.95, this.quality + 0.07 * step);
			Map<String, MetricSnapshot> computed = AssessmentDemoData.this.metrics.compute(this.establishment.id(),
					date, null);
			MetricSnapshot occupancy = computed.get(MetricKey.OCCUPANCY_RATE.name());
			boolean hasRecords = occupancy != null && occupancy.numerator() > 0;
			Map<String, Answer> answers = new HashMap<>();
			List<Row> rows = new ArrayList<>();
			for (IndicatorView indicator : this.tree.view().indicators().toList()) {
				Row row = new Row(indicator);
				if (indicator.isComputed()) {
					MetricSnapshot snapshot = computed.get(indicator.metricKey().name());
					if (!hasRecords && indicator.metricKey() != MetricKey.ACTION_PLAN_ON_TIME_RATE) {
						snapshot = synthetic(indicator, level(target, indicator));
					}
					row.snapshot = snapshot;
					if (snapshot.value() != null) {
						answers.put(indicator.code(), Answer.metric(snapshot.value()));
					}
					else if (indicator.naAllowed()) {
						row.notApplicable = true;
						row.comment = (indicator.metricKey() == MetricKey.ACTION_PLAN_ON_TIME_RATE)
								? "Pas d’action du plan précédent arrivée à échéance." : "Aucun bénéficiaire concerné.";
						answers.put(indicator.code(), Answer.notApplicable());
					}
				}
				else if (this.random.nextDouble() < share) {
					int level = level(target, indicator);
					Answer previous = this.lastSelfAnswers.get(indicator.code());
					if (kind == AssessmentKind.AUDIT && previous != null && !(previous instanceof Answer.NotApplicable)
							&& this.random.nextDouble() < 0.7) {
						// the audit confirms most of the self-assessment, a little more
						// strictly
						level = Math.max(1, levelOf(indicator, previous) - (this.random.nextDouble() < 0.25 ? 1 : 0));
					}
					Answer answer = typed(indicator, level, row);
					answers.put(indicator.code(), answer);
					if (level <= 2 && this.random.nextDouble() < 0.4) {
						row.comment = "Insuffisance relevée lors de la visite ; mesures en cours.";
					}
				}
				rows.add(row);
			}
			ScoreReport report = ScoringEngine.score(this.tree.tree(), answers);
			return new Draft(rows, answers, report);
		}

		/**
		 * A level near the target quality (0 to 1), critical indicators more often met.
		 */
		private int level(double target, IndicatorView indicator) {
			double noisy = 1 + 3 * target + this.random.nextGaussian() * 0.7;
			if (indicator.critical()) {
				noisy += 0.8;
			}
			return (int) Math.max(1, Math.min(4, Math.round(noisy)));
		}

		private int levelOf(IndicatorView indicator, Answer answer) {
			return ScoringTrees.toScoringIndicator(indicator).levelOf(answer);
		}

		private Answer typed(IndicatorView indicator, int level, Row row) {
			return switch (indicator.answerType()) {
				case LEVEL -> {
					row.level = level;
					yield Answer.level(level);
				}
				case YES_NO -> {
					row.yes = level >= 3;
					yield row.yes ? Answer.yes() : Answer.no();
				}
				case METRIC -> {
					row.value = valueIn(indicator.thresholds(), level, indicator);
					yield Answer.metric(row.value);
				}
			};
		}

		/** A value of the band of {@code level}, rounded as the unit suggests. */
		private BigDecimal valueIn(IndicatorThresholds t, int level, IndicatorView indicator) {
			boolean higher = t.direction() == ThresholdDirection.HIGHER_IS_BETTER;
			BigDecimal from;
			BigDecimal to;
			switch (level) {
				case 4 -> {
					from = t.t4();
					to = higher ? t.t4().multiply(new BigDecimal("1.2")) : t.t4().multiply(new BigDecimal("0.8"));
				}
				case 3 -> {
					from = t.t3();
					to = t.t4();
				}
				case 2 -> {
					from = t.t2();
					to = t.t3();
				}
				default -> {
					from = higher ? t.t2().multiply(new BigDecimal("0.5")) : t.t2().multiply(new BigDecimal("1.3"));
					to = t.t2();
				}
			}
			BigDecimal value = from.add(to.subtract(from).multiply(BigDecimal.valueOf(this.random.nextDouble() * 0.9)));
			boolean percent = indicator.unit() == org.socle.standard.MetricUnit.PERCENT;
			if (percent) {
				value = value.min(BigDecimal.valueOf(100));
			}
			value = value.setScale(percent || indicator.unit() == org.socle.standard.MetricUnit.MAD_PER_DAY ? 1 : 0,
					RoundingMode.HALF_UP);
			// rounding may cross a threshold: the level follows the value, as it would
			return value;
		}

		/** A computed metric for an establishment whose records are not in Socle. */
		private MetricSnapshot synthetic(IndicatorView indicator, int level) {
			long denominator = switch (indicator.metricKey()) {
				case OCCUPANCY_RATE -> Objects.requireNonNullElse(this.establishment.authorisedCapacity(), 40);
				case STAFF_RATIO -> 2 + this.random.nextInt(6);
				case REGISTER_COMPLETENESS_RATE -> 10L * (15 + this.random.nextInt(40));
				default -> 10 + this.random.nextInt(50);
			};
			BigDecimal target = valueIn(indicator.thresholds(), level, indicator);
			long numerator = target.multiply(BigDecimal.valueOf(denominator))
				.divide((indicator.metricKey() == MetricKey.STAFF_RATIO) ? BigDecimal.ONE : BigDecimal.valueOf(100), 0,
						RoundingMode.HALF_UP)
				.longValue();
			if (indicator.metricKey() != MetricKey.OCCUPANCY_RATE && indicator.metricKey() != MetricKey.STAFF_RATIO) {
				numerator = Math.min(numerator, denominator);
			}
			BigDecimal value = (indicator.metricKey() == MetricKey.STAFF_RATIO)
					? BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
					: BigDecimal.valueOf(numerator * 100)
						.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
			return new MetricSnapshot(indicator.metricKey().name(), value, numerator, denominator,
					MetricSnapshot.BENEFICIARY, List.of(), List.of());
		}

		/**
		 * One action per indicator at level 1 or 2: an older plan is mostly done (on time
		 * when the establishment is good, late otherwise), a recent one partly done, some
		 * dropped, some overdue.
		 */
		private void actionPlan(long assessmentId, ScoreReport report, LocalDate validatedOn) {
			List<Object[]> items = new ArrayList<>();
			Timestamp now = Timestamp.from(at(validatedOn));
			for (IndicatorResult indicator : report.indicators().toList()) {
				Integer level = indicator.level().orElse(null);
				if (level == null || level > 2) {
					continue;
				}
				LocalDate due = ActionPlanService.defaultDueDate(validatedOn, level);
				if (this.random.nextDouble() < 0.35) {
					// replanned when the action was worded: six months more
					due = due.plusMonths(6);
				}
				double draw = this.random.nextDouble();
				ActionStatus status;
				LocalDate completed = null;
				boolean past = due.isBefore(this.today);
				if (!past) {
					status = (draw < 0.5) ? ActionStatus.OPEN
							: (draw < 0.85) ? ActionStatus.IN_PROGRESS : ActionStatus.DONE;
				}
				else if (draw < 0.08) {
					status = ActionStatus.DROPPED;
				}
				else if (draw < 0.08 + 0.25 * (1 - this.quality)) {
					status = (draw < 0.15) ? ActionStatus.OPEN : ActionStatus.IN_PROGRESS;
				}
				else {
					status = ActionStatus.DONE;
				}
				if (status == ActionStatus.DONE) {
					boolean onTime = this.random.nextDouble() < 0.35 + 0.6 * this.quality;
					completed = onTime ? due.minusDays(this.random.nextInt(60))
							: due.plusDays(1 + this.random.nextInt(45));
					if (completed.isAfter(this.today)) {
						completed = this.today;
					}
					if (completed.isBefore(validatedOn)) {
						completed = validatedOn;
					}
				}
				String title = (this.random.nextDouble() < 0.6) ? title(indicator.code()) : null;
				String owner = (this.random.nextDouble() < 0.7) ? OWNERS[this.random.nextInt(OWNERS.length)] : null;
				items.add(new Object[] { assessmentId, this.establishment.id(), indicator.code(), level, title, owner,
						Date.valueOf(due), status.name(), (completed != null) ? Date.valueOf(completed) : null, now, BY,
						now, BY });
			}
			AssessmentDemoData.this.jdbc.batchUpdate(
					"""
							insert into action_item (assessment_id, establishment_id, indicator_code, level_at_validation,
							    title, owner_name, due_date, status, completed_on, created_at, created_by, updated_at, updated_by)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
							""",
					items);
		}

		private String title(String code) {
			return ACTIONS.getOrDefault(code.substring(0, 2),
					"Mettre en place les mesures correctives et les documenter");
		}

		private long insert(AssessmentKind kind, LocalDate date, User creator, Long startedFrom, Instant created,
				Draft draft) {
			Timestamp at = Timestamp.from(created);
			Long id = AssessmentDemoData.this.jdbc.queryForObject("""
					insert into assessment (establishment_id, standard_id, kind, status, reference_date, category,
					    started_from_id, creator_id, creator_name, created_at, created_by, updated_at, updated_by)
					values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?)
					returning id
					""", Long.class, this.establishment.id(), this.tree.full().standard().id(), kind.name(),
					Date.valueOf(date), this.establishment.category().name(), startedFrom, creator.id(), creator.name(),
					at, BY, at, BY);
			long assessmentId = Objects.requireNonNull(id);
			// four eyes: the creator answered it, so may not review it
			AssessmentDemoData.this.jdbc.update(
					"insert into assessment_author (assessment_id, user_id, first_at) values (?, ?, ?)", assessmentId,
					creator.id(), at);
			AssessmentDemoData.this.jdbc.execute((Connection connection) -> {
				try (PreparedStatement statement = connection.prepareStatement("""
						insert into assessment_answer (assessment_id, indicator_code, answer_type, level, yes,
						    metric_value, not_applicable, comment, metric_key, metric_numerator, metric_denominator,
						    metric_record_type, metric_record_ids, metric_gap_ids, metric_computed_at,
						    created_at, created_by, updated_at, updated_by)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")) {
					for (Row row : draft.rows()) {
						bind(statement, connection, assessmentId, row, at);
						statement.addBatch();
					}
					statement.executeBatch();
				}
				return null;
			});
			return assessmentId;
		}

		private void bind(PreparedStatement s, Connection connection, long assessmentId, Row row, Timestamp at)
				throws SQLException {
			IndicatorView indicator = row.indicator;
			MetricSnapshot snapshot = row.snapshot;
			s.setLong(1, assessmentId);
			s.setString(2, indicator.code());
			s.setString(3, indicator.answerType().name());
			s.setObject(4, row.level, Types.INTEGER);
			s.setObject(5, row.yes, Types.BOOLEAN);
			s.setBigDecimal(6, (snapshot != null) ? snapshot.value() : row.value);
			s.setBoolean(7, row.notApplicable);
			s.setString(8, row.comment);
			s.setString(9, (snapshot != null) ? indicator.metricKey().name() : null);
			s.setObject(10, (snapshot != null) ? snapshot.numerator() : null, Types.BIGINT);
			s.setObject(11, (snapshot != null) ? snapshot.denominator() : null, Types.BIGINT);
			s.setString(12, (snapshot != null) ? snapshot.recordType() : null);
			s.setArray(13, (snapshot != null) ? ids(connection, snapshot.recordIds()) : null);
			s.setArray(14, (snapshot != null) ? ids(connection, snapshot.gapIds()) : null);
			s.setTimestamp(15, (snapshot != null) ? at : null);
			s.setTimestamp(16, at);
			s.setString(17, BY);
			s.setTimestamp(18, at);
			s.setString(19, BY);
		}

		private static Array ids(Connection connection, List<Long> ids) throws SQLException {
			return connection.createArrayOf("bigint", ids.toArray());
		}

		private Object[] event(long id, AssessmentStatus from, AssessmentStatus to, User actor, String comment,
				Instant at) {
			Timestamp time = Timestamp.from(at);
			return new Object[] { id, (from != null) ? from.name() : null, to.name(), actor.id(), actor.name(), comment,
					time, time, BY, time, BY };
		}

		private void insertEvents(List<Object[]> events) {
			AssessmentDemoData.this.jdbc.batchUpdate("""
					insert into assessment_event (assessment_id, from_status, to_status, actor_id, actor_name, comment,
					    occurred_at, created_at, created_by, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", events);
		}

		private Instant at(LocalDate date) {
			LocalDate capped = date.isAfter(this.today) ? this.today : date;
			return capped.atTime(9 + this.random.nextInt(8), this.random.nextInt(60)).atZone(zone()).toInstant();
		}

		private ZoneId zone() {
			return AssessmentDemoData.this.clock.getZone();
		}

	}

	/** One answer row to insert. */
	private static final class Row {

		final IndicatorView indicator;

		Integer level;

		Boolean yes;

		BigDecimal value;

		boolean notApplicable;

		String comment;

		MetricSnapshot snapshot;

		Row(IndicatorView indicator) {
			this.indicator = indicator;
		}

	}

	private record Draft(List<Row> rows, Map<String, Answer> answers, ScoreReport report) {

	}

	private static final String[] OWNERS = { "La directrice", "Le directeur", "L’économe", "L’assistante sociale",
			"L’infirmière", "Le président du comité de gestion", "La responsable éducative" };

	/** A corrective action worded for each domain. */
	private static final Map<String, String> ACTIONS = Map.of("D1",
			"Mettre à jour le dossier d’autorisation et tenir le comité de gestion chaque trimestre", "D2",
			"Faire passer la commission de sécurité et réviser le plan de nettoyage", "D3",
			"Inscrire les bénéficiaires à l’AMO et organiser le bilan de santé à l’admission", "D4",
			"Accompagner les familles pour les aides et l’inscription au RSU", "D5",
			"Revoir les projets individuels et le budget alimentaire", "D6",
			"Former le personnel à la protection et afficher la procédure de réclamation", "D7",
			"Compléter le registre des bénéficiaires et suivre le plan d’action chaque mois");

}
