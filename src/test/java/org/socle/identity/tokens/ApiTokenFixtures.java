package org.socle.identity.tokens;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.socle.identity.SocleUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API tokens for tests, created through {@link ApiTokens} as their owner would. One
 * shared token per user ({@link #bearer}) so that the shared users never reach the limit
 * of active tokens; {@link #create} for a token of one's own.
 */
@Component
public class ApiTokenFixtures {

	private final ApiTokens tokens;

	private final TransactionTemplate ownTransaction;

	private final Map<Long, ApiTokens.CreatedToken> shared = new ConcurrentHashMap<>();

	ApiTokenFixtures(ApiTokens tokens, PlatformTransactionManager transactions) {
		this.tokens = tokens;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The {@code Authorization} header of the user's shared test token. */
	public String bearer(SocleUser user) {
		return "Bearer " + this.shared.computeIfAbsent(user.id(), (id) -> create(user, "tests")).secret();
	}

	/**
	 * New shared tokens from now on, with full rate-limit buckets: a test sending many
	 * API requests as each user does not depend on how many the tests before it sent in
	 * the same minute.
	 */
	public void renewShared() {
		this.shared.clear();
	}

	/** The id of the user's shared test token. */
	public long sharedTokenId(SocleUser user) {
		bearer(user);
		return this.shared.get(user.id()).id();
	}

	/** Committed at once, even when the caller's transaction is rolled back later. */
	ApiTokens.CreatedToken create(SocleUser user, String name) {
		return this.ownTransaction.execute((status) -> as(user, () -> this.tokens.create(name, TokenLifetime.DAYS_90)));
	}

	static <T> T as(SocleUser user, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
