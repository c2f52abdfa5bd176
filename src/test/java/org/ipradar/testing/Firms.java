package org.ipradar.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.ipradar.desk.Actor;
import org.ipradar.enterprise.EnterpriseDraft;
import org.ipradar.enterprise.OwnPatent;
import org.ipradar.enterprise.OwnTrademark;
import org.ipradar.enterprise.Product;
import org.ipradar.store.AuditEntry;
import org.ipradar.store.AuditStore;

/** Firms for tests: drafts written by hand, actors of each role, and the audit log's firm entries as lines. */
public final class Firms {
    private Firms() {}

    /** A consultant acting from 10.0.0.1. */
    public static Actor consultant(String name) {
        return new Actor(name, Set.of("consultant"), "10.0.0.1");
    }

    /** An admin acting from 10.0.0.9. */
    public static Actor admin(String name) {
        return new Actor(name, Set.of("admin"), "10.0.0.9");
    }

    /** An editor acting from 10.0.0.5. */
    public static Actor editor(String name) {
        return new Actor(name, Set.of("editor"), "10.0.0.5");
    }

    /** A graphene-film maker exporting to Vietnam and the US, with one product of two features. */
    public static EnterpriseDraft graphene(String name) {
        return new EnterpriseDraft(name, "new_materials",
                List.of(new Product(null, "石墨烯导热膜", "用于手机散热的多层石墨烯导热膜，厚度 25 微米。",
                        List.of("石墨烯层与铜箔交替叠压", "面内导热系数不低于 1500 W/mK"), List.of("3921.90", "7410"))),
                List.of("us", "VN"), List.of("Acme Thermal Inc.", "  ", "Acme Thermal Inc."),
                List.of(new OwnPatent("CN 112345678 A", "CN")),
                List.of(new OwnTrademark("烯盾", "VN", "4-2024-01234"), new OwnTrademark("GrapheShield", "US", null)));
    }

    /** A firm with only the required fields. */
    public static EnterpriseDraft minimal(String name, String industry) {
        return new EnterpriseDraft(name, industry, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The audit log's entries about firms, oldest first, one line each: {@code actor action objectId result
     * address | summary}.
     */
    public static List<String> auditLines(AuditStore audit) {
        List<String> out = new ArrayList<>();
        for (AuditEntry e : audit.list(new AuditStore.Query(null, null, AuditStore.MAX_LIMIT, 0)).entries()) {
            if (e.objectType().equals("enterprise")) {
                out.add(e.actor() + " " + e.action() + " " + e.objectId() + " " + e.result() + " " + e.address()
                        + " | " + e.summary());
            }
        }
        Collections.reverse(out);
        return out;
    }
}
