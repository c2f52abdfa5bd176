/**
 * Patent records for risk matching: one model ({@link org.ipradar.patent.PatentRecord}) that every import format
 * (USPTO full-text XML, EPO XML, CSV/XLSX exports) is read into, kept in the store and in the patent index.
 */
package org.ipradar.patent;
