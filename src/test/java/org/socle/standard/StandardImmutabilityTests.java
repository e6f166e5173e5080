package org.socle.standard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.shared.NotAllowedException;
import org.socle.standard.admin.StandardAdminService;
import org.socle.standard.editor.NodeForm;
import org.socle.standard.editor.NodeKind;
import org.socle.standard.editor.NodePlace;
import org.socle.standard.editor.StandardEditor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A published version is frozen: the services refuse every change, and so does the
 * database itself for raw SQL; the only change allowed is its retirement.
 */
@SocleTest
class StandardImmutabilityTests {

	@Autowired
	StandardFixtures standards;

	@Autowired
	StandardEditor editor;

	@Autowired
	StandardAdminService admin;

	@Autowired
	StandardCatalog catalog;

	@Autowired
	IdentityFixtures users;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theServicesRefuseToChangeAPublishedVersion() {
		long id = this.standards.publishedCopy("T-IMM");
		StandardTreeView tree = this.catalog.publishedTree(id);
		DomainView domain = tree.domains().get(0);
		CriterionView criterion = domain.criteria().get(0);
		IndicatorView indicator = criterion.indicators().get(0);
		StandardFixtures.logIn(this.users.admin());

		NodeForm nodeForm = new NodeForm();
		nodeForm.setNumber(9);
		nodeForm.getTitle().setFr("Nouveau");
		assertThatThrownBy(() -> this.editor.newPlace(id, NodeKind.DOMAIN, id)).isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.editor.save(new NodePlace(id, NodeKind.DOMAIN, id, null, "D"), nodeForm))
			.isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.editor.save(new NodePlace(id, NodeKind.DOMAIN, id, domain.id(), "D"), nodeForm))
			.isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.editor.move(id, NodeKind.CRITERION, criterion.id(), false))
			.isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.editor.delete(id, NodeKind.INDICATOR, indicator.id(), 0))
			.isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.editor.place(id, NodeKind.INDICATOR, indicator.id()))
			.isInstanceOf(NotAllowedException.class);
		NodePlace indicatorPlace = new NodePlace(id, NodeKind.INDICATOR, criterion.id(), indicator.id(),
				indicator.code().substring(0, indicator.code().length() - 1));
		assertThatThrownBy(() -> this.editor.indicatorForm(indicatorPlace)).isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.admin.publish(id, 1)).isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.admin.deleteDraft(id, 1)).isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.admin.detailsForm(id)).isInstanceOf(NotAllowedException.class);

		assertThat(this.catalog.publishedTree(id)).isEqualTo(tree);
	}

	@Test
	void retiringIsTheOnlyChangeAndARetiredVersionStaysReadable() {
		long id = this.standards.publishedCopy("T-RET");
		StandardFixtures.logIn(this.users.admin());
		this.admin.retire(id);
		assertThat(this.catalog.publishedTree(id).standard().status()).isEqualTo(StandardStatus.RETIRED);
		assertThat(this.catalog.listPublished()).extracting(StandardSummary::id).doesNotContain(id);
		assertThatThrownBy(() -> this.admin.retire(id)).isInstanceOf(NotAllowedException.class);
		assertThat(this.jdbc.queryForObject("select retired_by from reference_standard where id = ?", String.class, id))
			.isEqualTo("t-admin");
	}

	@Test
	void theDatabaseRefusesRawChangesToAPublishedTree() {
		long id = this.standards.publishedCopy("T-RAW");
		assertRefused("update standard_indicator set weight = 3 where standard_id = ?", id);
		assertRefused("update standard_criterion set title_fr = 'x' where standard_id = ?", id);
		assertRefused("delete from standard_indicator where standard_id = ?", id);
		assertRefused("delete from standard_domain where standard_id = ?", id);
		assertRefused("""
				insert into standard_domain (standard_id, position, code, weight, title_fr, created_at, updated_at)
				values (?, 99, 'D99', 1, 'Ajout', now(), now())""", id);
		assertRefused("update reference_standard set title_fr = 'Autre titre' where id = ?", id);
		assertRefused("update reference_standard set status = 'DRAFT', published_at = null where id = ?", id);
		assertRefused("update reference_standard set status = 'RETIRED', retired_at = now(), title_fr = 'x' "
				+ "where id = ?", id);
		assertRefused("delete from reference_standard where id = ?", id);
		assertThat(this.catalog.publishedTree(id).indicators().count()).isEqualTo(40);

		assertThatNoException().isThrownBy(() -> this.jdbc.update(
				"update reference_standard set status = 'RETIRED', retired_at = now(), retired_by = 'dba' where id = ?",
				id));
		assertRefused("update reference_standard set retired_by = 'someone else' where id = ?", id);
		assertRefused("update standard_indicator set weight = 3 where standard_id = ?", id);
	}

	@Test
	void theDatabaseLetsADraftChangeAndBeDeletedButNotBeCreatedPublished() {
		long id = this.standards.draftCopy("T-DRAFT");
		assertThat(this.jdbc
			.update("update standard_indicator set weight = 3 where standard_id = ? and code = 'D1.C1.I1'", id))
			.isEqualTo(1);
		assertRefused("update reference_standard set status = 'RETIRED', retired_at = now() where id = ?", id);
		assertThat(this.jdbc.update("delete from reference_standard where id = ?", id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from standard_indicator where standard_id = ?", Long.class,
				id))
			.isZero();
		assertRefused("""
				insert into reference_standard (code, standard_version, title_fr, status, published_at, created_at,
				    updated_at)
				values ('T-BORN-PUBLISHED', '1.0', 'Titre', 'PUBLISHED', now(), now(), now())""");
	}

	private void assertRefused(String sql, Object... args) {
		assertThatThrownBy(() -> this.jdbc.update(sql, args)).as(sql)
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("reference standard");
	}

}
