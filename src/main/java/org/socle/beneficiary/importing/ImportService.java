package org.socle.beneficiary.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.socle.beneficiary.register.BeneficiaryService;
import org.socle.beneficiary.register.StayRepository;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.SocleUser;
import org.socle.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports beneficiaries from a CSV or XLSX file in two steps, by the manager of the
 * establishment: a preview (every row parsed and checked by {@link ImportParser}, nothing
 * saved) and, when the user confirms, the valid rows in one transaction
 * ({@link ImportWriter}). The upload waits in the {@link ImportStore} in between, and is
 * parsed again at each step (any node may serve it): the confirmation imports exactly the
 * rows the preview showed, or asks to look at the preview again when they changed since
 * (a duplicate recorded meanwhile, another day).
 */
@Service
@Transactional(readOnly = true)
class ImportService {

	private final BeneficiaryService beneficiaries;

	private final ImportStore store;

	private final ImportParser parser;

	private final ImportPreviewer previewer;

	private final ImportWriter writer;

	private final StayRepository stays;

	private final Clock clock;

	ImportService(BeneficiaryService beneficiaries, ImportStore store, ImportParser parser, ImportPreviewer previewer,
			ImportWriter writer, StayRepository stays, Clock clock) {
		this.beneficiaries = beneficiaries;
		this.store = store;
		this.parser = parser;
		this.previewer = previewer;
		this.writer = writer;
		this.stays = stays;
		this.clock = clock;
	}

	/**
	 * An upload kept for its preview; whether it replaced the user's oldest pending one.
	 */
	record Uploaded(String token, boolean replacedOldest) {
	}

	/** Keeps the upload for the preview. */
	@Transactional
	Uploaded upload(long establishmentId, String filename, byte[] content) {
		this.beneficiaries.requireManaged(establishmentId);
		long user = SocleUser.current().id();
		boolean replacesOldest = this.store.pendingOf(user) >= ImportStore.MAX_PER_USER;
		return new Uploaded(this.store.put(user, establishmentId, filename, content), replacesOldest);
	}

	/** The preview of an upload, read in {@code encoding} when the user chose one. */
	ImportPreview preview(long establishmentId, String token, String encoding) {
		EstablishmentInfo establishment = this.beneficiaries.requireManaged(establishmentId);
		ImportStore.Upload upload = this.store.get(token, SocleUser.current().id(), establishmentId)
			.orElseThrow(() -> new NotFoundException("Import", token));
		ParsedImport parsed = parse(establishment, upload, encoding);
		return this.previewer.preview(establishment, upload, parsed, LocaleContextHolder.getLocale());
	}

	private ParsedImport parse(EstablishmentInfo establishment, ImportStore.Upload upload, String encoding) {
		String wanted = (encoding != null && SpreadsheetReader.ENCODINGS.contains(encoding)) ? encoding : null;
		return this.parser.parse(establishment, upload.filename(), upload.content(), wanted);
	}

	/**
	 * Imports the valid rows (and the likely duplicates when asked) in one transaction;
	 * returns how many. Rows beyond the authorised capacity need
	 * {@code confirmOverCapacity} and are flagged.
	 * @param encoding the encoding the preview was read in
	 * @param fingerprint the preview's {@link ParsedImport#fingerprint()}, if known
	 * @throws PreviewChangedException when the file no longer reads as the preview showed
	 */
	@Transactional
	int confirm(long establishmentId, String token, String encoding, String fingerprint, boolean includeDuplicates,
			boolean confirmOverCapacity) {
		EstablishmentInfo establishment = this.beneficiaries.requireManaged(establishmentId);
		ImportStore.Upload upload = this.store.lock(token, SocleUser.current().id(), establishmentId)
			.orElseThrow(() -> new NotFoundException("Import", token));
		ParsedImport parsed = parse(establishment, upload, encoding);
		if (fingerprint != null && !fingerprint.equals(parsed.fingerprint())) {
			throw new PreviewChangedException();
		}
		if (parsed.fileError() != null) {
			return 0;
		}
		List<ImportRow> rows = parsed.importable(includeDuplicates).toList();
		long active = this.stays.countActive(establishmentId, LocalDate.now(this.clock));
		Integer capacity = establishment.authorisedCapacity();
		if (capacity != null && active + rows.size() > capacity && !confirmOverCapacity) {
			throw new OverCapacityException();
		}
		if (rows.isEmpty()) {
			return 0;
		}
		this.writer.write(establishmentId, rows, active, capacity, upload.filename());
		this.store.remove(token);
		return rows.size();
	}

	/** The rows to import are no longer those the preview showed: show it again. */
	static class PreviewChangedException extends RuntimeException {

		PreviewChangedException() {
			super("Import no longer as previewed");
		}

	}

	/** The import would go beyond the authorised capacity and was not confirmed. */
	static class OverCapacityException extends RuntimeException {

		OverCapacityException() {
			super("Import beyond the authorised capacity not confirmed");
		}

	}

}
