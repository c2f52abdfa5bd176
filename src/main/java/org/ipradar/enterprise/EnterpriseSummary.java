package org.ipradar.enterprise;

import java.time.Instant;
import java.util.List;

/**
 * A firm as its list shows it to a consultant assigned to it.
 *
 * @param id the firm's id
 * @param name its name
 * @param industry its industry
 * @param markets its target markets
 * @param products how many products it has
 * @param consultants the consultants assigned
 * @param version its current version
 * @param updated when it was last saved
 */
public record EnterpriseSummary(String id, String name, String industry, List<String> markets, int products,
        List<String> consultants, long version, Instant updated) implements EnterpriseListing {
    public EnterpriseSummary {
        markets = List.copyOf(markets);
        consultants = List.copyOf(consultants);
    }
}
