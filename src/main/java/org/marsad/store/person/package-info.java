/**
 * Persons and link decisions: the linker's proposals and review queue, people's verdicts on pairs
 * (never overwritten by the linker, refused when they contradict each other) and edits of persons. The
 * linking itself is {@code link}.
 */
package org.marsad.store.person;
