package org.ipradar.net;

/** What a fetch is for, which decides the Accept header and whether robots.txt is consulted first. */
public enum Purpose {
    /** An RSS, Atom or RDF feed. */
    FEED("application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9,"
            + " */*;q=0.5"),
    /** An HTML list or article page. */
    HTML("text/html, application/xhtml+xml;q=0.9, */*;q=0.5"),
    /** A robots.txt file (never checked against robots.txt itself). */
    ROBOTS("text/plain, */*;q=0.5");

    private final String accept;

    Purpose(String accept) {
        this.accept = accept;
    }

    /** The Accept header sent for this purpose. */
    public String accept() {
        return accept;
    }
}
