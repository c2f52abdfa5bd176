/**
 * Quarterly bulletins: a proposed draft of a quarter's most relevant documents, edited with optimistic locking,
 * published atomically (one SQLite transaction, then search), and its outputs: the page model, the Atom feed, DOCX and
 * PDF files, and the tracker of articles published per quarter.
 */
package org.ipradar.bulletin;
