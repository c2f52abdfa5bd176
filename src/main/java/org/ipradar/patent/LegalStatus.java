package org.ipradar.patent;

import java.util.Locale;

/** Where a patent right stands, as far as the imported data says. */
public enum LegalStatus {
    /** Filed or published, not yet granted, not abandoned. */
    PENDING,
    /** Granted and not known to have ended. */
    IN_FORCE,
    /** Ended at the end of its term. */
    EXPIRED,
    /** Ended early: fees not paid, abandoned, withdrawn, revoked or invalidated. */
    LAPSED,
    /** Nothing known. */
    UNKNOWN;

    /** The API and index spelling: {@code in_force}, {@code pending} .... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the right can still be asserted (in force) or may become so (pending). */
    public boolean alive() {
        return this == PENDING || this == IN_FORCE;
    }
}
