package org.socle.beneficiary.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The downloadable import templates: the column codes and one example row, as CSV (UTF-8
 * with a byte-order mark and semicolons, as Excel opens it in French) and XLSX (every
 * cell a text cell).
 */
final class ImportTemplate {

	static final List<String> EXAMPLE = List.of("Benali", "Amina", "بنعلي", "أمينة", "F", "2012-04-03", "", "",
			"1234/2012", "CHILD", "", "", "", "2025-01-15", "COURT", "COURT_ORDER", "Jugement 45/2025", "2025-01-15",
			"GUARDIAN", "AMO", "REGISTERED", "RECEIVING", "NOT_RECEIVING", "ENROLLED");

	private ImportTemplate() {
	}

	static List<String> header() {
		return Arrays.stream(ImportColumn.values()).map(c -> c.code).toList();
	}

	static byte[] csv() {
		StringBuilder text = new StringBuilder("\uFEFF");
		text.append(String.join(";", header())).append("\r\n");
		text.append(String.join(";", EXAMPLE)).append("\r\n");
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Socle", "1.0");
			Worksheet sheet = workbook.newWorksheet("beneficiaries");
			List<String> header = header();
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
				sheet.style(0, c).bold().set();
				sheet.value(1, c, EXAMPLE.get(c));
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
