/**
 * The editorial desk: documents editors write themselves (guides, law and policy notes, case studies with their
 * structured case records), saved with optimistic locking, published into the same store and index as crawled
 * documents, and withdrawn from them. Every operation takes the acting {@link org.ipradar.desk.Actor}; who may call
 * it is checked here as well as by the web layer.
 */
package org.ipradar.desk;
