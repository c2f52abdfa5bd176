package org.ipradar.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipradar.country.CountryProfile;
import org.ipradar.country.CountryProfiles;
import org.ipradar.country.Fact;
import org.ipradar.country.Section;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskException;
import org.ipradar.enterprise.Enterprise;
import org.ipradar.enterprise.EnterpriseNotFound;
import org.ipradar.enterprise.EnterpriseService;
import org.ipradar.enterprise.OwnPatent;
import org.ipradar.patent.MatchedClaim;
import org.ipradar.patent.Patents;
import org.ipradar.patent.RiskMatch;
import org.ipradar.patent.RiskMatcher;
import org.ipradar.patent.RiskQuery;
import org.ipradar.search.SearchService;
import org.ipradar.store.AuditEvent;
import org.ipradar.store.AuditStore;
import org.ipradar.store.Database;
import org.ipradar.vocab.Countries;

/**
 * The risk desk for one firm at a time: compiles risk-patent lists from a product's description (through the patent
 * matcher), keeps the consultant's judgements as new versions, drafts the four-part risk-warning report and exports
 * both. Every object belongs to a firm, and every call goes through {@link EnterpriseService#require}: a firm the
 * caller may not see, and everything of it, is {@link EnterpriseNotFound}, the same as an unknown id. Every read,
 * change and export is in the audit log.
 */
public final class RiskService {
    /** Rows a compiled list holds at most. */
    public static final int MAX_ROWS = 100;
    /** Longest description, feature and note accepted, in characters. */
    public static final int MAX_TEXT = 20_000;
    /** Most features a request may name. */
    public static final int MAX_FEATURES = 30;
    /** Who issues the reports. */
    public static final String PUBLISHER = "海外知识产权纠纷应对指导分中心 · ipradar";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * A consultant's judgement of one row.
     *
     * @param patentId the row's patent
     * @param relevant true relevant, false not, null not judged
     * @param note the note, or empty
     */
    public record Judgement(String patentId, Boolean relevant, String note) {}

    private final Database db;
    private final RiskStore store;
    private final EnterpriseService enterprises;
    private final Patents patents;
    private final CountryProfiles countries;
    private final ReportSources sources;
    private final AuditStore audit;
    private final Clock clock;

    /** The desk over these parts. */
    public RiskService(Database db, EnterpriseService enterprises, Patents patents, CountryProfiles countries,
            SearchService search, AuditStore audit, Clock clock) {
        this.db = db;
        this.store = new RiskStore(db, new ObjectMapper().registerModule(new JavaTimeModule()));
        this.enterprises = enterprises;
        this.patents = patents;
        this.countries = countries;
        this.sources = new ReportSources(search);
        this.audit = audit;
        this.clock = clock;
    }

    /** Ranks patents for the product and saves the list as version 1. */
    public Saved<RiskListBody> compile(Actor actor, String enterpriseId, RiskRequest request) {
        Enterprise firm = enterprises.require(actor, enterpriseId, "risk_list_created");
        RiskRequest r = checked(request, firm);
        LocalDate today = today();
        RiskQuery query;
        try {
            List<String> own = new ArrayList<>();
            for (OwnPatent p : firm.ownPatents()) {
                own.add(p.number());
            }
            query = RiskQuery.builder(r.description()).features(r.features()).markets(r.markets())
                    .classes(r.ipc()).competitors(firm.competitors()).ownPatents(own)
                    .includeExpired(r.includeExpired()).asOf(today).limit(MAX_ROWS).build();
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("request", e.getMessage());
        }
        RiskMatcher.RiskResult result = patents.matcher().match(query);
        List<RiskRow> rows = result.rows().stream().map(RiskService::row).toList();
        RiskListBody body = new RiskListBody(r, rows, today.toString());
        String title = r.product().isBlank() ? "风险专利列表 " + today : r.product();
        return db.write(c -> {
            Saved<RiskListBody> saved = store.insert(c, RiskStore.Kind.RISK_LIST, firm.id(), title, body,
                    actor.name(), now());
            audit.record(c, event(actor, "risk_list_created", "risk_list", saved.id(), "compiled for firm "
                    + firm.id() + ": " + rows.size() + " rows from " + result.candidates() + " candidates, "
                    + result.excluded().size() + " own patents excluded"));
            return saved;
        });
    }

    /** The risk list's given version (0 for the newest). */
    public Saved<RiskListBody> list(Actor actor, long id, int version) {
        Saved<RiskListBody> s = this.<RiskListBody>find(RiskStore.Kind.RISK_LIST, id, version, actor, "risk_list_read");
        audit.record(event(actor, "risk_list_read", "risk_list", id, "version " + s.version() + " of firm "
                + s.enterpriseId()));
        return s;
    }

    /** The firm's risk lists, newest first (without rows). */
    public List<Saved<Void>> lists(Actor actor, String enterpriseId) {
        Enterprise firm = enterprises.require(actor, enterpriseId, "risk_lists_listed");
        List<Saved<Void>> out = store.list(RiskStore.Kind.RISK_LIST, firm.id());
        audit.record(event(actor, "risk_lists_listed", "enterprise", firm.id(), out.size() + " risk lists"));
        return out;
    }

    /** Saves the consultant's marks and notes as a new version; stale when the list moved past {@code version}. */
    public Saved<RiskListBody> judge(Actor actor, long id, int version, List<Judgement> judgements) {
        Saved<RiskListBody> current = find(RiskStore.Kind.RISK_LIST, id, 0, actor, "risk_list_judged");
        if (current.version() != version) {
            throw DeskException.stale("risk list " + id, version, current.version());
        }
        Map<String, Judgement> byId = new HashMap<>();
        for (Judgement j : judgements) {
            if (j.patentId() == null || current.body().rows().stream().noneMatch(r -> r.patentId().equals(j.patentId()))) {
                throw DeskException.invalid("rows", "no row of this list is patent \"" + j.patentId() + "\"");
            }
            String note = j.note() == null ? "" : j.note().strip();
            if (note.length() > MAX_TEXT) {
                throw DeskException.invalid("note", "a note may hold at most " + MAX_TEXT + " characters");
            }
            byId.put(j.patentId(), new Judgement(j.patentId(), j.relevant(), note));
        }
        List<RiskRow> rows = current.body().rows().stream().map(r -> {
            Judgement j = byId.get(r.patentId());
            return j == null ? r : r.judged(j.relevant(), j.note());
        }).toList();
        RiskListBody body = new RiskListBody(current.body().request(), rows, current.body().asOf());
        return db.write(c -> {
            Saved<RiskListBody> saved = store.<RiskListBody>update(c, RiskStore.Kind.RISK_LIST, id, version,
                    current.title(), body, actor.name(), now()).orElseThrow(
                            () -> DeskException.stale("risk list " + id, version, version + 1));
            audit.record(c, event(actor, "risk_list_judged", "risk_list", id, byId.size() + " rows judged, version "
                    + saved.version()));
            return saved;
        });
    }

    /** The risk list as XLSX or CSV bytes; the export is audited. */
    public byte[] exportList(Actor actor, long id, int version, String format) {
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw DeskException.invalid("format", "format must be xlsx or csv (got \"" + format + "\")");
        }
        Saved<RiskListBody> s = find(RiskStore.Kind.RISK_LIST, id, version, actor, "risk_list_exported");
        Enterprise firm = enterprises.require(actor, s.enterpriseId(), "risk_list_exported");
        byte[] bytes = format.equals("csv") ? RiskListExport.csv(s.body().rows())
                : RiskListExport.xlsx(new RiskListExport.Heading(firm.name(), s.title(), s.version(),
                        s.saved().atZone(ZONE).toLocalDate().toString(), s.body().request().markets()),
                        s.body().rows());
        audit.record(event(actor, "risk_list_exported", "risk_list", id, format + " of version " + s.version()));
        return bytes;
    }

    /** Drafts the four-part report for the firm's markets from its profile, the country profiles and a saved list. */
    public Saved<ReportBody> draftReport(Actor actor, String enterpriseId, List<String> markets, long riskListId) {
        Enterprise firm = enterprises.require(actor, enterpriseId, "report_created");
        List<String> codes = markets(markets.isEmpty() ? firm.markets() : markets);
        Saved<RiskListBody> list = null;
        if (riskListId > 0) {
            list = find(RiskStore.Kind.RISK_LIST, riskListId, 0, actor, "report_created");
            if (!list.enterpriseId().equals(firm.id())) {
                throw new EnterpriseNotFound(); // another firm's list is as unknown as a missing one
            }
        }
        RiskListBody listBody = list == null ? null : list.body();
        List<String> productWords = new ArrayList<>();
        firm.products().forEach(p -> {
            productWords.add(p.name());
            productWords.addAll(p.features());
        });
        String product = listBody == null ? "" : listBody.request().product();
        List<String> features = listBody == null ? productWords : listBody.request().features();
        List<ReportPart> parts = ReportDrafter.draft(facts(firm), codes.stream().map(this::market).toList(),
                listBody, sources.lawNews(codes), sources.cases(codes, product, features), today());
        ReportBody body = new ReportBody(codes, list == null ? 0 : list.id(), list == null ? 0 : list.version(),
                parts);
        String title = ReportEdition.TITLE + " " + today();
        return db.write(c -> {
            Saved<ReportBody> saved = store.insert(c, RiskStore.Kind.REPORT, firm.id(), title, body, actor.name(),
                    now());
            audit.record(c, event(actor, "report_created", "report", saved.id(), "drafted for firm " + firm.id()
                    + " (markets " + String.join(",", codes) + ", risk list "
                    + (body.riskListId() == 0 ? "none" : body.riskListId() + " v" + body.riskListVersion()) + ")"));
            return saved;
        });
    }

    /** The report's given version (0 for the newest). */
    public Saved<ReportBody> report(Actor actor, long id, int version) {
        Saved<ReportBody> s = this.<ReportBody>find(RiskStore.Kind.REPORT, id, version, actor, "report_read");
        audit.record(event(actor, "report_read", "report", id, "version " + s.version() + " of firm "
                + s.enterpriseId()));
        return s;
    }

    /** The firm's reports, newest first (without content). */
    public List<Saved<Void>> reports(Actor actor, String enterpriseId) {
        Enterprise firm = enterprises.require(actor, enterpriseId, "reports_listed");
        List<Saved<Void>> out = store.list(RiskStore.Kind.REPORT, firm.id());
        audit.record(event(actor, "reports_listed", "enterprise", firm.id(), out.size() + " reports"));
        return out;
    }

    /** Saves the consultant's edits of the parts (by key; parts not given stay) as a new version. */
    public Saved<ReportBody> saveReport(Actor actor, long id, int version, Map<String, String> texts) {
        Saved<ReportBody> current = find(RiskStore.Kind.REPORT, id, 0, actor, "report_saved");
        if (current.version() != version) {
            throw DeskException.stale("report " + id, version, current.version());
        }
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (!ReportPart.KEYS.contains(e.getKey())) {
                throw DeskException.invalid("parts", "a report's parts are " + ReportPart.KEYS + " (got \""
                        + e.getKey() + "\")");
            }
            if (e.getValue() == null || e.getValue().length() > MAX_TEXT * 5) {
                throw DeskException.invalid("parts", "part " + e.getKey() + " must be text of at most "
                        + MAX_TEXT * 5 + " characters");
            }
        }
        List<ReportPart> parts = current.body().parts().stream().map(p -> texts.containsKey(p.key())
                ? new ReportPart(p.key(), p.title(), texts.get(p.key()), p.citations()) : p).toList();
        ReportBody body = new ReportBody(current.body().markets(), current.body().riskListId(),
                current.body().riskListVersion(), parts);
        return db.write(c -> {
            Saved<ReportBody> saved = store.<ReportBody>update(c, RiskStore.Kind.REPORT, id, version,
                    current.title(), body, actor.name(), now()).orElseThrow(
                            () -> DeskException.stale("report " + id, version, version + 1));
            audit.record(c, event(actor, "report_saved", "report", id, "parts " + String.join(",", texts.keySet())
                    + " edited, version " + saved.version()));
            return saved;
        });
    }

    /** The report as DOCX or PDF bytes, with charts from the list it was drafted from; the export is audited. */
    public byte[] exportReport(Actor actor, long id, int version, String format) {
        if (!format.equals("docx") && !format.equals("pdf")) {
            throw DeskException.invalid("format", "format must be docx or pdf (got \"" + format + "\")");
        }
        Saved<ReportBody> s = find(RiskStore.Kind.REPORT, id, version, actor, "report_exported");
        Enterprise firm = enterprises.require(actor, s.enterpriseId(), "report_exported");
        RiskListBody list = s.body().riskListId() == 0 ? null : store.<RiskListBody>get(RiskStore.Kind.RISK_LIST,
                s.body().riskListId(), s.body().riskListVersion()).map(Saved::body).orElse(null);
        ReportEdition edition = new ReportEdition(firm.name(), s.body().markets().stream()
                .map(c -> ReportDrafter.countryName(c) + "（" + c + "）").reduce((a, b) -> a + "、" + b).orElse("—"),
                "第 " + s.version() + " 版 · " + s.saved().atZone(ZONE).toLocalDate(), PUBLISHER, s.body().parts(),
                ReportEdition.charts(list));
        byte[] bytes = format.equals("docx") ? ReportDocx.write(edition) : ReportPdf.standard().write(edition);
        audit.record(event(actor, "report_exported", "report", id, format + " of version " + s.version()));
        return bytes;
    }

    // The object, if the actor may see its firm; an unknown id and a hidden firm's object are the same refusal.
    private <T> Saved<T> find(RiskStore.Kind kind, long id, int version, Actor actor, String action) {
        Saved<T> s = store.<T>get(kind, id, Math.max(0, version)).orElse(null);
        if (s == null) {
            // audited as a refusal like a hidden firm, through the firm check with an id no firm has
            enterprises.require(actor, "", action);
            throw new EnterpriseNotFound();
        }
        enterprises.require(actor, s.enterpriseId(), action);
        return s;
    }

    private RiskRequest checked(RiskRequest r, Enterprise firm) {
        if (r.description().length() > MAX_TEXT) {
            throw DeskException.invalid("description", "the description may hold at most " + MAX_TEXT
                    + " characters");
        }
        if (r.features().size() > MAX_FEATURES) {
            throw DeskException.invalid("features", "at most " + MAX_FEATURES + " features");
        }
        for (String f : r.features()) {
            if (f == null || f.length() > 1000) {
                throw DeskException.invalid("features", "a feature is text of at most 1000 characters");
            }
        }
        if (r.description().isBlank() && r.features().stream().allMatch(String::isBlank)) {
            throw DeskException.invalid("description", "describe the product, or name at least one feature");
        }
        List<String> markets = markets(r.markets().isEmpty() ? firm.markets() : r.markets());
        return new RiskRequest(r.product(), r.description(), r.features().stream().map(String::strip)
                .filter(f -> !f.isEmpty()).toList(), markets, r.ipc(), r.includeExpired());
    }

    private static List<String> markets(List<String> given) {
        Set<String> out = new LinkedHashSet<>();
        for (String m : given) {
            String code = m == null ? "" : m.strip().toUpperCase(java.util.Locale.ROOT);
            if (code.equals("ASEAN")) {
                out.addAll(Countries.ASEAN);
            } else if (Countries.isValid(code) || code.equals("EP")) {
                out.add(code);
            } else {
                throw DeskException.invalid("markets", "markets are country codes such as VN, US, EU or ASEAN (got \""
                        + m + "\")");
            }
        }
        return List.copyOf(out);
    }

    private static RiskRow row(RiskMatch m) {
        MatchedClaim claim = m.matchedClaim();
        String reason = m.riskRule() + (m.reason().isEmpty() ? "" : " " + m.reason())
                + (m.expiryEstimated() ? " Expiry estimated: " + m.expiryBasis() + "." : "");
        return new RiskRow(m.rank(), m.id(), m.jurisdiction(), m.title(), m.assignees(), m.filingDate(),
                m.publicationDate(), m.status(), m.expiry(), m.expiryEstimated(), m.ipc(),
                RiskLevel.parse(m.risk().code()), reason,
                claim == null ? "" : claim.number() + ". " + claim.text(), null, "");
    }

    private FirmFacts facts(Enterprise e) {
        return new FirmFacts(e.name(), org.ipradar.vocab.Industry.parse(e.industry()).zh(),
                e.products().stream().map(p -> new FirmFacts.Product(p.name(), p.description(), p.features(),
                        p.hsCodes())).toList(),
                e.markets(), e.competitors(),
                e.ownPatents().stream().map(p -> p.number()).toList(),
                e.ownTrademarks().stream().map(t -> t.mark() + (t.jurisdiction() == null || t.jurisdiction().isEmpty()
                        ? "" : "（" + t.jurisdiction() + "）")).toList());
    }

    private MarketFacts market(String code) {
        String lookup = code.equals("EP") ? "EU" : code;
        CountryProfile p = countries.get(lookup).orElse(null);
        if (p == null) {
            return new MarketFacts(code, ReportDrafter.countryName(code), List.of());
        }
        List<MarketFacts.Section> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            List<MarketFacts.Fact> facts = new ArrayList<>();
            for (Fact f : p.section(s)) {
                facts.add(new MarketFacts.Fact(f.text(false), f.source() == null ? "" : f.source().name(),
                        f.source() == null ? "" : f.source().url(),
                        f.lastReviewed() == null ? "" : f.lastReviewed().toString(), f.review()));
            }
            sections.add(new MarketFacts.Section(SECTION_TITLES.get(s), facts));
        }
        return new MarketFacts(code, p.name(false), sections);
    }

    private static final Map<Section, String> SECTION_TITLES = Map.of(
            Section.OFFICES, "知识产权机构",
            Section.LAWS, "主要法律",
            Section.TREATIES, "国际条约",
            Section.RULES, "确权规则",
            Section.ENFORCEMENT, "维权途径",
            Section.TIMELINES, "典型时限",
            Section.PITFALLS, "出口企业常见风险");

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private Instant now() {
        return clock.instant();
    }

    private static AuditEvent event(Actor actor, String action, String type, Object id, String summary) {
        return new AuditEvent(actor.name(), action, type, String.valueOf(id), summary, "ok", actor.address());
    }
}
