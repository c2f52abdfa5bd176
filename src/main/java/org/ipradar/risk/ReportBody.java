package org.ipradar.risk;

import java.util.List;

/**
 * The content of one version of a risk-warning report.
 *
 * @param markets the target markets it covers
 * @param riskListId the saved risk-patent list it draws on, or 0 for none
 * @param riskListVersion the version of that list it was drafted from, or 0
 * @param parts the four parts, in order
 */
public record ReportBody(List<String> markets, long riskListId, int riskListVersion, List<ReportPart> parts) {
    /** Copies the lists. */
    public ReportBody {
        markets = List.copyOf(markets);
        parts = List.copyOf(parts);
    }
}
