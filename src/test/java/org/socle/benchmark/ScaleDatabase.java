package org.socle.benchmark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application, without a web server, on the benchmark's persistent database of one
 * scale, exactly as {@code bench/http.sh} later starts the packaged jar on it: the
 * embedded PostgreSQL in {@code -Dsocle.bench.data-dir} (default
 * {@code target/bench-data/S}) on {@code -Dsocle.bench.db-port} (default 15504), no demo
 * data, the first administrator {@code admin} with the demo password, and the default
 * data key. Tagged {@code benchmark}: never part of the normal build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "socle.data-dir=${socle.bench.data-dir:target/bench-data/S}",
				"socle.embedded-db.port=${socle.bench.db-port:15504}", "socle.demo=false",
				"socle.admin.password=socle-demo" })
@interface ScaleDatabase {

}
