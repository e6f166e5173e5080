package org.socle.api.v1;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.privacy.Pseudonyms;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.tokens.ApiTokenFixtures;
import org.socle.shared.crypto.FieldEncryption;
import org.socle.shared.idempotency.IdempotencyKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk creation of service records by pseudonymous reference: all or nothing (one bad
 * record writes nothing and the problem names it), idempotent by key (the same key twice
 * gives one set of rows, also when two race; with another body, a problem),
 * access-logged, the establishment's manager only.
 */
@SocleTest
class ApiBulkServiceRecordsTests {

	static final LocalDate DAY = LocalDate.of(2025, 5, 12);

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokenFixtures tokens;

	@Autowired
	IdempotencyKeys keys;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	FieldEncryption encryption;

	SocleUser manager;

	long establishment;

	String first;

	String second;

	String elsewhere;

	String discharged;

	@BeforeEach
	void data() {
		long organisation = this.identity.organisation("APIB Association");
		this.manager = this.identity.user("apib-manager", Role.MANAGER, organisation);
		this.establishment = this.establishments.establishment("APIB Foyer", organisation).id();
		long other = this.establishments.establishment("APIB Foyer voisin", organisation).id();
		this.first = pseudonym(this.establishment, "APIB Premier", null);
		this.second = pseudonym(this.establishment, "APIB Second", null);
		this.elsewhere = pseudonym(other, "APIB Ailleurs", null);
		this.discharged = pseudonym(this.establishment, "APIB Parti", LocalDate.of(2025, 2, 1));
	}

	private String pseudonym(long establishment, String lastName, LocalDate discharge) {
		Long id = this.jdbc.query("select id from beneficiary where last_name = ?",
				(rs) -> rs.next() ? rs.getLong(1) : null, lastName);
		if (id == null) {
			BeneficiaryFixtures.Builder builder = this.beneficiaries.beneficiary(establishment, lastName);
			id = ((discharge != null) ? builder.discharged(discharge, DischargeReason.AUTONOMY) : builder).create();
		}
		return this.pseudonyms.of(id);
	}

	@Test
	void recordsEveryServiceAndLogsEachBeneficiary() throws Exception {
		long before = services();
		String key = UUID.randomUUID().toString();
		this.mvc
			.perform(uploadRecords(key, record(this.first, "PSYCHOSOCIAL", DAY),
					record(this.first, "PSYCHOSOCIAL", DAY.plusDays(1)), record(this.second, "HEALTH_CHECK", DAY)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created", is(3)))
			.andExpect(jsonPath("$.ids.length()", is(3)))
			.andExpect(header().string("Idempotent-Replayed", "false"));
		assertThat(services()).isEqualTo(before + 3);
		assertThat(this.jdbc.queryForList(
				"select api_token from beneficiary_access_log where action = 'CREATE' and details like ?", String.class,
				"%" + key))
			.as("each beneficiary once, with the token's name")
			.containsExactly("tests", "tests");
	}

	@Test
	void theSameKeyTwiceGivesOneSetOfRowsAndAnotherBodyIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = body(record(this.second, "PSYCHOSOCIAL", DAY.minusDays(3)));
		long before = services();
		String response = this.mvc.perform(upload(key, body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(upload(key, body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString()).isEqualTo(response));
		assertThat(services()).isEqualTo(before + 1);
		this.mvc.perform(upload(key, body(record(this.second, "PSYCHOSOCIAL", DAY.minusDays(4)))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/idempotency-key-reused")));
		assertThat(services()).isEqualTo(before + 1);
	}

	/**
	 * Both requests find the key unused; the test holds the establishment's row meanwhile
	 * (a new service record's foreign key waits for it), so that neither writes before
	 * both have looked. Then the second to store the key fails on its unique constraint
	 * and rolls back its records: 409, and one set of rows.
	 */
	@Test
	void twoRequestsRacingWithOneKeyRecordOnceAndTheSecondIsAConflict() throws Exception {
		String key = UUID.randomUUID().toString();
		MockHttpServletRequestBuilder request = uploadRecords(key,
				record(this.second, "HEALTH_CHECK", DAY.minusDays(20)));
		long before = services();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> client = () -> {
				start.await();
				return this.mvc.perform(request).andReturn().getResponse().getStatus();
			};
			List<Future<Integer>> answers = new TransactionTemplate(this.transactions).execute((held) -> {
				this.jdbc.queryForObject("select id from establishment where id = ? for update", Long.class,
						this.establishment);
				List<Future<Integer>> sent = List.of(clients.submit(client), clients.submit(client));
				start.countDown();
				awaitInsertsWaitingForALock(2);
				return sent;
			});
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(services()).isEqualTo(before + 1);
	}

	/** Statistics are a snapshot per transaction: cleared before each look. */
	private void awaitInsertsWaitingForALock(int requests) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			this.jdbc.execute("select pg_stat_clear_snapshot()");
			Long waiting = this.jdbc.queryForObject("select count(*) from pg_stat_activity "
					+ "where wait_event_type = 'Lock' and query ilike 'insert into care_record%'", Long.class);
			if (waiting >= requests) {
				return;
			}
			assertThat(System.nanoTime()).as("both requests wait for the establishment's row").isLessThan(deadline);
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
		}
	}

	@Test
	void keysAreForgottenAfterAWeek() throws Exception {
		String old = UUID.randomUUID().toString();
		String recent = UUID.randomUUID().toString();
		this.mvc.perform(uploadRecords(old, record(this.second, "PSYCHOSOCIAL", DAY.minusDays(10))))
			.andExpect(status().isCreated());
		this.mvc.perform(uploadRecords(recent, record(this.second, "PSYCHOSOCIAL", DAY.minusDays(11))))
			.andExpect(status().isCreated());
		this.jdbc.update("update api_idempotent_request set created_at = now() - interval '8 days' "
				+ "where idempotency_key = ?", old);

		this.keys.forgetOldKeys();

		assertThat(this.jdbc.queryForList(
				"select idempotency_key from api_idempotent_request " + "where idempotency_key in (?, ?)", String.class,
				old, recent))
			.containsExactly(recent);
	}

	@Test
	void oneBadRecordWritesNothingAndTheProblemListsEachBadRow() throws Exception {
		long before = services();
		long logged = accessLog();
		String key = UUID.randomUUID().toString();
		this.mvc
			.perform(uploadRecords(key, record(this.first, "PSYCHOSOCIAL", DAY),
					record(this.elsewhere, "PSYCHOSOCIAL", DAY),
					record(this.second, "PSYCHOSOCIAL", LocalDate.now().plusDays(2)),
					record(this.second, "NO_SUCH_TYPE", DAY), record(this.discharged, "PSYCHOSOCIAL", DAY)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/invalid-service-records")))
			.andExpect(jsonPath("$.errors[*].row", contains(1, 2, 3, 4)))
			.andExpect(jsonPath("$.errors[*].field", contains("beneficiary", "date", "serviceType", "beneficiary")))
			.andExpect(jsonPath("$.errors[*].code",
					contains("care.notPresent", "care.futureDate", "care.unknownType", "care.notPresent")))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		assertThat(services()).isEqualTo(before);
		assertThat(accessLog()).isEqualTo(logged);
		// nothing was kept of the failed request: the same key, corrected, goes through
		this.mvc
			.perform(uploadRecords(key, record(this.first, "PSYCHOSOCIAL", DAY),
					record(this.discharged, "PSYCHOSOCIAL", LocalDate.of(2025, 1, 15))))
			.andExpect(status().isCreated());
		assertThat(services()).isEqualTo(before + 2);
	}

	/**
	 * Text as forms take it: a control character is refused with a translated reason (NUL
	 * would come back from PostgreSQL as an error), and notes are stored in NFC.
	 */
	@Test
	void controlCharactersAreRefusedAndNotesAreStoredInNfc() throws Exception {
		long before = services();
		this.mvc
			.perform(uploadRecords(UUID.randomUUID().toString(), record(this.first, "PSYCHOSOCIAL", DAY, "a\\u0000b"),
					record(this.first, "PSYCHOSOCIAL", DAY, "x\\u0085"),
					record(this.first, "PSYCHOSOCIAL", DAY, "\\u001b[31m")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].row", contains(0, 1, 2)))
			.andExpect(jsonPath("$.errors[*].field", contains("notes", "notes", "notes")))
			.andExpect(jsonPath("$.errors[*].code",
					contains("care.controlCharacter", "care.controlCharacter", "care.controlCharacter")))
			.andExpect(jsonPath("$.errors[0].message", not(startsWith("care."))));
		assertThat(services()).isEqualTo(before);
		String response = this.mvc
			.perform(uploadRecords(UUID.randomUUID().toString(),
					record(this.first, "PSYCHOSOCIAL", DAY.minusDays(20), "Be\\u0301nani\\nsuivi\\tok")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(response.replaceFirst(".*\"ids\":\\[(\\d+).*", "$1"));
		assertThat(this.encryption
			.decrypt(this.jdbc.queryForObject("select notes from care_record where id = ?", String.class, id)))
			.isEqualTo("B\u00e9nani\nsuivi\tok");
	}

	/** A regression test: a null record was a null pointer, hence a 500. */
	@Test
	void aNullRecordIsAProblemOfItsRow() throws Exception {
		long before = services();
		this.mvc.perform(uploadRecords(UUID.randomUUID().toString(), record(this.first, "PSYCHOSOCIAL", DAY), "null"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].row", contains(1)))
			.andExpect(jsonPath("$.errors[*].field", contains("record")))
			.andExpect(jsonPath("$.errors[*].code", contains("NotNull")));
		assertThat(services()).isEqualTo(before);
	}

	@Test
	void aKeyIsRequiredAndAThousandRecordsIsTheLimit() throws Exception {
		long before = services();
		this.mvc
			.perform(post("/api/v1/establishments/{id}/service-records/bulk", this.establishment)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(record(this.first, "PSYCHOSOCIAL", DAY)))
				.header("Authorization", this.tokens.bearer(this.manager)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type", endsWith("/idempotency-key-required")));
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			many.add(record(this.first, "PSYCHOSOCIAL", DAY));
		}
		this.mvc.perform(uploadRecords(UUID.randomUUID().toString(), many.toArray(String[]::new)))
			.andExpect(status().isPayloadTooLarge());
		assertThat(services()).isEqualTo(before);
	}

	@Test
	void onlyTheEstablishmentsManagerRecords() throws Exception {
		long before = services();
		String body = body(record(this.first, "PSYCHOSOCIAL", DAY));
		SocleUser other = this.identity.user("apib-other", Role.MANAGER,
				this.identity.organisation("APIB Autre association"));
		this.mvc.perform(upload(UUID.randomUUID().toString(), body, this.identity.auditor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(upload(UUID.randomUUID().toString(), body, this.identity.admin()))
			.andExpect(status().isForbidden());
		this.mvc.perform(upload(UUID.randomUUID().toString(), body, other)).andExpect(status().isNotFound());
		assertThat(services()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder uploadRecords(String key, String... records) {
		return upload(key, body(records));
	}

	private MockHttpServletRequestBuilder upload(String key, String body) {
		return upload(key, body, this.manager);
	}

	/**
	 * As a partner's tool sends it: the caller's API token, no session, no CSRF token.
	 */
	private MockHttpServletRequestBuilder upload(String key, String body, SocleUser as) {
		return post("/api/v1/establishments/{id}/service-records/bulk", this.establishment)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", key)
			.header("Authorization", this.tokens.bearer(as))
			.content(body);
	}

	private static String body(String... records) {
		return "{\"records\":[" + String.join(",", records) + "]}";
	}

	private static String record(String beneficiary, String type, LocalDate date) {
		return record(beneficiary, type, date, null);
	}

	/** A record; {@code notes} as JSON string content (escapes allowed), or null. */
	private static String record(String beneficiary, String type, LocalDate date, String notes) {
		return "{\"beneficiary\":\"" + beneficiary + "\",\"serviceType\":\"" + type + "\",\"date\":\"" + date
				+ "\",\"notes\":" + ((notes != null) ? "\"" + notes + "\"" : "null") + "}";
	}

	private long services() {
		return this.jdbc.queryForObject("select count(*) from care_record where establishment_id = ?", Long.class,
				this.establishment);
	}

	private long accessLog() {
		return this.jdbc.queryForObject("select count(*) from beneficiary_access_log where establishment_id = ?",
				Long.class, this.establishment);
	}

}
