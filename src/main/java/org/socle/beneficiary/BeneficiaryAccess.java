package org.socle.beneficiary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.beneficiary.privacy.AccessLog;
import org.socle.beneficiary.privacy.Pseudonyms;
import org.socle.beneficiary.register.Beneficiary;
import org.socle.beneficiary.register.BeneficiaryName;
import org.socle.beneficiary.register.BeneficiaryRepository;
import org.socle.beneficiary.register.BeneficiaryService;
import org.socle.beneficiary.register.StayRepository;
import org.socle.identity.SocleUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access rules on beneficiary records for the modules whose records hang under a
 * beneficiary (care): who may read or change a record, the name to show the current user
 * (pseudonymised for auditors and admins) and the access log.
 */
@Service
@Transactional(readOnly = true)
public class BeneficiaryAccess {

	private final BeneficiaryService service;

	private final BeneficiaryRepository beneficiaries;

	private final StayRepository stays;

	private final AccessLog accessLog;

	private final Pseudonyms pseudonyms;

	BeneficiaryAccess(BeneficiaryService service, BeneficiaryRepository beneficiaries, StayRepository stays,
			AccessLog accessLog, Pseudonyms pseudonyms) {
		this.service = service;
		this.beneficiaries = beneficiaries;
		this.stays = stays;
		this.accessLog = accessLog;
		this.pseudonyms = pseudonyms;
	}

	/**
	 * Whether the current user sees names and sensitive data (the establishment's
	 * manager).
	 */
	public boolean fullAccess() {
		return BeneficiaryService.fullAccess();
	}

	/**
	 * The beneficiary if the current user may read its record (through its current
	 * establishment).
	 * @throws org.socle.shared.NotFoundException otherwise
	 */
	public BeneficiaryRef requireReadable(long beneficiaryId) {
		Beneficiary beneficiary = this.service.requireReadable(beneficiaryId);
		return ref(beneficiary, this.stays.findOpen(beneficiaryId).isPresent());
	}

	/**
	 * The beneficiary if the current user may change its record or add to it: the manager
	 * of its current establishment, and not anonymised.
	 * @throws org.socle.shared.NotAllowedException for auditors, admins and anonymised
	 * records
	 */
	public BeneficiaryRef requireEditable(long beneficiaryId) {
		Beneficiary beneficiary = this.service.requireEditable(beneficiaryId);
		return ref(beneficiary, this.stays.findOpen(beneficiaryId).isPresent());
	}

	/**
	 * The beneficiaries active in the establishment on {@code date}, by name. Callers
	 * check access to the establishment first.
	 */
	public List<BeneficiaryRef> active(long establishmentId, LocalDate date) {
		return this.beneficiaries.findActive(establishmentId, date).stream().map(b -> ref(b, true)).toList();
	}

	/** References for a page of records (one query), by id; unknown ids are left out. */
	public Map<Long, BeneficiaryRef> refs(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Set<Long> open = new HashSet<>(this.stays.findOpenAmong(ids));
		return this.beneficiaries.findByIdIn(ids)
			.stream()
			.map(b -> ref(b, open.contains(b.getId())))
			.collect(Collectors.toMap(BeneficiaryRef::id, Function.identity()));
	}

	/**
	 * The names to write in an export about these beneficiaries (a batch of it), by id:
	 * the full name for the establishment's manager, the pseudonym alone for anyone else
	 * (no initials: a file travels further than a page). Callers check access to the
	 * establishment and {@linkplain #logExport log} the export.
	 */
	public Map<Long, String> exportNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		if (!fullAccess()) {
			return ids.stream().distinct().collect(Collectors.toMap(Function.identity(), this.pseudonyms::of));
		}
		return this.beneficiaries.findNames(ids)
			.stream()
			.collect(Collectors.toMap(BeneficiaryName::id, BeneficiaryName::fullName));
	}

	/**
	 * Writes one {@link AccessAction#EXPORT_LIST} line per beneficiary of an export about
	 * an establishment's records, in the caller's transaction (read-write).
	 */
	@Transactional
	public void logExport(long establishmentId, Collection<Long> beneficiaryIds, String details) {
		logAll(establishmentId, beneficiaryIds, AccessAction.EXPORT_LIST, details);
	}

	/**
	 * Writes one line per beneficiary of the establishment, in one batch, in the caller's
	 * transaction (read-write).
	 */
	@Transactional
	public void logAll(long establishmentId, Collection<Long> beneficiaryIds, AccessAction action, String details) {
		Map<Long, Long> touched = new LinkedHashMap<>();
		beneficiaryIds.forEach((id) -> touched.put(id, establishmentId));
		if (!touched.isEmpty()) {
			this.accessLog.recordAll(touched, action, details);
		}
	}

	/**
	 * The stays in the establishment that overlap {@code from} to {@code to}, by the
	 * pseudonym of their beneficiary ({@code B-7K3Q9X}, the reference every reader of the
	 * record sees, never a name), anonymised records left out: to resolve the references
	 * an establishment's own tool sends. Callers check access to the establishment first.
	 * One statement.
	 */
	public Map<String, List<StayPeriod>> staysByPseudonym(long establishmentId, LocalDate from, LocalDate to) {
		Map<String, List<StayPeriod>> stays = new HashMap<>();
		for (StayPeriod stay : this.stays.findOverlapping(establishmentId, from, to)) {
			stays.computeIfAbsent(this.pseudonyms.of(stay.beneficiaryId()), (pseudonym) -> new ArrayList<>()).add(stay);
		}
		return stays;
	}

	/** Writes a line to the access log (e.g. VIEW of the care page). */
	@Transactional
	public void log(long beneficiaryId, AccessAction action, String details) {
		Beneficiary beneficiary = this.service.load(beneficiaryId);
		this.accessLog.record(beneficiaryId, beneficiary.getEstablishmentId(), action, details);
	}

	private BeneficiaryRef ref(Beneficiary b, boolean active) {
		boolean full = SocleUser.current().isManager();
		String name = full ? b.getLastName() + " " + b.getFirstName() : this.pseudonyms.of(b.getId());
		return new BeneficiaryRef(b.getId(), b.getEstablishmentId(), name, full, active);
	}

}
