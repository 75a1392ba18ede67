/**
 * Victim records in the web app: the victims list and name search (paged by record number, so a page far
 * down a million records costs what the first costs), a person's records side by side, the queue of
 * doubtful links, their JSON API, and the benchmark that times them. Linking is {@code link}'s; this
 * package shows and records a person's verdicts.
 */
package org.marsad.web.victim;
