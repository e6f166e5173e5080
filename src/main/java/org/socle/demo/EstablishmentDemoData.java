package org.socle.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentStatus;
import org.socle.organisation.OrganisationService;
import org.socle.reference.ProvinceRef;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.jdbc.BatchInsert;
import org.socle.shared.jdbc.SqlArrays;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About thirty establishments in every region, roughly in the national distribution
 * (student homes first, then children, disability, older people, women), with staff,
 * committees, meetings and two years of resources. Some have an expired authorisation,
 * none or a pending one; a few have no management committee, as the Cour des comptes
 * found. Each establishment is created once (found by its French name). Written in SQL
 * (the establishment module has no API to create them), with the audit rows Envers would
 * have written, so that the history tab shows their creation.
 */
@Component
@Order(30)
class EstablishmentDemoData implements DemoDataContributor {

	/** Kind of authorisation: valid, expired by date, marked expired, pending, none. */
	private enum Auth {

		VALID, LAPSED, EXPIRED, PENDING, NONE

	}

	/** The authorisation columns of an establishment. */
	private record Authorisation(String status, String number, LocalDate date, LocalDate expiry) {

		static Authorisation of(String status, String number, LocalDate date, LocalDate expiry) {
			return new Authorisation(status, number, date, expiry.isBefore(date) ? date : expiry);
		}

		static Authorisation without(String status) {
			return new Authorisation(status, null, null, null);
		}

	}

	private record Demo(String organisation, String region, String province, Category category, String nameFr,
			String nameAr, int capacity, Auth auth, EstablishmentStatus status, boolean committee) {
	}

	private static final EstablishmentStatus ACTIVE = EstablishmentStatus.ACTIVE;

	// @formatter:off
	private static final List<Demo> ESTABLISHMENTS = List.of(
			new Demo(DemoOrganisations.AL_AMAL, "MA-01", "Tanger-Assilah", Category.CHILDREN, "Foyer Al Amal pour enfants – Tanger", "دار الأمل للأطفال - طنجة", 60, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.AL_AMAL, "MA-01", "Tétouan", Category.CHILDREN, "Centre Al Amal d'accueil d'urgence – Tétouan", "مركز الأمل للاستقبال الاستعجالي - تطوان", 30, Auth.LAPSED, ACTIVE, true),
			new Demo(DemoOrganisations.AL_AMAL, "MA-01", "Chefchaouen", Category.STUDENTS, "Dar Taliba Al Amal – Chefchaouen", "دار الطالبة الأمل - شفشاون", 80, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.AL_AMAL, "MA-04", "Salé", Category.CHILDREN, "Foyer Al Amal – Salé", "دار الأمل - سلا", 45, Auth.PENDING, ACTIVE, true),
			new Demo(DemoOrganisations.AL_AMAL, "MA-01", "Larache", Category.MULTI, "Espace multifonctionnel Al Amal – Larache", "الفضاء متعدد الوظائف الأمل - العرائش", 35, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.NOUR, "MA-07", "Marrakech", Category.ELDERLY, "Maison Nour pour personnes âgées – Marrakech", "دار نور للأشخاص المسنين - مراكش", 70, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.NOUR, "MA-07", "Safi", Category.ELDERLY, "Foyer Nour – Safi", "دار نور - آسفي", 40, Auth.EXPIRED, ACTIVE, true),
			new Demo(DemoOrganisations.NOUR, "MA-07", "Essaouira", Category.ELDERLY, "Centre Nour – Essaouira", "مركز نور - الصويرة", 25, Auth.NONE, EstablishmentStatus.SUSPENDED, false),
			new Demo(DemoOrganisations.NOUR, "MA-07", "Al Haouz", Category.STUDENTS, "Dar Talib Nour – Al Haouz", "دار الطالب نور - الحوز", 100, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.NOUR, "MA-06", "Casablanca", Category.ELDERLY, "Foyer Nour – Casablanca", "دار نور - الدار البيضاء", 90, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.ATLAS, "MA-03", "Ifrane", Category.STUDENTS, "Dar Talib Atlas – Ifrane", "دار الطالب أطلس - إفران", 120, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.ATLAS, "MA-03", "Sefrou", Category.STUDENTS, "Dar Taliba Atlas – Sefrou", "دار الطالبة أطلس - صفرو", 90, Auth.LAPSED, ACTIVE, true),
			new Demo(DemoOrganisations.ATLAS, "MA-03", "Fès", Category.DISABILITY, "Centre Atlas pour enfants en situation de handicap – Fès", "مركز أطلس للأطفال في وضعية إعاقة - فاس", 50, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.ATLAS, "MA-03", "Meknès", Category.CHILDREN, "Foyer Atlas pour enfants – Meknès", "دار أطلس للأطفال - مكناس", 40, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.ATLAS, "MA-05", "Khénifra", Category.STUDENTS, "Dar Talib Atlas – Khénifra", "دار الطالب أطلس - خنيفرة", 110, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.ATLAS, "MA-05", "Béni Mellal", Category.HOMELESS, "Centre Atlas d'accueil des sans-abri – Béni Mellal", "مركز أطلس لإيواء الأشخاص بدون مأوى - بني ملال", 40, Auth.PENDING, ACTIVE, true),
			new Demo(DemoOrganisations.SOUSS, "MA-09", "Taroudant", Category.STUDENTS, "Dar Talib Taroudant", "دار الطالب تارودانت", 150, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.SOUSS, "MA-09", "Tiznit", Category.STUDENTS, "Dar Taliba Tiznit", "دار الطالبة تيزنيت", 100, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.SOUSS, "MA-09", "Inezgane-Aït Melloul", Category.WOMEN, "Centre social pour femmes – Inezgane", "المركز الاجتماعي للنساء - إنزكان", 30, Auth.NONE, ACTIVE, false),
			new Demo(DemoOrganisations.SOUSS, "MA-09", "Tata", Category.STUDENTS, "Dar Talib Tata", "دار الطالب طاطا", 80, Auth.LAPSED, EstablishmentStatus.CLOSED, true),
			new Demo(DemoOrganisations.SOUSS, "MA-10", "Guelmim", Category.STUDENTS, "Dar Talib Guelmim", "دار الطالب كلميم", 90, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.WAFAE, "MA-06", "Casablanca", Category.DISABILITY, "Centre Al Wafae pour personnes en situation de handicap – Casablanca", "مركز الوفاء للأشخاص في وضعية إعاقة - الدار البيضاء", 60, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.WAFAE, "MA-06", "Settat", Category.DISABILITY, "Centre Al Wafae – Settat", "مركز الوفاء - سطات", 35, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.WAFAE, "MA-04", "Kénitra", Category.DISABILITY, "Centre Al Wafae – Kénitra", "مركز الوفاء - القنيطرة", 40, Auth.EXPIRED, ACTIVE, true),
			new Demo(DemoOrganisations.WAFAE, "MA-05", "Khouribga", Category.MULTI, "Espace Al Wafae – Khouribga", "فضاء الوفاء - خريبكة", 30, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.DRAA, "MA-08", "Errachidia", Category.STUDENTS, "Dar Talib Errachidia", "دار الطالب الرشيدية", 130, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.DRAA, "MA-08", "Zagora", Category.STUDENTS, "Dar Taliba Zagora", "دار الطالبة زاكورة", 70, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.DRAA, "MA-08", "Tinghir", Category.STUDENTS, "Dar Talib Tinghir", "دار الطالب تنغير", 90, Auth.NONE, ACTIVE, false),
			new Demo(DemoOrganisations.ORIENTAL, "MA-02", "Oujda-Angad", Category.WOMEN, "Centre Karama pour femmes – Oujda", "مركز الكرامة للنساء - وجدة", 40, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.ORIENTAL, "MA-02", "Nador", Category.CHILDREN, "Foyer Karama pour enfants – Nador", "دار الكرامة للأطفال - الناظور", 35, Auth.LAPSED, ACTIVE, true),
			new Demo(DemoOrganisations.SAHARA, "MA-11", "Laâyoune", Category.WOMEN, "Centre Sakia El Hamra pour femmes – Laâyoune", "مركز الساقية الحمراء للنساء - العيون", 30, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.SAHARA, "MA-11", "Laâyoune", Category.HOMELESS, "Centre d'accueil des sans-abri – Laâyoune", "مركز إيواء الأشخاص بدون مأوى - العيون", 30, Auth.VALID, ACTIVE, true),
			new Demo(DemoOrganisations.SAHARA, "MA-12", "Oued Ed-Dahab", Category.MULTI, "Espace multifonctionnel – Dakhla", "الفضاء متعدد الوظائف - الداخلة", 25, Auth.PENDING, ACTIVE, true));

	/** Approximate city centres, for the GPS coordinates. */
	private static final Map<String, double[]> PLACES = Map.ofEntries(
			Map.entry("Tanger-Assilah", new double[] { 35.7595, -5.8340 }),
			Map.entry("Tétouan", new double[] { 35.5785, -5.3684 }),
			Map.entry("Chefchaouen", new double[] { 35.1688, -5.2636 }),
			Map.entry("Salé", new double[] { 34.0531, -6.7985 }),
			Map.entry("Marrakech", new double[] { 31.6295, -7.9811 }),
			Map.entry("Safi", new double[] { 32.2994, -9.2372 }),
			Map.entry("Fès", new double[] { 34.0331, -5.0003 }),
			Map.entry("Meknès", new double[] { 33.8935, -5.5473 }),
			Map.entry("Casablanca", new double[] { 33.5731, -7.5898 }),
			Map.entry("Taroudant", new double[] { 30.4703, -8.8770 }),
			Map.entry("Errachidia", new double[] { 31.9314, -4.4244 }),
			Map.entry("Oujda-Angad", new double[] { 34.6814, -1.9086 }),
			Map.entry("Laâyoune", new double[] { 27.1253, -13.1625 }),
			Map.entry("Oued Ed-Dahab", new double[] { 23.6848, -15.9570 }));
	// @formatter:on

	private static final String[] FIRST_NAMES = { "Fatima", "Mohamed", "Khadija", "Ahmed", "Aicha", "Youssef", "Naima",
			"Hassan", "Zineb", "Rachid", "Meryem", "Abdellah", "Samira", "Omar", "Hanane", "Mustapha", "Latifa",
			"Karim", "Souad", "Driss" };

	private static final String[] LAST_NAMES = { "El Amrani", "Benali", "Ouchen", "Tahiri", "Bennani", "Alaoui",
			"Idrissi", "Berrada", "Chraibi", "Lahlou", "Ait Said", "Boukhari", "Fassi", "Naciri", "Ziani", "Hajji" };

	/** Qualification and whether it counts as care-qualified. */
	private static final Object[][] JOBS = { { "Éducateur(rice) spécialisé(e)", true }, { "Infirmier(ère)", true },
			{ "Assistant(e) social(e)", true }, { "Aide-soignant(e)", true }, { "Psychologue", true },
			{ "Animateur(rice) socio-éducatif(ve)", true }, { "Cuisinier(ère)", false }, { "Agent d'entretien", false },
			{ "Gardien(ne)", false }, { "Économe", false } };

	private static final List<String> WHO_WHEN = List.of("created_at", "created_by", "updated_at", "updated_by");

	private final OrganisationService organisations;

	private final ReferenceDataService reference;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EstablishmentDemoData(OrganisationService organisations, ReferenceDataService reference, JdbcTemplate jdbc,
			Clock clock) {
		this.organisations = organisations;
		this.reference = reference;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		Set<String> existing = new HashSet<>(
				this.jdbc.queryForList("SELECT name_fr FROM establishment WHERE name_fr = ANY(?)", String.class,
						SqlArrays.of("text", ESTABLISHMENTS.stream().map(Demo::nameFr).toArray())));
		List<Demo> missing = ESTABLISHMENTS.stream().filter((demo) -> !existing.contains(demo.nameFr())).toList();
		if (missing.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		List<ProvinceRef> provinces = this.reference.provinces();
		List<Long> ids = this.jdbc.queryForList(
				"SELECT nextval(pg_get_serial_sequence('establishment', 'id')) FROM generate_series(1, ?)", Long.class,
				missing.size());
		Rows establishments = new Rows("establishment", "id", now, "id", "name_fr", "name_ar", "category",
				"organisation_id", "region_code", "province_id", "address", "latitude", "longitude",
				"authorisation_number", "authorisation_date", "authorisation_expiry", "authorisation_status",
				"authorised_capacity", "capacity_male", "capacity_female", "opening_date", "status", "director_name",
				"director_phone");
		Rows staff = new Rows("establishment_staff", "establishment_id", now, "establishment_id", "name",
				"qualification", "care_qualified", "start_date", "end_date", "training_hours_per_year");
		Rows members = new Rows("committee_member", "establishment_id", now, "establishment_id", "name", "role",
				"since_date");
		Rows meetings = new Rows("committee_meeting", "establishment_id", now, "establishment_id", "meeting_date",
				"minutes_reference", "summary");
		Rows resources = new Rows("establishment_resource", "establishment_id", now, "establishment_id", "year",
				"public_funding", "agreements", "charity", "own_income");
		for (int i = 0; i < missing.size(); i++) {
			Demo demo = missing.get(i);
			long id = ids.get(i);
			Random random = new Random(demo.nameFr().hashCode());
			long organisationId = this.organisations.findByName(demo.organisation()).orElseThrow().id();
			establishments.add(establishment(id, organisationId, province(provinces, demo), demo, today, random));
			addStaff(staff, id, demo, today, random);
			if (demo.committee()) {
				addCommittee(members, meetings, id, today, random);
			}
			addResources(resources, id, demo, today, random);
		}
		Long revision = this.jdbc.queryForObject(
				"INSERT INTO revinfo (revised_at, username) VALUES (?, ?) RETURNING id", Long.class, now,
				DemoWorld.CREATED_BY);
		for (Rows rows : List.of(establishments, staff, members, meetings, resources)) {
			rows.insert(this.jdbc);
			rows.audit(this.jdbc, revision, ids);
		}
	}

	private static Long province(List<ProvinceRef> provinces, Demo demo) {
		return provinces.stream()
			.filter((p) -> p.regionCode().equals(demo.region()) && p.nameFr().equals(demo.province()))
			.map(ProvinceRef::id)
			.findFirst()
			.orElse(null);
	}

	/** The establishment's columns, drawing from {@code random} in a fixed order. */
	private static Object[] establishment(long id, long organisationId, Long provinceId, Demo demo, LocalDate today,
			Random random) {
		String address = demo.province() + ", " + (10 + random.nextInt(120)) + " rue "
				+ LAST_NAMES[random.nextInt(LAST_NAMES.length)];
		double[] place = PLACES.get(demo.province());
		BigDecimal latitude = (place != null) ? near(place[0], random) : null;
		BigDecimal longitude = (place != null) ? near(place[1], random) : null;
		LocalDate opened = today.minusYears(3 + random.nextInt(25)).withDayOfYear(1 + random.nextInt(300));
		Integer male = null;
		Integer female = null;
		if (demo.category() == Category.STUDENTS || demo.category() == Category.ELDERLY) {
			male = demo.nameFr().startsWith("Dar Taliba") ? 0 : demo.capacity() / 2;
			female = demo.capacity() - male;
		}
		LocalDate authorised = opened.minusMonths(2);
		String number = "EN-" + demo.region().substring(3) + "-" + authorised.getYear() + "-"
				+ (100 + random.nextInt(900));
		Authorisation authorisation = switch (demo.auth()) {
			case VALID -> Authorisation.of("VALID", number, authorised, today.plusYears(1 + random.nextInt(5)));
			case LAPSED -> Authorisation.of("VALID", number, authorised, today.minusDays(30 + random.nextInt(400)));
			case EXPIRED -> Authorisation.of("EXPIRED", number, authorised, today.minusDays(400 + random.nextInt(700)));
			case PENDING -> Authorisation.without("PENDING");
			case NONE -> Authorisation.without("NONE");
		};
		String director = name(random);
		String phone = "+212 6" + (10 + random.nextInt(89)) + " " + (100000 + random.nextInt(899999));
		return new Object[] { id, demo.nameFr(), demo.nameAr(), demo.category().name(), organisationId, demo.region(),
				provinceId, address, latitude, longitude, authorisation.number(), date(authorisation.date()),
				date(authorisation.expiry()), authorisation.status(), demo.capacity(), male, female, date(opened),
				demo.status().name(), director, phone };
	}

	private static BigDecimal near(double coordinate, Random random) {
		return BigDecimal.valueOf(coordinate + (random.nextDouble() - 0.5) / 50).setScale(6, RoundingMode.HALF_UP);
	}

	private static void addStaff(Rows staff, long establishmentId, Demo demo, LocalDate today, Random random) {
		int count = 3 + Math.min(demo.capacity() / 20, 5) + random.nextInt(2);
		for (int i = 0; i < count; i++) {
			Object[] job = JOBS[(i < 2) ? random.nextInt(6) : random.nextInt(JOBS.length)];
			LocalDate start = today.minusMonths(3 + random.nextInt(120));
			LocalDate end = (random.nextInt(6) == 0) ? today.minusDays(1 + random.nextInt(200)) : null;
			staff.add(establishmentId, name(random), job[0], job[1], date(start),
					date((end != null && end.isBefore(start)) ? start : end), random.nextInt(5) * 8);
		}
	}

	private static void addCommittee(Rows members, Rows meetings, long establishmentId, LocalDate today,
			Random random) {
		String[] roles = { "PRESIDENT", "SECRETARY", "TREASURER", "MEMBER", "BENEFICIARY_REPRESENTATIVE" };
		int count = 3 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			members.add(establishmentId, name(random), roles[i], date(today.minusMonths(6 + random.nextInt(60))));
		}
		int meetingCount = random.nextInt(5);
		for (int i = 0; i < meetingCount; i++) {
			LocalDate date = today.minusMonths(2 + 5L * i + random.nextInt(3));
			meetings.add(establishmentId, date(date),
					(random.nextInt(4) == 0) ? null : "PV-" + date.getYear() + "-" + (i + 1),
					"Budget, admissions et suivi des recommandations.");
		}
	}

	private static void addResources(Rows resources, long establishmentId, Demo demo, LocalDate today, Random random) {
		for (int back = 2; back >= 1; back--) {
			double perPlace = 9000 + random.nextInt(9000);
			double total = demo.capacity() * perPlace;
			double charityShare = 0.25 + random.nextDouble() * 0.45;
			double publicShare = (1 - charityShare) * (0.5 + random.nextDouble() * 0.4);
			double agreementsShare = (1 - charityShare - publicShare) * 0.6;
			resources.add(establishmentId, today.getYear() - back, mad(total * publicShare),
					mad(total * agreementsShare), mad(total * charityShare),
					mad(total * (1 - charityShare - publicShare - agreementsShare)));
		}
	}

	private static BigDecimal mad(double amount) {
		return BigDecimal.valueOf(Math.round(amount / 100) * 100L).setScale(2, RoundingMode.UNNECESSARY);
	}

	private static String name(Random random) {
		return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	/**
	 * The new rows of one table, each with who and when; {@code key} is the column that
	 * holds the establishment's id.
	 */
	private static final class Rows {

		private final String table;

		private final String key;

		private final Timestamp now;

		private final List<String> columns;

		private final List<Object[]> values = new ArrayList<>();

		Rows(String table, String key, Timestamp now, String... columns) {
			this.table = table;
			this.key = key;
			this.now = now;
			this.columns = List.of(columns);
		}

		void add(Object... row) {
			Object[] full = Arrays.copyOf(row, row.length + WHO_WHEN.size());
			full[row.length] = this.now;
			full[row.length + 1] = DemoWorld.CREATED_BY;
			full[row.length + 2] = this.now;
			full[row.length + 3] = DemoWorld.CREATED_BY;
			this.values.add(full);
		}

		void insert(JdbcTemplate jdbc) {
			BatchInsert.insert(jdbc, this.table, Stream.concat(this.columns.stream(), WHO_WHEN.stream()).toList(),
					this.values);
		}

		/**
		 * What Envers writes for a record created on screen: one row per record in the
		 * audit table, under the given revision, with revision type 0 (created).
		 */
		void audit(JdbcTemplate jdbc, long revision, List<Long> establishmentIds) {
			String audited = String.join(", ", this.columns.stream().filter((c) -> !c.equals("id")).toList());
			jdbc.update(
					"INSERT INTO " + this.table + "_aud (id, rev, revtype, " + audited + ") SELECT id, ?, 0, " + audited
							+ " FROM " + this.table + " WHERE " + this.key + " = ANY(?)",
					revision, SqlArrays.of("bigint", establishmentIds.toArray()));
		}

	}

}
