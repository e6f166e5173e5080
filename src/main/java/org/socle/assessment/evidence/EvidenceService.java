package org.socle.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.socle.assessment.workflow.AssessmentAccess;
import org.socle.assessment.workflow.AssessmentAnswer;
import org.socle.assessment.workflow.AssessmentAnswerRepository;
import org.socle.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of an assessment: added and removed by the editing side while the
 * assessment may change, downloaded by whoever may read the assessment.
 */
@Service
@Transactional
public class EvidenceService {

	static final String WHAT = "Evidence";

	/** At most this many files per answer. */
	static final int MAX_FILES_PER_ANSWER = 10;

	private final AssessmentAccess access;

	private final AssessmentAnswerRepository answers;

	private final EvidenceRepository evidence;

	private final EvidenceStore store;

	private final DataSize maxSize;

	EvidenceService(AssessmentAccess access, AssessmentAnswerRepository answers, EvidenceRepository evidence,
			EvidenceStore store, @Value("${socle.evidence.max-size:5MB}") DataSize maxSize) {
		this.access = access;
		this.answers = answers;
		this.evidence = evidence;
		this.store = store;
		this.maxSize = maxSize;
	}

	DataSize maxSize() {
		return this.maxSize;
	}

	/**
	 * Stores a file for an indicator's answer, with its record, in one transaction.
	 * @throws EvidenceRejected when empty, too large, not a PDF/JPEG/PNG, or one file too
	 * many
	 */
	long add(long assessmentId, String code, String originalName, InputStream content)
			throws EvidenceRejected, IOException {
		this.access.requireAuthoring(this.access.readableForShare(assessmentId));
		AssessmentAnswer answer = this.answers.findByAssessmentIdAndIndicatorCode(assessmentId, code)
			.orElseThrow(() -> new NotFoundException("Indicator", code));
		if (this.evidence.countByAnswerId(answer.getId()) >= MAX_FILES_PER_ANSWER) {
			throw new EvidenceRejected(EvidenceRejected.Reason.TOO_MANY);
		}
		EvidenceFile file = EvidenceFile.read(content, this.maxSize);
		String key = "assessments/" + assessmentId + "/" + UUID.randomUUID();
		this.store.save(assessmentId, key, file.content());
		return this.evidence.save(new Evidence(assessmentId, answer.getId(), safeName(originalName), key, file))
			.getId();
	}

	void remove(long assessmentId, long evidenceId) {
		this.access.requireAuthoring(this.access.readableForShare(assessmentId));
		Evidence file = find(assessmentId, evidenceId);
		this.evidence.delete(file);
		this.store.delete(file.getStorageKey());
	}

	/** The file and how to serve it, if the current user may read the assessment. */
	@Transactional(readOnly = true)
	Download download(long assessmentId, long evidenceId) {
		this.access.readable(assessmentId);
		Evidence file = find(assessmentId, evidenceId);
		Resource resource = this.store.open(file.getStorageKey())
			.orElseThrow(() -> new NotFoundException(WHAT, evidenceId));
		return new Download(resource, file.getContentType(), downloadName(file), file.getSizeBytes());
	}

	/**
	 * The assessment's files by the id of the answer they support, in upload order. The
	 * caller has checked that the current user may read the assessment.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<EvidenceRow>> byAnswer(long assessmentId) {
		return this.evidence.findByAssessmentIdOrderById(assessmentId)
			.stream()
			.collect(Collectors.groupingBy(Evidence::getAnswerId, LinkedHashMap::new,
					Collectors.mapping(EvidenceService::row, Collectors.toList())));
	}

	private static EvidenceRow row(Evidence file) {
		return new EvidenceRow(file.getId(), file.getOriginalName(), file.getContentType(), file.getSizeBytes(),
				file.getCreatedBy(), file.getCreatedAt());
	}

	private Evidence find(long assessmentId, long evidenceId) {
		return this.evidence.findById(evidenceId)
			.filter((file) -> file.getAssessmentId() == assessmentId)
			.orElseThrow(() -> new NotFoundException(WHAT, evidenceId));
	}

	/** The user's name without any path, control characters, at most 255 characters. */
	static String safeName(String originalName) {
		String name = (originalName != null) ? originalName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	/** The original name, with the extension of the type actually stored. */
	static String downloadName(Evidence file) {
		String extension = EvidenceType.of(file.getContentType()).extension();
		String name = file.getOriginalName();
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		String current = (dot > 0) ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
		boolean fits = current.equals(extension) || (extension.equals("jpg") && current.equals("jpeg"));
		return fits ? name : base + "." + extension;
	}

	record Download(Resource resource, String contentType, String fileName, long size) {

		InputStream open() {
			try {
				return this.resource.getInputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
