package org.socle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule for reading across modules (docs/architecture.md): a module reads another
 * module's data only through that module's API. SQL (or JPQL) naming another module's
 * tables or entities is allowed only in a declared read model: a class whose javadoc
 * starts a line with {@code Read model:}, listed in docs/architecture.md. The demo module
 * seeds every module's tables and is the one declared exception; {@code shared} is an
 * open module whose tables (revisions of the audit trail) everyone may read.
 */
class CrossModuleReadTests {

	private static final Path SOURCES = Path.of("src/main/java/org/socle");

	/** Tables without an entity of their own, and who owns them. */
	private static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.ofEntries(
			Map.entry("assessment_score", "assessment"), Map.entry("assessment_domain_score", "assessment"),
			Map.entry("assessment_score_cap", "assessment"), Map.entry("beneficiary_access_log", "beneficiary"),
			Map.entry("import_preview", "beneficiary"), Map.entry("assessment_evidence_file", "assessment"),
			Map.entry("shedlock", "config"), Map.entry("login_throttle", "identity"),
			Map.entry("login_throttle_bucket", "identity"), Map.entry("spring_session", "identity"),
			Map.entry("spring_session_attributes", "identity"), Map.entry("dashboard_data_version", "shared"),
			Map.entry("records_data_version", "shared"));

	private static final Pattern SQL_NAME = Pattern
		.compile("(?i)\\b(?:from|join|into|update|exists\\s*\\(\\s*select\\s+1\\s+from)\\s+([a-z_][a-z0-9_]*)");

	@Test
	void modulesReadEachOtherOnlyThroughApisOrDeclaredReadModels() throws IOException {
		Map<String, String> owners = owners();
		String architecture = Files.readString(Path.of("docs/architecture.md"));
		List<String> violations = new ArrayList<>();
		List<String> undocumented = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				if (module.equals("demo") || !Files.isDirectory(SOURCES.resolve(module))) {
					continue;
				}
				String source = Files.readString(file);
				boolean readModel = source.contains("Read model:");
				List<String> foreign = foreignNames(source, module, owners);
				String name = file.getFileName().toString().replace(".java", "");
				if (!foreign.isEmpty() && !readModel) {
					violations.add(SOURCES.relativize(file) + " reads " + foreign);
				}
				if (readModel && !architecture.contains("`" + name + "`")) {
					undocumented.add(name);
				}
			}
		}
		assertThat(violations).as("SQL across modules outside a declared read model").isEmpty();
		assertThat(undocumented).as("read models missing from docs/architecture.md").isEmpty();
	}

	@Test
	void everyTableHasAnOwningModule() throws IOException {
		Map<String, String> owners = owners();
		List<String> unowned = new ArrayList<>();
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path migration : migrations.toList()) {
				Matcher table = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)")
					.matcher(Files.readString(migration));
				while (table.find()) {
					if (!owners.containsKey(table.group(1).toLowerCase())) {
						unowned.add(table.group(1));
					}
				}
			}
		}
		assertThat(unowned).as("tables with no owning module (map an entity or declare them here)").isEmpty();
	}

	/**
	 * Table and entity names, each with the module that owns it: an entity's module owns
	 * its table, its audit table ({@code _aud}) and its JPQL name.
	 */
	private static Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>(TABLES_WITHOUT_ENTITY);
		for (JavaClass entity : ArchitectureTests.SOCLE) {
			if (!entity.isAnnotatedWith(Entity.class) || !entity.isAnnotatedWith(Table.class)) {
				continue;
			}
			String module = entity.getPackageName().split("\\.")[2];
			String table = entity.getAnnotationOfType(Table.class).name();
			owners.put(table, module);
			owners.put(table + "_aud", module);
			owners.put(entity.getSimpleName(), module);
		}
		return owners;
	}

	private static List<String> foreignNames(String source, String module, Map<String, String> owners) {
		List<String> foreign = new ArrayList<>();
		Matcher name = SQL_NAME.matcher(source);
		while (name.find()) {
			String table = name.group(1);
			String owner = owners.getOrDefault(table, owners.get(table.toLowerCase()));
			boolean open = "shared".equals(owner);
			if (owner != null && !open && !owner.equals(module) && !foreign.contains(table)) {
				foreign.add(table);
			}
		}
		return foreign;
	}

	static {
		if (!Files.isDirectory(SOURCES)) {
			throw new UncheckedIOException(new IOException("run from the project directory: " + SOURCES));
		}
	}

}
