package org.socle.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real SMTP server (GreenMail) that the application's mail sender points at during each
 * test, and away from after it, so that other tests' mail fails as with no server.
 */
public class SmtpServer extends GreenMailExtension {

	/** Nothing listens there (the test profile's SMTP port). */
	static final int CLOSED_PORT = 9;

	public SmtpServer() {
		super(ServerSetupTest.SMTP.dynamicPort());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		super.beforeEach(context);
		sender(context).setPort(getSmtp().getPort());
	}

	@Override
	public void afterEach(ExtensionContext context) {
		sender(context).setPort(CLOSED_PORT);
		super.afterEach(context);
	}

	private static JavaMailSenderImpl sender(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(JavaMailSenderImpl.class);
	}

}
