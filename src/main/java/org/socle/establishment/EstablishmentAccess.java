package org.socle.establishment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.establishment.records.StaffCount;
import org.socle.establishment.records.StaffRepository;
import org.socle.establishment.registry.EstablishmentRepository;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access rules on establishments, for this module and every module whose records hang
 * under an establishment (beneficiaries, care, assessments):
 * <ul>
 * <li>a MANAGER reads and edits only the establishments of their organisation; any other
 * id answers 404, so that existence is not leaked;</li>
 * <li>an AUDITOR reads every establishment and edits none (403);</li>
 * <li>an ADMIN reads and edits every establishment.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class EstablishmentAccess {

	private static final String WHAT = "Establishment";

	private final EstablishmentRepository establishments;

	private final StaffRepository staff;

	EstablishmentAccess(EstablishmentRepository establishments, StaffRepository staff) {
		this.establishments = establishments;
		this.staff = staff;
	}

	/**
	 * The establishment if the current user may read it.
	 * @throws NotFoundException when it does not exist or belongs to another organisation
	 * than the manager's
	 */
	public EstablishmentInfo requireReadable(long id) {
		EstablishmentInfo info = this.establishments.findInfo(id).orElseThrow(() -> new NotFoundException(WHAT, id));
		SocleUser.current().requireRead(info.organisationId(), WHAT, id);
		return info;
	}

	/**
	 * The establishment if the current user may change it or its records.
	 * @throws NotFoundException as {@link #requireReadable(long)}
	 * @throws NotAllowedException for an auditor (read-only)
	 */
	public EstablishmentInfo requireEditable(long id) {
		EstablishmentInfo info = requireReadable(id);
		if (!canEdit(SocleUser.current())) {
			throw new NotAllowedException("Read-only role may not change establishment " + id);
		}
		return info;
	}

	/** Whether the current user may change establishments they can read. */
	public boolean canEditReadable() {
		return canEdit(SocleUser.current());
	}

	/** The establishments the current user may read, by French name (for selects). */
	public List<EstablishmentInfo> listReadable() {
		SocleUser user = SocleUser.current();
		return user.isManager() ? this.establishments.findInfosByOrganisation(user.organisationId())
				: this.establishments.findAllInfos();
	}

	/**
	 * Care-qualified staff in post on {@code date} (started on or before it, not ended
	 * before it), if the current user may read the establishment.
	 * @throws NotFoundException as {@link #requireReadable(long)}
	 */
	public long countCareQualifiedStaff(long establishmentId, LocalDate date) {
		requireReadable(establishmentId);
		return this.staff.countCareQualified(establishmentId, date);
	}

	/**
	 * {@link #countCareQualifiedStaff(long, LocalDate)} of every establishment the
	 * current user may read, in one statement, by establishment id; an establishment
	 * without care-qualified staff in post is absent.
	 */
	public Map<Long, Long> countCareQualifiedStaff(LocalDate date) {
		SocleUser user = SocleUser.current();
		// a manager's organisation is never null (ck_app_user_manager_organisation)
		return this.staff.countCareQualifiedByEstablishment(user.isManager() ? user.organisationId() : null, date)
			.stream()
			.collect(Collectors.toMap(StaffCount::establishmentId, StaffCount::count));
	}

	/**
	 * Staff in post on {@code date}, by name, if the current user may read the
	 * establishment.
	 * @throws NotFoundException as {@link #requireReadable(long)}
	 */
	public List<StaffRef> activeStaff(long establishmentId, LocalDate date) {
		requireReadable(establishmentId);
		return this.staff.findActive(establishmentId, date);
	}

	private static boolean canEdit(SocleUser user) {
		return user.isAdmin() || user.isManager();
	}

}
