/**
 * The zh↔en IP glossary behind cross-lingual query expansion: {@link org.ipradar.glossary.Glossary} loads the
 * shipped list plus an editor's file from the data directory, and finds the glossary terms in a query with their
 * translations ({@link org.ipradar.glossary.Expansion}).
 */
package org.ipradar.glossary;
