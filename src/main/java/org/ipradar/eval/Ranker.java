package org.ipradar.eval;

import java.util.List;

/** A system under evaluation: ranks document ids for a query's text, best first. */
@FunctionalInterface
public interface Ranker {
    /** At most {@code depth} document ids, best first; throws {@link Failed} when the system rejects the query. */
    List<String> rank(String query, int depth);

    /** The system refused or could not run a query; it counts as a query that found nothing. */
    final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A failure with the system's reason. */
        public Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
