package org.socle.standard.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.standard.StandardCatalog;
import org.socle.standard.document.StandardJsonReader;
import org.socle.standard.document.StandardStore;
import org.socle.standard.model.ReferenceStandard;
import org.socle.standard.model.ReferenceStandardRepository;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On every start, installs and publishes the default standard SOCLE-EPS 1.0 (shipped as
 * data in {@value #RESOURCE}) unless that version already exists. Runs whether or not
 * demo data is loaded, before it.
 */
@Component
@Order(50)
public class DefaultStandardInstaller implements ApplicationRunner {

	private static final String RESOURCE = "standards/socle-eps-1.0.json";

	private static final String CODE = StandardCatalog.DEFAULT_CODE;

	private static final String VERSION = "1.0";

	private static final String INSTALLER = "system";

	private static final Logger log = LoggerFactory.getLogger(DefaultStandardInstaller.class);

	private final ReferenceStandardRepository standards;

	private final StandardStore store;

	private final Clock clock;

	DefaultStandardInstaller(ReferenceStandardRepository standards, StandardStore store, Clock clock) {
		this.standards = standards;
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		install();
	}

	/** Returns whether the standard was installed (false: it already existed). */
	@Transactional
	boolean install() {
		if (this.standards.existsByCodeAndStandardVersion(CODE, VERSION)) {
			return false;
		}
		StandardJsonReader.Result result = StandardJsonReader.read(shippedFile());
		if (!result.isValid()) {
			throw new IllegalStateException(RESOURCE + " is not a valid standard: " + result.problems());
		}
		ReferenceStandard standard = this.store.createDraft(result.document(), null);
		standard.publish(this.clock.instant(), INSTALLER);
		log.info("Installed and published the default reference standard {} {}", CODE, VERSION);
		return true;
	}

	public static byte[] shippedFile() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

}
