package org.socle;

import org.socle.config.TestDatabaseConfiguration;

import org.springframework.boot.SpringApplication;

/**
 * Runs Socle locally on the tests' throw-away database (nothing is kept).
 */
public class TestSocleApplication {

	public static void main(String[] args) {
		SpringApplication.from(SocleApplication::main)
			.with(TestDatabaseConfiguration.class)
			.withAdditionalProfiles("test")
			.run(withDemoData(args));
	}

	private static String[] withDemoData(String[] args) {
		String[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = "--socle.demo=true";
		return all;
	}

}
