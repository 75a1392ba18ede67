/**
 * The database: Flyway migrations (one script set for SQLite and PostgreSQL) and one small Jdbi
 * repository per aggregate (sources, reports and their claims and named victims, incidents, victims and
 * persons, link decisions, places, accounts, the audit log sealed under the key with its head anchored
 * outside), backups and restores. Every multi-statement write is one transaction, with its audit entry.
 * {@link org.marsad.store.Register} says once which victim records the other features link and count.
 * This package stores and reads; it does not extract, link or count.
 */
package org.marsad.store;
