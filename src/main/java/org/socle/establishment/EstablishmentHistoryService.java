package org.socle.establishment;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.socle.establishment.HistoryEntry.Change;
import org.socle.establishment.HistoryEntry.Value;
import org.socle.organisation.OrganisationService;
import org.socle.reference.ReferenceDataService;
import org.socle.reference.RegionRef;
import org.socle.shared.AuditedEntity;
import org.socle.shared.audit.AuditRevision;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history tab: every revision (Hibernate Envers) of an establishment and of its
 * staff, committee members, meetings and resources, newest first, paginated in SQL, each
 * with who, when and the fields that changed (old and new values).
 */
@Service
@Transactional(readOnly = true)
class EstablishmentHistoryService {

	/**
	 * Record kinds, their entity and audit table ({@code id} or the establishment id).
	 */
	private static final Map<String, Class<?>> ENTITIES = Map.of("ESTABLISHMENT", Establishment.class, "STAFF",
			StaffMember.class, "MEMBER", CommitteeMember.class, "MEETING", CommitteeMeeting.class, "RESOURCES",
			YearlyResources.class);

	private static final String CHANGES = """
			select 'ESTABLISHMENT' as kind, id as entity_id, rev, revtype from establishment_aud where id = :id
			union all
			select 'STAFF', id, rev, revtype from establishment_staff_aud where establishment_id = :id
			union all
			select 'MEMBER', id, rev, revtype from committee_member_aud where establishment_id = :id
			union all
			select 'MEETING', id, rev, revtype from committee_meeting_aud where establishment_id = :id
			union all
			select 'RESOURCES', id, rev, revtype from establishment_resource_aud where establishment_id = :id
			""";

	private final EstablishmentAccess access;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final OrganisationService organisations;

	private final ReferenceDataService reference;

	EstablishmentHistoryService(EstablishmentAccess access, EntityManager entityManager, JdbcClient jdbc,
			OrganisationService organisations, ReferenceDataService reference) {
		this.access = access;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.reference = reference;
	}

	Page<HistoryEntry> history(long establishmentId, Pageable pageable) {
		this.access.requireReadable(establishmentId);
		long total = this.jdbc.sql("select count(*) from (" + CHANGES + ") c")
			.param("id", establishmentId)
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc.sql("""
				select c.kind, c.entity_id, c.rev, c.revtype, r.revised_at, r.username
				from (%s) c join revinfo r on r.id = c.rev
				order by c.rev desc, c.kind, c.entity_id
				limit :limit offset :offset
				""".formatted(CHANGES))
			.param("id", establishmentId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, i) -> new Row(rs.getString("kind"), rs.getLong("entity_id"), rs.getLong("rev"),
					rs.getInt("revtype"), rs.getTimestamp("revised_at"), rs.getString("username")))
			.list();
		Map<Key, TreeMap<Long, Object>> versions = loadVersions(rows);
		Labels labels = labels(versions.values());
		List<HistoryEntry> entries = rows.stream().map((row) -> entry(row, versions.get(row.key()), labels)).toList();
		return new PageImpl<>(entries, pageable, total);
	}

	/**
	 * Every state, up to the page's newest revision, of each record on the page: one
	 * Envers query per record kind, whatever the page size.
	 */
	private Map<Key, TreeMap<Long, Object>> loadVersions(List<Row> rows) {
		Map<Key, TreeMap<Long, Object>> versions = new HashMap<>();
		Map<String, Set<Long>> idsByKind = new LinkedHashMap<>();
		long maxRevision = 0;
		for (Row row : rows) {
			idsByKind.computeIfAbsent(row.kind(), (k) -> new HashSet<>()).add(row.entityId());
			maxRevision = Math.max(maxRevision, row.revision());
		}
		var reader = AuditReaderFactory.get(this.entityManager);
		for (Map.Entry<String, Set<Long>> kind : idsByKind.entrySet()) {
			List<?> results = reader.createQuery()
				.forRevisionsOfEntity(ENTITIES.get(kind.getKey()), false, true)
				.add(AuditEntity.id().in(kind.getValue()))
				.add(AuditEntity.revisionNumber().le(maxRevision))
				.getResultList();
			for (Object result : results) {
				Object[] triple = (Object[]) result;
				Object entity = triple[0];
				long revision = ((AuditRevision) triple[1]).getId();
				long id = ((AuditedEntity) entity).getId();
				versions.computeIfAbsent(new Key(kind.getKey(), id), (k) -> new TreeMap<>()).put(revision, entity);
			}
		}
		return versions;
	}

	private HistoryEntry entry(Row row, TreeMap<Long, Object> states, Labels labels) {
		String action = switch (RevisionType.fromRepresentation((byte) row.revtype())) {
			case ADD -> "ADD";
			case MOD -> "MOD";
			case DEL -> "DEL";
		};
		Object current = (states != null) ? states.get(row.revision()) : null;
		Map.Entry<Long, Object> previousEntry = (states != null) ? states.lowerEntry(row.revision()) : null;
		Object previous = (previousEntry != null) ? previousEntry.getValue() : null;
		List<Change> changes = new ArrayList<>();
		if (current != null && !"DEL".equals(action)) {
			Map<String, Object> after = HistoryFields.of(current);
			Map<String, Object> before = (previous != null && "MOD".equals(action)) ? HistoryFields.of(previous)
					: Map.of();
			after.forEach((label, value) -> {
				Object old = before.get(label);
				if (!HistoryFields.same(old, value) && !(old == null && value == null)) {
					changes.add(new Change(label, labels.value(label, old), labels.value(label, value)));
				}
			});
		}
		String subject = (current != null) ? HistoryFields.subject(current)
				: (previous != null) ? HistoryFields.subject(previous) : "";
		return new HistoryEntry(row.revision(), row.revisedAt().toInstant(), row.username(), row.kind(), action,
				subject, changes.stream().filter((c) -> !(c.before().empty() && c.after().empty())).toList());
	}

	/** Names for the ids and codes on the page (organisations, regions, provinces). */
	private Labels labels(Collection<TreeMap<Long, Object>> states) {
		Set<Long> organisationIds = new HashSet<>();
		boolean provinces = false;
		for (TreeMap<Long, Object> byRevision : states) {
			for (Object state : byRevision.values()) {
				if (state instanceof Establishment e) {
					if (e.getOrganisationId() != null) {
						organisationIds.add(e.getOrganisationId());
					}
					provinces |= e.getProvinceId() != null;
				}
			}
		}
		Map<Long, String> organisationNames = organisationIds.isEmpty() ? Map.of()
				: this.organisations.namesByIds(organisationIds);
		Map<Long, String> provinceNames = new HashMap<>();
		if (provinces) {
			this.reference.provinces().forEach((p) -> provinceNames.put(p.id(), p.nameFr()));
		}
		Map<String, String> regionNames = new HashMap<>();
		for (RegionRef region : this.reference.regions()) {
			regionNames.put(region.code(), region.code() + " " + region.nameFr());
		}
		return new Labels(organisationNames, provinceNames, regionNames);
	}

	private record Labels(Map<Long, String> organisations, Map<Long, String> provinces, Map<String, String> regions) {

		Value value(String label, Object value) {
			if (value == null) {
				return Value.NONE;
			}
			if (value instanceof Enum<?> e) {
				return new Value(null, e.getDeclaringClass().getSimpleName() + "." + e.name());
			}
			if (value instanceof Boolean b) {
				return new Value(null, b ? "history.yes" : "history.no");
			}
			return switch (label) {
				case "establishment.organisation" ->
					new Value(this.organisations.getOrDefault(value, "#" + value), null);
				case "establishment.province" -> new Value(this.provinces.getOrDefault(value, "#" + value), null);
				case "establishment.region" -> new Value(this.regions.getOrDefault(value, value.toString()), null);
				default ->
					new Value((value instanceof java.math.BigDecimal d) ? d.toPlainString() : value.toString(), null);
			};
		}

	}

	private record Key(String kind, long id) {
	}

	private record Row(String kind, long entityId, long revision, int revtype, Timestamp revisedAt, String username) {

		Key key() {
			return new Key(this.kind, this.entityId);
		}

	}

}
