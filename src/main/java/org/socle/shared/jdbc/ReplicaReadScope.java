package org.socle.shared.jdbc;

import org.aopalliance.intercept.MethodInterceptor;

/**
 * Whether the current thread runs inside a method of a {@link ReadsFromReplica} class:
 * set around those methods by {@link #interceptor()}, read by the data source that picks
 * the replica for read-only transactions.
 */
public final class ReplicaReadScope {

	private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

	private ReplicaReadScope() {
	}

	public static boolean isActive() {
		return Boolean.TRUE.equals(ACTIVE.get());
	}

	/** Marks the scope for the duration of each call, nested calls included. */
	public static MethodInterceptor interceptor() {
		return (invocation) -> {
			Boolean outer = ACTIVE.get();
			ACTIVE.set(Boolean.TRUE);
			try {
				return invocation.proceed();
			}
			finally {
				if (outer == null) {
					ACTIVE.remove();
				}
				else {
					ACTIVE.set(outer);
				}
			}
		};
	}

}
