package org.ipradar.risk;

import java.util.List;
import java.util.Objects;

/**
 * What a risk-patent list was compiled from: the product as the consultant described it.
 *
 * @param product the product's name, used as the list's title
 * @param description the product's technical description
 * @param features its key technical features, one per entry
 * @param markets target markets (country codes, {@code EU} for the European patent and EU members)
 * @param ipc IPC/CPC symbols of the technology, for the overlap boost
 * @param includeExpired whether expired and lapsed patents are shown (marked) rather than left out
 */
public record RiskRequest(
        String product, String description, List<String> features, List<String> markets, List<String> ipc,
        boolean includeExpired) {
    /** Copies the lists. */
    public RiskRequest {
        product = Objects.requireNonNullElse(product, "");
        description = Objects.requireNonNullElse(description, "");
        features = List.copyOf(features);
        markets = List.copyOf(markets);
        ipc = List.copyOf(ipc);
    }
}
