package org.socle.establishment.history;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.history.HistoryEntry.Change;
import org.socle.establishment.history.HistoryEntry.Value;
import org.socle.establishment.records.CommitteeMeeting;
import org.socle.establishment.records.CommitteeMember;
import org.socle.establishment.records.StaffMember;
import org.socle.establishment.records.YearlyResources;
import org.socle.establishment.registry.Establishment;
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

	/** Record kinds and their entities; {@link #CHANGES} reads their audit tables. */
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

	private final HistoryFields fields;

	EstablishmentHistoryService(EstablishmentAccess access, EntityManager entityManager, JdbcClient jdbc,
			OrganisationService organisations, ReferenceDataService reference, HistoryFields fields) {
		this.access = access;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.reference = reference;
		this.fields = fields;
	}

	/**
	 * One page of the history; names (regions, provinces, the establishment) in the
	 * language of {@code locale}, dates as on every page ({@link HistoryFields#text}).
	 */
	Page<HistoryEntry> history(long establishmentId, Pageable pageable, Locale locale) {
		this.access.requireReadable(establishmentId);
		long total = this.jdbc.sql("select count(*) from (" + CHANGES + ") c")
			.param("id", establishmentId)
			.query(Long.class)
			.single();
		List<Row> rows = rows(establishmentId, pageable);
		Map<Key, Map<Long, Object>> states = states(rows);
		Labels labels = labels(states.values(), locale);
		List<HistoryEntry> entries = rows.stream()
			.map((row) -> entry(row, states.getOrDefault(row.key(), Map.of()), labels, locale))
			.toList();
		return new PageImpl<>(entries, pageable, total);
	}

	/**
	 * The page's changes, newest first, each with the revision before it of the same
	 * record ({@code lag()} over that record's audit rows; null for the first).
	 */
	List<Row> rows(long establishmentId, Pageable pageable) {
		return this.jdbc.sql("""
				select c.kind, c.entity_id, c.rev, c.revtype, c.previous_rev, r.revised_at, r.username
				from (select c.*, lag(c.rev) over (partition by c.kind, c.entity_id order by c.rev) as previous_rev
				      from (%s) c) c
				join revinfo r on r.id = c.rev
				order by c.rev desc, c.kind, c.entity_id
				limit :limit offset :offset
				""".formatted(CHANGES))
			.param("id", establishmentId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, i) -> new Row(rs.getString("kind"), rs.getLong("entity_id"), rs.getLong("rev"),
					rs.getInt("revtype"), rs.getObject("previous_rev", Long.class), rs.getTimestamp("revised_at"),
					rs.getString("username")))
			.list();
	}

	/**
	 * The states the page compares, by record and revision: each row's revision and the
	 * one before it, nothing older. One Envers query per record kind on the page (ids and
	 * revision numbers both bounded by the page size), however long the records' history.
	 */
	Map<Key, Map<Long, Object>> states(List<Row> rows) {
		Map<String, Set<Long>> idsByKind = new LinkedHashMap<>();
		Map<String, Set<Long>> revisionsByKind = new HashMap<>();
		for (Row row : rows) {
			idsByKind.computeIfAbsent(row.kind(), (k) -> new HashSet<>()).add(row.entityId());
			Set<Long> revisions = revisionsByKind.computeIfAbsent(row.kind(), (k) -> new HashSet<>());
			revisions.add(row.revision());
			if (row.previousRevision() != null) {
				revisions.add(row.previousRevision());
			}
		}
		Map<Key, Map<Long, Object>> states = new HashMap<>();
		var reader = AuditReaderFactory.get(this.entityManager);
		for (Map.Entry<String, Set<Long>> kind : idsByKind.entrySet()) {
			List<?> results = reader.createQuery()
				.forRevisionsOfEntity(ENTITIES.get(kind.getKey()), false, true)
				.add(AuditEntity.id().in(kind.getValue()))
				.add(AuditEntity.revisionNumber().in(revisionsByKind.get(kind.getKey())))
				.getResultList();
			for (Object result : results) {
				Object[] triple = (Object[]) result;
				Object entity = triple[0];
				long revision = ((AuditRevision) triple[1]).getId();
				long id = ((AuditedEntity) entity).getId();
				states.computeIfAbsent(new Key(kind.getKey(), id), (k) -> new HashMap<>()).put(revision, entity);
			}
		}
		return states;
	}

	private HistoryEntry entry(Row row, Map<Long, Object> states, Labels labels, Locale locale) {
		String action = switch (RevisionType.fromRepresentation((byte) row.revtype())) {
			case ADD -> "ADD";
			case MOD -> "MOD";
			case DEL -> "DEL";
		};
		Object current = states.get(row.revision());
		Object previous = (row.previousRevision() != null) ? states.get(row.previousRevision()) : null;
		List<Change> changes = new ArrayList<>();
		if (current != null && !"DEL".equals(action)) {
			Map<String, Object> after = this.fields.of(current);
			Map<String, Object> before = (previous != null && "MOD".equals(action)) ? this.fields.of(previous)
					: Map.of();
			after.forEach((label, value) -> {
				Object old = before.get(label);
				if (!this.fields.same(old, value)) {
					changes.add(new Change(label, labels.value(label, old), labels.value(label, value)));
				}
			});
		}
		String subject = (current != null) ? this.fields.subject(current, locale)
				: (previous != null) ? this.fields.subject(previous, locale) : "";
		return new HistoryEntry(row.revision(), row.revisedAt().toInstant(), row.username(), row.kind(), action,
				subject, changes.stream().filter((c) -> !(c.before().empty() && c.after().empty())).toList());
	}

	/** Names for the ids and codes on the page (organisations, regions, provinces). */
	private Labels labels(Collection<Map<Long, Object>> states, Locale locale) {
		Set<Long> organisationIds = new HashSet<>();
		boolean provinces = false;
		for (Map<Long, Object> byRevision : states) {
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
			this.reference.provinces().forEach((p) -> provinceNames.put(p.id(), p.name(locale)));
		}
		Map<String, String> regionNames = new HashMap<>();
		for (RegionRef region : this.reference.regions()) {
			regionNames.put(region.code(), region.code() + " " + region.name(locale));
		}
		return new Labels(organisationNames, provinceNames, regionNames, this.fields);
	}

	private record Labels(Map<Long, String> organisations, Map<Long, String> provinces, Map<String, String> regions,
			HistoryFields fields) {

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
				default -> new Value(this.fields.text(label, value), null);
			};
		}

	}

	record Key(String kind, long id) {
	}

	/**
	 * One change on the page; {@code previousRevision} is the same record's revision
	 * before it (null for its first).
	 */
	record Row(String kind, long entityId, long revision, int revtype, Long previousRevision, Timestamp revisedAt,
			String username) {

		Key key() {
			return new Key(this.kind, this.entityId);
		}

	}

}
