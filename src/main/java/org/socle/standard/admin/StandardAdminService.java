package org.socle.standard.admin;

import java.time.Clock;
import java.util.List;

import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.standard.StandardTreeView;
import org.socle.standard.document.StandardDocument;
import org.socle.standard.document.StandardJsonReader;
import org.socle.standard.document.StandardJsonWriter;
import org.socle.standard.document.StandardProblem;
import org.socle.standard.document.StandardRules;
import org.socle.standard.document.StandardStore;
import org.socle.standard.model.ReferenceStandard;
import org.socle.standard.model.ReferenceStandardRepository;
import org.socle.standard.model.StandardTreeLoader;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The life of standard versions, for admins only: create or import a draft, edit its
 * details, publish it (which freezes it), clone a frozen version into a new draft, retire
 * a published version, delete a draft.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class StandardAdminService {

	private final ReferenceStandardRepository standards;

	private final StandardStore store;

	private final StandardTreeLoader loader;

	private final Clock clock;

	StandardAdminService(ReferenceStandardRepository standards, StandardStore store, StandardTreeLoader loader,
			Clock clock) {
		this.standards = standards;
		this.store = store;
		this.loader = loader;
		this.clock = clock;
	}

	/**
	 * The outcome of an import: the new draft's id, or the problems that prevented it.
	 */
	public record ImportOutcome(Long standardId, List<StandardProblem> problems) {

		public ImportOutcome {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Imports a {@code socle-standard/1} file as a new draft, all or nothing.
	 */
	public ImportOutcome importDraft(byte[] json) {
		if (json.length > StandardRules.MAX_FILE_BYTES) {
			return new ImportOutcome(null, List.of(new StandardProblem("$", "TOO_LONG", "file",
					List.of(StandardRules.MAX_FILE_BYTES / (1024 * 1024)))));
		}
		StandardJsonReader.Result result = StandardJsonReader.read(json);
		if (!result.isValid()) {
			return new ImportOutcome(null, result.problems());
		}
		StandardDocument document = result.document();
		if (this.standards.existsByCodeAndStandardVersion(document.code(), document.version())) {
			return new ImportOutcome(null,
					List.of(StandardProblem.of("version", "VERSION_EXISTS", document.code(), document.version())));
		}
		return new ImportOutcome(this.store.createDraft(document, null).getId(), List.of());
	}

	@Transactional(readOnly = true)
	public StandardForm detailsForm(long id) {
		ReferenceStandard standard = draft(id);
		StandardForm form = new StandardForm();
		form.setCode(standard.getCode());
		form.setStandardVersion(standard.getStandardVersion());
		form.setTexts(standard.getTitle(), standard.getDescription());
		form.setVersion(standard.getVersion());
		return form;
	}

	/** Rules Bean Validation cannot express; adds field errors to {@code errors}. */
	@Transactional(readOnly = true)
	public void validateDetails(StandardForm form, Long id, Errors errors) {
		if (form.getCode() != null && form.getStandardVersion() != null) {
			this.standards.findByCodeAndStandardVersion(form.getCode(), form.getStandardVersion())
				.filter((existing) -> !existing.getId().equals(id))
				.ifPresent((existing) -> errors.rejectValue("standardVersion", "standard.problem.VERSION_EXISTS",
						new Object[] { form.getCode(), form.getStandardVersion() }, null));
		}
		form.validateTexts(errors);
	}

	/** A new, empty draft. */
	public long create(StandardForm form) {
		ReferenceStandard standard = new ReferenceStandard(form.getCode(), form.getStandardVersion(), null);
		standard.describe(form.getTitle().toText(), form.getDescription().toText());
		return this.standards.save(standard).getId();
	}

	public void updateDetails(long id, StandardForm form) {
		ReferenceStandard standard = draft(id);
		standard.checkVersion(form.getVersion());
		standard.rename(form.getCode(), form.getStandardVersion());
		standard.describe(form.getTitle().toText(), form.getDescription().toText());
	}

	/** The next free minor version, suggested for a new version of {@code id}. */
	@Transactional(readOnly = true)
	public NewVersionForm newVersionForm(long id) {
		ReferenceStandard source = frozen(id);
		List<String> versions = this.standards.findVersions(source.getCode());
		String[] latest = versions.get(0).split("\\.");
		NewVersionForm form = new NewVersionForm();
		form.setStandardVersion(latest[0] + "." + (Integer.parseInt(latest[1]) + 1));
		return form;
	}

	@Transactional(readOnly = true)
	public void validateNewVersion(long id, NewVersionForm form, Errors errors) {
		ReferenceStandard source = frozen(id);
		if (form.getStandardVersion() != null
				&& this.standards.existsByCodeAndStandardVersion(source.getCode(), form.getStandardVersion())) {
			errors.rejectValue("standardVersion", "standard.problem.VERSION_EXISTS",
					new Object[] { source.getCode(), form.getStandardVersion() }, null);
		}
	}

	/**
	 * Clones a published (or retired) version, tree included, into a new draft.
	 * @return the draft's id
	 */
	public long newVersion(long id, NewVersionForm form) {
		ReferenceStandard source = frozen(id);
		StandardDocument document = StandardDocument.of(this.loader.load(source))
			.withVersion(form.getStandardVersion());
		return this.store.createDraft(document, source.getId()).getId();
	}

	/**
	 * Publishes a draft if its whole tree is valid, by the rules of the import format.
	 * @return the problems that prevent publication; empty when published
	 */
	public List<StandardProblem> publish(long id, long version) {
		ReferenceStandard standard = draft(id);
		standard.checkVersion(version);
		List<StandardProblem> problems = problems(standard);
		if (problems.isEmpty()) {
			standard.publish(this.clock.instant(), SocleUser.current().getUsername());
		}
		return problems;
	}

	private List<StandardProblem> problems(ReferenceStandard standard) {
		return problemsOf(this.loader.load(standard));
	}

	/**
	 * What prevents a tree from being published: the rules of the import format, applied
	 * to the tree as it would be exported.
	 */
	static List<StandardProblem> problemsOf(StandardTreeView tree) {
		return StandardJsonReader.validate(StandardJsonWriter.toJson(StandardDocument.of(tree))).problems();
	}

	/**
	 * Retires a published version: still readable, no longer offered for new assessments.
	 */
	public void retire(long id) {
		ReferenceStandard standard = find(id);
		standard.retire(this.clock.instant(), SocleUser.current().getUsername());
	}

	public void deleteDraft(long id, long version) {
		ReferenceStandard standard = draft(id);
		standard.checkVersion(version);
		this.standards.delete(standard);
	}

	private ReferenceStandard find(long id) {
		return this.standards.findById(id).orElseThrow(() -> new NotFoundException("Reference standard", id));
	}

	private ReferenceStandard draft(long id) {
		ReferenceStandard standard = find(id);
		standard.requireDraft();
		return standard;
	}

	private ReferenceStandard frozen(long id) {
		ReferenceStandard standard = find(id);
		if (!standard.getStatus().isFrozen()) {
			throw new NotAllowedException("Only a published or retired version can be cloned: " + id);
		}
		return standard;
	}

}
