package org.ipradar.country;

import java.time.LocalDate;
import java.util.List;

/**
 * One statement in a profile, in Chinese and English, with the page it can be checked against, the date it was last
 * reviewed, and a flag with a note when it needs checking before anyone relies on it.
 *
 * @param id stable within the profile ({@code [a-z][a-z0-9_]*}); in the treaties section, the treaty's wire name
 * @param zh the statement in Chinese
 * @param en the statement in English
 * @param source where to check it
 * @param lastReviewed when it was last reviewed
 * @param review whether it must be checked against the source before use (a date, an amendment, a timeline)
 * @param noteZh what to check, in Chinese, or null
 * @param noteEn what to check, in English, or null
 * @param ipTypes the IP types it is about ({@code patent}, {@code trademark}, ...), possibly none
 * @param website for an office, its website; else null
 * @param membership for a treaty fact, the membership it states; else null
 */
public record Fact(String id, String zh, String en, Citation source, LocalDate lastReviewed, boolean review,
        String noteZh, String noteEn, List<String> ipTypes, String website, Membership membership) {
    public Fact {
        ipTypes = ipTypes == null ? List.of() : List.copyOf(ipTypes);
    }

    /** The statement in the reader's language. */
    public String text(boolean english) {
        return english ? en : zh;
    }

    /** The review note in the reader's language, else in the other one, else null. */
    public String note(boolean english) {
        String first = english ? noteEn : noteZh;
        return first != null ? first : english ? noteZh : noteEn;
    }

    /** Whether the fact is about the IP type (wire name such as {@code trademark}). */
    public boolean covers(String ipType) {
        return ipTypes.contains(ipType);
    }
}
