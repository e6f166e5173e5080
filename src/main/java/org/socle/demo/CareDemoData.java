package org.socle.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.StaffRef;
import org.socle.shared.jdbc.BatchInsert;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Twelve months of services and the care plans of the demo beneficiaries, following each
 * establishment's quality factor (how regular the psychosocial follow-up, the health
 * checks after admission and the plan reviews are). JDBC batches; an establishment with
 * demo services already is skipped.
 */
@Component
@Order(41)
class CareDemoData implements DemoDataContributor {

	private static final Logger log = LoggerFactory.getLogger(CareDemoData.class);

	private static final String[] OTHER_SERVICES = { "LEISURE", "SCHOOLING", "PARAMEDICAL", "FOOD", "VOCATIONAL",
			"LEGAL_AID", "MEDICAL_REFERRAL", "FAMILY_REINTEGRATION" };

	private final DemoWorld world;

	private final EstablishmentAccess establishments;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CareDemoData(DemoWorld world, EstablishmentAccess establishments, JdbcTemplate jdbc, Clock clock) {
		this.world = world;
		this.establishments = establishments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record DemoStay(long beneficiaryId, LocalDate admission, LocalDate discharge) {
	}

	@Override
	@Transactional
	public void loadDemoData() {
		long start = System.nanoTime();
		Map<String, Long> types = new HashMap<>();
		this.jdbc.query("SELECT code, id FROM care_service_type", rs -> {
			types.put(rs.getString(1), rs.getLong(2));
		});
		int created = 0;
		for (EstablishmentInfo establishment : this.world.establishments()) {
			Integer existing = this.jdbc.queryForObject(
					"SELECT count(*) FROM care_record WHERE establishment_id = ? AND created_by = ?", Integer.class,
					establishment.id(), DemoWorld.CREATED_BY);
			if (existing == null || existing == 0) {
				created += load(establishment, types);
			}
		}
		if (created > 0) {
			log.info("Demo services and care plans: {} rows in {} ms", created,
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	int load(EstablishmentInfo e, Map<String, Long> types) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate yearAgo = today.minusYears(1);
		List<DemoStay> stays = this.jdbc.query("""
				SELECT beneficiary_id, admission_date, discharge_date FROM beneficiary_stay
				WHERE establishment_id = ? AND created_by = ? AND (discharge_date IS NULL OR discharge_date >= ?)
				ORDER BY beneficiary_id
				""",
				(rs, i) -> new DemoStay(rs.getLong(1), rs.getDate(2).toLocalDate(),
						(rs.getDate(3) != null) ? rs.getDate(3).toLocalDate() : null),
				e.id(), DemoWorld.CREATED_BY, Date.valueOf(yearAgo));
		if (stays.isEmpty()) {
			return 0;
		}
		List<Long> staff = this.establishments.activeStaff(e.id(), today).stream().map(StaffRef::id).toList();
		Random random = new Random(31L * e.nameFr().hashCode());
		double q = DemoWorld.quality(e);
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		List<Object[]> records = new ArrayList<>();
		List<Object[]> plans = new ArrayList<>();
		Map<Long, LocalDate[]> reviews = new HashMap<>();
		for (DemoStay stay : stays) {
			LocalDate from = stay.admission().isAfter(yearAgo) ? stay.admission() : yearAgo;
			LocalDate to = (stay.discharge() != null) ? stay.discharge() : today;
			if (!stay.admission().isBefore(yearAgo) && random.nextDouble() < q + 0.05) {
				LocalDate check = stay.admission().plusDays(random.nextInt(26));
				if (!check.isAfter(today)) {
					records.add(record(stay, e, types.get("HEALTH_CHECK"), check, staff, random, now));
				}
			}
			for (LocalDate month = from; month.isBefore(to); month = month.plusDays(30)) {
				if (random.nextDouble() < 0.85) {
					String code = (random.nextDouble() < q)
							? (random.nextBoolean() ? "PSYCHOSOCIAL" : "SOCIO_EDUCATIONAL")
							: OTHER_SERVICES[random.nextInt(OTHER_SERVICES.length)];
					LocalDate day = month.plusDays(random.nextInt(30));
					if (!day.isAfter(to)) {
						records.add(record(stay, e, types.get(code), day, staff, random, now));
					}
				}
			}
			if (stay.discharge() == null && random.nextDouble() < q + 0.05) {
				LocalDate first = stay.admission().plusDays(20 + random.nextInt(20));
				LocalDate latest = (random.nextDouble() < q) ? today.minusDays(random.nextInt(170))
						: today.minusDays(200 + random.nextInt(300));
				if (first.isAfter(today)) {
					first = today;
				}
				if (latest.isBefore(first)) {
					latest = first;
				}
				plans.add(new Object[] { stay.beneficiaryId(), "Stabiliser la situation et préparer la sortie.",
						"Suivi social mensuel ; démarches d’affiliation AMO et RSU ; activités éducatives.",
						Date.valueOf(latest.plusMonths(6)), now, DemoWorld.CREATED_BY, now, DemoWorld.CREATED_BY });
				reviews.put(stay.beneficiaryId(), new LocalDate[] { first, latest });
			}
		}
		BatchInsert.insert(this.jdbc, "care_record", List.of("beneficiary_id", "establishment_id", "service_type_id",
				"service_date", "staff_id", "created_at", "created_by", "updated_at", "updated_by"), records);
		BatchInsert.insert(this.jdbc, "care_plan", List.of("beneficiary_id", "goals", "actions", "next_review_date",
				"created_at", "created_by", "updated_at", "updated_by"), plans);
		List<Object[]> reviewRows = new ArrayList<>();
		this.jdbc.query("SELECT id, beneficiary_id FROM care_plan WHERE created_by = ? AND beneficiary_id IN "
				+ "(SELECT beneficiary_id FROM beneficiary_stay WHERE establishment_id = ?)", rs -> {
					LocalDate[] dates = reviews.get(rs.getLong(2));
					if (dates != null) {
						reviewRows.add(new Object[] { rs.getLong(1), e.id(), Date.valueOf(dates[0]),
								"Premier bilan du projet.", now, DemoWorld.CREATED_BY, now, DemoWorld.CREATED_BY });
						if (dates[1].isAfter(dates[0])) {
							reviewRows.add(new Object[] { rs.getLong(1), e.id(), Date.valueOf(dates[1]),
									"Objectifs revus avec la personne.", now, DemoWorld.CREATED_BY, now,
									DemoWorld.CREATED_BY });
						}
					}
				}, DemoWorld.CREATED_BY, e.id());
		BatchInsert.insert(this.jdbc, "care_plan_review", List.of("care_plan_id", "establishment_id", "review_date",
				"summary", "created_at", "created_by", "updated_at", "updated_by"), reviewRows);
		return records.size() + plans.size() + reviewRows.size();
	}

	private static Object[] record(DemoStay stay, EstablishmentInfo e, Long typeId, LocalDate day, List<Long> staff,
			Random random, Timestamp now) {
		Long staffId = staff.isEmpty() ? null : staff.get(random.nextInt(staff.size()));
		return new Object[] { stay.beneficiaryId(), e.id(), typeId, Date.valueOf(day), staffId, now,
				DemoWorld.CREATED_BY, now, DemoWorld.CREATED_BY };
	}

}
