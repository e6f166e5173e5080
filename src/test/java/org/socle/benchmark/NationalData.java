package org.socle.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * National-scale data for the benchmark, written with set-based SQL
 * ({@code generate_series}) in one transaction: the 1,092 establishments of the
 * ministry's regional distribution (docs/performance.md, domain brief), about 250
 * organisations, ten staff, five or six committee members, three meetings and three years
 * of resources per establishment, a created and a modified revision in the audit trail,
 * and a manager per organisation. Every row is marked {@code created_by = 'benchmark'}:
 * seeding runs once per database (a second call finds the marker and does nothing).
 */
final class NationalData {

	static final String MARKER = "benchmark";

	/**
	 * Approximate centre of each region, for coordinates; each region gets its share of
	 * the total (parameter), rounded on the running sum so that the counts add up to it.
	 */
	private static final String REGIONS = """
			INSERT INTO bench_region (region_code, establishments, latitude, longitude)
			SELECT region_code,
			       (round(?::numeric * sum(ministry) OVER w / 1092) - round(?::numeric * (sum(ministry) OVER w - ministry) / 1092))::int,
			       latitude, longitude
			FROM (VALUES ('MA-01', 107, 35.57, -5.37), ('MA-02', 62, 34.68, -1.91), ('MA-03', 159, 34.03, -5.00),
			             ('MA-04', 92, 34.02, -6.84), ('MA-05', 94, 32.34, -6.36), ('MA-06', 109, 33.57, -7.59),
			             ('MA-07', 167, 31.63, -7.98), ('MA-08', 112, 31.93, -4.42), ('MA-09', 132, 30.42, -9.60),
			             ('MA-10', 47, 28.99, -10.06), ('MA-11', 9, 27.13, -13.16), ('MA-12', 2, 23.68, -15.96))
			     AS r (region_code, ministry, latitude, longitude)
			WINDOW w AS (ORDER BY region_code)
			""";

	/** About 250 organisations, in proportion to each region's establishments. */
	private static final String ORGANISATIONS = """
			INSERT INTO organisation (name, region_code, active, legal_form, registration_number, address, phone, email,
			                          contact_person, created_at, created_by, updated_at, updated_by)
			SELECT format('Association %s %s-%s',
			              (ARRAY['Al Amal', 'Nour', 'Al Khayr', 'Al Wafae', 'Assalam', 'Annour', 'Al Ihsane',
			                     'Attadamoun', 'Al Baraka', 'Tanmia'])[1 + k % 10], r.region_code, lpad(k::text, 3, '0')),
			       r.region_code, k % 25 <> 0,
			       (ARRAY['ASSOCIATION', 'ASSOCIATION', 'ASSOCIATION', 'FOUNDATION', 'COOPERATIVE',
			              'PUBLIC_INSTITUTION'])[1 + k % 6],
			       format('RA-%s-%s', r.region_code, lpad(k::text, 4, '0')),
			       format('%s avenue Hassan II', 10 + k),
			       format('+212 5 %s', lpad((k * 7919 % 100000000)::text, 8, '0')),
			       format('contact%s.%s@associations.ma', k, lower(replace(r.region_code, '-', ''))),
			       format('Contact %s', k), now(), 'benchmark', now(), 'benchmark'
			FROM bench_region r, generate_series(1, greatest(1, round(250.0 * r.establishments / 1092)::int)) k
			WHERE r.establishments > 0
			""";

	/**
	 * Establishments: each region's count, spread over its organisations and provinces;
	 * categories as the Cour des comptes counted them (77 % student homes, then children,
	 * disability, older people, women, homeless, multi-purpose), 18 % without
	 * authorisation, a few suspended or closed.
	 */
	private static final String ESTABLISHMENTS = """
			WITH slot AS (
			    SELECT r.region_code, r.latitude, r.longitude, k, row_number() OVER (ORDER BY r.region_code, k) AS n
			    FROM bench_region r, generate_series(1, r.establishments) k
			), org AS (
			    SELECT id, region_code, row_number() OVER (PARTITION BY region_code ORDER BY id) - 1 AS i,
			           count(*) OVER (PARTITION BY region_code) AS c
			    FROM organisation WHERE created_by = 'benchmark'
			), prov AS (
			    SELECT id, region_code, name_fr, name_ar, row_number() OVER (PARTITION BY region_code ORDER BY id) - 1 AS i,
			           count(*) OVER (PARTITION BY region_code) AS c
			    FROM province
			), e AS (
			    SELECT s.*, o.id AS organisation_id, p.id AS province_id, p.name_fr AS province_fr,
			           p.name_ar AS province_ar,
			           CASE WHEN (s.n * 7919) % 1092 < 836 THEN 'STUDENTS'
			                WHEN (s.n * 7919) % 1092 < 928 THEN 'CHILDREN'
			                WHEN (s.n * 7919) % 1092 < 989 THEN 'DISABILITY'
			                WHEN (s.n * 7919) % 1092 < 1025 THEN 'ELDERLY'
			                WHEN (s.n * 7919) % 1092 < 1048 THEN 'WOMEN'
			                WHEN (s.n * 7919) % 1092 < 1070 THEN 'HOMELESS'
			                ELSE 'MULTI' END AS category,
			           (s.n * 31) % 100 AS a,
			           CASE WHEN s.n = 1 THEN 500 ELSE (20 + (s.n * 13) % 131)::int END AS capacity,
			           date '1992-01-01' + ((s.n * 97) % 11000)::int AS opened
			    FROM slot s
			    JOIN org o ON o.region_code = s.region_code AND o.i = (s.k - 1) % o.c
			    JOIN prov p ON p.region_code = s.region_code AND p.i = (s.k * 7) % p.c
			)
			INSERT INTO establishment (name_fr, name_ar, category, organisation_id, region_code, province_id, address,
			                           latitude, longitude, authorisation_number, authorisation_date, authorisation_expiry,
			                           authorisation_status, authorised_capacity, capacity_male, capacity_female,
			                           opening_date, status, director_name, director_phone, director_email,
			                           created_at, created_by, updated_at, updated_by)
			SELECT CASE e.category
			           WHEN 'STUDENTS' THEN CASE WHEN e.k % 2 = 0 THEN 'Dar Talib ' ELSE 'Dar Taliba ' END || e.province_fr
			           WHEN 'CHILDREN' THEN 'Foyer pour enfants – ' || e.province_fr
			           WHEN 'DISABILITY' THEN 'Centre pour personnes en situation de handicap – ' || e.province_fr
			           WHEN 'ELDERLY' THEN 'Maison pour personnes âgées – ' || e.province_fr
			           WHEN 'WOMEN' THEN 'Centre pour femmes – ' || e.province_fr
			           WHEN 'HOMELESS' THEN 'Centre d''accueil des sans-abri – ' || e.province_fr
			           ELSE 'Espace multifonctionnel – ' || e.province_fr END || ' ' || e.k,
			       CASE e.category
			           WHEN 'STUDENTS' THEN CASE WHEN e.k % 2 = 0 THEN 'دار الطالب ' ELSE 'دار الطالبة ' END || e.province_ar
			           WHEN 'CHILDREN' THEN 'دار الأطفال - ' || e.province_ar
			           WHEN 'DISABILITY' THEN 'مركز الأشخاص في وضعية إعاقة - ' || e.province_ar
			           WHEN 'ELDERLY' THEN 'دار المسنين - ' || e.province_ar
			           WHEN 'WOMEN' THEN 'مركز النساء - ' || e.province_ar
			           WHEN 'HOMELESS' THEN 'مركز إيواء الأشخاص بدون مأوى - ' || e.province_ar
			           ELSE 'الفضاء متعدد الوظائف - ' || e.province_ar END || ' ' || e.k,
			       e.category, e.organisation_id, e.region_code, e.province_id,
			       format('%s, %s rue %s', e.province_fr, 1 + e.n % 150, e.k),
			       round((e.latitude + ((e.n * 37) % 100 - 50) / 100.0)::numeric, 6),
			       round((e.longitude + ((e.n * 53) % 100 - 50) / 100.0)::numeric, 6),
			       CASE WHEN e.a < 72 THEN format('EN-%s-%s-%s', substr(e.region_code, 4), extract(year FROM e.opened), e.n) END,
			       CASE WHEN e.a < 72 THEN e.opened - 60 END,
			       CASE WHEN e.a < 62 THEN (e.opened - 60) + interval '5 years' * (1 + e.n % 6)
			            WHEN e.a < 72 THEN (e.opened - 60) + interval '3 years' END,
			       CASE WHEN e.a < 62 THEN 'VALID' WHEN e.a < 72 THEN 'EXPIRED' WHEN e.a < 82 THEN 'PENDING' ELSE 'NONE' END,
			       e.capacity,
			       CASE WHEN e.category = 'STUDENTS' THEN CASE WHEN e.k % 2 = 0 THEN e.capacity ELSE 0 END
			            WHEN e.category = 'ELDERLY' THEN e.capacity / 2 END,
			       CASE WHEN e.category = 'STUDENTS' THEN CASE WHEN e.k % 2 = 0 THEN 0 ELSE e.capacity END
			            WHEN e.category = 'ELDERLY' THEN e.capacity - e.capacity / 2 END,
			       e.opened,
			       CASE WHEN e.n % 50 = 0 THEN 'CLOSED' WHEN e.n % 25 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END,
			       (ARRAY['Fatima', 'Mohamed', 'Khadija', 'Ahmed', 'Aicha', 'Youssef', 'Naima', 'Hassan', 'Zineb',
			              'Rachid'])[1 + e.n % 10] || ' ' ||
			       (ARRAY['El Amrani', 'Benali', 'Ouchen', 'Tahiri', 'Bennani', 'Alaoui', 'Idrissi', 'Berrada',
			              'Chraibi', 'Lahlou', 'Ait Said'])[1 + e.n % 11],
			       format('+212 6 %s', lpad((e.n * 104729 % 100000000)::text, 8, '0')),
			       format('direction%s@eps.ma', e.n),
			       now(), 'benchmark', now(), 'benchmark'
			FROM e
			""";

	/** Six to fourteen staff (ten on average), a seventh of them gone. */
	private static final String STAFF = """
			INSERT INTO establishment_staff (establishment_id, name, qualification, care_qualified, start_date, end_date,
			                                 training_hours_per_year, created_at, created_by, updated_at, updated_by)
			SELECT e.id,
			       (ARRAY['Fatima', 'Mohamed', 'Khadija', 'Ahmed', 'Aicha', 'Youssef', 'Naima', 'Hassan', 'Zineb', 'Rachid',
			              'Meryem', 'Abdellah', 'Samira', 'Omar', 'Hanane', 'Mustapha', 'Latifa', 'Karim', 'Souad',
			              'Driss'])[1 + (e.id * 7 + s) % 20] || ' ' ||
			       (ARRAY['El Amrani', 'Benali', 'Ouchen', 'Tahiri', 'Bennani', 'Alaoui', 'Idrissi', 'Berrada', 'Chraibi',
			              'Lahlou', 'Ait Said', 'Boukhari', 'Fassi', 'Naciri', 'Ziani', 'Hajji'])[1 + (e.id + s * 3) % 16],
			       (ARRAY['Éducateur(rice) spécialisé(e)', 'Infirmier(ère)', 'Assistant(e) social(e)', 'Aide-soignant(e)',
			              'Psychologue', 'Animateur(rice) socio-éducatif(ve)', 'Cuisinier(ère)', 'Agent d''entretien',
			              'Gardien(ne)', 'Économe'])[1 + (e.id + s) % 10],
			       1 + (e.id + s) % 10 <= 6,
			       current_date - ((e.id * 17 + s * 211) % 5000)::int,
			       CASE WHEN s % 7 = 0 THEN current_date - ((e.id * 17 + s * 211) % 5000)::int + 400 END,
			       ((e.id + s * 5) % 41)::int,
			       now(), 'benchmark', now(), 'benchmark'
			FROM establishment e, generate_series(1, 6 + (e.id % 9)::int) s
			WHERE e.created_by = 'benchmark'
			""";

	/** Five or six members, except in one establishment out of eleven (no committee). */
	private static final String MEMBERS = """
			INSERT INTO committee_member (establishment_id, name, role, since_date, created_at, created_by, updated_at,
			                              updated_by)
			SELECT e.id,
			       (ARRAY['Amina', 'Brahim', 'Hafsa', 'Jamal', 'Loubna', 'Nabil', 'Rajae', 'Said', 'Widad',
			              'Yassine'])[1 + (e.id + s) % 10] || ' ' ||
			       (ARRAY['Amrani', 'Belhaj', 'Cherkaoui', 'Douiri', 'Ennaji', 'Filali', 'Guessous', 'Hilali'])[1 + (e.id * 3 + s) % 8],
			       (ARRAY['PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY', 'TREASURER', 'MEMBER',
			              'BENEFICIARY_REPRESENTATIVE'])[s],
			       current_date - ((e.id * 13 + s * 97) % 3000)::int,
			       now(), 'benchmark', now(), 'benchmark'
			FROM establishment e, generate_series(1, 5 + (e.id % 2)::int) s
			WHERE e.created_by = 'benchmark' AND e.id % 11 <> 0
			""";

	private static final String MEETINGS = """
			INSERT INTO committee_meeting (establishment_id, meeting_date, minutes_reference, summary, created_at,
			                               created_by, updated_at, updated_by)
			SELECT e.id, current_date - (s * 120 + (e.id % 60))::int, format('PV-%s-%s', e.id, s),
			       'Budget, admissions et suivi des recommandations de la dernière visite.',
			       now(), 'benchmark', now(), 'benchmark'
			FROM establishment e, generate_series(1, 3) s
			WHERE e.created_by = 'benchmark' AND e.id % 11 <> 0
			""";

	private static final String RESOURCES = """
			INSERT INTO establishment_resource (establishment_id, year, public_funding, agreements, charity, own_income,
			                                    created_at, created_by, updated_at, updated_by)
			SELECT e.id, extract(year FROM current_date)::int - s,
			       e.authorised_capacity * (2500 + (e.id % 7) * 100), e.authorised_capacity * 800,
			       e.authorised_capacity * (3000 + (e.id % 5) * 300), e.authorised_capacity * 150,
			       now(), 'benchmark', now(), 'benchmark'
			FROM establishment e, generate_series(1, 3) s
			WHERE e.created_by = 'benchmark'
			""";

	private static final String USERS = """
			INSERT INTO app_user (username, display_name, email, password_hash, role, organisation_id, enabled,
			                      last_login_at, created_at, created_by, updated_at, updated_by)
			SELECT format('bench-manager-%s', lpad(row_number() OVER (ORDER BY o.id)::text, 3, '0')),
			       'Gestionnaire ' || o.name, format('gestion%s@associations.ma', o.id), ?, 'MANAGER', o.id, o.active,
			       now() - ((o.id % 90) || ' days')::interval, now(), 'benchmark', now(), 'benchmark'
			FROM organisation o WHERE o.created_by = 'benchmark'
			UNION ALL
			SELECT format('bench-auditor-%s', lpad(k::text, 2, '0')), format('Auditeur régional %s', k),
			       format('auditeur%s@entraide.gov.ma', k), ?, 'AUDITOR', NULL, true, now(), now(), 'benchmark', now(),
			       'benchmark'
			FROM generate_series(1, 12) k
			""";

	/**
	 * The audit trail the application would have written: one revision per transaction,
	 * so one per record created (organisations, establishments, then their records), and
	 * a later modification of one establishment in three; a revision every ten minutes.
	 */
	private static final String REVISIONS = """
			CREATE TEMP TABLE bench_revision ON COMMIT DROP AS
			SELECT (SELECT coalesce(max(id), 0) FROM revinfo) + row_number() OVER (ORDER BY step, entity_id) AS rev,
			       kind, entity_id, revtype
			FROM (SELECT 1 AS step, 'organisation' AS kind, id AS entity_id, 0 AS revtype FROM organisation
			      WHERE created_by = 'benchmark'
			      UNION ALL
			      SELECT 2, 'establishment', id, 0 FROM establishment WHERE created_by = 'benchmark'
			      UNION ALL
			      SELECT 3, 'staff', id, 0 FROM establishment_staff WHERE created_by = 'benchmark'
			      UNION ALL
			      SELECT 3, 'member', id, 0 FROM committee_member WHERE created_by = 'benchmark'
			      UNION ALL
			      SELECT 3, 'meeting', id, 0 FROM committee_meeting WHERE created_by = 'benchmark'
			      UNION ALL
			      SELECT 3, 'resources', id, 0 FROM establishment_resource WHERE created_by = 'benchmark'
			      UNION ALL
			      SELECT 4, 'establishment', id, 1 FROM establishment WHERE created_by = 'benchmark' AND id % 3 = 0) r
			""";

	private static final String[] AUDIT = { """
			INSERT INTO revinfo (id, revised_at, username)
			SELECT rev, now() - ((SELECT max(rev) FROM bench_revision) - rev) * interval '10 minutes', 'benchmark'
			FROM bench_revision
			""", """
			SELECT setval(pg_get_serial_sequence('revinfo', 'id'), (SELECT max(id) FROM revinfo))
			""", """
			INSERT INTO organisation_aud (id, rev, revtype, name, legal_form, registration_number, address, region_code,
			                              phone, email, contact_person, active)
			SELECT o.id, r.rev, 0, o.name, o.legal_form, o.registration_number, o.address, o.region_code, o.phone,
			       o.email, o.contact_person, o.active
			FROM organisation o JOIN bench_revision r ON r.kind = 'organisation' AND r.entity_id = o.id
			""",
			"""
					INSERT INTO establishment_aud (id, rev, revtype, name_fr, name_ar, category, organisation_id, region_code,
					    province_id, address, latitude, longitude, authorisation_number, authorisation_date, authorisation_expiry,
					    authorisation_status, authorised_capacity, capacity_male, capacity_female, opening_date, status,
					    director_name, director_phone, director_email)
					SELECT e.id, r.rev, r.revtype, e.name_fr, e.name_ar, e.category, e.organisation_id, e.region_code,
					       e.province_id, e.address, e.latitude, e.longitude, e.authorisation_number, e.authorisation_date,
					       e.authorisation_expiry, e.authorisation_status,
					       CASE WHEN r.revtype = 0 AND e.id % 3 = 0 THEN e.authorised_capacity - 5 ELSE e.authorised_capacity END,
					       e.capacity_male, e.capacity_female, e.opening_date, e.status, e.director_name,
					       CASE WHEN r.revtype = 0 AND e.id % 3 = 0 THEN NULL ELSE e.director_phone END, e.director_email
					FROM establishment e JOIN bench_revision r ON r.kind = 'establishment' AND r.entity_id = e.id
					""",
			"""
					INSERT INTO establishment_staff_aud (id, rev, revtype, establishment_id, name, qualification, care_qualified,
					                                     start_date, end_date, training_hours_per_year)
					SELECT s.id, r.rev, 0, s.establishment_id, s.name, s.qualification, s.care_qualified, s.start_date,
					       s.end_date, s.training_hours_per_year
					FROM establishment_staff s JOIN bench_revision r ON r.kind = 'staff' AND r.entity_id = s.id
					""",
			"""
					INSERT INTO committee_member_aud (id, rev, revtype, establishment_id, name, role, since_date)
					SELECT m.id, r.rev, 0, m.establishment_id, m.name, m.role, m.since_date
					FROM committee_member m JOIN bench_revision r ON r.kind = 'member' AND r.entity_id = m.id
					""",
			"""
					INSERT INTO committee_meeting_aud (id, rev, revtype, establishment_id, meeting_date, minutes_reference, summary)
					SELECT m.id, r.rev, 0, m.establishment_id, m.meeting_date, m.minutes_reference, m.summary
					FROM committee_meeting m JOIN bench_revision r ON r.kind = 'meeting' AND r.entity_id = m.id
					""",
			"""
					INSERT INTO establishment_resource_aud (id, rev, revtype, establishment_id, year, public_funding, agreements,
					                                        charity, own_income)
					SELECT x.id, r.rev, 0, x.establishment_id, x.year, x.public_funding, x.agreements, x.charity, x.own_income
					FROM establishment_resource x JOIN bench_revision r ON r.kind = 'resources' AND r.entity_id = x.id
					""" };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final int establishments;

	NationalData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this(jdbc, transactionManager, 1092);
	}

	/**
	 * @param establishments how many establishments, spread over the regions as the
	 * ministry's 1,092 are (the first one has 500 places)
	 */
	NationalData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, int establishments) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.establishments = establishments;
	}

	/**
	 * Seeds the data unless it is there already, then refreshes the planner statistics
	 * and the visibility map (as autovacuum would on a running server).
	 * @return rows written per table, empty when the data was already there
	 */
	Map<String, Integer> seed() {
		return seed(true);
	}

	/**
	 * @param vacuum whether to vacuum and analyse afterwards (a caller writing more data
	 * does it once at the end)
	 */
	Map<String, Integer> seed(boolean vacuum) {
		Map<String, Integer> rows = new LinkedHashMap<>();
		Integer existing = this.jdbc.queryForObject("SELECT count(*) FROM establishment WHERE created_by = ?",
				Integer.class, MARKER);
		if (existing != null && existing > 0) {
			return rows;
		}
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.execute("""
					CREATE TEMP TABLE bench_region (region_code varchar(5) PRIMARY KEY, establishments int NOT NULL,
					    latitude numeric NOT NULL, longitude numeric NOT NULL) ON COMMIT DROP
					""");
			this.jdbc.update(REGIONS, this.establishments, this.establishments);
			rows.put("organisation", this.jdbc.update(ORGANISATIONS));
			rows.put("establishment", this.jdbc.update(ESTABLISHMENTS));
			rows.put("establishment_staff", this.jdbc.update(STAFF));
			rows.put("committee_member", this.jdbc.update(MEMBERS));
			rows.put("committee_meeting", this.jdbc.update(MEETINGS));
			rows.put("establishment_resource", this.jdbc.update(RESOURCES));
			String unusable = "{noop}" + UUID.randomUUID();
			rows.put("app_user", this.jdbc.update(USERS, unusable, unusable));
			this.jdbc.execute(REVISIONS);
			int audit = 0;
			for (String sql : AUDIT) {
				if (sql.stripLeading().startsWith("SELECT")) {
					this.jdbc.queryForObject(sql, Long.class);
				}
				else {
					audit += this.jdbc.update(sql);
				}
			}
			rows.put("revinfo and *_aud", audit);
		});
		if (vacuum) {
			this.jdbc.execute("VACUUM ANALYZE");
		}
		return rows;
	}

}
