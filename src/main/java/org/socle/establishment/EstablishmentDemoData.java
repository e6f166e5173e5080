package org.socle.establishment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.socle.establishment.records.CommitteeMeeting;
import org.socle.establishment.records.CommitteeMeetingRepository;
import org.socle.establishment.records.CommitteeMember;
import org.socle.establishment.records.CommitteeMemberRepository;
import org.socle.establishment.records.CommitteeRole;
import org.socle.establishment.records.StaffMember;
import org.socle.establishment.records.StaffRepository;
import org.socle.establishment.records.YearlyResources;
import org.socle.establishment.records.YearlyResourcesRepository;
import org.socle.establishment.registry.AuthorisationStatus;
import org.socle.establishment.registry.Establishment;
import org.socle.establishment.registry.EstablishmentForm;
import org.socle.establishment.registry.EstablishmentRepository;
import org.socle.organisation.DemoOrganisations;
import org.socle.organisation.OrganisationService;
import org.socle.reference.ProvinceRef;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.DemoDataContributor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About thirty establishments in every region, roughly in the national distribution
 * (student homes first, then children, disability, older people, women), with staff,
 * committees, meetings and two years of resources. Some have an expired authorisation,
 * none or a pending one; a few have no management committee, as the Cour des comptes
 * found. Each establishment is created once (found by its French name).
 */
@Component
@Order(30)
class EstablishmentDemoData implements DemoDataContributor {

	/** Kind of authorisation: valid, expired by date, marked expired, pending, none. */
	private enum Auth {

		VALID, LAPSED, EXPIRED, PENDING, NONE

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

	private final EstablishmentRepository establishments;

	private final StaffRepository staff;

	private final CommitteeMemberRepository members;

	private final CommitteeMeetingRepository meetings;

	private final YearlyResourcesRepository resources;

	private final OrganisationService organisations;

	private final ReferenceDataService reference;

	private final Clock clock;

	EstablishmentDemoData(EstablishmentRepository establishments, StaffRepository staff,
			CommitteeMemberRepository members, CommitteeMeetingRepository meetings, YearlyResourcesRepository resources,
			OrganisationService organisations, ReferenceDataService reference, Clock clock) {
		this.establishments = establishments;
		this.staff = staff;
		this.members = members;
		this.meetings = meetings;
		this.resources = resources;
		this.organisations = organisations;
		this.reference = reference;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		LocalDate today = LocalDate.now(this.clock);
		List<ProvinceRef> provinces = this.reference.provinces();
		for (Demo demo : ESTABLISHMENTS) {
			if (this.establishments.findByNameFr(demo.nameFr()).isPresent()) {
				continue;
			}
			Random random = new Random(demo.nameFr().hashCode());
			long organisationId = this.organisations.findByName(demo.organisation()).orElseThrow().id();
			Long provinceId = provinces.stream()
				.filter((p) -> p.regionCode().equals(demo.region()) && p.nameFr().equals(demo.province()))
				.map(ProvinceRef::id)
				.findFirst()
				.orElse(null);
			Establishment establishment = new Establishment(organisationId);
			establishment.update(form(demo, provinceId, today, random));
			long id = this.establishments.save(establishment).getId();
			addStaff(id, demo, today, random);
			if (demo.committee()) {
				addCommittee(id, today, random);
			}
			addResources(id, demo, today, random);
		}
	}

	private static EstablishmentForm form(Demo demo, Long provinceId, LocalDate today, Random random) {
		EstablishmentForm form = new EstablishmentForm();
		form.setNameFr(demo.nameFr());
		form.setNameAr(demo.nameAr());
		form.setCategory(demo.category());
		form.setStatus(demo.status());
		form.setRegionCode(demo.region());
		form.setProvinceId(provinceId);
		form.setAddress(demo.province() + ", " + (10 + random.nextInt(120)) + " rue "
				+ LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
		double[] place = PLACES.get(demo.province());
		if (place != null) {
			form.setLatitude(
					BigDecimal.valueOf(place[0] + (random.nextDouble() - 0.5) / 50).setScale(6, RoundingMode.HALF_UP));
			form.setLongitude(
					BigDecimal.valueOf(place[1] + (random.nextDouble() - 0.5) / 50).setScale(6, RoundingMode.HALF_UP));
		}
		LocalDate opened = today.minusYears(3 + random.nextInt(25)).withDayOfYear(1 + random.nextInt(300));
		form.setOpeningDate(opened);
		form.setAuthorisedCapacity(demo.capacity());
		if (demo.category() == Category.STUDENTS || demo.category() == Category.ELDERLY) {
			int male = demo.nameFr().startsWith("Dar Taliba") ? 0 : demo.capacity() / 2;
			form.setCapacityMale(male);
			form.setCapacityFemale(demo.capacity() - male);
		}
		LocalDate authorised = opened.minusMonths(2);
		String number = "EN-" + demo.region().substring(3) + "-" + authorised.getYear() + "-"
				+ (100 + random.nextInt(900));
		switch (demo.auth()) {
			case VALID -> authorisation(form, AuthorisationStatus.VALID, number, authorised,
					today.plusYears(1 + random.nextInt(5)));
			case LAPSED -> authorisation(form, AuthorisationStatus.VALID, number, authorised,
					today.minusDays(30 + random.nextInt(400)));
			case EXPIRED -> authorisation(form, AuthorisationStatus.EXPIRED, number, authorised,
					today.minusDays(400 + random.nextInt(700)));
			case PENDING -> form.setAuthorisationStatus(AuthorisationStatus.PENDING);
			case NONE -> form.setAuthorisationStatus(AuthorisationStatus.NONE);
		}
		form.setDirectorName(name(random));
		form.setDirectorPhone("+212 6" + (10 + random.nextInt(89)) + " " + (100000 + random.nextInt(899999)));
		return form;
	}

	private static void authorisation(EstablishmentForm form, AuthorisationStatus status, String number, LocalDate date,
			LocalDate expiry) {
		form.setAuthorisationStatus(status);
		form.setAuthorisationNumber(number);
		form.setAuthorisationDate(date);
		form.setAuthorisationExpiry(expiry.isBefore(date) ? date : expiry);
	}

	private void addStaff(long establishmentId, Demo demo, LocalDate today, Random random) {
		int count = 3 + Math.min(demo.capacity() / 20, 5) + random.nextInt(2);
		for (int i = 0; i < count; i++) {
			Object[] job = JOBS[(i < 2) ? random.nextInt(6) : random.nextInt(JOBS.length)];
			LocalDate start = today.minusMonths(3 + random.nextInt(120));
			LocalDate end = (random.nextInt(6) == 0) ? today.minusDays(1 + random.nextInt(200)) : null;
			StaffMember member = new StaffMember(establishmentId);
			member.update(name(random), (String) job[0], (Boolean) job[1], start,
					(end != null && end.isBefore(start)) ? start : end, random.nextInt(5) * 8);
			this.staff.save(member);
		}
	}

	private void addCommittee(long establishmentId, LocalDate today, Random random) {
		CommitteeRole[] roles = { CommitteeRole.PRESIDENT, CommitteeRole.SECRETARY, CommitteeRole.TREASURER,
				CommitteeRole.MEMBER, CommitteeRole.BENEFICIARY_REPRESENTATIVE };
		int count = 3 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			CommitteeMember member = new CommitteeMember(establishmentId);
			member.update(name(random), roles[i], today.minusMonths(6 + random.nextInt(60)));
			this.members.save(member);
		}
		int meetingCount = random.nextInt(5);
		for (int i = 0; i < meetingCount; i++) {
			LocalDate date = today.minusMonths(2 + 5L * i + random.nextInt(3));
			CommitteeMeeting meeting = new CommitteeMeeting(establishmentId);
			meeting.update(date, (random.nextInt(4) == 0) ? null : "PV-" + date.getYear() + "-" + (i + 1),
					"Budget, admissions et suivi des recommandations.");
			this.meetings.save(meeting);
		}
	}

	private void addResources(long establishmentId, Demo demo, LocalDate today, Random random) {
		for (int back = 2; back >= 1; back--) {
			double perPlace = 9000 + random.nextInt(9000);
			double total = demo.capacity() * perPlace;
			double charityShare = 0.25 + random.nextDouble() * 0.45;
			double publicShare = (1 - charityShare) * (0.5 + random.nextDouble() * 0.4);
			double agreementsShare = (1 - charityShare - publicShare) * 0.6;
			YearlyResources year = new YearlyResources(establishmentId);
			year.update(today.getYear() - back, mad(total * publicShare), mad(total * agreementsShare),
					mad(total * charityShare), mad(total * (1 - charityShare - publicShare - agreementsShare)));
			this.resources.save(year);
		}
	}

	private static BigDecimal mad(double amount) {
		return BigDecimal.valueOf(Math.round(amount / 100) * 100L).setScale(2, RoundingMode.UNNECESSARY);
	}

	private static String name(Random random) {
		return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
	}

}
