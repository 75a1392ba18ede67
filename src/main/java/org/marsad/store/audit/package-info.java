/**
 * The audit trail: one entry per write, sealed under the key (HMAC) and chained, its head anchored in a
 * file outside the database so that deleted, edited or re-chained entries and restored older copies are
 * found. Every repository appends here inside its own write transaction; nothing here writes other data.
 */
package org.marsad.store.audit;
