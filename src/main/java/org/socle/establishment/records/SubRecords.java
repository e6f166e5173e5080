package org.socle.establishment.records;

import java.util.List;

import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.records.RecordLines.Line;
import org.socle.shared.NotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * One kind of record kept on an establishment's tabs (staff, committee members, meetings,
 * yearly resources), with the rules every kind shares: each call checks the
 * establishment's access rules, and that the record belongs to that establishment (an id
 * taken from another establishment answers 404); edits and removals check the version
 * that was read. A subclass says how its record is listed, filled and read back.
 *
 * @param <R> the record
 * @param <F> its add and edit form
 */
@Transactional
abstract class SubRecords<R extends SubRecord, F extends SubRecordForm> {

	private final EstablishmentAccess access;

	private final JpaRepository<R, Long> repository;

	SubRecords(EstablishmentAccess access, JpaRepository<R, Long> repository) {
		this.access = access;
		this.repository = repository;
	}

	/** The establishment's records, in the tab's order. */
	abstract List<? extends Line> findLines(long establishmentId);

	/** A new record of that establishment, not saved yet. */
	abstract R create(long establishmentId);

	/** Copies the form's fields onto the record. */
	abstract void apply(F form, R record);

	/** A form with the record's fields (the id and version are set by the caller). */
	abstract F toForm(R record);

	/**
	 * Rules Bean Validation cannot express; adds errors to {@code errors}. None by
	 * default.
	 * @param recordId the record being edited, or null when adding
	 */
	void validate(long establishmentId, Long recordId, F form, Errors errors) {
	}

	@Transactional(readOnly = true)
	List<? extends Line> lines(long establishmentId) {
		this.access.requireReadable(establishmentId);
		return findLines(establishmentId);
	}

	@Transactional(readOnly = true)
	F formFor(long establishmentId, long recordId) {
		this.access.requireEditable(establishmentId);
		R record = findIn(establishmentId, recordId);
		F form = toForm(record);
		form.setId(recordId);
		form.setVersion(record.getVersion());
		return form;
	}

	/** Before validating a new record: the current user may edit the establishment. */
	@Transactional(readOnly = true)
	void requireEditable(long establishmentId) {
		this.access.requireEditable(establishmentId);
	}

	/**
	 * Before validating an edit: the current user may edit the establishment (404 or 403)
	 * and the record is one of its own (404).
	 */
	@Transactional(readOnly = true)
	void requireEditable(long establishmentId, long recordId) {
		this.access.requireEditable(establishmentId);
		findIn(establishmentId, recordId);
	}

	void add(long establishmentId, F form) {
		this.access.requireEditable(establishmentId);
		R record = create(establishmentId);
		apply(form, record);
		this.repository.save(record);
	}

	/**
	 * Saves the form over the record unless someone saved in between
	 * ({@link org.socle.shared.StaleEditException}).
	 */
	void update(long establishmentId, long recordId, F form) {
		this.access.requireEditable(establishmentId);
		R record = findIn(establishmentId, recordId);
		record.checkVersion(form.getVersion());
		apply(form, record);
	}

	/** Removes the record unless someone saved it since {@code version} was read. */
	void remove(long establishmentId, long recordId, long version) {
		this.access.requireEditable(establishmentId);
		R record = findIn(establishmentId, recordId);
		record.checkVersion(version);
		this.repository.delete(record);
	}

	/** The record if it belongs to that establishment; 404 otherwise (a tampered id). */
	private R findIn(long establishmentId, long id) {
		return this.repository.findById(id)
			.filter((record) -> record.getEstablishmentId() == establishmentId)
			.orElseThrow(() -> new NotFoundException("Record of establishment " + establishmentId, id));
	}

}
