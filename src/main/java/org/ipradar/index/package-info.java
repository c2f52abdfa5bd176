/**
 * The Lucene index of public documents, derived from the store and rebuildable from it: {@link
 * org.ipradar.index.Fields} says what each field is, {@link org.ipradar.index.Analyzers} how Chinese and English text
 * is analysed, and {@link org.ipradar.index.DocIndex} keeps the index in step with the store.
 */
package org.ipradar.index;
