package org.ipradar.risk;

import java.util.List;
import java.util.Objects;

/**
 * The content of one version of a risk-patent list.
 *
 * @param request what it was compiled from
 * @param rows the ranked rows with the consultant's marks
 * @param asOf the date legal status and expiry were judged on ({@code 2026-11-24})
 */
public record RiskListBody(RiskRequest request, List<RiskRow> rows, String asOf) {
    /** Copies the list. */
    public RiskListBody {
        Objects.requireNonNull(request, "request");
        rows = List.copyOf(rows);
        asOf = Objects.requireNonNullElse(asOf, "");
    }
}
