/**
 * Readers that turn patent files into {@link org.ipradar.patent.PatentRecord}s: USPTO full-text XML (bulk weekly
 * files, ICE XML v4.x, PAP, the 2001-2004 SGML-style grants), Greenbook/APS and BRS text, EPO publication-server
 * and OPS XML, and CSV/XLSX exports of patent databases read through a {@link org.ipradar.patent.read.ColumnMapping}.
 * The entry point is {@link org.ipradar.patent.read.PatentFiles}.
 */
package org.ipradar.patent.read;
