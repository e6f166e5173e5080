package org.socle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries hold, each module exposes only API types, and the committed module
 * documentation ({@code docs/modules}) is current. The documentation is written on
 * purpose, never as a side effect of a test run:
 * {@code ./mvnw test -Dtest=ModularityTests -Dsocle.module-docs=write}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SocleApplication.class);

	private static final Path COMMITTED_DOCS = Path.of("docs/modules");

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void modulesExposeOnlyApiTypes() {
		Map<String, List<String>> exposed = new TreeMap<>();
		MODULES.forEach(module -> exposed.put(module.getIdentifier().toString(), exposedTypes(module)));
		exposed.forEach((module, types) -> System.out.println(module + " exposes " + types));
		List<String> notApi = exposed.values()
			.stream()
			.flatMap(List::stream)
			.filter(ModularityTests::isInternalKind)
			.toList();
		assertThat(notApi).as("forms, entities, repositories or controllers exposed as a module's API").isEmpty();
	}

	@Test
	void committedModuleDocumentationIsCurrent() throws IOException {
		boolean write = "write".equals(System.getProperty("socle.module-docs"));
		Path output = write ? COMMITTED_DOCS : Path.of("target/module-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		if (!write) {
			assertThat(contents(output))
				.as("docs/modules is stale: regenerate it with ./mvnw test -Dtest=ModularityTests -Dsocle.module-docs=write")
				.isEqualTo(contents(COMMITTED_DOCS));
		}
	}

	private static List<String> exposedTypes(ApplicationModule module) {
		return module.getNamedInterfaces()
			.stream()
			.flatMap(NamedInterface::asJavaClasses)
			.filter(JavaClass::isTopLevelClass)
			.map(type -> kind(type) + type.getName())
			.distinct()
			.sorted()
			.toList();
	}

	private static String kind(JavaClass type) {
		if (type.isAnnotatedWith(Entity.class)) {
			return "entity ";
		}
		if (type.isAssignableTo(Repository.class)) {
			return "repository ";
		}
		if (type.isAnnotatedWith(Controller.class) || type.isMetaAnnotatedWith(Controller.class)) {
			return "controller ";
		}
		return type.getSimpleName().endsWith("Form") && !type.isEnum() ? "form " : "";
	}

	/**
	 * Internal kinds of type; the audit revision entity of the open {@code shared} module
	 * is the exception, since every module's history reads Envers revisions.
	 */
	private static boolean isInternalKind(String exposed) {
		return exposed.contains(" ") && !exposed.startsWith("entity org.socle.shared.audit.");
	}

	private static Map<String, String> contents(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.collect(Collectors.toMap(file -> file.getFileName().toString(), ModularityTests::read,
					(a, b) -> a, TreeMap::new));
		}
	}

	/**
	 * A file's lines, sorted: the Documenter writes the same relations and listened
	 * events in an order that varies from run to run, so only what the file says is
	 * compared. A list's first item carries the table cell's {@code |}, which moves with
	 * the order.
	 */
	private static String read(Path file) {
		try {
			return Files.readAllLines(file)
				.stream()
				.map(line -> line.startsWith("|* ") ? line.substring(1) : line)
				.sorted()
				.collect(Collectors.joining("\n"));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
