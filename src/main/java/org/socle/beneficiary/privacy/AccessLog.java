package org.socle.beneficiary.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.beneficiary.AccessAction;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.SocleUser;
import org.socle.shared.jdbc.BatchInsert;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log of beneficiary records (loi 09-08): who opened, exported or changed
 * which record, when. Written in the caller's transaction, so that a change and its log
 * line commit together; read by admins only.
 */
@Component
public class AccessLog {

	private static final String INSERT = """
			INSERT INTO beneficiary_access_log (accessed_at, username, user_role, beneficiary_id, establishment_id,
			    action, details, api_token, created_at, created_by, updated_at, updated_by)
			VALUES (:at, :username, :role, :beneficiaryId, :establishmentId, :action, :details, :apiToken, :at, :username,
			    :at, :username)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final EstablishmentAccess establishments;

	private final Pseudonyms pseudonyms;

	private final AccessLogDetails details;

	AccessLog(NamedParameterJdbcTemplate jdbc, Clock clock, EstablishmentAccess establishments, Pseudonyms pseudonyms,
			AccessLogDetails details) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.establishments = establishments;
		this.pseudonyms = pseudonyms;
		this.details = details;
	}

	public void record(long beneficiaryId, long establishmentId, AccessAction action, String details) {
		this.jdbc.update(INSERT,
				params(SocleUser.current(), Instant.now(this.clock), beneficiaryId, establishmentId, action, details));
	}

	/**
	 * One line per beneficiary (list exports, imports, anonymisation), in a few
	 * statements.
	 */
	public void recordAll(Map<Long, Long> establishmentByBeneficiary, AccessAction action, String details) {
		SocleUser user = SocleUser.current();
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		List<Object[]> rows = new ArrayList<>();
		establishmentByBeneficiary.forEach((beneficiary,
				establishment) -> rows.add(new Object[] { now, user.getUsername(), user.role().name(), beneficiary,
						establishment, action.name(), truncate(details), user.apiToken(), now, user.getUsername(), now,
						user.getUsername() }));
		BatchInsert.insert(this.jdbc.getJdbcTemplate(), "beneficiary_access_log",
				List.of("accessed_at", "username", "user_role", "beneficiary_id", "establishment_id", "action",
						"details", "api_token", "created_at", "created_by", "updated_at", "updated_by"),
				rows);
	}

	private static String truncate(String details) {
		return (details != null && details.length() > 500) ? details.substring(0, 500) : details;
	}

	private static MapSqlParameterSource params(SocleUser user, Instant at, long beneficiaryId, long establishmentId,
			AccessAction action, String details) {
		return new MapSqlParameterSource().addValue("at", Timestamp.from(at))
			.addValue("username", user.getUsername())
			.addValue("role", user.role().name())
			.addValue("beneficiaryId", beneficiaryId)
			.addValue("establishmentId", establishmentId)
			.addValue("action", action.name())
			.addValue("details", truncate(details))
			.addValue("apiToken", user.apiToken());
	}

	/**
	 * The log, newest first, filtered by username (exact, case-insensitive), beneficiary
	 * and date range (in the application's time zone).
	 */
	@Transactional(readOnly = true)
	Page<AccessLogEntry> find(String username, Long beneficiaryId, LocalDate from, LocalDate to, Pageable pageable) {
		ZoneId zone = this.clock.getZone();
		StringBuilder where = new StringBuilder(" WHERE true");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (username != null) {
			where.append(" AND lower(username) = lower(:username)");
			params.addValue("username", username);
		}
		if (beneficiaryId != null) {
			where.append(" AND beneficiary_id = :beneficiaryId");
			params.addValue("beneficiaryId", beneficiaryId);
		}
		if (from != null) {
			where.append(" AND accessed_at >= :from");
			params.addValue("from", Timestamp.from(from.atStartOfDay(zone).toInstant()));
		}
		if (to != null) {
			where.append(" AND accessed_at < :to");
			params.addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		}
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM beneficiary_access_log" + where, params,
				Long.class);
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		Map<Long, String> names = names(this.establishments.listReadable());
		Locale locale = LocaleContextHolder.getLocale();
		List<AccessLogEntry> entries = this.jdbc.query(
				"""
						SELECT id, accessed_at, username, user_role, beneficiary_id, establishment_id, action, details, api_token
						FROM beneficiary_access_log"""
						+ where + " ORDER BY accessed_at DESC, id DESC LIMIT :limit OFFSET :offset",
				params, (rs, i) -> {
					AccessAction action = AccessAction.valueOf(rs.getString("action"));
					return new AccessLogEntry(rs.getLong("id"), rs.getTimestamp("accessed_at").toInstant(),
							rs.getString("username"), rs.getString("user_role"), rs.getLong("beneficiary_id"),
							this.pseudonyms.of(rs.getLong("beneficiary_id")), rs.getLong("establishment_id"),
							names.get(rs.getLong("establishment_id")), action,
							this.details.describe(action, rs.getString("details"), names, locale),
							rs.getString("api_token"));
				});
		return new PageImpl<>(entries, pageable, (total != null) ? total : 0);
	}

	/** Establishment names in the current language, by id. */
	public static Map<Long, String> names(Collection<EstablishmentInfo> establishments) {
		Locale locale = LocaleContextHolder.getLocale();
		return establishments.stream()
			.collect(Collectors.toMap(EstablishmentInfo::id, e -> e.name(locale), (a, b) -> a));
	}

}
