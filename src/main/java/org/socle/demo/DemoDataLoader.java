package org.socle.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.config.EmbeddedPostgresCondition;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on start-up: by default on the embedded database, on a real server
 * only when {@code socle.demo=true} is set explicitly. Runs before the admin bootstrap
 * (order 200) so that the demo {@code admin} is the bootstrap admin.
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
		asSystem(() -> this.contributors.forEach(DemoDataContributor::loadDemoData));
	}

	boolean isEnabled() {
		return this.environment.getProperty("socle.demo", Boolean.class,
				EmbeddedPostgresCondition.isEmbedded(this.environment));
	}

	/**
	 * Runs {@code work} as a system administrator named {@value DemoWorld#CREATED_BY}:
	 * the modules' APIs check who is acting, and stamp what they write with that name.
	 */
	static void asSystem(Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		SocleUser system = new SocleUser(0, DemoWorld.CREATED_BY, "Demo data", Role.ADMIN, null, true, null);
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
