package org.socle.browser;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's journeys 1 to 3, one after the other on the same data, in the language of
 * the subclass: a manager keeps the records and fills in a self-assessment, auditors
 * return it and validate it (four eyes), and an auditor reads the quality report and the
 * national dashboard. Each page visited is checked by {@link Journey}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class QualityJourneys {

	/** The indicator the manager first gets wrong and the auditor comments on. */
	private static final String RETURNED_INDICATOR = "D1.C1.I2";

	@RegisterExtension
	final Browser browser = new Browser();

	@Autowired
	JourneyData data;

	@Autowired
	MessageSource messages;

	private JourneyData.Start start;

	private Journey journey;

	private long assessmentId;

	/** The language of the journey: {@code fr} or {@code ar}. */
	abstract String language();

	@BeforeAll
	void startFrom() {
		this.start = this.data.start(language());
		Set<String> names = new HashSet<>(this.start.names());
		names.addAll(this.data.namesInTheDatabase());
		this.journey = new Journey(this.browser, language(), this.messages, names);
	}

	@AfterEach
	void noProblemOnAnyPage() {
		List<String> problems = List.copyOf(this.journey.problems());
		this.journey.problems().clear();
		assertThat(problems).isEmpty();
	}

	@Test
	@Order(1)
	void aManagerKeepsTheRecordsAndSubmitsASelfAssessment() throws IOException {
		Journey j = this.journey;
		long establishment = this.start.establishment().id();
		if (!j.arabic()) {
			this.browser.open("/login");
			screenshot("login");
		}
		j.logIn(this.start.manager());
		screenshot("manager-home");
		j.follow(By.cssSelector("#establishment-" + establishment + " h3 a"));
		screenshot("overview");

		// admits a beneficiary, with her consent
		j.follow(By.cssSelector("a[href$='/establishments/" + establishment + "/beneficiaries']"));
		j.follow(By.cssSelector("a[href$='/beneficiaries/new']"));
		String today = LocalDate.now().toString();
		j.type("lastName", "Journey").type("firstName", "Amina").choose("sex", "F").date("birthDate", "2012-04-02");
		j.choose("category", "CHILD").choose("schooling", "ENROLLED");
		j.date("admissionDate", today).choose("referralSource", "FAMILY").choose("legalBasis", "PERSONAL_REQUEST");
		j.date("consentDate", today).choose("consentGivenBy", "GUARDIAN");
		j.follow(By.cssSelector("form[action$='/beneficiaries/new'] [type=submit]"));
		assertThat(this.browser.driver().getCurrentUrl()).matches(".*/beneficiaries/\\d+");
		String beneficiary = this.browser.driver().getCurrentUrl().replaceAll(".*/beneficiaries/", "");
		assertThat(j.text("h1")).contains("Journey");

		// records today's services for the group present
		j.open("/establishments/" + establishment + "/services/new");
		j.chooseFirst("serviceTypeId").chooseFirst("staffId");
		j.click(j.find("#present-all"));
		assertThat(j.text("#present-count")).isEqualTo("3");
		j.follow(By.cssSelector("#service-entry [type=submit]"));
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/establishments/" + establishment + "/services");

		// writes the new beneficiary's care plan and reviews it
		j.open("/beneficiaries/" + beneficiary + "/care");
		j.type("goals", j.arabic() ? "متابعة الدراسة" : "Scolarité suivie")
			.type("actions", j.arabic() ? "دعم مدرسي" : "Soutien scolaire");
		j.date("nextReviewDate", LocalDate.now().plusMonths(1).toString());
		j.follow(By.cssSelector("form[action$='/care-plan'] [type=submit]"));
		WebElement review = j.find("form[action$='/care-plan/reviews']");
		String summary = j.arabic() ? "تقدم ملحوظ" : "Progrès constatés";
		j.date("reviewDate", today).type("summary", summary);
		j.date("review-nextReviewDate", LocalDate.now().plusMonths(3).toString());
		j.follow(review.findElement(By.cssSelector("[type=submit]")));
		assertThat(j.find("main").getText()).contains(summary);

		// starts a self-assessment on SOCLE-EPS 1.0
		j.open("/establishments/" + establishment + "/assessments");
		j.follow(By.cssSelector("a[href*='/assessments/new'][href*='kind=SELF']"));
		j.choose("standardId", Long.toString(this.data.standardId()));
		j.follow(By.cssSelector("form[action$='/assessments'] [type=submit]"));
		this.assessmentId = Long
			.parseLong(this.browser.driver().getCurrentUrl().replaceAll(".*/assessments/(\\d+).*", "$1"));

		// evidence files first (each upload reloads the page), then every answer
		attach("D1.C1.I1", "reglement.pdf", pdf());
		attach("D1.C3.I1", "affichage.png", png());
		answerEverything(1);
		this.browser.script("window.scrollTo({top: 0, behavior: 'instant'})");
		screenshot("assessment-form");
		j.follow(By.cssSelector("#submit-form [type=submit]"));
		assertThat(j.find("main").getText()).contains(j.message("AssessmentStatus.SUBMITTED"));
	}

	@Test
	@Order(2)
	void anAuditorReturnsItTheManagerFixesItAndASecondAuditorValidatesIt() {
		Journey j = this.journey;
		j.logIn(this.start.auditor());
		openFromTheQueue();
		j.follow(By.cssSelector("form[action$='/take'] [type=submit]"));
		String comment = RETURNED_INDICATOR + " : " + j.message("assessment.level.3");
		j.type("comment", comment);
		j.follow(By.cssSelector("button[formaction$='/return']"));
		assertThat(j.find("main").getText()).contains(j.message("AssessmentStatus.RETURNED"));

		j.logIn(this.start.manager());
		assertThat(j.find("main").getText()).contains(j.message("home.assessments.drafts.text", 1, 1));
		j.open("/establishments/" + this.start.establishment().id() + "/assessments");
		j.follow(By.cssSelector("a[href$='/assessments/" + this.assessmentId + "']"));
		assertThat(j.text(".alert-warning")).contains(comment);
		openDomains();
		j.click(j.find("label[for='" + key(RETURNED_INDICATOR) + "-level-3']"));
		awaitSaved();
		j.follow(By.cssSelector("#submit-form [type=submit]"));
		assertThat(j.find("main").getText()).contains(j.message("AssessmentStatus.SUBMITTED"));

		j.logIn(this.start.secondAuditor());
		openFromTheQueue();
		j.follow(By.cssSelector("form[action$='/take'] [type=submit]"));
		j.follow(By.cssSelector("form[action$='/validate'] button:not([formaction])"));
		assertThat(j.find("main").getText()).contains(j.message("AssessmentStatus.VALIDATED"));
	}

	@Test
	@Order(3)
	void anAuditorReadsTheQualityReportAndTheNationalDashboard() throws IOException {
		Journey j = this.journey;
		String name = this.start.establishment().nameFr();
		j.logIn(this.start.auditor());
		j.open("/assessments/" + this.assessmentId + "/score");
		BigDecimal score = number(j.text("#overall-score"));
		this.browser.script("document.getElementById('explanation').scrollIntoView({behavior: 'instant'})");
		screenshot("score");
		j.follow(By.id("report-link"));
		assertThat(number(j.text("#overall-score")))
			.isEqualByComparingTo(score.setScale(1, java.math.RoundingMode.HALF_UP));
		screenshot("quality-report");
		for (String language : List.of("fr", "ar")) {
			this.browser.open("/establishments/" + this.start.establishment().id() + "/report?lang=" + language);
			Path pdf = this.browser.download(() -> j.click(j.find("#report-pdf")));
			assertThat(textOf(pdf)).as("PDF in " + language).contains(name);
		}
		j.open("/?lang=" + language());

		j.follow(By.cssSelector("main a[href$='/dashboard']"));
		this.browser.script("document.getElementById('map').scrollIntoView({behavior: 'instant'})");
		screenshot("dashboard");
		clickRegionOnTheMap();
		assertThat(this.browser.driver().getCurrentUrl()).contains("region=" + JourneyData.REGION);
		this.browser.waitLongUntil((d) -> {
			if (d
				.findElements(
						By.cssSelector("#ranking-table [data-establishment='" + this.start.establishment().id() + "']"))
				.isEmpty()) {
				d.navigate().refresh();
				return false;
			}
			return true;
		});
		List<Long> shown = this.browser.driver()
			.findElements(By.cssSelector("#ranking-table [data-establishment]"))
			.stream()
			.map((row) -> Long.valueOf(row.getAttribute("data-establishment")))
			.toList();
		Path xlsx = this.browser.download(() -> j.click(j.find("#ranking a[href*='.xlsx']")));
		List<List<String>> rows = rowsOf(xlsx);
		List<List<String>> exported = rows.subList(1, rows.size());
		assertThat(exported).anyMatch((row) -> String.join(" ", row).contains(name));

		// the filter held: what it should leave out exists, and only the region is listed
		assertThat(this.data.establishmentsIn(JourneyData.ELSEWHERE)).isNotEmpty();
		Set<Long> region = this.data.establishmentsIn(JourneyData.REGION);
		assertThat(shown).as("ranking shown").allMatch(region::contains, "in " + JourneyData.REGION);
		assertThat(exported).as("ranking exported")
			.allMatch((row) -> region.contains(new BigDecimal(row.get(0)).longValueExact()),
					"in " + JourneyData.REGION);
	}

	private void openFromTheQueue() {
		Journey j = this.journey;
		j.follow(By.cssSelector("main a[href$='/assessments/review']"));
		j.choose("region", JourneyData.REGION);
		j.follow(By.cssSelector("form[action$='/assessments/review'] [type=submit]"));
		j.follow(By.cssSelector("main a[href$='/assessments/" + this.assessmentId + "']"));
	}

	private void attach(String code, String name, byte[] content) throws IOException {
		Path file = Files.createTempDirectory("evidence").resolve(name);
		Files.write(file, content);
		openDomains();
		this.journey.find("#" + key(code) + "-file").sendKeys(file.toAbsolutePath().toString());
		this.journey.follow(By.cssSelector("form[action$='/answers/" + code + "/evidence'] [type=submit]"));
		assertThat(this.journey.find("[id='ind-" + code + "'] .evidence").getText()).contains(name);
	}

	/**
	 * Answers every indicator typed by hand: levels and yes/no at 3 (the returned one at
	 * {@code returnedLevel}), values 50.
	 */
	private void answerEverything(int returnedLevel) {
		openDomains();
		for (WebElement form : this.browser.driver().findElements(By.cssSelector("form[data-autosave]"))) {
			String code = form.getAttribute("data-code");
			String key = key(code);
			int level = code.equals(RETURNED_INDICATOR) ? returnedLevel : 3;
			if (!form.findElements(By.name("level")).isEmpty()) {
				this.journey.click(form.findElement(By.cssSelector("label[for='" + key + "-level-" + level + "']")));
			}
			else if (!form.findElements(By.name("answer")).isEmpty()) {
				this.journey.click(form.findElement(By.cssSelector("label[for='" + key + "-answer-YES']")));
			}
			else if (!form.findElements(By.name("value")).isEmpty()) {
				form.findElement(By.name("value")).sendKeys("50");
			}
		}
		awaitSaved();
		assertThat(this.journey.text("#problems")).isEqualTo(this.journey.message("assessment.problems.none"));
	}

	private void awaitSaved() {
		this.browser.waitLongUntil((d) -> (Boolean) this.browser.script("""
				const state = document.getElementById('autosave-state');
				return state.textContent === state.dataset.saved"""));
	}

	private void openDomains() {
		this.browser.script("document.querySelectorAll('details.domain-section').forEach(d => d.open = true)");
	}

	/** Clicks a point of the region's shape (its box's middle may be another region). */
	private void clickRegionOnTheMap() {
		WebElement region = this.journey.find("#region-" + JourneyData.REGION);
		this.browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", region);
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) this.browser.script("""
				const path = arguments[0], box = path.getBoundingClientRect();
				for (let y = box.top + 2; y < box.bottom; y += 3) {
				  for (let x = box.left + 2; x < box.right; x += 3) {
				    if (document.elementFromPoint(x, y) === path) return [Math.round(x), Math.round(y)];
				  }
				}
				return null;""", region);
		assertThat(point).as("a visible point of the region").isNotNull();
		WebElement page = this.journey.find("html");
		new Actions(this.browser.driver()).moveToLocation(point.get(0).intValue(), point.get(1).intValue())
			.click()
			.perform();
		this.browser.waitLongUntil(ExpectedConditions.stalenessOf(page));
		this.journey.open(this.browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
	}

	/**
	 * The README's pictures: each page of the French journey; of the Arabic one, the
	 * overview.
	 */
	private void screenshot(String name) throws IOException {
		if (this.journey.arabic() == name.equals("overview")) {
			this.browser.screenshot("journey-" + name + (this.journey.arabic() ? "-ar" : ""));
		}
	}

	private static String key(String code) {
		return code.replace('.', '-');
	}

	/** A score as shown, in either language's notation. */
	private static BigDecimal number(String shown) {
		return new BigDecimal(shown.replace(',', '.').replaceAll("[^0-9.]", ""));
	}

	private static String textOf(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The cells' raw values, row by row, the header first. */
	private static List<List<String>> rowsOf(Path xlsx) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			return workbook.getFirstSheet()
				.read()
				.stream()
				.map((Row row) -> row.stream()
					.map((cell) -> Optional.ofNullable(cell).map((c) -> c.getRawValue()).orElse(""))
					.toList())
				.toList();
		}
	}

	/** The smallest PDF readers accept: one empty page. */
	private static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	/** A 1 × 1 PNG. */
	private static byte[] png() {
		return java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
	}

}
