package org.socle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules Spring Modulith does not check: what stays inside a module, and the purity of the
 * scoring engine.
 */
class ArchitectureTests {

	static final JavaClasses SOCLE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.socle");

	@Test
	void entitiesRepositoriesAndControllersStayInsideTheirModule() {
		ArchRule entities = classes().that()
			.areAnnotatedWith(Entity.class)
			.and()
			.resideOutsideOfPackage("org.socle.shared..")
			.should()
			.notBePublic();
		ArchRule repositories = classes().that().areAssignableTo(Repository.class).should().notBePublic();
		ArchRule controllers = classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic();
		entities.check(SOCLE);
		repositories.check(SOCLE);
		controllers.check(SOCLE);
	}

	@Test
	void theScoringEngineIsPlainJava() {
		noClasses().that()
			.resideInAPackage("org.socle.assessment.scoring..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..", "tools.jackson..",
					"com.fasterxml..")
			.check(SOCLE);
	}

}
