/**
 * Grouping records into persons from scored pairs: merges strongest first only when every record of one
 * group is compatible with every record of the other (no chaining of namesakes), then single records
 * moved to the person they fit best, and a lone record joined to the one person it may be. People's
 * verdicts are obeyed before anything the model says.
 */
package org.marsad.link.cluster;
