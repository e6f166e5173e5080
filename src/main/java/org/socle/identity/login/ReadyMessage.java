package org.socle.identity.login;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.identity.LoginHints;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One log line when Socle is ready (demo data loaded, accounts created): where to open it
 * and how to log in.
 */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	private final LoginHints hints;

	private final Environment environment;

	ReadyMessage(LoginHints hints, Environment environment) {
		this.hints = hints;
		this.environment = environment;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info(line(url(web.getWebServer().getPort())));
		}
	}

	String url(int port) {
		String address = this.environment.getProperty("server.address", "localhost");
		String host = ("0.0.0.0".equals(address) || "::".equals(address)) ? "localhost" : address;
		String path = this.environment.getProperty("server.servlet.context-path", "");
		return "http://" + host + ":" + port + path + "/";
	}

	String line(String url) {
		String how = this.hints.all().isEmpty()
				? "log in with your account (administrators create accounts in "
						+ "Administration > Users; see docs/operations.md to reset a lost admin password)"
				: "log in as " + String.join(", or as ", this.hints.all());
		return "Socle is ready: open " + url + " and " + how;
	}

}
