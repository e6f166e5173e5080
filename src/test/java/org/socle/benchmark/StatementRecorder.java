package org.socle.benchmark;

import java.util.ArrayList;
import java.util.List;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

/**
 * Listens to the counted data source of the tests: the time spent executing statements on
 * the current thread (MockMvc runs the request on it), and, when asked, the statements
 * themselves with their parameters, to replay them under {@code EXPLAIN}.
 */
final class StatementRecorder implements QueryExecutionListener {

	/** One executed statement and the JDBC setter calls of its (first) parameter set. */
	record Recorded(String sql, List<ParameterSetOperation> parameters) {
	}

	private final ThreadLocal<Long> startedAt = new ThreadLocal<>();

	private final ThreadLocal<long[]> nanos = ThreadLocal.withInitial(() -> new long[1]);

	private final ThreadLocal<List<Recorded>> recording = new ThreadLocal<>();

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		this.startedAt.set(System.nanoTime());
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		Long start = this.startedAt.get();
		if (start != null) {
			this.nanos.get()[0] += System.nanoTime() - start;
		}
		List<Recorded> recorded = this.recording.get();
		if (recorded != null) {
			for (QueryInfo query : queries) {
				List<List<ParameterSetOperation>> sets = query.getParametersList();
				recorded.add(new Recorded(query.getQuery(), sets.isEmpty() ? List.of() : List.copyOf(sets.get(0))));
			}
		}
	}

	/** Starts timing statements on this thread from zero. */
	void resetTime() {
		this.nanos.get()[0] = 0;
	}

	/**
	 * Nanoseconds spent executing statements on this thread since {@link #resetTime()}.
	 */
	long time() {
		return this.nanos.get()[0];
	}

	/** Records the statements this thread runs until {@link #stop()}. */
	void record() {
		this.recording.set(new ArrayList<>());
	}

	List<Recorded> stop() {
		List<Recorded> recorded = this.recording.get();
		this.recording.remove();
		return (recorded != null) ? recorded : List.of();
	}

}
