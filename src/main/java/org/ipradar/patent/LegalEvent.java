package org.ipradar.patent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a legal-status history, as the patent office reports it (for example an EPO INPADOC event).
 *
 * @param date when it took effect, or null when not given
 * @param code the office's event code, such as {@code EPIDOSNIGR1}, or empty
 * @param description the event in words, such as "Lapse because of non-payment of due fees"
 */
public record LegalEvent(LocalDate date, String code, String description) {
    /** Checks the fields. */
    public LegalEvent {
        Objects.requireNonNull(code, "event code");
        Objects.requireNonNull(description, "event description");
    }
}
