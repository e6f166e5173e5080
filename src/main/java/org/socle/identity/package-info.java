/**
 * Users, roles, login. The API is {@link org.socle.identity.SocleUser} (who is acting,
 * for access checks in every module), {@link org.socle.identity.Role} and
 * {@link org.socle.identity.UserAccounts} (creating an account, with
 * {@link org.socle.identity.NewAccount}). Inside: {@code users} (accounts, their
 * administration, the first administrator) and {@code login} (the login page, its
 * throttling, the security configuration).
 */
@ApplicationModule(allowedDependencies = { "organisation", "reference", "shared" })
package org.socle.identity;

import org.springframework.modulith.ApplicationModule;
