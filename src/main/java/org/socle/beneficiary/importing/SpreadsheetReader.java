package org.socle.beneficiary.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an uploaded CSV or XLSX file into a header and rows of cell texts, never
 * evaluating anything: an XLSX formula is read as its text ({@code =...}), a CSV cell as
 * typed.
 * <p>
 * CSV encoding, unless the user chose one: a UTF-8 byte-order mark or bytes that decode
 * as strict UTF-8 mean UTF-8; otherwise the bytes are decoded as Windows-1256 and, when
 * at least half of the non-ASCII characters are Arabic letters, the file is taken as
 * Windows-1256 (Arabic Windows), else as Windows-1252 (French Windows). Both Windows code
 * pages put the French accented letters at the same place, so a French file never looks
 * Arabic. The separator is the one of comma, semicolon and tab found most often in the
 * header line.
 */
final class SpreadsheetReader {

	static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** The encodings a user may choose in the preview. */
	static final List<String> ENCODINGS = List.of("UTF-8", "windows-1256", "windows-1252");

	private SpreadsheetReader() {
	}

	/** What was read; {@code error} is a message code when the file could not be read. */
	record ReadSheet(String format, String encoding, Character separator, List<String> header, List<List<String>> rows,
			List<Integer> lines, boolean truncated, String error) {

		static ReadSheet failed(String format, String error) {
			return new ReadSheet(format, null, null, List.of(), List.of(), List.of(), false, error);
		}

	}

	/**
	 * The longest signature fastexcel checks (OLE2's); its checks throw on a shorter
	 * file.
	 */
	private static final int SIGNATURE_BYTES = 8;

	static boolean isXlsx(String filename, byte[] content) {
		return (content.length >= SIGNATURE_BYTES && ReadableWorkbook.isOOXMLZipHeader(content)) || (filename != null
				&& filename.toLowerCase(Locale.ROOT).endsWith(".xlsx") && content.length >= 4 && content[0] == 'P');
	}

	static ReadSheet read(String filename, byte[] content, String encoding, int maxRows) {
		if (content.length == 0) {
			return ReadSheet.failed("CSV", "import.emptyFile");
		}
		if (content.length >= SIGNATURE_BYTES && ReadableWorkbook.isOLE2Header(content)) {
			return ReadSheet.failed("XLS", "import.oldExcel");
		}
		return isXlsx(filename, content) ? readXlsx(content, maxRows) : readCsv(content, encoding, maxRows);
	}

	// --- CSV ---

	static String detectEncoding(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			return "UTF-8";
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return "UTF-8";
		}
		catch (CharacterCodingException ex) {
			String text = new String(content, WINDOWS_1256);
			long high = text.chars().filter(c -> c > 0x7F).count();
			long arabic = text.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
			return (high > 0 && arabic * 2 >= high) ? "windows-1256" : "windows-1252";
		}
	}

	static char detectSeparator(String firstLine) {
		char best = ',';
		long bestCount = -1;
		for (char candidate : new char[] { ',', ';', '\t' }) {
			long count = firstLine.chars().filter(c -> c == candidate).count();
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static ReadSheet readCsv(byte[] content, String encoding, int maxRows) {
		String charsetName = (encoding != null && ENCODINGS.contains(encoding)) ? encoding : detectEncoding(content);
		String text = new String(content, Charset.forName(charsetName));
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		int end = text.indexOf('\n');
		char separator = detectSeparator((end >= 0) ? text.substring(0, end) : text);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<String> header = null;
		List<List<String>> rows = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		boolean truncated = false;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				if (header == null) {
					header = cells;
					continue;
				}
				if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
					continue;
				}
				if (rows.size() >= maxRows) {
					truncated = true;
					break;
				}
				rows.add(cells);
				lines.add((int) record.getRecordNumber());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return ReadSheet.failed("CSV", "import.malformed");
		}
		if (header == null) {
			return ReadSheet.failed("CSV", "import.emptyFile");
		}
		return new ReadSheet("CSV", charsetName, separator, header, rows, lines, truncated, null);
	}

	// --- XLSX ---

	private static ReadSheet readXlsx(byte[] content, int maxRows) {
		List<String> header = null;
		List<List<String>> rows = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		boolean truncated = false;
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
			Sheet sheet = workbook.getFirstSheet();
			try (var stream = sheet.openStream()) {
				Iterator<Row> iterator = stream.iterator();
				while (iterator.hasNext()) {
					Row row = iterator.next();
					List<String> cells = new ArrayList<>();
					for (int i = 0; i < row.getCellCount(); i++) {
						cells.add(text(row.getCell(i)));
					}
					if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
						continue;
					}
					if (header == null) {
						header = cells;
						continue;
					}
					if (rows.size() >= maxRows) {
						truncated = true;
						break;
					}
					rows.add(cells);
					lines.add(row.getRowNum());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return ReadSheet.failed("XLSX", "import.malformed");
		}
		if (header == null) {
			return ReadSheet.failed("XLSX", "import.emptyFile");
		}
		return new ReadSheet("XLSX", null, null, header, rows, lines, truncated, null);
	}

	/** Day 0 of Excel's (1900) date serials, with its 1900 leap-year bug folded in. */
	static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final Set<String> DATE_FORMAT_HINTS = Set.of("d", "m", "y");

	/**
	 * The text of a cell as typed; a formula stays text, a whole number has no decimals.
	 */
	static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		return switch (cell.getType()) {
			case EMPTY -> null;
			case FORMULA -> "=" + cell.getFormula();
			case NUMBER -> {
				BigDecimal number = cell.asNumber();
				if (number == null) {
					yield null;
				}
				if (isDateFormat(cell.getDataFormatString()) && number.signum() > 0) {
					yield EXCEL_EPOCH.plusDays(number.longValue()).toString();
				}
				yield number.stripTrailingZeros().toPlainString();
			}
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			default -> cell.getRawValue();
		};
	}

	private static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		String lower = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
		return DATE_FORMAT_HINTS.stream().filter(lower::contains).count() >= 2;
	}

}
