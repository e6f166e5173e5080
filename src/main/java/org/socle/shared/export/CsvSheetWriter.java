package org.socle.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel and data tools both read it: UTF-8 with a byte-order mark (without it,
 * Excel reads Arabic and accents as Windows-1252), fields separated by semicolons (the
 * list separator of French and Arabic Windows, so a double-click opens columns, not one
 * long line), RFC 4180 otherwise: CRLF line ends, a field holding a separator, a quote or
 * a line break is quoted and its quotes doubled. Numbers are plain with a dot
 * ({@code 1234.5}), dates ISO ({@code 2026-11-23}, {@code 2026-11-23 14:05:00}): the same
 * in every language, so a file re-imports anywhere. For typed cells, use XLSX.
 */
final class CsvSheetWriter implements SheetWriter {

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Writer writer;

	private final CSVPrinter printer;

	CsvSheetWriter(OutputStream out) throws IOException {
		this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		this.writer.write(BYTE_ORDER_MARK);
		this.printer = new CSVPrinter(this.writer, FORMAT);
	}

	@Override
	public void header(List<String> headers) throws IOException {
		this.printer.printRecord(headers);
	}

	@Override
	public void row(Object[] cells) throws IOException {
		for (Object cell : cells) {
			this.printer.print(text(cell));
		}
		this.printer.println();
	}

	private static String text(Object cell) {
		if (cell instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (cell instanceof Double || cell instanceof Float) {
			return new BigDecimal(cell.toString()).toPlainString();
		}
		if (cell instanceof LocalDateTime dateTime) {
			return DATE_TIME.format(dateTime);
		}
		return (cell != null) ? cell.toString() : null;
	}

	@Override
	public void flush() throws IOException {
		this.printer.flush();
	}

	@Override
	public void finish() throws IOException {
		this.printer.flush();
	}

}
