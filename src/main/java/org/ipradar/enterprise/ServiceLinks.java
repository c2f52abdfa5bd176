package org.ipradar.enterprise;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether an object another package keeps for a firm (a report, a risk-patent list) exists and belongs to that
 * firm, asked inside the transaction that adds a service-record entry linking to it. The packages that own those
 * objects provide the real check; until then {@link #NONE} refuses every link.
 */
@FunctionalInterface
public interface ServiceLinks {
    /** A report, as {@code reportId} links it. */
    String REPORT = "report";
    /** A risk-patent list, as {@code riskListId} links it. */
    String RISK_LIST = "risk_list";

    /** Refuses every link: no object of another package exists yet. */
    ServiceLinks NONE = (c, enterpriseId, kind, id) -> false;

    /**
     * Whether the object of this kind ({@link #REPORT} or {@link #RISK_LIST}) and id belongs to the firm.
     *
     * @param c the open transaction
     * @param enterpriseId the firm the entry is for
     * @param kind {@link #REPORT} or {@link #RISK_LIST}
     * @param id the object's id
     */
    boolean belongs(Connection c, String enterpriseId, String kind, String id) throws SQLException;
}
