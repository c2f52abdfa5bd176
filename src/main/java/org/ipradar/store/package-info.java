/**
 * The store, the source of truth: an SQLite file with sources and their fetch state and documents as canonical
 * records ({@link org.ipradar.store.Article}), and raw payloads kept by hash. Every index is derived from it.
 */
package org.ipradar.store;
