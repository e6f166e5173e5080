package org.socle.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.organisation.internal.Organisation;
import org.socle.organisation.internal.OrganisationRepository;
import org.socle.shared.Like;
import org.socle.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations, for every module's selects and names, and for the organisation
 * screens of {@code establishment.organisations}, which apply the access rules: this
 * module does not know who is logged in, except that only administrators create and edit.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

	private final OrganisationRepository organisations;

	OrganisationService(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	public List<OrganisationRef> listActive() {
		return this.organisations.findActiveRefs();
	}

	public Optional<OrganisationRef> find(long id) {
		return this.organisations.findById(id).map(Organisation::toRef);
	}

	/** Names by id, in one query, for lists that show an organisation column. */
	public Map<Long, String> namesByIds(Collection<Long> ids) {
		return this.organisations.findRefs(ids.toArray(Long[]::new))
			.stream()
			.collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
	}

	public Optional<OrganisationRef> findByName(String name) {
		return this.organisations.findByName(name).map(Organisation::toRef);
	}

	/**
	 * One page of organisations, searched by name or registration number; {@code onlyId}
	 * restricts it to one organisation (a manager's). Access rules are the caller's (the
	 * establishment registry): this module does not know who is logged in.
	 */
	public Page<OrganisationSummary> page(String query, Long onlyId, Pageable pageable) {
		return this.organisations.findSummaries(Like.contains(query), onlyId, pageable);
	}

	/**
	 * The lines of {@link #page} on every page, streamed from a cursor: consume and close
	 * the stream inside the caller's transaction (exports).
	 */
	public Stream<OrganisationSummary> stream(String query, Long onlyId, Sort sort) {
		return this.organisations.streamSummaries(Like.contains(query), onlyId, sort);
	}

	public Optional<OrganisationDetails> details(long id) {
		return this.organisations.findById(id).map(Organisation::toDetails);
	}

	public boolean nameTaken(String name, Long exceptId) {
		return this.organisations.existsByNameIgnoreCaseAndIdNot(name, (exceptId != null) ? exceptId : -1L);
	}

	public boolean registrationNumberTaken(String registrationNumber, Long exceptId) {
		return this.organisations.existsByRegistrationNumberIgnoreCaseAndIdNot(registrationNumber,
				(exceptId != null) ? exceptId : -1L);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public long create(OrganisationData data) {
		Organisation organisation = new Organisation(data.name(), data.regionCode());
		organisation.update(data);
		return this.organisations.save(organisation).getId();
	}

	/**
	 * Saves over the current record unless someone saved since {@code version} was read
	 * ({@link org.socle.shared.StaleEditException}).
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void update(long id, OrganisationData data, long version) {
		Organisation organisation = this.organisations.findById(id)
			.orElseThrow(() -> new NotFoundException("Organisation", id));
		organisation.checkVersion(version);
		organisation.update(data);
	}

}
