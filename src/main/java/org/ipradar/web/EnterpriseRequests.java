package org.ipradar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import org.ipradar.enterprise.EnterpriseException;

/**
 * Reading the firms' API requests: JSON bodies that refuse fields the type lacks (such as {@code consultants} or
 * {@code createdBy}) and name the field at fault, and the version a save edits.
 */
final class EnterpriseRequests {
    private static final ObjectMapper JSON = WebApp.jsonMapper();

    private EnterpriseRequests() {}

    /** The body as the given type, or a 400 naming the field at fault, as {@code products[0].features}. */
    static <T> T body(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw EnterpriseException.invalid("body", "the request needs a JSON body");
        }
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw EnterpriseException.invalid("body", "the request needs a JSON object, not null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw EnterpriseException.invalid(field, "\"" + field + "\" is not a field that can be set here");
        } catch (JsonMappingException e) {
            String field = path(e);
            throw EnterpriseException.invalid(field.isEmpty() ? "body" : field, (field.isEmpty() ? "the body"
                    : "\"" + field + "\"") + " has the wrong type of value: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw EnterpriseException.invalid("body", "the body is not valid JSON" + where + ": "
                    + firstLine(e.getOriginalMessage()));
        }
    }

    // The JSON path of a mapping error, as products[0].features.
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /**
     * The version a save edits: the {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}) wins over the
     * body's {@code version}; one of them is required.
     */
    static long version(Context ctx, Long bodyVersion) {
        String header = ctx.header("If-Match");
        if (header != null && !header.isBlank()) {
            String v = header.strip();
            if (v.startsWith("W/")) {
                v = v.substring(2);
            }
            v = v.replace("\"", "");
            if (!v.matches("[0-9]{1,18}")) {
                throw EnterpriseException.invalid("If-Match", "If-Match must be the version you edited, as \"3\"");
            }
            return Long.parseLong(v);
        }
        if (bodyVersion == null) {
            throw EnterpriseException.invalid("version", "say which version you edited, with the header If-Match:"
                    + " \"3\" or the field \"version\": 3, so a save never overwrites someone else's");
        }
        return bodyVersion;
    }
}
