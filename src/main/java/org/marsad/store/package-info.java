/**
 * The database's core: opening it (SQLite file or PostgreSQL server), Flyway migrations (one script set
 * for both), the dialect, the column types that differ, the errors a write can meet, large writes (many
 * rows a statement, SQLite set for them) and the settings of the installation. One sub-package per aggregate holds its small Jdbi repository: {@code source},
 * {@code report} (reports, their claims and named victims), {@code incident}, {@code victim} (victim
 * records and the register that linking and counting share), {@code person} (link decisions and persons),
 * {@code place}, {@code account}, {@code audit} (the sealed trail and its anchor) and {@code backup}. Every
 * multi-statement write is one transaction, with its audit entry. The store stores and reads; it does not
 * extract, link or count.
 */
package org.marsad.store;
