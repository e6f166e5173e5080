package org.socle.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.SocleApplication;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo module is a leaf: only it knows the demo rows, and no production module
 * depends on it (Spring Modulith checks only the modules that list their allowed
 * dependencies; this holds for all).
 */
class DemoModuleTests {

	@Test
	void noProductionModuleDependsOnTheDemoModule() {
		ApplicationModules modules = ApplicationModules.of(SocleApplication.class);
		List<String> dependents = modules.stream()
			.filter(module -> module.getDirectDependencies(modules).containsModuleNamed("demo"))
			.map(module -> module.getIdentifier().toString())
			.toList();

		assertThat(dependents).isEmpty();
	}

}
