package org.socle.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX with fastexcel's streaming writer: rows go to the output at each {@link #flush()};
 * text is written as inline strings, because the shared-strings table would keep every
 * distinct text of the export in memory until the end. Numbers are numbers, dates real
 * dates formatted {@code yyyy-mm-dd} (and {@code yyyy-mm-dd hh:mm:ss}), so that they sort
 * and compute in any language. The header row is bold, frozen and carries filter buttons;
 * the sheet reads right to left in Arabic. Past a sheet's 1,048,576 rows, the rows go on
 * in a new sheet under the same header.
 */
final class XlsxSheetWriter implements SheetWriter {

	static final String DATE_FORMAT = "yyyy-mm-dd";

	static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

	/** Excel's limit on a sheet name. */
	private static final int MAX_SHEET_NAME = 31;

	private final Workbook workbook;

	private final String title;

	private final boolean rightToLeft;

	private List<String> headers;

	private Worksheet sheet;

	private int sheets;

	private int row;

	XlsxSheetWriter(OutputStream out, String title, Locale locale) {
		this.workbook = new Workbook(out, "Socle", "1.0");
		this.title = title;
		this.rightToLeft = "ar".equals(locale.getLanguage());
	}

	@Override
	public void header(List<String> headers) throws IOException {
		this.headers = headers;
		startSheet();
	}

	private void startSheet() throws IOException {
		if (this.sheet != null) {
			this.sheet.finish();
		}
		this.sheets++;
		this.sheet = this.workbook.newWorksheet(sheetName());
		if (this.rightToLeft) {
			this.sheet.rightToLeft();
		}
		this.sheet.freezePane(0, 1);
		for (int column = 0; column < this.headers.size(); column++) {
			String header = this.headers.get(column);
			this.sheet.width(column, Math.min(40, Math.max(12, header.length() + 4)));
			this.sheet.inlineString(0, column, header);
			this.sheet.style(0, column).bold().fillColor("E9ECEF").set();
		}
		this.sheet.setAutoFilter(0, 0, this.headers.size() - 1);
		this.row = 1;
	}

	/** The title without the characters Excel refuses, numbered from the second sheet. */
	private String sheetName() {
		String suffix = (this.sheets > 1) ? " (" + this.sheets + ")" : "";
		String name = this.title.replaceAll("[\\\\/*?:\\[\\]]", " ").strip();
		if (name.isEmpty()) {
			name = "Export";
		}
		return name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
	}

	@Override
	public void row(Object[] cells) throws IOException {
		if (this.row == Worksheet.MAX_ROWS) {
			startSheet();
		}
		for (int column = 0; column < cells.length; column++) {
			write(column, cells[column]);
		}
		this.row++;
	}

	private void write(int column, Object cell) {
		if (cell instanceof String text) {
			this.sheet.inlineString(this.row, column, text);
		}
		else if (cell instanceof Number number) {
			this.sheet.value(this.row, column, number);
		}
		else if (cell instanceof LocalDate date) {
			this.sheet.value(this.row, column, date);
			this.sheet.style(this.row, column).format(DATE_FORMAT).set();
		}
		else if (cell instanceof LocalDateTime dateTime) {
			this.sheet.value(this.row, column, dateTime);
			this.sheet.style(this.row, column).format(DATE_TIME_FORMAT).set();
		}
		else if (cell != null) {
			throw new IllegalArgumentException("Not a cell: " + cell.getClass());
		}
	}

	@Override
	public void flush() throws IOException {
		this.sheet.flush();
	}

	@Override
	public void finish() throws IOException {
		this.workbook.finish();
	}

}
