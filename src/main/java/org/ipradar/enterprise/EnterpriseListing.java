package org.ipradar.enterprise;

import java.time.Instant;
import java.util.List;

/**
 * One row of a firm list: {@link EnterpriseSummary} for a firm the viewer is assigned to as consultant, or
 * {@link AssignmentSummary} (id, name, consultants, nothing of the profile) for a firm an admin lists only to assign
 * consultants to it.
 */
public sealed interface EnterpriseListing permits EnterpriseSummary, AssignmentSummary {
    /** The firm's id. */
    String id();

    /** Its name. */
    String name();

    /** The names of the consultants assigned, sorted. */
    List<String> consultants();

    /** When it was last saved. */
    Instant updated();
}
