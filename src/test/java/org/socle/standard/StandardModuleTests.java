package org.socle.standard;

import java.util.Arrays;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.config.TestDatabaseConfiguration;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.shared.NotFoundException;
import org.socle.standard.admin.NewVersionForm;
import org.socle.standard.admin.StandardAdminService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The standard module booted on its own (a Spring Modulith module test): its beans and
 * the infrastructure of the config module (the test PostgreSQL, the clock, JPA auditing),
 * none of another domain module. Its one dependency, identity, gives it a type
 * ({@link SocleUser}), not a bean.
 */
@ApplicationModuleTest(extraIncludes = "config")
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class StandardModuleTests {

	@Autowired
	StandardCatalog catalog;

	@Autowired
	StandardAdminService admin;

	@Autowired
	StandardFixtures standards;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	/** Beyond the application class itself, beans of standard and config only. */
	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(Arrays.stream(this.context.getBeanDefinitionNames())
			.map(this.context::getType)
			.filter(Objects::nonNull)
			.map(Class::getPackageName)
			.filter((name) -> name.startsWith("org.socle.")))
			.contains("org.socle.standard", "org.socle.standard.editor", "org.socle.config")
			.allMatch((name) -> name.startsWith("org.socle.standard") || name.startsWith("org.socle.config"));
	}

	@Test
	void theDefaultStandardIsInstalledPublishedWithItsFortyIndicators() {
		StandardSummary standard = this.catalog.defaultStandard().orElseThrow();
		assertThat(standard.label()).isEqualTo("SOCLE-EPS 1.0");
		assertThat(standard.status()).isEqualTo(StandardStatus.PUBLISHED);
		assertThat(this.catalog.listPublished()).extracting(StandardSummary::id).contains(standard.id());
		StandardTreeView tree = this.catalog.publishedTree(standard.id());
		assertThat(tree.domains()).hasSize(7);
		assertThat(tree.indicators()).hasSize(40);
	}

	@Test
	void aPublishedVersionIsClonedIntoADraftOnlyAdminsSee() {
		long published = this.standards.publishedCopy("T-MODULE");
		StandardTreeView source = this.catalog.publishedTree(published);
		StandardFixtures.logIn(new SocleUser(0, "t-module-admin", "Admin", Role.ADMIN, null, true, null));
		NewVersionForm form = new NewVersionForm();
		form.setStandardVersion("1.1");

		long draft = this.admin.newVersion(published, form);

		StandardTreeView copy = this.catalog.tree(draft);
		assertThat(copy.standard().label()).isEqualTo(source.standard().code() + " 1.1");
		assertThat(copy.standard().status()).isEqualTo(StandardStatus.DRAFT);
		assertThat(copy.clonedFromId()).isEqualTo(published);
		assertThat(copy.indicators().map(IndicatorView::code))
			.containsExactlyElementsOf(source.indicators().map(IndicatorView::code).toList());
		assertThat(this.catalog.listPublished()).extracting(StandardSummary::id).doesNotContain(draft);
		assertThatThrownBy(() -> this.catalog.publishedTree(draft)).isInstanceOf(NotFoundException.class);
		assertThat(this.catalog.publishedTree(published)).isEqualTo(source);
		SecurityContextHolder.clearContext();
		assertThat(this.catalog.find(draft)).isEmpty();
	}

}
