package org.socle.shared.export;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The formats of an export, named by their file extension (as in
 * {@code /establishments/export.xlsx}).
 */
public enum ExportFormat {

	/**
	 * UTF-8 with a byte-order mark, semicolons, RFC 4180 quoting: see
	 * {@link CsvSheetWriter}.
	 */
	CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),

	/** Office Open XML workbook, written as a stream: see {@link XlsxSheetWriter}. */
	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final String extension;

	private final MediaType mediaType;

	ExportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	/** The format of an extension (case-insensitive); empty for anything else. */
	public static Optional<ExportFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter((f) -> f.extension.equalsIgnoreCase(extension)).findFirst();
	}

}
