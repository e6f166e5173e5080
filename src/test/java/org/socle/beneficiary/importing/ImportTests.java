package org.socle.beneficiary.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import through its screens: the happy path, then hostile files (encodings, missing
 * columns, formulas, duplicates, 10,000 rows, garbage).
 */
@SocleTest
class ImportTests {

	static final String HEADER = "last_name;first_name;last_name_ar;first_name_ar;sex;birth_date;birth_year;cin;"
			+ "birth_certificate_ref;category;admission_date;legal_basis;legal_basis_reference;consent_date;"
			+ "consent_given_by;health_insurance;rsu";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	long establishment(String name, Integer capacity) {
		return this.establishments
			.establishment(name, this.identity.organisation("Test Org A"), Category.MULTI, "MA-04", capacity)
			.id();
	}

	/** Uploads, follows to the preview; returns the preview URL. */
	String upload(long establishmentId, String filename, byte[] content) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/establishments/{id}/beneficiaries/import", establishmentId)
				.file(new MockMultipartFile("file", filename, "application/octet-stream", content))
				.with(user(this.identity.managerA()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	String preview(String url) throws Exception {
		return this.mvc.perform(get(url).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	long countIn(long establishmentId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM beneficiary WHERE establishment_id = ?", Long.class,
				establishmentId);
	}

	@Test
	void aUtf8SemicolonFileIsPreviewedThenImportedInOneGo() throws Exception {
		long e = establishment("Import happy home", 100);
		String csv = HEADER + "\n" + "Alaoui;Youssef;العلوي;يوسف;M;2012-03-04;;;55/2012;CHILD;2025-01-10;COURT_ORDER;"
				+ "Jugement 3/2025;2025-01-10;GUARDIAN;AMO;REGISTERED\n"
				+ "Bennani;Fatima Zahra;بناني;فاطمة الزهراء;Femme;;1950;K12345;;Personne âgée;10/01/2025;;;;;"
				+ "Aucune;Inconnu\n" + "Chraibi;Omar;;;X;2030-01-01;;12AB;;ALIEN;2025-13-01;;;;;;\n";
		String url = upload(e, "beneficiaires.csv", csv.getBytes(StandardCharsets.UTF_8));
		String page = preview(url);
		assertThat(page).contains("UTF-8")
			.contains("العلوي")
			.contains("فاطمة الزهراء")
			// row 4 (line 4 of the file) has errors in four columns, in French
			.contains("Valeur inconnue « X »")
			.contains("Valeur inconnue « ALIEN »")
			.contains("Date invalide « 2025-13-01 »")
			.contains("Une ou deux lettres suivies de chiffres");
		assertThat(countIn(e)).isZero();

		this.mvc.perform(post(url).with(user(this.identity.managerA())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(countIn(e)).isEqualTo(2);
		Map<String, Object> older = this.jdbc
			.queryForMap("SELECT * FROM beneficiary WHERE establishment_id = ? AND last_name = 'Bennani'", e);
		assertThat(older).containsEntry("sex", "F")
			.containsEntry("birth_year", 1950)
			.containsEntry("category", "OLDER_PERSON")
			.containsEntry("has_health_cover", false)
			.containsEntry("health_cover_known", true)
			.containsEntry("cin", "K12345");
		assertThat((String) older.get("health_insurance")).as("encrypted").startsWith("v1:").doesNotContain("NONE");
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM beneficiary_access_log l JOIN beneficiary b ON b.id = l.beneficiary_id
				WHERE b.establishment_id = ? AND l.action = 'IMPORT'""", Long.class, e)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM beneficiary_stay WHERE establishment_id = ? AND discharge_date IS NULL""",
				Long.class, e))
			.isEqualTo(2);
		// the upload is gone once imported
		this.mvc.perform(get(url).with(user(this.identity.managerA()))).andExpect(status().isNotFound());
	}

	@Test
	void errorsAreShownInTheUsersLanguage() throws Exception {
		long e = establishment("Import language home", 100);
		String url = upload(e, "b.csv", (HEADER + "\nAlaoui;Youssef;;;M;2012-03-04;;;;CHILD;2025-01-10;;;;;ZZZ;\n")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(this.mvc.perform(get(url).param("lang", "en").with(user(this.identity.managerA())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Unknown value “ZZZ”");
		assertThat(this.mvc.perform(get(url).param("lang", "ar").with(user(this.identity.managerA())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("قيمة غير معروفة «ZZZ»");
	}

	@Test
	void controlCharactersInACellAreTheRowsProblemAndTextIsNormalised() throws Exception {
		long e = establishment("Import control home", 100);
		String valid = "2012-03-04;;;;CHILD;2025-01-10;COURT_ORDER;";
		String csv = HEADER + "\nAlaoui;Youssef;;;M;" + valid + "Jugement\u0001 3/2025;;;;\n" + "Bennani;Fatima;;;F;"
				+ valid + "Jugement\u0000 4/2025;;;;\n" + "Chraibi;Rene\u0301e;;;F;" + valid + "Jugement 5/2025;;;;\n";
		String url = upload(e, "control.csv", csv.getBytes(StandardCharsets.UTF_8));
		String page = preview(url);
		assertThat(page.split("caractère de contrôle invisible", -1)).as("one problem for each of the two rows")
			.hasSize(3);
		assertThat(page).contains("Jugement\uFFFD 3/2025", "Jugement\uFFFD 4/2025").doesNotContain("\u0000", "\u0001");
		assertThat(this.mvc.perform(get(url).param("lang", "ar").with(user(this.identity.managerA())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("حرف تحكم غير مرئي");

		this.mvc.perform(post(url).with(user(this.identity.managerA())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("SELECT first_name FROM beneficiary WHERE establishment_id = ?", String.class,
				e))
			.as("only the clean row, in NFC")
			.containsExactly("Ren\u00e9e");
	}

	@Test
	void windowsArabicAndWindowsFrenchFilesAreDetectedAndCanBeOverridden() throws Exception {
		long e = establishment("Import encoding home", 100);
		String arabic = "last_name,first_name,last_name_ar,sex,birth_year,category,admission_date\n"
				+ "Idrissi,Nadia,الإدريسي,F,1990,WOMAN,2025-02-01\n";
		String url = upload(e, "arabe.csv", arabic.getBytes(Charset.forName("windows-1256")));
		assertThat(preview(url)).contains("windows-1256").contains("الإدريسي");

		String french = "nom,prénom,sexe,année_naissance,catégorie,date_admission,référence\n"
				+ "Lefèvre,Hélène,F,1948,Personne âgée,2025-02-01,Décision n° 4\n";
		String frenchUrl = upload(e, "fr.csv", french.getBytes(Charset.forName("windows-1252")));
		assertThat(preview(frenchUrl)).contains("windows-1252").contains("Lefèvre Hélène");
		// the user reads it again as UTF-8: the accents break, nothing fails
		assertThat(this.mvc.perform(get(frenchUrl).param("encoding", "UTF-8").with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("UTF-8");
		assertThat(SpreadsheetReader.detectEncoding("Hélène".getBytes(Charset.forName("windows-1252"))))
			.isEqualTo("windows-1252");
	}

	@Test
	void missingRequiredColumnsRejectTheWholeFile() throws Exception {
		long e = establishment("Import columns home", 100);
		String url = upload(e, "b.csv", "last_name,first_name,colour\nA,B,red\n".getBytes(StandardCharsets.UTF_8));
		assertThat(preview(url)).contains("Colonnes obligatoires absentes")
			.contains("sex")
			.contains("category")
			.contains("admission_date")
			.doesNotContain("Importer</button>");
		this.mvc.perform(post(url).with(user(this.identity.managerA())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(countIn(e)).isZero();
	}

	@Test
	void formulasAreStoredAsTextAndNeverExportedAsFormulas() throws Exception {
		long e = establishment("Import formula home", 100);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("s");
		List<String> header = List.of("last_name", "first_name", "sex", "birth_date", "category", "admission_date",
				"legal_basis_reference");
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
		}
		sheet.value(1, 0, "Tazi");
		sheet.value(1, 1, "Karim");
		sheet.value(1, 2, "M");
		sheet.value(1, 3, LocalDate.of(2011, 5, 6));
		sheet.style(1, 3).format("yyyy-mm-dd").set();
		sheet.value(1, 4, "CHILD");
		sheet.value(1, 5, "2025-03-01");
		sheet.formula(1, 6, "HYPERLINK(\"http://evil.example\",\"clic\")");
		sheet.value(2, 0, "=cmd|' /C calc'!A0");
		sheet.value(2, 1, "Eve");
		sheet.value(2, 2, "F");
		sheet.value(2, 3, "2011-01-01");
		sheet.value(2, 4, "CHILD");
		sheet.value(2, 5, "2025-03-01");
		workbook.finish();

		String url = upload(e, "b.xlsx", out.toByteArray());
		assertThat(preview(url)).contains("XLSX").contains("Lettres latines");
		this.mvc.perform(post(url).with(user(this.identity.managerA())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> row = this.jdbc.queryForMap("""
				SELECT b.birth_date, s.legal_basis_reference FROM beneficiary b
				JOIN beneficiary_stay s ON s.beneficiary_id = b.id WHERE b.establishment_id = ?""", e);
		assertThat(row).containsEntry("birth_date", java.sql.Date.valueOf(LocalDate.of(2011, 5, 6)))
			.containsEntry("legal_basis_reference", "=HYPERLINK(\"http://evil.example\",\"clic\")");

		String csv = this.mvc
			.perform(get("/establishments/{id}/beneficiaries/export.csv", e).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\"")
			.doesNotContain(";=HYPERLINK");
	}

	@Test
	void likelyDuplicatesAreFlaggedAndOnlyImportedWhenAsked() throws Exception {
		long e = establishment("Import duplicates home", 100);
		this.beneficiaries.beneficiary(e, "Existant")
			.cin("DD1111")
			.admitted(LocalDate.of(2024, 1, 1), null, null)
			.create();
		String csv = "last_name,first_name,sex,birth_date,cin,category,admission_date\n"
				+ "Nouveau,Un,F,2000-01-01,dd1111,OTHER,2025-01-01\n" // same CIN as a
																		// record
				+ "Double,Deux,M,2001-02-02,,OTHER,2025-01-01\n" + "double,deux,M,2001-02-02,,OTHER,2025-01-01\n" // same
																													// name
																													// and
																													// birth
																													// date
																													// as
																													// line
																													// 3
				+ "Unique,Trois,M,2002-03-03,,OTHER,2025-01-01\n";
		String url = upload(e, "d.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(preview(url)).contains("Même identité qu’une fiche existante")
			.contains("Même identité qu’à la ligne 3 du fichier");
		this.mvc.perform(post(url).with(user(this.identity.managerA())).with(csrf()));
		assertThat(countIn(e)).isEqualTo(1 + 2);

		long other = establishment("Import duplicates home 2", 100);
		String again = upload(other, "d.csv", csv.getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(post(again).param("includeDuplicates", "true").with(user(this.identity.managerA())).with(csrf()));
		assertThat(countIn(other)).isEqualTo(4);
	}

	@Test
	void aRecordAddedBetweenThePreviewAndTheConfirmationSendsBackToThePreview() throws Exception {
		long e = establishment("Import changed home", 100);
		String csv = "last_name,first_name,sex,birth_date,cin,category,admission_date\n"
				+ "Premier,Un,F,2000-01-01,CC1111,OTHER,2025-01-01\n" + "Second,Deux,M,2001-02-02,,OTHER,2025-01-01\n";
		String url = upload(e, "c.csv", csv.getBytes(StandardCharsets.UTF_8));
		String seen = fingerprint(preview(url));
		// meanwhile a colleague records the first person
		this.beneficiaries.beneficiary(e, "Premier")
			.cin("CC1111")
			.admitted(LocalDate.of(2024, 1, 1), null, null)
			.create();
		this.mvc
			.perform(post(url).param("encoding", "UTF-8")
				.param("fingerprint", seen)
				.with(user(this.identity.managerA()))
				.with(csrf()))
			.andExpect(redirectedUrl(url + "?encoding=UTF-8"))
			.andExpect(flash().attribute("warning", "import.changedSincePreview"));
		assertThat(countIn(e)).isEqualTo(1);
		// the preview now shows the duplicate; confirmed as shown, the other row is
		// imported
		String again = preview(url);
		assertThat(again).contains("Même identité qu’une fiche existante");
		this.mvc
			.perform(post(url).param("encoding", "UTF-8")
				.param("fingerprint", fingerprint(again))
				.with(user(this.identity.managerA()))
				.with(csrf()))
			.andExpect(redirectedUrl("/establishments/" + e + "/beneficiaries"));
		assertThat(countIn(e)).isEqualTo(2);
	}

	static String fingerprint(String page) {
		Matcher hidden = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"").matcher(page);
		assertThat(hidden.find()).as("the confirmation form carries the preview's fingerprint").isTrue();
		return hidden.group(1);
	}

	@Test
	void tenThousandRowsAreCheckedWithoutPerRowQueriesAndImportedInOneTransaction() throws Exception {
		long e = establishment("Import big home", 20_000);
		StringBuilder csv = new StringBuilder(
				"last_name,first_name,last_name_ar,sex,birth_date,category," + "admission_date,health_insurance,rsu\n");
		for (int i = 0; i < 10_000; i++) {
			csv.append("Nom")
				.append(letters(i))
				.append(",Prenom,اسم,")
				.append((i % 2 == 0) ? "F" : "M")
				.append(',')
				.append(LocalDate.of(1950, 1, 1).plusDays(i))
				.append(",OTHER,2025-01-01,AMO,REGISTERED\n");
		}
		String url = upload(e, "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		long start = System.nanoTime();
		org.socle.QueryCount.of(this.mvc, get(url).with(user(this.identity.managerA())));
		net.ttddyy.dsproxy.QueryCountHolder.clear();
		long checkMillis = (System.nanoTime() - start) / 1_000_000;
		String page = preview(url);
		assertThat(page).contains("10000");
		start = System.nanoTime();
		this.mvc.perform(post(url).with(user(this.identity.managerA())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long importMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(countIn(e)).isEqualTo(10_000);
		System.out.printf("Import of 10,000 rows: check %d ms, import %d ms%n", checkMillis, importMillis);
		assertThat(checkMillis + importMillis).isLessThan(60_000);
	}

	@Test
	void checkingAFileRunsABoundedNumberOfStatements() throws Exception {
		long e = establishment("Import count home", 20_000);
		StringBuilder csv = new StringBuilder("last_name,first_name,sex,birth_year,category,admission_date\n");
		for (int i = 0; i < 500; i++) {
			csv.append("Nom").append(letters(i)).append(",P,F,1980,OTHER,2025-01-01\n");
		}
		String url = upload(e, "c.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		long statements = org.socle.QueryCount.of(this.mvc, get(url).with(user(this.identity.managerA())));
		assertThat(statements).as("access, establishments, duplicates, active count, page").isLessThanOrEqualTo(8);
	}

	static String letters(int i) {
		StringBuilder s = new StringBuilder();
		int n = i;
		do {
			s.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		return s.toString();
	}

	@Test
	void garbageAndEmptyFilesAreReportedNotCrashed() throws Exception {
		long e = establishment("Import garbage home", 100);
		byte[] random = new byte[4096];
		new java.util.Random(42).nextBytes(random);
		assertThat(preview(upload(e, "x.csv", random))).contains("Colonnes obligatoires absentes");
		assertThat(preview(upload(e, "x.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1))))
			.contains("ne peut pas être lu");
		assertThat(preview(upload(e, "x.csv", "\"unterminated,quote\nA,B".getBytes(StandardCharsets.UTF_8))))
			.contains("ne peut pas être lu");
		this.mvc
			.perform(multipart("/establishments/{id}/beneficiaries/import", e)
				.file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
				.with(user(this.identity.managerA()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le fichier est vide")));
	}

	/**
	 * When other users' pending previews fill the store, an upload is refused with the
	 * upload page again and its translated message: nothing is kept of the file, nobody
	 * else's preview is evicted, and the user uploads the same file again later.
	 */
	@Test
	void aFullStoreRefusesTheUploadWithATranslatedMessage() throws Exception {
		long e = establishment("Import full store home", 100);
		SocleUser uploader = this.identity.user("t-manager-store-full", Role.MANAGER,
				this.identity.organisation("Test Org A"));
		long others = this.identity.managerB().id();
		List<Long> filler = this.jdbc.queryForList(
				"""
						INSERT INTO import_preview (token, owner_id, establishment_id, filename, content, created_at, expires_at)
						SELECT gen_random_uuid(), ?, ?, 'other.csv', '\\x00', now(), now() + interval '1 hour'
						FROM generate_series(1, greatest(0, 100 - (SELECT count(*) FROM import_preview)))
						RETURNING id""",
				Long.class, others, e);
		try {
			long pendingBefore = this.jdbc.queryForObject("SELECT count(*) FROM import_preview", Long.class);
			for (String lang : List.of("fr", "en")) {
				this.mvc
					.perform(multipart("/establishments/{id}/beneficiaries/import", e)
						.file(new MockMultipartFile("file", "b.csv", "text/csv",
								(HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
						.param("lang", lang)
						.with(user(uploader))
						.with(csrf()))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString(lang.equals("fr")
							? "Trop d’imports sont en attente de confirmation" : "Too many imports are waiting")))
					.andExpect(content().string(containsString("id=\"import-form\"")));
			}
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM import_preview", Long.class))
				.as("nothing kept, nobody evicted")
				.isEqualTo(pendingBefore);
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM import_preview WHERE owner_id = ?", Long.class,
					uploader.id()))
				.isZero();
		}
		finally {
			filler.forEach((id) -> this.jdbc.update("DELETE FROM import_preview WHERE id = ?", id));
		}
	}

	@Test
	void aFourthPendingUploadReplacesTheOldestAndSaysSo() throws Exception {
		long e = establishment("Import fourth upload home", 100);
		SocleUser uploader = this.identity.user("t-manager-fourth", Role.MANAGER,
				this.identity.organisation("Test Org A"));
		List<String> previews = new java.util.ArrayList<>();
		BrowserSession browser = new BrowserSession(this.mvc);
		for (int i = 1; i <= ImportStore.MAX_PER_USER + 1; i++) {
			MvcResult result = browser
				.perform(
						multipart("/establishments/{id}/beneficiaries/import", e)
							.file(new MockMultipartFile("file", "b" + i + ".csv", "text/csv",
									(HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
							.with(user(uploader))
							.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn();
			assertThat(result.getFlashMap().get("warning")).as("upload %s", i)
				.isEqualTo((i > ImportStore.MAX_PER_USER) ? "import.oldestReplaced" : null);
			previews.add(result.getResponse().getRedirectedUrl());
		}
		this.mvc.perform(get(previews.get(0)).with(user(uploader))).andExpect(status().isNotFound());
		browser.perform(get(previews.get(3)).with(user(uploader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("le plus ancien a été abandonné")));
	}

	@Test
	void onlyTheUploaderAndManagersSeeAnUploadAndTemplatesDownload() throws Exception {
		long e = establishment("Import access home", 100);
		String url = upload(e, "b.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
		SocleUser other = this.identity.user("t-manager-a2", org.socle.identity.Role.MANAGER,
				this.identity.organisation("Test Org A"));
		this.mvc.perform(get(url).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get(url).with(user(this.identity.auditor()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/establishments/{id}/beneficiaries/import", e).with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/establishments/{id}/beneficiaries/import/template.csv", e)
				.with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("last_name;first_name;last_name_ar")));
		byte[] xlsx = this.mvc
			.perform(get("/establishments/{id}/beneficiaries/import/template.xlsx", e)
				.with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// the template reads back as a valid file with its example row
		String templateUrl = upload(e, "template.xlsx", xlsx);
		assertThat(preview(templateUrl)).contains("Benali Amina");
	}

	@Test
	void anImportBeyondCapacityNeedsAConfirmationAndIsFlagged() throws Exception {
		long e = establishment("Import capacity home", 1);
		String csv = "last_name,first_name,sex,birth_year,category,admission_date\nUn,A,F,1980,OTHER,2025-01-01\n"
				+ "Deux,B,F,1980,OTHER,2025-01-01\n";
		String url = upload(e, "cap.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(preview(url)).contains("capacité autorisée de 1");
		this.mvc.perform(post(url).with(user(this.identity.managerA())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(countIn(e)).isZero();
		this.mvc
			.perform(post(url).param("confirmOverCapacity", "true").with(user(this.identity.managerA())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList(
				"SELECT over_capacity FROM beneficiary_stay WHERE establishment_id = ? ORDER BY beneficiary_id",
				Boolean.class, e))
			.containsExactly(false, true);
	}

}
