/**
 * Tags documents with countries, IP types, industries and kind from their text, and measures how well it does.
 * Start from {@link org.ipradar.enrich.Tagger}; {@link org.ipradar.enrich.CountryNames} is the country-name table
 * it uses, and {@link org.ipradar.enrich.TagEvaluation} scores it against labelled data.
 */
package org.ipradar.enrich;
