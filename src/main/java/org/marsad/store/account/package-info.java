/**
 * Accounts and their API tokens: names, roles, password hashes (Argon2id) and the SHA-256 of each token,
 * every change audited. Signing in and throttling live in {@code security} and {@code web}.
 */
package org.marsad.store.account;
