package org.socle.assessment.metrics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every establishment's snapshots at once, for a new reference date, are exactly those of
 * each establishment alone, the previous action plan's on-time rate included, in a fixed
 * number of statements.
 */
@SocleTest
class MetricSnapshotsBatchTests {

	@Autowired
	MetricSnapshots snapshots;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyEstablishmentAtOnceGetsWhatEachGetsAlone() {
		SocleUser manager = this.identity.managerA();
		SocleUser auditor = this.identity.auditor();
		EstablishmentInfo planned = this.fixtures.establishment("Lot avec plan", manager.organisationId());
		EstablishmentInfo unplanned = this.fixtures.establishment("Lot sans plan", manager.organisationId());
		long previous = this.fixtures.validatedSelf(planned.id(), manager, auditor, 2, LocalDate.of(2025, 3, 1));
		List<Long> items = this.jdbc.queryForList("select id from action_item where assessment_id = ? order by id",
				Long.class, previous);
		LocalDate due = LocalDate.of(2025, 5, 31);
		this.jdbc.update("update action_item set due_date = ?, status = 'OPEN', completed_on = null"
				+ " where assessment_id = ?", due, previous);
		this.jdbc.update("update action_item set status = 'DONE', completed_on = ? where id = ?", due, items.get(0));
		this.jdbc.update("update action_item set status = 'DROPPED' where id = ?", items.get(1));

		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(auditor, null, auditor.getAuthorities()));
		Map<Long, Map<String, MetricSnapshot>> batch = new LinkedHashMap<>();
		QueryCountHolder.clear();
		this.snapshots.computeAll(AssessmentFixtures.D,
				(establishment, values) -> batch.put(establishment.id(), values));
		assertThat(QueryCountHolder.getGrandTotal().getTotal()).isLessThanOrEqualTo(5);
		QueryCountHolder.clear();

		assertThat(List.copyOf(batch.keySet())).isSorted().contains(planned.id(), unplanned.id());
		MetricSnapshot onTime = batch.get(planned.id()).get("ACTION_PLAN_ON_TIME_RATE");
		assertThat(onTime.recordIds()).containsExactly(items.get(0));
		assertThat(onTime.denominator()).isEqualTo(items.size() - 1);
		assertThat(batch.get(unplanned.id()).get("ACTION_PLAN_ON_TIME_RATE").value()).isNull();
		assertThat(batch.get(planned.id()).get("HEALTH_COVER_RATE").numerator()).isEqualTo(2);
		batch.forEach((id, values) -> assertThat(values).as("establishment " + id)
			.containsExactlyEntriesOf(this.snapshots.compute(id, AssessmentFixtures.D, null)));
	}

}
