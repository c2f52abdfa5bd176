package org.ipradar.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a firm's service record, which the subcenter archives: entries are added, never changed or deleted.
 *
 * @param id the entry's number, increasing across all firms
 * @param enterpriseId the firm
 * @param type one of {@link #TYPES}
 * @param date the day it happened (the consultation, delivery, follow-up or feedback)
 * @param author who recorded it
 * @param text what happened
 * @param reportId the risk-warning report delivered, or null
 * @param riskListId the risk-patent list concerned, or null
 * @param recorded when it was recorded
 */
public record ServiceEntry(long id, String enterpriseId, String type, LocalDate date, String author, String text,
        String reportId, String riskListId, Instant recorded) {
    /** A consultation with the firm. */
    public static final String CONSULTATION = "consultation";
    /** A report (or risk-patent list) delivered to the firm. */
    public static final String REPORT_DELIVERED = "report_delivered";
    /** A follow-up after a delivery or consultation. */
    public static final String FOLLOW_UP = "follow_up";
    /** What the firm said of the service. */
    public static final String FEEDBACK = "feedback";
    /** The entry types, in the order forms offer them. */
    public static final List<String> TYPES = List.of(CONSULTATION, REPORT_DELIVERED, FOLLOW_UP, FEEDBACK);
}
