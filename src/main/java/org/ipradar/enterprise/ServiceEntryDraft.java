package org.ipradar.enterprise;

/**
 * A new service-record entry as a consultant writes it; the author and the time recorded are set by the service.
 *
 * @param type one of {@link ServiceEntry#TYPES}
 * @param date the day, as {@code 2026-08-01}; null or blank for today (Asia/Shanghai)
 * @param text what happened, required
 * @param reportId the report it concerns, or null; must belong to the firm
 * @param riskListId the risk-patent list it concerns, or null; must belong to the firm
 */
public record ServiceEntryDraft(String type, String date, String text, String reportId, String riskListId) {}
