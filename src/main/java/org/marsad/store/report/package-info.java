/**
 * Reports, the casualty figures (claims) extracted from them and the named victims they mention, with
 * the review of each (confirm, reject, correct) and its version. A text is stored once. Extraction itself
 * is {@code extract}; this package only keeps what it read.
 */
package org.marsad.store.report;
