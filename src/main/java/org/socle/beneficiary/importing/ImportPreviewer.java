package org.socle.beneficiary.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.socle.beneficiary.register.BeneficiaryForm;
import org.socle.beneficiary.register.StayRepository;
import org.socle.establishment.EstablishmentInfo;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a checked file would import, in the user's language: the counts, the problems row
 * by row, the likely duplicates, a sample, and how many rows would go beyond the
 * authorised capacity.
 */
@Component
class ImportPreviewer {

	/** Rows shown as a sample of what would be imported. */
	static final int SAMPLE = 10;

	private final StayRepository stays;

	private final MessageSource messages;

	private final Clock clock;

	ImportPreviewer(StayRepository stays, MessageSource messages, Clock clock) {
		this.stays = stays;
		this.messages = messages;
		this.clock = clock;
	}

	ImportPreview preview(EstablishmentInfo establishment, ImportStore.Upload upload, ParsedImport parsed,
			Locale locale) {
		List<ImportPreview.ErrorLine> errorLines = new ArrayList<>();
		List<ImportPreview.DuplicateLine> duplicateLines = new ArrayList<>();
		List<ImportPreview.SampleLine> sample = new ArrayList<>();
		int valid = 0;
		int invalid = 0;
		int duplicates = 0;
		for (ImportRow row : parsed.rows()) {
			if (!row.isValid()) {
				invalid++;
				for (ImportRow.Problem problem : row.problems) {
					if (errorLines.size() < ImportPreview.LIMIT) {
						errorLines.add(new ImportPreview.ErrorLine(row.line, problem.column(),
								row.raw.get(problem.column()), this.messages.getMessage(problem.message(), locale)));
					}
				}
				continue;
			}
			valid++;
			if (row.duplicate != null) {
				duplicates++;
				if (duplicateLines.size() < ImportPreview.LIMIT) {
					duplicateLines.add(new ImportPreview.DuplicateLine(row.line, name(row.form),
							this.messages.getMessage(row.duplicate, locale)));
				}
			}
			else if (sample.size() < SAMPLE) {
				sample.add(sampleLine(row, locale));
			}
		}
		long activeNow = this.stays.countActive(establishment.id(), LocalDate.now(this.clock));
		Integer capacity = establishment.authorisedCapacity();
		int importable = valid - duplicates;
		int over = (capacity == null) ? 0 : (int) Math.max(0, Math.min(importable, activeNow + importable - capacity));
		SpreadsheetReader.ReadSheet sheet = parsed.sheet();
		return new ImportPreview(upload.token(), parsed.fingerprint(), upload.filename(), sheet.format(),
				sheet.encoding(),
				(sheet.separator() == null) ? null : (sheet.separator() == '\t') ? "TAB" : sheet.separator().toString(),
				parsed.rows().size(), valid, invalid, duplicates, sheet.truncated(),
				(parsed.fileError() != null) ? this.messages.getMessage(parsed.fileError(), locale) : null,
				parsed.missing(), parsed.unknown(), activeNow, capacity, over, errorLines, duplicateLines, sample);
	}

	private static String name(BeneficiaryForm form) {
		return form.getLastName() + " " + form.getFirstName();
	}

	private ImportPreview.SampleLine sampleLine(ImportRow row, Locale locale) {
		BeneficiaryForm form = row.form;
		String nameAr = (form.getLastNameAr() != null)
				? form.getLastNameAr() + " " + Objects.toString(form.getFirstNameAr(), "") : null;
		String birth = (form.getBirthDate() != null) ? form.getBirthDate().toString()
				: String.valueOf(form.getBirthYear());
		return new ImportPreview.SampleLine(row.line, name(form), nameAr, birth, form.getAdmissionDate().toString(),
				this.messages.getMessage("BeneficiaryCategory." + form.getCategory(), null, locale));
	}

}
