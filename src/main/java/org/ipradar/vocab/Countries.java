package org.ipradar.vocab;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Country and region codes: ISO 3166-1 alpha-2 plus the regions EU and WO, and the ASEAN member list. */
public final class Countries {
    /** The ten ASEAN members, which the {@code ASEAN} filter expands to. */
    public static final List<String> ASEAN = List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN");

    private static final Set<String> CODES = new TreeSet<>();

    static {
        CODES.addAll(Arrays.asList(Locale.getISOCountries()));
        CODES.add("EU"); // European Union, a region
        CODES.add("WO"); // WIPO / international, as in WO publication numbers
    }

    private Countries() {}

    /** Whether the code is a known country or region code (upper case). */
    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /** Normalises a code to upper case, or throws naming the bad value. */
    public static String parse(String value) {
        String code = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!isValid(code)) {
            throw new IllegalArgumentException(
                    "must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or WO (got \"" + value + "\")");
        }
        return code;
    }
}
