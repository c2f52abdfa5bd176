package org.ipradar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import org.ipradar.desk.DeskException;

/** Reading the desk's requests: JSON bodies that refuse unknown fields, ids, and the version being edited. */
final class DeskRequests {
    private static final ObjectMapper JSON = WebApp.jsonMapper();

    private DeskRequests() {}

    /**
     * The body as the given type; malformed JSON or a field the type does not have (such as {@code status} or
     * {@code author}) is a 400 naming it.
     */
    static <T> T body(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw DeskException.invalid("invalid_json", "body", "the request needs a JSON body");
        }
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw DeskException.invalid("invalid_json", "body", "the request needs a JSON object, not null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw DeskException.invalid("unknown_field", e.getPropertyName(), "\"" + e.getPropertyName()
                    + "\" is not a field that can be set here");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw DeskException.invalid("invalid_json", "body", "the body is not valid JSON for this request" + where
                    + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** A bulletin id from the path; anything but a number is not found, as an unknown id is. */
    static long bulletinId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,18}")) {
            throw DeskException.notFound("no bulletin has the id \"" + id + "\"");
        }
        return Long.parseLong(id);
    }

    /**
     * The version the client edited: the {@code If-Match} header (as {@code "3"}, {@code W/"3"} or {@code 3}) wins
     * over the body's {@code version}; null when neither is given.
     */
    static Long version(Context ctx, Long bodyVersion) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            return bodyVersion;
        }
        String v = header.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        if (!v.matches("[0-9]{1,18}")) {
            throw DeskException.invalid("If-Match", "If-Match must be the version you edited, as \"3\" (got "
                    + header + ")");
        }
        return Long.parseLong(v);
    }

    /** As {@link #version}, but a save must say which version it edits. */
    static long requiredVersion(Context ctx, Long bodyVersion) {
        Long v = version(ctx, bodyVersion);
        if (v == null) {
            throw DeskException.invalid("version_required", "version", "say which version you edited, with the"
                    + " header If-Match: \"3\" or the field \"version\": 3, so a save never overwrites someone"
                    + " else's");
        }
        return v;
    }

    /** Sends the version as the entity tag, for the next {@code If-Match}. */
    static void etag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }
}
