/**
 * Victim records (imported lists and confirmed named victims of reports), their import and edits, Arabic
 * folding for search, and {@link org.marsad.store.victim.Register}: the one definition of which records
 * are linked and counted. Linking them is {@code link}; this package only keeps them.
 */
package org.marsad.store.victim;
