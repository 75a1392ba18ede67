/**
 * The gazetteer as stored: places with their p-codes, levels and parents. Resolving a mention to places
 * is {@code place}.
 */
package org.marsad.store.place;
