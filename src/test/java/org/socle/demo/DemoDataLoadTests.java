package org.socle.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.care.EstablishmentMetrics;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo beneficiaries, services and care plans on a set of demo establishments (made
 * here by fixtures, not by the establishments' demo data): a few thousand rows, fast,
 * idempotent, with ages per category and coverage that differs between establishments.
 * Rolled back at the end.
 */
@SocleTest
class DemoDataLoadTests {

	@Autowired
	List<DemoDataContributor> contributors;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentMetrics metrics;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@Transactional
	void demoBeneficiariesAndCareLoadQuicklyOnceWithRealisticDistributions() {
		long alAmal = this.identity.organisation(DemoOrganisations.AL_AMAL);
		long nour = this.identity.organisation(DemoOrganisations.NOUR);
		long atlas = this.identity.organisation(DemoOrganisations.ATLAS);
		long other = this.identity.organisation("Test Org A");
		List<Long> ids = new ArrayList<>();
		Category[] categories = Category.values();
		int[] capacities = { 120, 300, 80, 150, 60, 200, 90, 250, 140, 180, 100, 220, 160, 130 };
		for (int i = 0; i < capacities.length; i++) {
			long organisation = (i % 3 == 0) ? alAmal : (i % 3 == 1) ? nour : atlas;
			long id = this.establishments
				.establishment("Demo load EPS " + i, organisation, categories[i % categories.length],
						"MA-0" + (1 + i % 9), capacities[i])
				.id();
			for (int s = 0; s < 3 + i % 8; s++) {
				this.establishments.staff(id, "Staff " + s, s % 3 != 0, LocalDate.of(2020, 1, 1), null);
			}
			ids.add(id);
		}
		long outside = this.establishments.establishment("Demo load not demo", other).id();

		long start = System.nanoTime();
		QueryCountHolder.clear();
		DemoDataLoader.asSystem(() -> this.contributors.stream()
			.filter(c -> c.getClass().getSimpleName().contains("BeneficiaryDemoData")
					|| c.getClass().getSimpleName().contains("CareDemoData"))
			.forEach(DemoDataContributor::loadDemoData));
		long millis = (System.nanoTime() - start) / 1_000_000;
		long statements = QueryCountHolder.getGrandTotal().getTotal();
		System.out.printf("Demo beneficiaries and care loaded in %d ms, %d statements%n", millis, statements);

		long beneficiaries = count("SELECT count(*) FROM beneficiary WHERE created_by = 'demo-data'");
		long services = count("SELECT count(*) FROM care_record WHERE created_by = 'demo-data'");
		assertThat(beneficiaries).isBetween(2000L, 5000L);
		assertThat(services).isGreaterThan(10_000L);
		assertThat(count("SELECT count(*) FROM care_plan_review WHERE created_by = 'demo-data'")).isGreaterThan(500);
		assertThat(count("SELECT count(*) FROM beneficiary WHERE establishment_id = " + outside)).isZero();
		// Set-based: the statements follow the 14 establishments, not the thousands of
		// rows
		// (207 when written). Wall time is printed only: it moves with the machine's
		// load.
		assertThat(statements).as("statements of the demo load").isLessThan(300);

		// idempotent
		DemoDataLoader.asSystem(() -> this.contributors.forEach(c -> {
			if (c.getClass().getSimpleName().matches(".*(BeneficiaryDemoData|CareDemoData).*")) {
				c.loadDemoData();
			}
		}));
		assertThat(count("SELECT count(*) FROM beneficiary WHERE created_by = 'demo-data'")).isEqualTo(beneficiaries);
		assertThat(count("SELECT count(*) FROM care_record WHERE created_by = 'demo-data'")).isEqualTo(services);

		// ages follow the establishment's category
		Map<String, Object> elderly = this.jdbc.queryForMap("""
				SELECT min(extract(YEAR FROM current_date) - b.birth_year) AS youngest FROM beneficiary b
				JOIN beneficiary_stay s ON s.beneficiary_id = b.id WHERE s.establishment_id = ?""", ids.get(2));
		assertThat(((Number) elderly.get("youngest")).intValue()).isGreaterThanOrEqualTo(59);

		// scores differ: health cover is not the same everywhere
		var admin = this.identity.admin();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		LocalDate today = LocalDate.now(this.clock);
		List<BigDecimal> covers = ids.stream()
			.map(id -> this.metrics.compute(id, today).get("HEALTH_COVER_RATE").value())
			.toList();
		assertThat(covers.stream().distinct().count()).isGreaterThan(5);
		assertThat(covers.stream()
			.max(BigDecimal::compareTo)
			.orElseThrow()
			.subtract(covers.stream().min(BigDecimal::compareTo).orElseThrow())).isGreaterThan(new BigDecimal("25"));
		assertThat(this.metrics.compute(ids.get(0), today).get("PSYCHOSOCIAL_SUPPORT_RATE").value()).isNotNull();
	}

	long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
