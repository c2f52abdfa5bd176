package org.ipradar.docs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * One document as a line of an import file, for code that writes such files (collection converters); null fields are
 * left out. The fields and their rules are {@link DocumentJson}'s.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportDocument(
        String id,
        String title,
        String url,
        String source,
        String lang,
        String kind,
        List<String> countries,
        List<String> ipTypes,
        List<String> industries,
        String published,
        String text) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A document with only an id, a title and a text; the rest is defaulted or guessed on import. */
    public static ImportDocument of(String id, String title, String text) {
        return new ImportDocument(id, title, null, null, null, null, null, null, null, null, text);
    }

    /** The document as one line of JSON, without the line break. */
    public String toJsonLine() {
        try {
            return MAPPER.writeValueAsString(this); // compact: JSON escapes line breaks inside strings
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings always serialises", e);
        }
    }
}
