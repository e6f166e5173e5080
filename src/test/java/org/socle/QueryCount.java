package org.socle;

import java.util.List;

import net.ttddyy.dsproxy.QueryCountHolder;
import org.socle.config.QueryCountConfiguration;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The number of SQL statements a request runs (on the current thread, as MockMvc does).
 */
public final class QueryCount {

	private QueryCount() {
	}

	public static long of(MockMvc mvc, RequestBuilder request) throws Exception {
		QueryCountHolder.clear();
		mvc.perform(request);
		long total = QueryCountHolder.getGrandTotal().getTotal();
		QueryCountHolder.clear();
		return total;
	}

	/**
	 * The statements a request runs on the HTTP session's tables (Spring Session JDBC),
	 * which {@link #of} leaves out.
	 */
	public static List<String> sessionStatements(MockMvc mvc, RequestBuilder request) throws Exception {
		QueryCountConfiguration.SESSION_STATEMENTS.remove();
		mvc.perform(request);
		List<String> statements = List.copyOf(QueryCountConfiguration.SESSION_STATEMENTS.get());
		QueryCountConfiguration.SESSION_STATEMENTS.remove();
		return statements;
	}

}
