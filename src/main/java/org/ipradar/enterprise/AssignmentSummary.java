package org.ipradar.enterprise;

import java.time.Instant;
import java.util.List;

/**
 * A firm as an admin who is not assigned to it sees it, to assign consultants: what identifies it and who works on
 * it, and by construction nothing of its confidential profile (no industry, markets, products or competitors).
 *
 * @param id the firm's id
 * @param name its name
 * @param consultants the consultants assigned, sorted
 * @param updated when it was last saved
 */
public record AssignmentSummary(String id, String name, List<String> consultants, Instant updated)
        implements EnterpriseListing {
    public AssignmentSummary {
        consultants = List.copyOf(consultants);
    }
}
