package org.socle.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notices as the platform stored them (the {@code notification} table: one row per
 * event key and recipient), for tests of who was told what.
 */
@Component
public class StoredNotices {

	private final JdbcTemplate jdbc;

	StoredNotices(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The notices of the event, in the order they were stored. */
	public List<Notice> withKey(String eventKey) {
		return this.jdbc.query(
				"select event_key, recipient_id, type, arguments, link from notification where event_key = ? order by id",
				StoredNotices::notice, eventKey);
	}

	/** The notices of the events whose key starts with {@code prefix}, in order. */
	public List<Notice> withKeyStarting(String prefix) {
		return this.jdbc.query("""
				select event_key, recipient_id, type, arguments, link from notification
				where starts_with(event_key, ?) order by id
				""", StoredNotices::notice, prefix);
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getString("event_key"), rs.getLong("recipient_id"),
				NoticeType.valueOf(rs.getString("type")), List.of((String[]) rs.getArray("arguments").getArray()),
				rs.getString("link"));
	}

}
