package org.socle.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Kubernetes manifests of {@code deploy/kubernetes} agree with the application: the
 * probes' paths answer, every environment variable they set is one Socle reads, the
 * container port is the one Socle listens on, a stopping pod has time to finish its
 * requests, and there are always two pods.
 * <p>
 * "An environment variable Socle reads" is one of:
 * <ul>
 * <li>a {@code ${NAME}} placeholder in {@code application*.properties} or the main Java
 * sources;</li>
 * <li>the environment form (upper case, {@code .} and {@code -} as {@code _}) of a
 * {@code socle.*} property Socle reads: a key of {@code application*.properties}, a
 * {@code socle.*} string in the main Java sources, or below a
 * {@code @ConfigurationProperties} prefix (Spring's relaxed binding);</li>
 * <li>a Spring Boot property by relaxed binding: {@code SPRING_*}, {@code SERVER_*},
 * {@code MANAGEMENT_*}, {@code LOGGING_*} (Boot checks their names itself);</li>
 * <li>{@link #READ_ELSEWHERE}.</li>
 * </ul>
 */
@SocleTest
class DeploymentManifestsTests {

	private static final Path MANIFESTS = Path.of("deploy/kubernetes");

	/**
	 * The Secrets, created before {@code kubectl apply -k}: read here like the other
	 * manifests (the Deployment's variables and keys are checked against them), never
	 * applied by the kustomization.
	 */
	private static final String EXAMPLE_SECRETS = "secrets.example.yaml";

	/** Read by something other than Spring's environment: the JVM itself. */
	private static final Set<String> READ_ELSEWHERE = Set.of("JAVA_TOOL_OPTIONS");

	private static final Set<String> SPRING_PREFIXES = Set.of("SPRING_", "SERVER_", "MANAGEMENT_", "LOGGING_");

	/** Spring Boot's default {@code server.port}. */
	private static final int BOOT_DEFAULT_PORT = 8080;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

	private static final Pattern SOCLE_PROPERTY = Pattern.compile("(?:\"|\\$\\{)(socle\\.[a-z0-9][a-z0-9.-]*)");

	private static final Pattern PROPERTIES_PREFIX = Pattern.compile("@ConfigurationProperties\\(\"([a-z0-9.-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Environment environment;

	@Test
	void theProbesPathsAnswerUp() throws Exception {
		Map<String, Object> container = container();
		List<String> paths = Stream.of("startupProbe", "livenessProbe", "readinessProbe")
			.map((probe) -> (String) at(container, probe, "httpGet", "path"))
			.toList();
		assertThat(paths).containsExactly("/actuator/health/liveness", "/actuator/health/liveness",
				"/actuator/health/readiness");
		for (String path : paths) {
			this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
		}
		assertThat(Stream.of("startupProbe", "livenessProbe", "readinessProbe")
			.map((probe) -> at(container, probe, "httpGet", "port"))).containsOnly("http");
	}

	@Test
	void everyEnvironmentVariableTheManifestsSetIsOneSocleReads() throws IOException {
		Set<String> set = environmentVariables();
		assertThat(set).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_PASSWORD", "SOCLE_DATA_KEY",
				"SOCLE_PSEUDONYM_SECRET");
		Set<String> read = variablesSocleReads();
		List<String> prefixes = propertyPrefixes();
		assertThat(set).allSatisfy((name) -> assertThat(read.contains(name) || READ_ELSEWHERE.contains(name)
				|| SPRING_PREFIXES.stream().anyMatch(name::startsWith) || prefixes.stream().anyMatch(name::startsWith))
			.as("%s is read by Socle", name)
			.isTrue());
	}

	@Test
	void theReferencedConfigMapsAndSecretsExistWithTheirKeys() throws IOException {
		Map<String, Object> container = container();
		for (Map<String, Object> source : list(container.get("envFrom"))) {
			if (source.get("configMapRef") != null) {
				assertThat(resource("ConfigMap", (String) at(source, "configMapRef", "name"))).isNotNull();
			}
			if (source.get("secretRef") != null) {
				assertThat(resource("Secret", (String) at(source, "secretRef", "name"))).isNotNull();
			}
		}
		for (Map<String, Object> variable : list(container.get("env"))) {
			Map<String, Object> ref = map(at(variable, "valueFrom", "secretKeyRef"));
			Map<String, Object> secret = resource("Secret", (String) ref.get("name"));
			assertThat(map(secret.get("stringData"))).containsKey((String) ref.get("key"));
		}
	}

	@Test
	void theContainerListensOnTheApplicationsPort() throws IOException {
		Map<String, Object> port = list(container().get("ports")).get(0);
		Object configured = map(resource("ConfigMap", "socle-config").get("data")).get("SERVER_PORT");
		int applicationPort = (configured != null) ? Integer.parseInt(configured.toString()) : BOOT_DEFAULT_PORT;
		assertThat(port.get("containerPort")).isEqualTo(applicationPort);
		assertThat(port.get("name")).isEqualTo("http");
		assertThat(Files.readString(Path.of("Dockerfile"))).contains("EXPOSE " + applicationPort);
		assertThat(list(at(resource("Service", "socle"), "spec", "ports")))
			.extracting((servicePort) -> servicePort.get("targetPort"))
			.containsOnly("http");
	}

	@Test
	void aStoppingPodHasTimeToFinishItsRequests() {
		Map<String, Object> pod = map(at(deployment(), "spec", "template", "spec"));
		int preStopSeconds = (int) at(container(), "lifecycle", "preStop", "sleep", "seconds");
		Duration shutdown = this.environment.getRequiredProperty("spring.lifecycle.timeout-per-shutdown-phase",
				Duration.class);
		assertThat(this.environment.getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(Duration.ofSeconds((int) pod.get("terminationGracePeriodSeconds")))
			.isGreaterThan(shutdown.plusSeconds(preStopSeconds));
	}

	@Test
	void atLeastTwoPodsAlwaysAndOneThroughADrain() {
		assertThat((int) at(deployment(), "spec", "replicas")).isGreaterThanOrEqualTo(2);
		assertThat((int) at(deployment(), "spec", "strategy", "rollingUpdate", "maxUnavailable")).isZero();
		Map<String, Object> autoscaler = resource("HorizontalPodAutoscaler", "socle");
		assertThat((int) at(autoscaler, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
		assertThat(at(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo("socle");
		Map<String, Object> budget = resource("PodDisruptionBudget", "socle");
		assertThat((int) at(budget, "spec", "minAvailable")).isGreaterThanOrEqualTo(1);
		Object podLabels = at(deployment(), "spec", "template", "metadata", "labels");
		assertThat(at(budget, "spec", "selector", "matchLabels")).isEqualTo(podLabels);
		assertThat(at(resource("Service", "socle"), "spec", "selector")).isEqualTo(podLabels);
	}

	@Test
	void theDatabaseIsACloudNativePgClusterWithAReplicaAndNightlyBackups() {
		Map<String, Object> cluster = resource("Cluster", "socle-db");
		assertThat(at(cluster, "spec", "instances")).isEqualTo(2);
		Map<String, Object> data = map(resource("ConfigMap", "socle-config").get("data"));
		assertThat(data.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://socle-db-rw:5432/socle");
		assertThat(data.get("SOCLE_REPLICA_URL")).isEqualTo("jdbc:postgresql://socle-db-ro:5432/socle");
		assertThat(at(cluster, "spec", "bootstrap", "initdb", "database")).isEqualTo("socle");
		assertThat(at(cluster, "spec", "bootstrap", "initdb", "secret", "name")).isEqualTo("socle-db-credentials");
		Map<String, Object> backup = documents().stream()
			.filter((document) -> "ScheduledBackup".equals(document.get("kind")))
			.findFirst()
			.orElseThrow();
		assertThat(at(backup, "spec", "cluster", "name")).isEqualTo("socle-db");
		assertThat(list(at(resource("Ingress", "socle"), "spec", "tls"))).isNotEmpty();
	}

	@Test
	void theKustomizationListsEveryManifestButTheExampleSecrets() throws IOException {
		Map<String, Object> kustomization = new Yaml().load(Files.readString(MANIFESTS.resolve("kustomization.yaml")));
		List<String> listed = ((List<?>) kustomization.get("resources")).stream().map(Object::toString).toList();
		try (Stream<Path> files = Files.list(MANIFESTS)) {
			assertThat(files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")
						&& !name.equals(EXAMPLE_SECRETS)))
				.containsExactlyInAnyOrderElementsOf(listed);
		}
		assertThat(documents(listed)).as("kubectl apply -k must never apply placeholder passwords")
			.noneMatch((document) -> "Secret".equals(document.get("kind")));
		assertThat(documents(List.of(EXAMPLE_SECRETS))).extracting((document) -> at(document, "metadata", "name"))
			.as("every Secret the manifests use has its example")
			.containsExactlyInAnyOrder("socle-secrets", "socle-db-credentials", "socle-backup-credentials");
	}

	private Set<String> environmentVariables() {
		Map<String, Object> container = container();
		Set<String> names = new TreeSet<>();
		list(container.get("env")).forEach((variable) -> names.add((String) variable.get("name")));
		for (Map<String, Object> source : list(container.get("envFrom"))) {
			if (source.get("configMapRef") != null) {
				names.addAll(
						map(resource("ConfigMap", (String) at(source, "configMapRef", "name")).get("data")).keySet());
			}
			if (source.get("secretRef") != null) {
				names.addAll(
						map(resource("Secret", (String) at(source, "secretRef", "name")).get("stringData")).keySet());
			}
		}
		return names;
	}

	private static Set<String> variablesSocleReads() throws IOException {
		Set<String> names = new HashSet<>();
		for (Path file : sources("src/main/resources", "properties")) {
			String text = Files.readString(file);
			find(PLACEHOLDER, text).forEach(names::add);
			text.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
				.forEach((line) -> names.add(environmentForm(line.substring(0, line.indexOf('=')).trim())));
		}
		for (Path file : sources("src/main/java", "java")) {
			String text = Files.readString(file);
			find(PLACEHOLDER, text).forEach(names::add);
			find(SOCLE_PROPERTY, text).forEach((property) -> names.add(environmentForm(property)));
		}
		return names;
	}

	/**
	 * {@code @ConfigurationProperties} prefixes, in environment form: any name below them
	 * binds.
	 */
	private static List<String> propertyPrefixes() throws IOException {
		List<String> prefixes = new ArrayList<>();
		for (Path file : sources("src/main/java", "java")) {
			find(PROPERTIES_PREFIX, Files.readString(file))
				.forEach((prefix) -> prefixes.add(environmentForm(prefix) + "_"));
		}
		return prefixes;
	}

	private static String environmentForm(String property) {
		return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	private static List<Path> sources(String directory, String extension) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(directory))) {
			return files.filter((file) -> file.toString().endsWith("." + extension)).toList();
		}
	}

	private static List<String> find(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private Map<String, Object> deployment() {
		return resource("Deployment", "socle");
	}

	private Map<String, Object> container() {
		List<Map<String, Object>> containers = list(at(deployment(), "spec", "template", "spec", "containers"));
		assertThat(containers).hasSize(1);
		return containers.get(0);
	}

	private static Map<String, Object> resource(String kind, String name) {
		return documents().stream()
			.filter((document) -> kind.equals(document.get("kind")) && name.equals(at(document, "metadata", "name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in " + MANIFESTS));
	}

	/** Every manifest, the example Secrets included. */
	private static List<Map<String, Object>> documents() {
		try (Stream<Path> files = Files.list(MANIFESTS)) {
			return documents(files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
				.sorted()
				.toList());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Map<String, Object>> documents(List<String> names) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (String name : names) {
			try (Reader reader = Files.newBufferedReader(MANIFESTS.resolve(name))) {
				new Yaml().loadAll(reader).forEach((document) -> documents.add(map(document)));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return documents;
	}

	private static Object at(Object node, String... path) {
		Object current = node;
		for (String key : path) {
			current = map(current).get(key);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object node) {
		return (Map<String, Object>) Objects.requireNonNullElse(node, Map.of());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object node) {
		return (List<Map<String, Object>>) Objects.requireNonNullElse(node, List.of());
	}

}
