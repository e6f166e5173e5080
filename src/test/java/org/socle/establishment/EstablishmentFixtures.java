package org.socle.establishment;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.socle.establishment.records.StaffMember;
import org.socle.establishment.records.StaffRepository;
import org.socle.establishment.registry.AuthorisationStatus;
import org.socle.establishment.registry.Establishment;
import org.socle.establishment.registry.EstablishmentForm;
import org.socle.establishment.registry.EstablishmentRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates establishments and staff for tests of any module. Establishments are found by
 * their French name, so a fixture is created once per test database: give yours a unique
 * name.
 */
@Component
public class EstablishmentFixtures {

	private final EstablishmentRepository establishments;

	private final StaffRepository staff;

	EstablishmentFixtures(EstablishmentRepository establishments, StaffRepository staff) {
		this.establishments = establishments;
		this.staff = staff;
	}

	/** An active CHILDREN establishment in MA-04 with a capacity of 40. */
	public EstablishmentInfo establishment(String nameFr, long organisationId) {
		return establishment(nameFr, organisationId, Category.CHILDREN, "MA-04", 40);
	}

	public EstablishmentInfo establishment(String nameFr, long organisationId, Category category, String regionCode,
			Integer authorisedCapacity) {
		return establishment(nameFr, organisationId, (form) -> {
			form.setCategory(category);
			form.setRegionCode(regionCode);
			form.setAuthorisedCapacity(authorisedCapacity);
			form.setAuthorisationStatus(AuthorisationStatus.VALID);
		});
	}

	/**
	 * A fully described establishment: {@code configure} sets the form's fields (names,
	 * category and region default as in {@link #establishment(String, long)}).
	 */
	@Transactional
	public EstablishmentInfo establishment(String nameFr, long organisationId, Consumer<EstablishmentForm> configure) {
		Establishment establishment = this.establishments.findByNameFr(nameFr).orElseGet(() -> {
			EstablishmentForm form = new EstablishmentForm();
			form.setNameFr(nameFr);
			form.setNameAr("مؤسسة " + nameFr);
			form.setCategory(Category.CHILDREN);
			form.setRegionCode("MA-04");
			form.setAuthorisedCapacity(40);
			configure.accept(form);
			Establishment created = new Establishment(organisationId);
			created.update(form);
			return this.establishments.save(created);
		});
		return this.establishments.findInfo(establishment.getId()).orElseThrow();
	}

	/** {@code count} establishments named {@code prefix + number}, in one transaction. */
	@Transactional
	public void establishments(String prefix, int count, long organisationId) {
		for (int i = 0; i < count; i++) {
			establishment(prefix + String.format("%03d", i), organisationId);
		}
	}

	/** A staff member in post from {@code start} to {@code end} (null: still in post). */
	@Transactional
	public long staff(long establishmentId, String name, boolean careQualified, LocalDate start, LocalDate end) {
		StaffMember member = new StaffMember(establishmentId);
		member.update(name, careQualified ? "Éducateur spécialisé" : "Agent d'entretien", careQualified, start, end,
				12);
		return this.staff.save(member).getId();
	}

}
