package org.ipradar.patent;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipradar.vocab.Countries;

/**
 * Which patent offices' publications can give rights in a firm's target markets: the market itself, the European
 * Patent Office for the states of the European Patent Convention, and WIPO, because an international (PCT)
 * application can still enter the national phase of any of them.
 */
public final class Markets {
    /** The 27 member states of the European Union (europa.eu, "EU countries", 2026). */
    public static final List<String> EU = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "HU");

    /**
     * The 39 contracting states of the European Patent Convention, where a European patent can be validated
     * (epo.org, "Member states of the European Patent Organisation"; Montenegro since 2022-10-01).
     */
    public static final List<String> EPC = List.of("AL", "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES",
            "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "ME", "MK", "MT", "NL",
            "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "TR");

    private Markets() {}

    /**
     * The jurisdictions to search for the given markets (codes as {@link Countries#parse} accepts, plus
     * {@code ASEAN}): each market, {@code EU} expanded to {@code EP}, {@code EU} (Community designs) and the member
     * states, {@code EP} added for any EPC state, and {@code WO} whenever any market is given. Empty markets mean every
     * jurisdiction, which the empty set returned stands for.
     */
    public static Set<String> jurisdictions(Collection<String> markets) {
        Set<String> out = new LinkedHashSet<>();
        for (String m : markets) {
            String code = m.trim().equalsIgnoreCase("ASEAN") ? "ASEAN" : Countries.parse(m);
            switch (code) {
                case "ASEAN" -> out.addAll(Countries.ASEAN);
                case "EU" -> {
                    out.add("EU");
                    out.add("EM"); // the code EUIPO's Community designs are published under
                    out.add("EP");
                    out.addAll(EU);
                }
                default -> {
                    out.add(code);
                    if (EPC.contains(code)) {
                        out.add("EP");
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            out.add("WO");
        }
        return out;
    }
}
