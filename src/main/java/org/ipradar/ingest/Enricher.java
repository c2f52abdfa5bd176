package org.ipradar.ingest;

import java.util.List;
import org.ipradar.config.Source;
import org.ipradar.enrich.Tagger;
import org.ipradar.enrich.Tags;
import org.ipradar.store.Article;

/** Tags a document with countries, IP types, industries and kind from its text and its source's defaults. */
public final class Enricher {
    private final Tagger tagger = Tagger.standard();

    /** The document with its tags set. */
    public Article enrich(Article a, Source s) {
        Tags t = tagger.tag(a.title(), a.text(), a.lang(),
                new Tagger.Defaults(s.country().map(List::of).orElse(List.of()), s.kind().wire()));
        return a.withTags(t.countries(), t.ipTypes(), t.industries(), t.kind());
    }
}
