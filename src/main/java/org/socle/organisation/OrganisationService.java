package org.socle.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

	private final OrganisationRepository organisations;

	OrganisationService(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	public List<OrganisationRef> listActive() {
		return this.organisations.findByActiveTrueOrderByName().stream().map(Organisation::toRef).toList();
	}

	public Optional<OrganisationRef> find(long id) {
		return this.organisations.findById(id).map(Organisation::toRef);
	}

	/** Names by id, in one query, for lists that show an organisation column. */
	public Map<Long, String> namesByIds(Collection<Long> ids) {
		return this.organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName));
	}

	public Optional<OrganisationRef> findByName(String name) {
		return this.organisations.findByName(name).map(Organisation::toRef);
	}

	/** Creates the organisation unless one with that name exists (demo and fixtures). */
	@Transactional
	public OrganisationRef ensure(String name, String regionCode) {
		return this.organisations.findByName(name)
			.orElseGet(() -> this.organisations.save(new Organisation(name, regionCode)))
			.toRef();
	}

}
