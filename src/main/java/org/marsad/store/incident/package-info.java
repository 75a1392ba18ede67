/**
 * Incidents: when, where, which figures by group and outcome, their grade, the claims attached to them,
 * merges and deletions, every edit audited. Counting them is {@code tally}.
 */
package org.marsad.store.incident;
