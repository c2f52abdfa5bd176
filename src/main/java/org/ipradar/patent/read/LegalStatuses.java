package org.ipradar.patent.read;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.patent.LegalEvent;
import org.ipradar.patent.LegalStatus;

/**
 * Derives a {@link LegalStatus} from what patent data says, conservatively: a right is said to be lapsed or expired
 * only when the data says so of the whole right, never from a lapse in one designated state; anything unclear stays
 * {@link LegalStatus#UNKNOWN} (from a status cell) or keeps the last clear status (from an event history).
 */
public final class LegalStatuses {
    /** What an event history says: the status, and the grant and expiry dates when an event gives them. */
    record Derived(LegalStatus status, LocalDate grantDate, LocalDate expiry) {}

    private static final Pattern STATUS_TEXT = Pattern.compile("STATUS:\\s*(.*)$");
    private static final Pattern REF_KIND = Pattern.compile("KIND CODE OF REF DOCUMENT\\s+([A-Z][0-9]?)");

    private LegalStatuses() {}

    /**
     * The status a database's status cell names ({@code 有效}, {@code 审中}, {@code 失效}, {@code 届满}, {@code 授权},
     * {@code 驳回}, "Active", "Pending", "Expired - Lifetime", "Expired - Fee Related", "Lapsed", "Withdrawn"...),
     * or {@link LegalStatus#UNKNOWN}. A cell listing several events is read as its most final one: an end
     * (expired, lapsed) over a grant over pending.
     */
    public static LegalStatus fromText(String text) {
        if (text == null || text.isBlank()) {
            return LegalStatus.UNKNOWN;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        // Google Patents: "Expired - Fee Related" ended early, "Expired - Lifetime" ran its term
        if (s.contains("fee related") || s.contains("fee-related")) {
            return LegalStatus.LAPSED;
        }
        if (s.contains("lifetime") || s.contains("届满") || s.contains("期限届满") || s.contains("expired")
                || s.contains("expiry") || s.contains("expiration") || s.equals("期满")) {
            return LegalStatus.EXPIRED;
        }
        String withoutPartial = s.replace("部分无效", "").replace("无效宣告", "").replace("无效请求", "")
                .replace("partially invalid", "");
        if (containsAny(withoutPartial, "失效", "撤回", "驳回", "放弃", "未缴年费", "终止", "无效", "视为撤回", "撤销",
                "lapsed", "lapse", "withdrawn", "withdrawal", "abandoned", "abandonment", "revoked", "revocation",
                "refused", "refusal", "rejected", "ceased", "dead", "inactive", "invalid", "terminated",
                "not in force", "no longer in force")) {
            return LegalStatus.LAPSED;
        }
        if (containsAny(s, "有效", "授权", "权利维持", "维持", "部分无效", "granted", "grant", "active", "alive",
                "in force", "in-force", "valid", "issued", "patented", "reinstated")) {
            return LegalStatus.IN_FORCE;
        }
        if (containsAny(s, "审中", "实质审查", "实审", "在审", "待审", "公开", "pending", "published", "examination",
                "under review", "filed", "application")) {
            return LegalStatus.PENDING;
        }
        return LegalStatus.UNKNOWN;
    }

    /**
     * The status an INPADOC/EPO event history leads to: events are taken in date order and the last one that says
     * something about the whole right decides. Events about one designated state (PG25 lapses, PGFP fee payments,
     * REG national references) never end the right; a fee payment after grant confirms it is in force.
     */
    public static LegalStatus fromEvents(List<LegalEvent> events) {
        return derive(events).status();
    }

    static Derived derive(List<LegalEvent> events) {
        List<LegalEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(LegalEvent::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        LegalStatus status = LegalStatus.UNKNOWN;
        boolean granted = false;
        LocalDate grantDate = null;
        LocalDate expiry = null;
        for (LegalEvent event : ordered) {
            String code = event.code().strip().toUpperCase(Locale.ROOT);
            String text = Texts.collapse(event.description()).toUpperCase(Locale.ROOT);
            Matcher kind = REF_KIND.matcher(text);
            if (code.equals("AK") && kind.find() && kind.group(1).startsWith("B")) {
                granted = true;
                if (grantDate == null) {
                    grantDate = event.date();
                }
                status = LegalStatus.IN_FORCE;
                continue;
            }
            LegalStatus said = classify(code, text);
            if (said == null) {
                continue;
            }
            if (said == LegalStatus.IN_FORCE) {
                granted = true;
            }
            if (said == LegalStatus.PENDING && granted) {
                // a reinstatement or a procedural step after grant keeps the right in force
                said = LegalStatus.IN_FORCE;
            }
            if (said == LegalStatus.EXPIRED && event.date() != null) {
                expiry = event.date();
            }
            status = said;
        }
        return new Derived(status, grantDate, expiry);
    }

    /** What one event says of the whole right, or null when it says nothing about it. */
    private static LegalStatus classify(String code, String text) {
        // one designated state, or bookkeeping
        if (code.equals("PG25") || code.equals("REG") || code.startsWith("RIC") || code.startsWith("RAP")
                || code.startsWith("RIN") || code.equals("AX") || code.equals("PUAI") || code.equals("PUAL")
                || text.contains("IN A CONTRACTING STATE") || text.contains("DESIGNATED STATE")) {
            return null;
        }
        if (code.equals("PGFP") || text.contains("ANNUAL FEE PAID") || text.contains("MAINTENANCE FEE PAYMENT")
                || text.contains("RENEWAL FEE PAID")) {
            return LegalStatus.IN_FORCE;
        }
        Matcher statusText = STATUS_TEXT.matcher(text);
        if (code.equals("STAA") || statusText.find()) {
            return statusText.find(0) ? fromEpoStatus(statusText.group(1)) : null;
        }
        switch (code) {
            case "18D", "18W", "18R", "18RA", "18RR", "18G", "27A", "27O", "27W", "RVOP", "RVOR" -> {
                return LegalStatus.LAPSED;
            }
            case "GRAA", "GRAS", "26N", "PLBE", "B1", "B2" -> {
                return LegalStatus.IN_FORCE;
            }
            case "17P", "17Q", "INTG", "GRAP", "AK", "A1", "A2" -> {
                return LegalStatus.PENDING;
            }
            default -> {
                // other offices' events, by their words
            }
        }
        if (text.contains("EXPIRATION OF TERM") || text.contains("EXPIRY OF TERM") || text.contains("EXPIRED AFTER")
                || text.contains("TERM EXPIRED") || text.contains("PATENT EXPIRED") && !text.contains("FEE")) {
            return LegalStatus.EXPIRED;
        }
        if (text.contains("LAPSE") || text.contains("WITHDRAWN") || text.contains("WITHDRAWAL")
                || text.contains("REVOKED") || text.contains("REVOCATION") || text.contains("REFUSED")
                || text.contains("ABANDON") || text.contains("CEASED") || text.contains("CESSATION")
                || text.contains("TERMINATION") || text.contains("NON-PAYMENT") || text.contains("NONPAYMENT")
                || text.contains("FAILURE TO PAY") || text.contains("INVALIDATED")) {
            return LegalStatus.LAPSED;
        }
        if (text.contains("REINSTAT") || text.contains("RE-ESTABLISH") || text.contains("RESTORATION")) {
            return LegalStatus.PENDING;
        }
        if (text.contains("GRANT") && !text.contains("INTENTION") && !text.contains("INTENDED")
                && !text.contains("REQUEST")) {
            return LegalStatus.IN_FORCE;
        }
        return null;
    }

    /** What a status text says ("STATUS: NO OPPOSITION FILED WITHIN TIME LIMIT", USPTO "ABANDONED -- ..."). */
    private static LegalStatus fromEpoStatus(String status) {
        if (containsAny(status, "WITHDRAWN", "REFUSED", "REVOKED", "LAPSED", "CEASED", "ABANDON", "DISCONTINU",
                "NONPAYMENT", "NON-PAYMENT", "FAILURE TO PAY")) {
            return LegalStatus.LAPSED;
        }
        if (status.contains("EXPIRED")) {
            return LegalStatus.EXPIRED;
        }
        if (containsAny(status, "GRANTED", "NO OPPOSITION", "MAINTAINED", "OPPOSITION", "PATENTED CASE")) {
            return LegalStatus.IN_FORCE;
        }
        if (containsAny(status, "EXAMINATION", "PUBLISHED", "INTENDED", "REQUEST", "INTERNATIONAL PUBLICATION",
                "ALLOWANCE", "DOCKETED", "ACTION", "PROSECUTION")) {
            return LegalStatus.PENDING;
        }
        return null;
    }

    private static boolean containsAny(String s, String... needles) {
        for (String needle : needles) {
            if (s.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
