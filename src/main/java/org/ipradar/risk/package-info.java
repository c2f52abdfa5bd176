/**
 * The risk desk's outputs for one firm: saved risk-patent lists (风险专利列表), their XLSX/CSV exports, and charts
 * for risk-warning reports (风险预警提示报告).
 */
package org.ipradar.risk;
