package org.ipradar.vocab;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The industry a document concerns, one spelling everywhere: API, index, pages and tags. */
public enum Industry {
    NEW_MATERIALS,
    HIGH_END_EQUIPMENT,
    AI,
    BIOMEDICINE,
    MEDICAL_DEVICES,
    FOOD,
    CHEMICALS,
    ELECTRONICS,
    TEXTILES,
    AGRICULTURE,
    ENERGY,
    OTHER;

    /** The wire name, as in {@code "new_materials"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a wire name, or throws with the allowed values. */
    public static Industry parse(String value) {
        for (Industry i : values()) {
            if (i.wire().equals(value)) {
                return i;
            }
        }
        throw new IllegalArgumentException("must be one of: " + allowed() + " (got \"" + value + "\")");
    }

    /** The allowed wire names, comma-separated. */
    public static String allowed() {
        return Arrays.stream(values()).map(Industry::wire).collect(Collectors.joining(", "));
    }
}
