package org.socle.config;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SocleTest
class FlywayMigrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationIsAppliedOnPostgresql() {
		MigrationInfo[] all = this.flyway.info().all();
		assertThat(all).isNotEmpty();
		assertThat(Arrays.stream(all).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	@Test
	void theDatabaseItselfRefusesAManagerWithoutOrganisation() {
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into app_user (username, display_name, email, password_hash, role, created_at, updated_at)
				values ('orphan', 'Orphan', 'o@test.ma', 'x', 'MANAGER', now(), now())
				""")).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("ck_app_user_manager_organisation");
	}

}
