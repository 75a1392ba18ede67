/**
 * Record linkage of victim lists: names are normalized and parsed, records are blocked into candidate
 * pairs, compared field by field, scored by a Fellegi–Sunter model learned without labels (EM), and
 * clustered into persons so each dead person is counted once.
 * It owns its own name normalization (never stemming) and must not merge relatives killed together:
 * records whose given names clearly differ never share a person.
 */
package org.marsad.link;
