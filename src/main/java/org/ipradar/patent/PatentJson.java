package org.ipradar.patent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A patent record as JSON, the form the store keeps and the index stores: dates as ISO strings, fields in declaration
 * order, so equal records give equal text and the content hash tells an unchanged re-import.
 */
public final class PatentJson {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a newer field in an older build is ignored
            .build();

    private PatentJson() {}

    /** The record as one line of JSON. */
    public static String write(PatentRecord record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write patent " + record.id() + " as JSON: " + e.getMessage(), e);
        }
    }

    /** The record from its JSON. */
    public static PatentRecord read(String json) {
        try {
            return JSON.readValue(json, PatentRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read a patent record from JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The SHA-256 of the record's JSON, in hex: equal for equal records. */
    public static String hash(String json) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
