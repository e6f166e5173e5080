package org.socle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules Spring Modulith does not check: what stays inside a module, and the purity of the
 * scoring engine. A type public in a sub-package is hidden from other modules by
 * Modulith's boundary check ({@link ModularityTests}); in a module's root package it
 * would be API, which entities, repositories and controllers never are.
 */
class ArchitectureTests {

	static final JavaClasses SOCLE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.socle");

	/** Sub-packages of a module: {@code org.socle.<module>.<sub-feature>..}. */
	private static final String BELOW_A_MODULE_ROOT = "org.socle.*.*..";

	@Test
	void entitiesRepositoriesAndControllersAreNeverApi() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.and()
			.resideOutsideOfPackage("org.socle.shared..")
			.and()
			.arePublic()
			.should()
			.resideInAPackage(BELOW_A_MODULE_ROOT)
			.check(SOCLE);
		classes().that()
			.areAssignableTo(Repository.class)
			.and()
			.arePublic()
			.should()
			.resideInAPackage(BELOW_A_MODULE_ROOT)
			.check(SOCLE);
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(SOCLE);
	}

	@Test
	void formsAreNotApi() {
		classes().that()
			.haveSimpleNameEndingWith("Form")
			.and()
			.areNotEnums() // LegalForm is an organisation's legal form, not a form
			.and()
			.arePublic()
			.should()
			.resideInAPackage(BELOW_A_MODULE_ROOT)
			.check(SOCLE);
	}

	/**
	 * Its package-info may name it a Modulith named interface: metadata for the boundary
	 * check, not a dependency of the engine's code.
	 */
	@Test
	void theScoringEngineIsPlainJava() {
		noClasses().that()
			.resideInAPackage("org.socle.assessment.scoring..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..", "tools.jackson..",
					"com.fasterxml..")
			.check(SOCLE);
	}

	/** Several nodes run Socle: a scheduled job runs on one of them at a time. */
	@Test
	void everyScheduledJobHoldsADatabaseLock() {
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.allowEmptyShould(true)
			.check(SOCLE);
	}

}
