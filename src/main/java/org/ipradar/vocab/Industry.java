package org.ipradar.vocab;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The industry a document concerns, one spelling everywhere: API, index, pages and tags. */
public enum Industry {
    NEW_MATERIALS("新材料"),
    HIGH_END_EQUIPMENT("高端装备"),
    AI("人工智能"),
    BIOMEDICINE("生物医药"),
    MEDICAL_DEVICES("医疗器械"),
    FOOD("食品"),
    CHEMICALS("化工"),
    ELECTRONICS("电子信息"),
    TEXTILES("纺织服装"),
    AGRICULTURE("农业"),
    ENERGY("能源"),
    OTHER("其他行业");

    private final String zh;

    Industry(String zh) {
        this.zh = zh;
    }

    /** The Chinese name, as reports print it: 新材料. */
    public String zh() {
        return zh;
    }

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
