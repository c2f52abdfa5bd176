/**
 * Curated documents from files: {@link org.ipradar.docs.DocumentJson} reads and checks one JSON document (the API's
 * document fields), {@link org.ipradar.docs.DocumentImporter} loads a file of them, one a line, through the
 * {@link org.ipradar.index.DocumentWriter} and reports every bad line by number.
 */
package org.ipradar.docs;
