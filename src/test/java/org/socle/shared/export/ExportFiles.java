package org.socle.shared.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads exports back as a spreadsheet would: CSV without its byte-order mark, XLSX with
 * fastexcel-reader (cell types and formats), and raw parts of the XLSX package.
 */
public final class ExportFiles {

	private ExportFiles() {
	}

	/**
	 * The CSV's records, header first; the file must start with a UTF-8 byte-order mark.
	 */
	public static List<List<String>> csv(byte[] file) {
		if (file.length < 3 || (file[0] & 0xFF) != 0xEF || (file[1] & 0xFF) != 0xBB || (file[2] & 0xFF) != 0xBF) {
			throw new AssertionError("no UTF-8 byte-order mark");
		}
		try (CSVParser parser = CSVParser.parse(
				new InputStreamReader(new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8),
				CsvSheetWriter.FORMAT)) {
			List<List<String>> records = new ArrayList<>();
			for (CSVRecord record : parser) {
				records.add(record.toList());
			}
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first sheet's rows, header first, with cell types and formats. */
	public static List<List<Cell>> xlsx(byte[] file) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file),
				new ReadingOptions(true, false))) {
			List<List<Cell>> rows = new ArrayList<>();
			try (var stream = workbook.getFirstSheet().openStream()) {
				for (Row row : (Iterable<Row>) stream::iterator) {
					List<Cell> cells = new ArrayList<>();
					for (int i = 0; i < row.getCellCount(); i++) {
						cells.add(row.getCell(i));
					}
					rows.add(cells);
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String sheetName(byte[] file) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			return workbook.getFirstSheet().getName();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text of one part of the XLSX package, e.g. {@code xl/worksheets/sheet1.xml},
	 * read through the central directory ({@link ZipFile}): a streamed package gives its
	 * entries' sizes after their data, which {@code ZipInputStream} refuses.
	 */
	public static String xlsxPart(byte[] file, String name) {
		try {
			Path path = Files.createTempFile("export", ".xlsx");
			try (ZipFile zip = new ZipFile(Files.write(path, file).toFile())) {
				ZipEntry entry = zip.getEntry(name);
				if (entry == null) {
					throw new AssertionError("no part " + name);
				}
				return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
			finally {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
