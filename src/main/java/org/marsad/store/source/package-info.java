/**
 * Sources (the observatories, field teams and lists that report deaths), their reliability grade and
 * confidential identity, found or created by name on every import and ingest, edits audited.
 */
package org.marsad.store.source;
