/**
 * Backups and restores: an online, checked snapshot of either database into one portable SQLite file
 * with its schema version and audit head, and a restore of such a file into an empty database of either
 * kind. It copies tables as they are; it does not interpret victims, reports or counts.
 */
package org.marsad.store.backup;
