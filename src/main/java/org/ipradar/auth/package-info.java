/**
 * Accounts and who is asking: users with roles, Argon2id password hashes, sessions and API tokens stored as hashes in
 * SQLite, login rate limits, and the audit entries for each of these changes.
 */
package org.ipradar.auth;
