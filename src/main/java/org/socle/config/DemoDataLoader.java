package org.socle.config;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.shared.DemoDataContributor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on start-up: by default on the embedded database, on a real server
 * only when {@code socle.demo=true} is set explicitly. Runs before the admin bootstrap so
 * that the demo {@code admin} is the bootstrap admin.
 */
@Component
@Order(DemoDataLoader.ORDER)
class DemoDataLoader implements ApplicationRunner {

	static final int ORDER = 100;

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final Environment environment;

	private final List<DemoDataContributor> contributors;

	DemoDataLoader(Environment environment, List<DemoDataContributor> contributors) {
		this.environment = environment;
		this.contributors = contributors;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (isEnabled()) {
			log.info("Loading demo data (socle.demo=false turns this off)");
			load();
		}
	}

	void load() {
		this.contributors.forEach(DemoDataContributor::loadDemoData);
	}

	boolean isEnabled() {
		return this.environment.getProperty("socle.demo", Boolean.class,
				EmbeddedPostgresCondition.isEmbedded(this.environment));
	}

}
