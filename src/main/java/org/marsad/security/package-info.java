/**
 * Secrets: Argon2id password hashes and the AES-GCM encryption of confidential fields, with the key
 * kept outside the database. Nothing here logs or returns a password or a key.
 */
package org.marsad.security;
