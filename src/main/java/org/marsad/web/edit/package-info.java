/**
 * The documenter's workspace: every record edited where it lives — victims, incidents, sources, a
 * report's figures, persons — as pages and as {@code /api/v1} routes, and the victims CSV upload. Each
 * change goes through the store's edit classes, which check the version the editor read (a stale one is
 * a 409) and audit before and after; this package reads input and shows pages, it keeps no rule of its own.
 */
package org.marsad.web.edit;
