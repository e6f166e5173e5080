package org.socle.nodes;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.socle.SocleApplication;
import org.socle.config.TestDatabaseConfiguration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Socle node: the whole application, served by a real Tomcat on a random port, on the
 * tests' PostgreSQL. Every node started in one test JVM uses the same database, as the
 * nodes behind a load balancer use the same primary.
 */
public final class Node {

	private final String name;

	private final ConfigurableApplicationContext context;

	private final URI root;

	private Node(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
		this.root = URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
	}

	/**
	 * Starts a node named {@code name} (shown in its log lines) with the test profile and
	 * {@code properties} ({@code key=value}) on top.
	 */
	static Node start(String name, List<String> properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
				"spring.application.name=socle-" + name.toLowerCase(java.util.Locale.ROOT)));
		all.addAll(properties);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SocleApplication.class,
				TestDatabaseConfiguration.class)
			.profiles("test")
			.properties(all.toArray(String[]::new))
			.run();
		return new Node(name, context);
	}

	/** The address of {@code path} (with its query) on this node. */
	public URI uri(String path) {
		return this.root.resolve(path);
	}

	/** A bean of this node's application context, e.g. fixtures or a service. */
	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public boolean isRunning() {
		return this.context.isRunning();
	}

	/**
	 * Stops the node as an orchestrator does: its server finishes its requests, then
	 * closes.
	 */
	public void stop() {
		this.context.close();
	}

	@Override
	public String toString() {
		return "node " + this.name + " (" + this.root + ")";
	}

}
