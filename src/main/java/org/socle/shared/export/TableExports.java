package org.socle.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriUtils;

/**
 * Writes a {@link TableExport} as CSV or XLSX, streaming: the rows are read inside one
 * transaction (read-only, unless the export is audited) and written in batches of 500, so
 * memory does not grow with the number of rows. A list's controller checks access, then
 * calls {@link #download}; docs/reports.md (Exports) shows a whole example.
 */
@Component
public class TableExports {

	/** Rows per batch: per audit call and per flush to the network. */
	public static final int BATCH_SIZE = 500;

	private final PlatformTransactionManager transactions;

	private final MessageSource messages;

	private final Clock clock;

	private final ExportSlots slots;

	TableExports(PlatformTransactionManager transactions, MessageSource messages, Clock clock, ExportSlots slots) {
		this.transactions = transactions;
		this.messages = messages;
		this.clock = clock;
		this.slots = slots;
	}

	/**
	 * Sends the export as a download named after its title and today's date
	 * ({@code Établissements-2026-11-23.xlsx}), in the request's language. It is written
	 * straight to the response's output stream while the rows are read, in the request's
	 * thread (no asynchronous timeout cuts a long national export), never cached, once
	 * one of this node's {@link ExportSlots} is free.
	 * @throws ExportsBusyException if none frees up in time (nothing sent yet)
	 */
	public void download(TableExport<?> export, ExportFormat format, HttpServletResponse response) throws IOException {
		this.slots.inSlot(() -> send(export, format, response));
	}

	private long send(TableExport<?> export, ExportFormat format, HttpServletResponse response) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		String title = this.messages.getMessage(export.titleKey(), null, locale);
		String suffix = "-" + LocalDate.now(this.clock) + "." + format.extension();
		response.setContentType(format.mediaType().toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(title, suffix));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		response.setHeader("X-Content-Type-Options", "nosniff");
		return write(export, format, locale, response.getOutputStream(), response::flushBuffer);
	}

	/**
	 * The title as a file name in UTF-8 ({@code filename*}, RFC 6266), which browsers
	 * use, and in ASCII for older clients: accents dropped
	 * ({@code Etablissements-2026-11-23.csv}), or {@code export-2026-11-23.csv} for a
	 * title in Arabic.
	 */
	private static String contentDisposition(String title, String suffix) {
		String name = slug(title, "[^\\p{L}\\p{N}_-]+");
		String ascii = slug(Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""),
				"[^A-Za-z0-9_-]+");
		return "attachment; filename=\"" + (ascii.isEmpty() ? "export" : ascii) + suffix + "\"; filename*=UTF-8''"
				+ UriUtils.encode(name + suffix, StandardCharsets.UTF_8);
	}

	private static String slug(String text, String unwanted) {
		return text.strip().replaceAll(unwanted, "-").replaceAll("^-+|-+$", "");
	}

	/**
	 * Writes the export to {@code out} (left open) and returns the number of rows. An
	 * {@link IOException} from {@code out} (the browser went away) ends the export, after
	 * the transaction has committed what the audit recorded.
	 */
	public <T> long write(TableExport<T> export, ExportFormat format, Locale locale, OutputStream out)
			throws IOException {
		return write(export, format, locale, out, () -> {
		});
	}

	/**
	 * As {@link #write(TableExport, ExportFormat, Locale, OutputStream)}, committing the
	 * response before the export's transaction takes its connection. Spring Session saves
	 * the session when the response commits, on a connection of its own: committed inside
	 * the transaction (at the first flush of rows), every export held two connections at
	 * once, and sixteen concurrent exports exhausted a pool of ten, each waiting for the
	 * pool's timeout (docs/performance.md, "Exports at L").
	 */
	private <T> long write(TableExport<T> export, ExportFormat format, Locale locale, OutputStream out,
			ResponseCommit commit) throws IOException {
		TableWriter<T> table = new TableWriter<>(export.columns(), this.messages, locale, this.clock.getZone());
		SheetWriter sheet = sheetWriter(format, out, this.messages.getMessage(export.titleKey(), null, locale), locale);
		commit.run();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.setReadOnly(!export.isAudited());
		Outcome outcome = transaction.execute((status) -> {
			try (Stream<T> rows = export.rows().get()) {
				return new Outcome(table.write(rows, export.audit(), sheet, BATCH_SIZE), null);
			}
			catch (IOException ex) {
				return new Outcome(-1, ex);
			}
		});
		if (outcome.interruption() != null) {
			throw outcome.interruption();
		}
		return outcome.rows();
	}

	private static SheetWriter sheetWriter(ExportFormat format, OutputStream out, String title, Locale locale)
			throws IOException {
		return switch (format) {
			case CSV -> new CsvSheetWriter(out);
			case XLSX -> new XlsxSheetWriter(out, title, locale);
		};
	}

	/** Commits the response: status and headers go out, the rows follow. */
	@FunctionalInterface
	private interface ResponseCommit {

		void run() throws IOException;

	}

	private record Outcome(long rows, IOException interruption) {
	}

}
