package org.socle.assessment.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Upgrade from a version that kept evidence files under the data directory: the files are
 * moved into PostgreSQL, checked against their record, once; the others stay on disk.
 */
@SocleTest
class LegacyEvidenceFilesTests {

	static final byte[] PDF = "%PDF-1.4\nlegacy\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	LegacyEvidenceFiles legacy;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Value("${socle.evidence.dir}")
	Path filesDir;

	/**
	 * An evidence record as an earlier version left it: its file on disk, not in the
	 * database.
	 */
	long onDisk(long assessment, SocleUser manager, byte[] content) throws Exception {
		this.mvc
			.perform(multipart("/assessments/{id}/answers/{code}/evidence", assessment, "D1.C1.I1")
				.file(new MockMultipartFile("file", "ancien.pdf", "application/pdf", content))
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select max(id) from assessment_evidence where assessment_id = ?",
				Long.class, assessment);
		String key = key(id);
		this.jdbc.update("delete from assessment_evidence_file where storage_key = ?", key);
		Path file = this.filesDir.resolve(key);
		Files.createDirectories(file.getParent());
		Files.write(file, content);
		return id;
	}

	String key(long evidence) {
		return this.jdbc.queryForObject("select storage_key from assessment_evidence where id = ?", String.class,
				evidence);
	}

	@Test
	void filesOnDiskAreMovedIntoTheDatabaseOnceAndStayDownloadable() throws Exception {
		SocleUser manager = this.identity.managerA();
		EstablishmentInfo establishment = this.fixtures.establishment("Justificatifs anciens",
				manager.organisationId());
		long assessment = this.fixtures.create(establishment.id(), AssessmentKind.SELF, manager);
		long moved = onDisk(assessment, manager, PDF);
		// a file whose content no longer matches its record, and one of no record
		long tampered = onDisk(assessment, manager, PDF);
		Files.write(this.filesDir.resolve(key(tampered)), "%PDF-1.4\nchanged\n".getBytes(StandardCharsets.US_ASCII));
		Path stray = this.filesDir.resolve("assessments/" + assessment + "/0000-upload-that-failed.part");
		Files.write(stray, PDF);

		LegacyEvidenceFiles.Moved result = this.legacy.moveToStore();

		assertThat(result.moved()).isEqualTo(1);
		assertThat(result.leftOnDisk()).isEqualTo(2);
		assertThat(result.missing()).isGreaterThanOrEqualTo(1);
		assertThat(this.filesDir.resolve(key(moved))).doesNotExist();
		assertThat(this.filesDir.resolve(key(tampered))).exists();
		assertThat(stray).exists();
		this.mvc.perform(get("/assessments/{id}/evidence/{e}", assessment, moved).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get("/assessments/{id}/evidence/{e}", assessment, moved).with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		// the record whose file matched nothing answers 404, as a lost file did before
		this.mvc.perform(get("/assessments/{id}/evidence/{e}", assessment, tampered).with(user(manager)))
			.andExpect(status().isNotFound());

		// idempotent: a second start moves nothing more
		assertThat(this.legacy.moveToStore().moved()).isZero();
		Files.delete(stray);
		Files.delete(this.filesDir.resolve(key(tampered)));
		assertThat(this.legacy.moveToStore().moved()).isZero();
		assertThat(this.filesDir.resolve("assessments")).doesNotExist();
	}

}
