package org.socle.standard;

import java.util.List;
import java.util.Optional;

import org.socle.shared.NotFoundException;
import org.socle.standard.document.StandardDocument;
import org.socle.standard.document.StandardJsonWriter;
import org.socle.standard.model.DraftVisibility;
import org.socle.standard.model.ReferenceStandard;
import org.socle.standard.model.ReferenceStandardRepository;
import org.socle.standard.model.StandardTreeLoader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading reference standards: the API other modules (assessment) call, and the read-only
 * pages every role sees. Published and retired versions are public reference data; drafts
 * are visible to admins only.
 */
@Service
@Transactional(readOnly = true)
public class StandardCatalog {

	/** The code of the default standard shipped with Socle. */
	public static final String DEFAULT_CODE = "SOCLE-EPS";

	private final ReferenceStandardRepository standards;

	private final StandardTreeLoader loader;

	StandardCatalog(ReferenceStandardRepository standards, StandardTreeLoader loader) {
		this.standards = standards;
		this.loader = loader;
	}

	/**
	 * Published versions (not drafts, not retired), by code then newest version first.
	 */
	public List<StandardSummary> listPublished() {
		return this.standards.findPublished().stream().map(ReferenceStandard::toSummary).toList();
	}

	/** The latest published version of SOCLE-EPS, the standard offered by default. */
	public Optional<StandardSummary> defaultStandard() {
		return this.standards.findLatestPublished(DEFAULT_CODE).map(ReferenceStandard::toSummary);
	}

	/** Any version by id, if it exists and the current user may see it. */
	public Optional<StandardSummary> find(long standardId) {
		return this.standards.findById(standardId).filter(DraftVisibility::isVisible).map(ReferenceStandard::toSummary);
	}

	/**
	 * The tree of a published or retired version (both frozen: what an assessment was, or
	 * is, made against), in a bounded number of queries.
	 * @throws NotFoundException if there is no such version or it is a draft
	 */
	public StandardTreeView publishedTree(long standardId) {
		ReferenceStandard standard = this.standards.findById(standardId)
			.filter((found) -> found.getStatus().isFrozen())
			.orElseThrow(() -> new NotFoundException("Published standard", standardId));
		return this.loader.load(standard);
	}

	/**
	 * The tree of any version the current user may see (drafts: admins only).
	 * @throws NotFoundException otherwise
	 */
	public StandardTreeView tree(long standardId) {
		ReferenceStandard standard = this.standards.findById(standardId)
			.filter(DraftVisibility::isVisible)
			.orElseThrow(() -> new NotFoundException("Reference standard", standardId));
		return this.loader.load(standard);
	}

	/**
	 * A version by code and version number, if it exists and the current user may see it.
	 */
	public Optional<StandardSummary> findVersion(String code, String version) {
		return this.standards.findByCodeAndStandardVersion(code, version)
			.filter(DraftVisibility::isVisible)
			.map(ReferenceStandard::toSummary);
	}

	/**
	 * The whole tree of a version the current user may see, in the documented
	 * {@code socle-standard/1} JSON format (UTF-8), as its export file.
	 * @throws NotFoundException as {@link #tree(long)}
	 */
	public byte[] document(long standardId) {
		return StandardJsonWriter.write(StandardDocument.of(tree(standardId)));
	}

}
