/**
 * Accounts in the web app: signing in (with its throttle per account and address), a user's own account
 * page, and the administration of accounts on pages and through the API — one set of checks for both,
 * every change audited and the changed account signed out at once.
 */
package org.marsad.web.account;
