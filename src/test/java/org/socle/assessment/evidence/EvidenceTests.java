package org.socle.assessment.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence files: type by content, size limit, stored in PostgreSQL under a random key,
 * downloads only for those who may read the assessment, nothing once validated.
 */
@SocleTest
class EvidenceTests {

	static final byte[] PNG = bytes(
			new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' });

	static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] JPEG = bytes(new int[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 });

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	@BeforeEach
	void users() {
		this.manager = this.identity.managerA();
	}

	private long draft(String name) {
		EstablishmentInfo e = this.fixtures.establishment(name, this.manager.organisationId());
		return this.fixtures.create(e.id(), AssessmentKind.SELF, this.manager);
	}

	private ResultActions upload(long id, String code, MockMultipartFile file, SocleUser as) throws Exception {
		return this.mvc.perform(multipart("/assessments/{id}/answers/{code}/evidence", id, code).file(file)
			.with(user(as))
			.with(csrf()));
	}

	@Test
	void aPdfIsStoredUnderARandomNameWithItsHashAndDownloadedAsAnAttachment() throws Exception {
		long id = draft("Justificatifs PDF");
		upload(id, "D1.C1.I1", new MockMultipartFile("file", "../../autorisation <2024>.pdf", "text/plain", PDF),
				this.manager)
			.andExpect(redirectedUrl("/assessments/" + id + "#ind-D1.C1.I1"))
			.andExpect(flash().attribute("success", "assessment.evidence.added"));
		Map<String, Object> row = this.jdbc.queryForMap(
				"select id, original_name, content_type, size_bytes, sha256, storage_key from assessment_evidence where assessment_id = ?",
				id);
		assertThat(row.get("original_name")).isEqualTo("autorisation <2024>.pdf");
		assertThat(row.get("content_type")).isEqualTo("application/pdf");
		assertThat(row.get("size_bytes")).isEqualTo((long) PDF.length);
		assertThat(row.get("sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		String key = (String) row.get("storage_key");
		assertThat(key).startsWith("assessments/" + id + "/").doesNotContain("autorisation").doesNotContain(".pdf");
		assertThat(stored(key)).isEqualTo(PDF);

		long evidenceId = ((Number) row.get("id")).longValue();
		this.mvc.perform(get("/assessments/{id}/evidence/{e}", id, evidenceId).with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andExpect(content().bytes(PDF));
	}

	@Test
	void aPngRenamedPdfIsStoredAndServedAsAPng() throws Exception {
		long id = draft("Justificatifs PNG renommé");
		upload(id, "D1.C1.I1", new MockMultipartFile("file", "scan.pdf", "application/pdf", PNG), this.manager)
			.andExpect(status().is3xxRedirection());
		Map<String, Object> row = this.jdbc
			.queryForMap("select id, content_type, storage_key from assessment_evidence where assessment_id = ?", id);
		assertThat(row.get("content_type")).isEqualTo("image/png");
		this.mvc.perform(get("/assessments/{id}/evidence/{e}", id, row.get("id")).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("scan.png")));
	}

	@Test
	void aFakePdfIsRefusedWhateverItsNameAndDeclaredType() throws Exception {
		long id = draft("Justificatifs faux PDF");
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		upload(id, "D1.C1.I1", new MockMultipartFile("file", "rapport.pdf", "application/pdf", html), this.manager)
			.andExpect(redirectedUrl("/assessments/" + id + "#ind-D1.C1.I1"))
			.andExpect(flash().attribute("evidenceError", "assessment.evidence.rejected.TYPE"));
		upload(id, "D1.C1.I1", new MockMultipartFile("file", "vide.pdf", "application/pdf", new byte[0]), this.manager)
			.andExpect(flash().attribute("evidenceError", "assessment.evidence.rejected.EMPTY"));
		assertThat(count(id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from assessment_evidence_file where assessment_id = ?",
				Long.class, id))
			.isZero();
	}

	@Test
	void aFileOverTheLimitIsRefusedAndNothingIsLeftOnDisk() throws Exception {
		long id = draft("Justificatifs trop gros");
		ByteArrayOutputStream big = new ByteArrayOutputStream();
		big.write(JPEG);
		big.write(new byte[5 * 1024 * 1024]);
		BrowserSession browser = new BrowserSession(this.mvc);
		browser
			.perform(multipart("/assessments/{id}/answers/{code}/evidence", id, "D1.C1.I1")
				.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", big.toByteArray()))
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(flash().attribute("evidenceError", "assessment.evidence.rejected.TOO_LARGE"));
		assertThat(count(id)).isZero();
		// the page it goes back to says why, with the limit
		browser.perform(get("/assessments/{id}", id).with(user(this.manager)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("5 Mo au plus")));
	}

	@Test
	void onlyThoseWhoMayReadTheAssessmentDownloadAndOnlyTheEditingSideUploads() throws Exception {
		long id = draft("Justificatifs accès");
		upload(id, "D1.C1.I1", new MockMultipartFile("file", "a.jpg", "image/jpeg", JPEG), this.manager)
			.andExpect(status().is3xxRedirection());
		long evidenceId = this.jdbc.queryForObject("select id from assessment_evidence where assessment_id = ?",
				Long.class, id);
		// a manager of another organisation: 404, for the file and for uploading
		this.mvc.perform(get("/assessments/{id}/evidence/{e}", id, evidenceId).with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		upload(id, "D1.C1.I1", new MockMultipartFile("file", "b.jpg", "image/jpeg", JPEG), this.identity.managerB())
			.andExpect(status().isNotFound());
		// an auditor reads but does not add to a manager's draft
		upload(id, "D1.C1.I1", new MockMultipartFile("file", "c.jpg", "image/jpeg", JPEG), this.identity.auditor())
			.andExpect(status().isForbidden());
		// an evidence id under another assessment is not found
		long other = draft("Justificatifs accès autre");
		this.mvc.perform(get("/assessments/{id}/evidence/{e}", other, evidenceId).with(user(this.manager)))
			.andExpect(status().isNotFound());
		// the editing side removes it
		String key = this.jdbc.queryForObject("select storage_key from assessment_evidence where id = ?", String.class,
				evidenceId);
		this.mvc.perform(post("/assessments/{id}/evidence/{e}/delete", id, evidenceId)
			// the code goes back in the redirect: a line break there was a 500
			.param("code", "D1.C1.I1\r\nSet-Cookie: x=<y>")
			.with(user(this.manager))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/assessments/" + id + "#ind-D1.C1.I1%0D%0ASet-Cookie:%20x=%3Cy%3E"));
		assertThat(count(id)).isZero();
		assertThat(this.jdbc.queryForList("select content from assessment_evidence_file where storage_key = ?",
				byte[].class, key))
			.isEmpty();
	}

	@Test
	void nothingIsAddedToOrRemovedFromAValidatedAssessment() throws Exception {
		EstablishmentInfo e = this.fixtures.establishment("Justificatifs validée", this.manager.organisationId());
		long id = this.fixtures.validatedSelf(e.id(), this.manager, this.identity.auditor(), 3, AssessmentFixtures.D);
		upload(id, "D1.C1.I1", new MockMultipartFile("file", "a.jpg", "image/jpeg", JPEG), this.manager)
			.andExpect(status().isForbidden());
		assertThat(count(id)).isZero();
	}

	private byte[] stored(String key) {
		return this.jdbc.queryForObject("select content from assessment_evidence_file where storage_key = ?",
				byte[].class, key);
	}

	private long count(long id) {
		return this.jdbc.queryForObject("select count(*) from assessment_evidence where assessment_id = ?", Long.class,
				id);
	}

	private static byte[] bytes(int[] values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
