/**
 * Grouping records into persons from scored pairs, a pair weighed higher when its two records' families
 * (brothers and sisters named beside them, killed the same day) are matched too, or when two records
 * named by a given name alone are each the only one of their lists that day: merges strongest first only
 * when every record of one group is compatible with every record of the other (no chaining of
 * namesakes), then single records moved to the person they fit best, and a lone record joined to the one
 * person it may be. People's verdicts are obeyed before anything the model says.
 */
package org.marsad.link.cluster;
