package org.ipradar.enterprise;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ipradar.auth.Role;
import org.ipradar.auth.User;
import org.ipradar.auth.UserNames;
import org.ipradar.auth.UserStore;
import org.ipradar.desk.Actor;
import org.ipradar.store.AuditEvent;
import org.ipradar.store.AuditStore;
import org.ipradar.store.Database;
import org.ipradar.vocab.Countries;
import org.ipradar.vocab.Industry;

/**
 * Firms' confidential profiles and service records, and who may see them: only the consultants assigned to a firm.
 * Admins manage the assignments (least privilege): they list every firm by id, name and consultants, and assign and
 * unassign consultants, but are refused a firm's content with {@link EnterpriseException#adminNoContent() 403} unless
 * they are also an assigned consultant. For anyone else a firm does not exist: every operation on a firm starts with
 * the same check as {@link #require}, which answers {@link EnterpriseNotFound} alike for an unknown id (also to
 * admins) and a firm the actor may not see, and records the refusal in the audit log.
 *
 * <p>Every read and change is written to the audit log in the same transaction, before the data is returned; if the
 * entry cannot be written, nothing is returned (fail closed). Audit entries name the firm by id and never hold its
 * confidential text.
 */
public final class EnterpriseService {
    /** The role that works on assigned firms. */
    public static final String CONSULTANT = Role.CONSULTANT.wire();
    /** The role that lists every firm and assigns consultants, but sees no firm's content unless assigned. */
    public static final String ADMIN = Role.ADMIN.wire();
    /** The audit log's object type for firms. */
    public static final String OBJECT = "enterprise";
    /** Days are in the subcenter's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The longest name (firm, product, competitor, mark) accepted. */
    public static final int MAX_NAME = 200;
    /** The longest description or service-record text accepted. */
    public static final int MAX_TEXT = 20_000;
    /** The longest feature accepted. */
    public static final int MAX_FEATURE = 1_000;
    /** The most products a firm has. */
    public static final int MAX_PRODUCTS = 50;
    /** The most features, HS codes per product, and the most of each list on a profile. */
    public static final int MAX_ITEMS = 100;

    private final EnterpriseStore store;
    private final Database db;
    private final UserStore users;
    private final AuditStore audit;
    private final Clock clock;
    private final ServiceLinks links;
    private final SecureRandom random = new SecureRandom();

    /**
     * The service over its store; consultants are looked up in the user store, every read and change goes to the
     * audit log, links from the service record to other objects are checked by {@code links}.
     */
    public EnterpriseService(EnterpriseStore store, UserStore users, AuditStore audit, Clock clock,
            ServiceLinks links) {
        this.store = store;
        this.db = store.database();
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.links = links;
    }

    /** Today in the subcenter's time zone, by the service's clock: the day a new entry takes by default. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Whether the actor has a role that works with firms at all (consultant or admin). */
    public static boolean mayUseFirms(Actor actor) {
        return actor != null && (actor.has(CONSULTANT) || actor.has(ADMIN));
    }

    /** Whether the actor may create firms: consultants may, admins (who see no content) may not. */
    public static boolean mayCreate(Actor actor) {
        return actor != null && actor.has(CONSULTANT);
    }

    /**
     * The firm, if the actor may see its content: only the consultants assigned to it may. An admin who is not one of
     * them is refused with {@link EnterpriseException#adminNoContent()} (403) for a firm that exists; anyone else, and
     * an admin asking for an unknown id, with {@link EnterpriseNotFound}, the same as for an id that does not exist.
     * The refusal is audited. Other packages call this before touching anything that belongs to a firm (its
     * risk-patent lists, its reports), let the exception pass to the web layer (its {@link EnterpriseException#status()}
     * is the answer), and audit their own read or change.
     */
    public Enterprise require(Actor actor, String enterpriseId) {
        return require(actor, enterpriseId, "enterprise_access");
    }

    /** As {@link #require(Actor, String)}, naming in the audit log the action a refusal stopped. */
    public Enterprise require(Actor actor, String enterpriseId, String action) {
        return guarded(actor, enterpriseId, action, false, (c, head) -> store.get(c, head.id()).orElseThrow());
    }

    /**
     * Checks, before a request's body is read, that the actor may change the firm's assignment: an admin for any
     * firm that exists, an assigned consultant to be told that only admins may ({@link #assign} answers that);
     * anyone else gets {@link EnterpriseNotFound} as for an unknown id, and the refusal is audited under
     * {@code action}.
     */
    public void requireAssignable(Actor actor, String enterpriseId, String action) {
        guarded(actor, enterpriseId, action, true, (c, head) -> null);
    }

    /**
     * As {@link #require(Actor, String, String)}, with the same rule (403 {@code admin_no_content} for an admin who
     * is not assigned, 404 for anyone else), inside the caller's transaction, for packages that check access and
     * change their own tables at once; a refusal throws without writing to the audit log (the caller's transaction is
     * rolled back), so the caller records it with {@link #denied} in a transaction of its own.
     */
    public Enterprise require(Connection c, Actor actor, String enterpriseId) throws SQLException {
        Optional<EnterpriseStore.Head> head = store.head(c, enterpriseId, key(actor));
        Refusal refusal = refusal(actor, head, false);
        if (refusal != null) {
            throw refusal.exception();
        }
        return store.get(c, head.orElseThrow().id()).orElseThrow();
    }

    /**
     * Records in the audit log, in a transaction of its own, that the actor was refused the firm's content, with the
     * reason {@link #require(Actor, String)} gives (no such firm, not assigned, admin without assignment).
     */
    public void denied(Actor actor, String enterpriseId, String action) {
        db.write(c -> {
            Refusal r = refusal(actor, store.head(c, enterpriseId, key(actor)), false);
            audit.record(c, refused(actor, action, enterpriseId, r == null ? "no such firm, or not visible to this"
                    + " user" : r.reason()));
            return null;
        });
    }

    /**
     * Checks, before a request's body is read, that the actor may create firms: an admin who is not a consultant is
     * refused with {@link EnterpriseException#adminMayNotCreate()} (403) and the refusal is audited; a user of
     * neither role gets {@code consultant_only} (403).
     */
    public void requireCreator(Actor actor) {
        if (!mayUseFirms(actor)) {
            throw EnterpriseException.forbidden("consultant_only", "only consultants and admins work with firms");
        }
        if (!mayCreate(actor)) {
            audit.record(refused(actor, "enterprise_created", null, "admins do not create firms"));
            throw EnterpriseException.adminMayNotCreate();
        }
    }

    /**
     * Creates a firm at version 1, and assigns the consultant who creates it to it. Only consultants create firms:
     * an admin who is not one is refused with {@link EnterpriseException#adminMayNotCreate()} (403), audited.
     */
    public Enterprise create(Actor actor, EnterpriseDraft draft) {
        requireCreator(actor);
        Instant now = now();
        String id = "ent-" + HexFormat.of().formatHex(randomBytes(8));
        Enterprise built = build(draft, id, 1, List.of(), now, actor.name(), now, actor.name());
        return db.write(c -> {
            store.insert(c, built);
            Optional<User> u = users.find(actor.name());
            if (u.isPresent()) {
                store.assign(c, id, u.get().id(), now, actor.name());
            }
            Enterprise e = store.get(c, id).orElseThrow();
            audit.record(c, event(actor, "enterprise_created", id, "profile created at version 1 with "
                    + e.products().size() + " products; consultants: " + String.join(", ", e.consultants())));
            return e;
        });
    }

    /** The firm's profile, for a reader who may see it; the read is audited. */
    public Enterprise get(Actor actor, String enterpriseId) {
        return guarded(actor, enterpriseId, "enterprise_read", false, (c, head) -> {
            Enterprise e = store.get(c, head.id()).orElseThrow();
            audit.record(c, event(actor, "enterprise_read", e.id(), "profile read at version " + e.version()));
            return e;
        });
    }

    /**
     * Replaces the profile of version {@code expectedVersion} with the draft; a stale version changes nothing and
     * throws {@link EnterpriseException.Reason#STALE}. Products keep their ids; consultants are not changed here.
     */
    public Enterprise save(Actor actor, String enterpriseId, long expectedVersion, EnterpriseDraft draft) {
        return guarded(actor, enterpriseId, "enterprise_saved", false, (c, head) -> {
            Enterprise old = store.get(c, head.id()).orElseThrow();
            if (old.version() != expectedVersion) {
                throw EnterpriseException.stale(expectedVersion, old.version());
            }
            Enterprise next = build(draft, old.id(), old.version() + 1, old.products(), old.created(),
                    old.createdBy(), now(), actor.name());
            if (!store.update(c, next, expectedVersion)) {
                throw EnterpriseException.stale(expectedVersion, old.version());
            }
            audit.record(c, event(actor, "enterprise_saved", old.id(), "profile saved from version "
                    + expectedVersion + " to " + next.version() + " with " + next.products().size() + " products"));
            return store.get(c, old.id()).orElseThrow();
        });
    }

    /**
     * The firms the actor works on, most recently saved first: a consultant's are those assigned to them, each an
     * {@link EnterpriseSummary}; an admin's are all of them, each an {@link AssignmentSummary} (id, name,
     * consultants; nothing of the profile) unless the admin is also a consultant assigned to it. The listing is
     * audited.
     */
    public List<EnterpriseListing> list(Actor actor) {
        if (!mayUseFirms(actor)) {
            throw EnterpriseException.forbidden("consultant_only", "only consultants and admins work with firms");
        }
        boolean admin = actor.has(ADMIN);
        return db.write(c -> {
            List<EnterpriseListing> out = store.list(c, actor.has(CONSULTANT) ? key(actor) : null, admin);
            long full = out.stream().filter(l -> l instanceof EnterpriseSummary).count();
            String scope = !admin ? "assigned" : full == 0 ? "all, names and consultants only"
                    : "all; " + full + " in full as assigned consultant, the rest names and consultants only";
            audit.record(c, new AuditEvent(actor.name(), "enterprises_listed", OBJECT, null, "listed " + out.size()
                    + (out.size() == 1 ? " firm" : " firms") + " (" + scope + ")", "ok", actor.address()));
            return out;
        });
    }

    /**
     * Assigns a consultant to the firm; only admins may, whether or not they see the firm's content. The user must
     * exist and have the consultant role. Returns the consultants now assigned.
     */
    public List<String> assign(Actor actor, String enterpriseId, String userName) {
        return changeAssignment(actor, enterpriseId, userName, true);
    }

    /** Ends a consultant's assignment to the firm; only admins may. Returns the consultants now assigned. */
    public List<String> unassign(Actor actor, String enterpriseId, String userName) {
        return changeAssignment(actor, enterpriseId, userName, false);
    }

    private List<String> changeAssignment(Actor actor, String enterpriseId, String userName, boolean add) {
        String action = add ? "consultant_assigned" : "consultant_unassigned";
        return guarded(actor, enterpriseId, action, true, (c, head) -> {
            if (!actor.has(ADMIN)) {
                return new Refusal(EnterpriseException.forbidden("admin_only", "only admins assign consultants to"
                        + " a firm"), "only admins assign consultants");
            }
            String name = userName == null ? "" : userName.strip();
            if (name.isEmpty()) {
                throw EnterpriseException.invalid("user", "name the consultant, as {\"user\": \"name\"}");
            }
            User u = users.find(name).orElseThrow(() -> EnterpriseException.invalid("user", "no user is called \""
                    + cut(name, 100) + "\""));
            if (add && !u.roles().contains(Role.CONSULTANT)) {
                throw EnterpriseException.invalid("user", "\"" + u.name() + "\" is not a consultant (roles: "
                        + Role.format(u.roles()) + "); give them the role first: ipradar user role " + u.name()
                        + " consultant");
            }
            boolean changed = add ? store.assign(c, head.id(), u.id(), now(), actor.name())
                    : store.unassign(c, head.id(), u.id());
            if (!changed && !add) {
                throw EnterpriseException.invalid("user", "\"" + u.name() + "\" is not assigned to this firm");
            }
            audit.record(c, event(actor, action, head.id(), "consultant " + u.name()
                    + (add ? (changed ? " assigned" : " was already assigned") : " unassigned")));
            return store.consultants(c, head.id());
        });
    }

    /** The firm's service record, by date; the read is audited. */
    public List<ServiceEntry> serviceRecord(Actor actor, String enterpriseId) {
        return guarded(actor, enterpriseId, "service_record_read", false, (c, head) -> {
            List<ServiceEntry> entries = store.entries(c, head.id());
            audit.record(c, event(actor, "service_record_read", head.id(), "service record read: "
                    + entries.size() + (entries.size() == 1 ? " entry" : " entries")));
            return entries;
        });
    }

    /** Adds an entry to the firm's service record, written by the actor. */
    public ServiceEntry addEntry(Actor actor, String enterpriseId, ServiceEntryDraft draft) {
        return guarded(actor, enterpriseId, "service_entry_added", false, (c, head) -> addEntry(c, actor, head.id(),
                draft));
    }

    /**
     * Adds an entry inside the caller's transaction, after the caller has checked access with
     * {@link #require(Connection, Actor, String)}: for a package that delivers a report and records the delivery
     * at once. The entry is audited in the same transaction.
     */
    public ServiceEntry addEntry(Connection c, Actor actor, String enterpriseId, ServiceEntryDraft draft)
            throws SQLException {
        if (draft == null) {
            throw EnterpriseException.invalid("body", "the request has no service-record entry");
        }
        String type = draft.type() == null ? "" : draft.type().strip();
        if (!ServiceEntry.TYPES.contains(type)) {
            throw EnterpriseException.invalid("type", "type must be one of: " + String.join(", ", ServiceEntry.TYPES)
                    + " (got \"" + cut(type, 50) + "\")");
        }
        LocalDate today = today();
        LocalDate date;
        if (draft.date() == null || draft.date().isBlank()) {
            date = today;
        } else {
            try {
                date = LocalDate.parse(draft.date().strip());
            } catch (DateTimeParseException e) {
                throw EnterpriseException.invalid("date", "date must be a day as 2026-08-01 (got \""
                        + cut(draft.date(), 50) + "\")");
            }
            if (date.getYear() < 2000 || date.isAfter(today.plusYears(1))) {
                throw EnterpriseException.invalid("date", "date must be between 2000-01-01 and a year from today"
                        + " (got " + date + ")");
            }
        }
        String text = required("text", draft.text(), MAX_TEXT);
        String reportId = link(c, enterpriseId, "reportId", ServiceLinks.REPORT, draft.reportId());
        String riskListId = link(c, enterpriseId, "riskListId", ServiceLinks.RISK_LIST, draft.riskListId());
        ServiceEntry e = store.addEntry(c, enterpriseId, type, date, actor.name(), text, reportId, riskListId, now());
        audit.record(c, event(actor, "service_entry_added", enterpriseId, "service record entry " + e.id() + " ("
                + type + ", " + date + (reportId == null ? "" : ", report " + reportId)
                + (riskListId == null ? "" : ", risk list " + riskListId) + ")"));
        return e;
    }

    private String link(Connection c, String enterpriseId, String field, String kind, String value)
            throws SQLException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (id.length() > 100 || !id.matches("[A-Za-z0-9._-]+")) {
            throw EnterpriseException.invalid(field, field + " must be an id of letters, digits and . _ - (got \""
                    + cut(id, 50) + "\")");
        }
        if (!links.belongs(c, enterpriseId, kind, id)) {
            throw EnterpriseException.invalid(field, "no " + kind.replace('_', ' ') + " \"" + id
                    + "\" belongs to this firm");
        }
        return id;
    }

    // --- access ---

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c, EnterpriseStore.Head head) throws SQLException;
    }

    /** What a guarded work returns instead of a value when it refuses, so the refusal is audited and committed. */
    private record Refusal(EnterpriseException exception, String reason) {}

    /**
     * Runs work on a firm the actor may reach, in one transaction; otherwise writes the refusal to the audit log,
     * commits it, and throws. The firm is read in one query whether the actor is assigned or not, and the refusal of
     * an unknown id and of a hidden firm take the same path. With {@code assignment}, the work changes who is
     * assigned, which admins may do on any firm; otherwise it touches the firm's content.
     */
    @SuppressWarnings("unchecked")
    private <T> T guarded(Actor actor, String enterpriseId, String action, boolean assignment, Work<?> work) {
        Object result = db.write(c -> {
            Optional<EnterpriseStore.Head> head = store.head(c, enterpriseId, key(actor));
            Refusal refusal = refusal(actor, head, assignment);
            if (refusal != null) {
                audit.record(c, refused(actor, action, enterpriseId, refusal.reason()));
                return refusal;
            }
            Object r = work.run(c, head.orElseThrow());
            if (r instanceof Refusal f) {
                audit.record(c, refused(actor, action, enterpriseId, f.reason()));
            }
            return r;
        });
        if (result instanceof Refusal f) {
            throw f.exception();
        }
        return (T) result;
    }

    /**
     * The one access rule: why the actor may not reach the firm (what they are told, and the reason for the audit
     * log), or null when they may. A firm's content is for the consultants assigned to it; an admin who is not one
     * reaches a firm that exists only to change its assignment, and is told 403 otherwise; for anyone else, and for
     * an unknown id, the firm does not exist.
     */
    private static Refusal refusal(Actor actor, Optional<EnterpriseStore.Head> head, boolean assignment) {
        if (head.isEmpty()) {
            return new Refusal(new EnterpriseNotFound(), "no such firm");
        }
        if (actor != null && actor.has(CONSULTANT) && head.get().assigned()) {
            return null;
        }
        if (actor != null && actor.has(ADMIN)) {
            return assignment ? null : new Refusal(EnterpriseException.adminNoContent(),
                    "admin, not an assigned consultant: no confidential content");
        }
        return new Refusal(new EnterpriseNotFound(), "not assigned to this user");
    }

    private static String key(Actor actor) {
        return actor == null ? "" : UserNames.key(actor.name());
    }

    private static AuditEvent event(Actor actor, String action, String enterpriseId, String summary) {
        return new AuditEvent(actor.name(), action, OBJECT, enterpriseId, summary, "ok", actor.address());
    }

    private static AuditEvent refused(Actor actor, String action, String enterpriseId, String why) {
        return new AuditEvent(actor == null ? null : actor.name(), action, OBJECT, enterpriseId == null ? null
                : cut(enterpriseId, 100), "refused: " + why, "denied", actor == null ? null : actor.address());
    }

    // --- checking a draft ---

    // Checks every field of the draft and builds the profile; products keep the ids of the old ones they name.
    private Enterprise build(EnterpriseDraft d, String id, long version, List<Product> oldProducts, Instant created,
            String createdBy, Instant updated, String updatedBy) {
        if (d == null) {
            throw EnterpriseException.invalid("body", "the request has no firm profile");
        }
        String name = required("name", d.name(), MAX_NAME);
        if (d.industry() == null || d.industry().isBlank()) {
            throw EnterpriseException.invalid("industry", "industry is required: one of " + Industry.allowed());
        }
        String industry;
        try {
            industry = Industry.parse(d.industry().strip()).wire();
        } catch (IllegalArgumentException e) {
            throw EnterpriseException.invalid("industry", "industry " + e.getMessage());
        }
        List<String> markets = markets(d.markets());
        List<String> competitors = new ArrayList<>(new LinkedHashSet<>(texts("competitors", d.competitors(),
                MAX_NAME)));
        List<OwnPatent> patents = new ArrayList<>();
        for (int i = 0; i < size("ownPatents", d.ownPatents()); i++) {
            OwnPatent p = d.ownPatents().get(i);
            String f = "ownPatents[" + i + "]";
            if (p == null) {
                throw EnterpriseException.invalid(f, f + " is empty");
            }
            String number = required(f + ".number", p.number(), 50);
            if (!number.matches(".*[0-9].*")) {
                throw EnterpriseException.invalid(f + ".number", f + ".number must be a patent number such as"
                        + " CN112345678A (got \"" + number + "\")");
            }
            patents.add(new OwnPatent(number, jurisdiction(f + ".jurisdiction", p.jurisdiction())));
        }
        List<OwnTrademark> marks = new ArrayList<>();
        for (int i = 0; i < size("ownTrademarks", d.ownTrademarks()); i++) {
            OwnTrademark t = d.ownTrademarks().get(i);
            String f = "ownTrademarks[" + i + "]";
            if (t == null) {
                throw EnterpriseException.invalid(f, f + " is empty");
            }
            String number = t.number() == null || t.number().isBlank() ? null : optional(f + ".number",
                    t.number(), 50);
            marks.add(new OwnTrademark(required(f + ".mark", t.mark(), MAX_NAME),
                    jurisdiction(f + ".jurisdiction", t.jurisdiction()), number));
        }
        return new Enterprise(id, version, name, industry, products(d.products(), oldProducts), markets, competitors,
                patents, marks, List.of(), created, createdBy, updated, updatedBy);
    }

    private List<Product> products(List<Product> drafts, List<Product> old) {
        if (drafts.size() > MAX_PRODUCTS) {
            throw EnterpriseException.invalid("products", "a firm has at most " + MAX_PRODUCTS + " products (got "
                    + drafts.size() + ")");
        }
        Set<String> oldIds = new LinkedHashSet<>();
        old.forEach(p -> oldIds.add(p.id()));
        Set<String> used = new LinkedHashSet<>();
        List<Product> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Product p = drafts.get(i);
            String f = "products[" + i + "]";
            if (p == null) {
                throw EnterpriseException.invalid(f, f + " is empty");
            }
            String pid = p.id() == null || p.id().isBlank() ? null : p.id().strip();
            if (pid != null && !oldIds.contains(pid)) {
                throw EnterpriseException.invalid(f + ".id", f + ".id \"" + cut(pid, 50) + "\" is not a product of"
                        + " this firm; leave id out to add a product");
            }
            if (pid != null && !used.add(pid)) {
                throw EnterpriseException.invalid(f + ".id", f + ".id \"" + pid + "\" appears twice");
            }
            String name = required(f + ".name", p.name(), MAX_NAME);
            String description = p.description() == null ? "" : p.description().strip();
            if (description.length() > MAX_TEXT) {
                throw EnterpriseException.invalid(f + ".description", f + ".description is " + description.length()
                        + " characters; at most " + MAX_TEXT + " are accepted");
            }
            List<String> features = texts(f + ".features", p.features(), MAX_FEATURE);
            List<String> hs = new ArrayList<>();
            for (String code : texts(f + ".hsCodes", p.hsCodes(), 20)) {
                String digits = code.replaceAll("[\\s.]", "");
                if (!digits.matches("[0-9]{4}|[0-9]{6}|[0-9]{8}|[0-9]{10}")) {
                    throw EnterpriseException.invalid(f + ".hsCodes", f + ".hsCodes: \"" + code + "\" is not an HS"
                            + " code (4, 6, 8 or 10 digits, dots allowed, as 8504.40)");
                }
                if (!hs.contains(digits)) {
                    hs.add(digits);
                }
            }
            out.add(new Product(pid, name, description, features, hs));
        }
        // a new product takes an id no product of the firm had in this save or the last, so links to a removed one
        // never lead to another
        Set<String> taken = new LinkedHashSet<>(oldIds);
        List<Product> withIds = new ArrayList<>(out.size());
        for (Product p : out) {
            String pid = p.id();
            while (pid == null) {
                String candidate = "p" + HexFormat.of().formatHex(randomBytes(4));
                pid = taken.add(candidate) ? candidate : null;
            }
            withIds.add(new Product(pid, p.name(), p.description(), p.features(), p.hsCodes()));
        }
        return withIds;
    }

    private static List<String> markets(List<String> values) {
        size("markets", values);
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String code = v == null ? "" : v.strip().toUpperCase(Locale.ROOT);
            if (code.equals("ASEAN")) {
                out.addAll(Countries.ASEAN);
                continue;
            }
            if (code.equals("WO")) {
                throw EnterpriseException.invalid("markets", "markets: WO is not a market; name the countries (or EU,"
                        + " or ASEAN for its ten members)");
            }
            try {
                out.add(Countries.parse(code));
            } catch (IllegalArgumentException e) {
                throw EnterpriseException.invalid("markets", "markets " + e.getMessage());
            }
        }
        return new ArrayList<>(out);
    }

    private static String jurisdiction(String field, String value) {
        try {
            return Countries.parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw EnterpriseException.invalid(field, field + " " + e.getMessage());
        }
    }

    // A list of short texts: stripped, blanks dropped, each at most max characters.
    private static List<String> texts(String field, List<String> values, int max) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        size(field, values);
        for (String v : values) {
            String s = v == null ? "" : v.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() > max) {
                throw EnterpriseException.invalid(field, field + ": an item is " + s.length() + " characters; at most "
                        + max + " are accepted");
            }
            out.add(s);
        }
        return out;
    }

    private static int size(String field, List<?> values) {
        if (values != null && values.size() > MAX_ITEMS) {
            throw EnterpriseException.invalid(field, field + " has " + values.size() + " items; at most " + MAX_ITEMS
                    + " are accepted");
        }
        return values == null ? 0 : values.size();
    }

    private static String required(String field, String value, int max) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            throw EnterpriseException.invalid(field, field + " must not be empty");
        }
        return optional(field, s, max);
    }

    private static String optional(String field, String value, int max) {
        String s = value.strip();
        if (s.length() > max) {
            throw EnterpriseException.invalid(field, field + " is " + s.length() + " characters; at most " + max
                    + " are accepted");
        }
        return s;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
