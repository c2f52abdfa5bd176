package org.ipradar.bulletin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Chinese and English names for the codes a bulletin shows: countries, IP types, kinds. */
public final class Names {
    private static final Map<String, String[]> IP_TYPES = Map.of(
            "patent", new String[] {"专利", "patent"},
            "design", new String[] {"外观设计", "design"},
            "trademark", new String[] {"商标", "trademark"},
            "copyright", new String[] {"著作权", "copyright"},
            "trade_secret", new String[] {"商业秘密", "trade secret"},
            "geographical_indication", new String[] {"地理标志", "geographical indication"},
            "unfair_competition", new String[] {"不正当竞争", "unfair competition"},
            "customs", new String[] {"海关保护", "customs"});
    private static final Map<String, String[]> KINDS = Map.of(
            "news", new String[] {"新闻", "News"},
            "case", new String[] {"案例", "Case"},
            "law", new String[] {"法律政策", "Law & policy"},
            "guide", new String[] {"指南", "Guide"},
            "bulletin", new String[] {"简报", "Bulletin"});
    private static final Map<String, String[]> REGIONS = Map.of(
            "EU", new String[] {"欧盟", "European Union"},
            "WO", new String[] {"世界知识产权组织", "WIPO"});

    private Names() {}

    /** A country or region by name, or its code when unknown. */
    public static String country(String code, boolean english) {
        String[] r = REGIONS.get(code);
        if (r != null) {
            return english ? r[1] : r[0];
        }
        String name = Locale.of("", code).getDisplayCountry(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        return name.isBlank() ? code : name;
    }

    /** An IP type by name, or its wire name when unknown. */
    public static String ipType(String wire, boolean english) {
        String[] t = IP_TYPES.get(wire);
        return t == null ? wire : english ? t[1] : t[0];
    }

    /** A kind by name, or its wire name when unknown. */
    public static String kind(String wire, boolean english) {
        String[] t = KINDS.get(wire);
        return t == null ? String.valueOf(wire) : english ? t[1] : t[0];
    }

    /** Countries by name, joined with 、 in Chinese and commas in English. */
    public static String countries(List<String> codes, boolean english) {
        return codes.stream().map(c -> country(c, english)).collect(Collectors.joining(english ? ", " : "、"));
    }

    /** IP types by name, joined with 、 in Chinese and commas in English. */
    public static String ipTypes(List<String> wires, boolean english) {
        return wires.stream().map(t -> ipType(t, english)).collect(Collectors.joining(english ? ", " : "、"));
    }
}
