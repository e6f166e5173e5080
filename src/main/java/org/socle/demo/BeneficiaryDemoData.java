package org.socle.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.HealthDetails;
import org.socle.beneficiary.HealthInsurance;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentInfo;
import org.socle.shared.crypto.FieldEncryption;
import org.socle.shared.jdbc.BatchInsert;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo beneficiaries for the demo establishments: about their capacity in residents (some
 * over it), plus discharged ones, with ages by category, Latin and Arabic names, and
 * identity, consent and social-protection coverage that follow each establishment's
 * quality factor. JDBC batches; an establishment that already has demo beneficiaries is
 * skipped.
 */
@Component
@Order(40)
class BeneficiaryDemoData implements DemoDataContributor {

	private static final Logger log = LoggerFactory.getLogger(BeneficiaryDemoData.class);

	static final String[][] LAST_NAMES = { { "Alaoui", "العلوي" }, { "Bennani", "بناني" }, { "Tazi", "التازي" },
			{ "Idrissi", "الإدريسي" }, { "Chraibi", "الشرايبي" }, { "Berrada", "برادة" }, { "El Amrani", "العمراني" },
			{ "Benjelloun", "بنجلون" }, { "Ouazzani", "الوزاني" }, { "Fassi", "الفاسي" }, { "Zerouali", "الزروالي" },
			{ "Naciri", "الناصري" }, { "Skalli", "السقلي" }, { "Lahlou", "لحلو" }, { "Kettani", "الكتاني" },
			{ "Ait Ahmed", "آيت أحمد" }, { "Ouahbi", "الوهبي" }, { "Mansouri", "المنصوري" }, { "Haddaoui", "الحداوي" },
			{ "Saidi", "السعيدي" }, { "Bouzid", "بوزيد" }, { "Amzil", "أمزيل" }, { "Oubaha", "أوباها" },
			{ "Rachidi", "الرشيدي" } };

	static final String[][] FIRST_NAMES_F = { { "Fatima", "فاطمة" }, { "Khadija", "خديجة" }, { "Amina", "أمينة" },
			{ "Salma", "سلمى" }, { "Nadia", "نادية" }, { "Hind", "هند" }, { "Zineb", "زينب" }, { "Meryem", "مريم" },
			{ "Imane", "إيمان" }, { "Rachida", "رشيدة" }, { "Aicha", "عائشة" }, { "Hanane", "حنان" } };

	static final String[][] FIRST_NAMES_M = { { "Mohamed", "محمد" }, { "Youssef", "يوسف" }, { "Omar", "عمر" },
			{ "Hamza", "حمزة" }, { "Ahmed", "أحمد" }, { "Mehdi", "المهدي" }, { "Said", "سعيد" }, { "Rachid", "رشيد" },
			{ "Ayoub", "أيوب" }, { "Karim", "كريم" }, { "Abdellah", "عبد الله" }, { "Hassan", "حسن" } };

	private final DemoWorld world;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final FieldEncryption encryption;

	BeneficiaryDemoData(DemoWorld world, JdbcTemplate jdbc, Clock clock, FieldEncryption encryption) {
		this.world = world;
		this.jdbc = jdbc;
		this.clock = clock;
		this.encryption = encryption;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		long start = System.nanoTime();
		int created = 0;
		for (EstablishmentInfo establishment : this.world.establishments()) {
			Integer existing = this.jdbc.queryForObject(
					"SELECT count(*) FROM beneficiary WHERE establishment_id = ? AND created_by = ?", Integer.class,
					establishment.id(), DemoWorld.CREATED_BY);
			if (existing == null || existing == 0) {
				created += load(establishment);
			}
		}
		if (created > 0) {
			log.info("Demo beneficiaries: {} in {} ms", created, (System.nanoTime() - start) / 1_000_000);
		}
	}

	int load(EstablishmentInfo e) {
		Random random = new Random(e.nameFr().hashCode());
		double q = DemoWorld.quality(e);
		LocalDate today = LocalDate.now(this.clock);
		int capacity = (e.authorisedCapacity() != null) ? e.authorisedCapacity() : 40;
		// occupancy from 70 % to 120 % of capacity, more crowded where quality is lower
		int active = Math.min(400, (int) Math.round(capacity * (1.2 - 0.5 * q + random.nextGaussian() * 0.05)));
		int discharged = Math.min(200, active / 3);
		int total = active + discharged;
		List<Long> ids = this.jdbc.queryForList(
				"SELECT nextval(pg_get_serial_sequence('beneficiary', 'id')) FROM generate_series(1, ?)", Long.class,
				total);
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		List<Object[]> people = new ArrayList<>(total);
		List<Object[]> stays = new ArrayList<>(total);
		for (int i = 0; i < total; i++) {
			boolean present = i < active;
			Person p = person(e, random, q, today);
			LocalDate admission = today.minusDays(present ? random.nextInt(5 * 365) : 200 + random.nextInt(4 * 365));
			LocalDate birth = (p.age <= 0) ? today.minusYears(1)
					: today.minusYears(p.age).minusDays(random.nextInt(365));
			if (birth.isAfter(admission)) {
				admission = birth.plusDays(random.nextInt(30));
			}
			boolean exactBirth = p.age < 50 || random.nextDouble() < q;
			boolean adult = p.age >= 18;
			String cin = (adult && random.nextDouble() < q) ? "J" + (100000 + random.nextInt(899999)) : null;
			String certificate = (!adult || random.nextDouble() < 0.3) && random.nextDouble() < q + 0.05
					? (1 + random.nextInt(9999)) + "/" + birth.getYear() : null;
			boolean consent = random.nextDouble() < q + 0.05;
			DisabilityType disability = (p.disabled) ? pick(random, DisabilityType.values()) : null;
			// drawn in the order the columns were once listed, so that the demo stays the
			// same
			String lastNameAr = random.nextDouble() < q + 0.1 ? p.last[1] : null;
			String firstNameAr = random.nextDouble() < q + 0.1 ? p.first[1] : null;
			boolean card = disability != null && random.nextDouble() < q * 0.9;
			boolean support = disability != null && random.nextDouble() < q * 0.7;
			HealthInsurance cover = chance(random, q) ? HealthInsurance.AMO
					: (random.nextBoolean() ? HealthInsurance.NONE : HealthInsurance.UNKNOWN);
			Object[] person = { ids.get(i), e.id(), p.last[0], p.first[0], lastNameAr, firstNameAr, p.sex,
					exactBirth ? Date.valueOf(birth) : null, birth.getYear(), cin, certificate, p.category,
					consent ? Date.valueOf(admission) : null, consent ? (adult ? "SELF" : "GUARDIAN") : null,
					chance(random, q - 0.1) ? "REGISTERED" : (random.nextBoolean() ? "NOT_REGISTERED" : "UNKNOWN"),
					(!adult && chance(random, q * 0.8)) ? "RECEIVING"
							: (random.nextBoolean() ? "NOT_RECEIVING" : "UNKNOWN"),
					(p.age >= 60 && chance(random, q * 0.8)) ? "RECEIVING"
							: (random.nextBoolean() ? "NOT_RECEIVING" : "UNKNOWN"),
					schooling(random, p.age, q), now, DemoWorld.CREATED_BY, now, DemoWorld.CREATED_BY };
			people.add(new HealthDetails(disability, card, support, cover).appendTo(person, this.encryption));
			LocalDate discharge = present ? null : admission.plusDays(60 + random.nextInt(700));
			if (discharge != null && discharge.isAfter(today)) {
				discharge = today.minusDays(random.nextInt(30));
			}
			if (discharge != null && discharge.isBefore(admission)) {
				discharge = admission;
			}
			String reason = (discharge == null) ? null : dischargeReason(random, q, e);
			stays.add(new Object[] { ids.get(i), e.id(), Date.valueOf(admission),
					pick(random, ReferralSource.values()).name(),
					chance(random, q + 0.05) ? pick(random, LegalBasis.values()).name() : null,
					present && i >= capacity, (discharge != null) ? Date.valueOf(discharge) : null, reason, now,
					DemoWorld.CREATED_BY, now, DemoWorld.CREATED_BY });
		}
		BatchInsert.insert(this.jdbc, "beneficiary",
				Stream
					.concat(Stream.of("id", "establishment_id", "last_name", "first_name", "last_name_ar",
							"first_name_ar", "sex", "birth_date", "birth_year", "cin", "birth_certificate_ref",
							"category", "consent_date", "consent_given_by", "rsu_status", "family_aid", "pension",
							"schooling", "created_at", "created_by", "updated_at", "updated_by"),
							HealthDetails.COLUMNS.stream())
					.toList(),
				people);
		BatchInsert.insert(this.jdbc, "beneficiary_stay",
				List.of("beneficiary_id", "establishment_id", "admission_date", "referral_source", "legal_basis",
						"over_capacity", "discharge_date", "discharge_reason", "created_at", "created_by", "updated_at",
						"updated_by"),
				stays);
		return total;
	}

	record Person(String[] last, String[] first, String sex, int age, String category, boolean disabled) {
	}

	private static Person person(EstablishmentInfo e, Random random, double q, LocalDate today) {
		String[] last = pick(random, LAST_NAMES);
		boolean female = switch (e.category()) {
			case WOMEN -> true;
			default -> random.nextBoolean();
		};
		String[] first = female ? pick(random, FIRST_NAMES_F) : pick(random, FIRST_NAMES_M);
		int age;
		String category;
		boolean disabled = random.nextDouble() < 0.05;
		switch (e.category()) {
			case CHILDREN -> {
				age = 3 + random.nextInt(15);
				category = "CHILD";
			}
			case STUDENTS -> {
				age = 12 + random.nextInt(8);
				category = "STUDENT";
			}
			case ELDERLY -> {
				age = 60 + random.nextInt(32);
				category = "OLDER_PERSON";
				disabled = random.nextDouble() < 0.25;
			}
			case DISABILITY -> {
				age = 5 + random.nextInt(45);
				category = "PERSON_WITH_DISABILITY";
				disabled = true;
			}
			case WOMEN -> {
				age = 18 + random.nextInt(35);
				category = "WOMAN";
			}
			case HOMELESS -> {
				age = 18 + random.nextInt(55);
				category = "HOMELESS_PERSON";
				disabled = random.nextDouble() < 0.15;
			}
			default -> {
				int kind = random.nextInt(4);
				age = switch (kind) {
					case 0 -> 4 + random.nextInt(14);
					case 1 -> 60 + random.nextInt(30);
					case 2 -> 18 + random.nextInt(40);
					default -> 8 + random.nextInt(40);
				};
				category = switch (kind) {
					case 0 -> "CHILD";
					case 1 -> "OLDER_PERSON";
					case 2 -> female ? "WOMAN" : "HOMELESS_PERSON";
					default -> "PERSON_WITH_DISABILITY";
				};
				disabled = kind == 3 || random.nextDouble() < 0.05;
			}
		}
		return new Person(last, first, female ? "F" : "M", age, category, disabled);
	}

	private static String schooling(Random random, int age, double q) {
		if (age < 6 || age > 18) {
			return random.nextBoolean() ? "NOT_APPLICABLE" : null;
		}
		return chance(random, q + 0.1) ? "ENROLLED" : "NOT_ENROLLED";
	}

	private static String dischargeReason(Random random, double q, EstablishmentInfo e) {
		double r = random.nextDouble();
		if (r < q * 0.75) {
			return switch (e.category()) {
				case ELDERLY -> "FAMILY_REINTEGRATION";
				case WOMEN, HOMELESS -> random.nextBoolean() ? "EMPLOYMENT" : "AUTONOMY";
				default -> random.nextBoolean() ? "FAMILY_REINTEGRATION" : "AUTONOMY";
			};
		}
		return switch (random.nextInt(4)) {
			case 0 -> "TRANSFER";
			case 1 -> (e.category() == Category.ELDERLY) ? "DEATH" : "OTHER";
			default -> "OTHER";
		};
	}

	static boolean chance(Random random, double probability) {
		return random.nextDouble() < probability;
	}

	static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

}
