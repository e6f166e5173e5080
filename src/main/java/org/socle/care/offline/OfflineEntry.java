package org.socle.care.offline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.beneficiary.BeneficiaryAccess;
import org.socle.beneficiary.BeneficiaryRef;
import org.socle.care.types.ServiceTypeCatalogue;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.shared.NotAllowedException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the offline service entry keeps on the device for an establishment: the people
 * present today (display name and pseudonymous reference, nothing else) and the active
 * service types; for its manager only, as the services page.
 */
@Service
@Transactional(readOnly = true)
class OfflineEntry {

	private final EstablishmentAccess establishments;

	private final BeneficiaryAccess beneficiaries;

	private final ServiceTypeCatalogue types;

	private final Clock clock;

	private final int maxDays;

	OfflineEntry(EstablishmentAccess establishments, BeneficiaryAccess beneficiaries, ServiceTypeCatalogue types,
			Clock clock, @Value("${socle.offline.max-days:7}") int maxDays) {
		this.establishments = establishments;
		this.beneficiaries = beneficiaries;
		this.types = types;
		this.clock = clock;
		this.maxDays = maxDays;
	}

	/**
	 * @throws org.socle.shared.NotFoundException when the user may not read the
	 * establishment
	 * @throws NotAllowedException when they may not record its services
	 */
	EstablishmentInfo requireManaged(long establishmentId) {
		EstablishmentInfo establishment = this.establishments.requireEditable(establishmentId);
		if (!this.beneficiaries.fullAccess()) {
			throw new NotAllowedException("Only managers record services");
		}
		return establishment;
	}

	/** Days without a login after which the device forgets everything. */
	int maxDays() {
		return this.maxDays;
	}

	DeviceData deviceData(long establishmentId) {
		EstablishmentInfo establishment = requireManaged(establishmentId);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, String> names = this.beneficiaries.active(establishmentId, today)
			.stream()
			.collect(Collectors.toMap(BeneficiaryRef::id, BeneficiaryRef::displayName, (a, b) -> a));
		List<Person> present = this.beneficiaries.staysByPseudonym(establishmentId, today, today)
			.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue()
				.stream()
				.filter((stay) -> stay.covers(today) && names.containsKey(stay.beneficiaryId()))
				.map((stay) -> new Person(entry.getKey(), names.get(stay.beneficiaryId())))
				.limit(1))
			.sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		Locale locale = LocaleContextHolder.getLocale();
		List<Type> types = this.types.types(true).stream().map((t) -> new Type(t.code(), t.name())).toList();
		return new DeviceData(establishmentId, establishment.name(locale), today, present, types, this.maxDays);
	}

	/**
	 * @param today the server's day, the latest date a service may have
	 * @param maxDays days without login after which the device wipes its data
	 */
	record DeviceData(long establishmentId, String name, LocalDate today, List<Person> beneficiaries, List<Type> types,
			int maxDays) {
	}

	/**
	 * @param ref the pseudonymous reference the bulk service takes ({@code B-7K3Q9X})
	 */
	record Person(String ref, String name) {
	}

	record Type(String code, String name) {
	}

}
