package org.socle;

import net.ttddyy.dsproxy.QueryCountHolder;

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

}
