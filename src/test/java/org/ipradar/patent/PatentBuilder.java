package org.ipradar.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds patent records for tests: {@code PatentBuilder.of("US", "9000001", "B2").title(...).claim(...).build()}. */
final class PatentBuilder {
    private final String jurisdiction;
    private final String number;
    private final String kind;
    private String type = "utility";
    private String title = "";
    private String abstractText = "";
    private final List<Claim> claims = new ArrayList<>();
    private List<String> applicants = List.of();
    private List<String> assignees = List.of();
    private List<String> ipc = List.of();
    private List<String> cpc = List.of();
    private final List<Priority> priorities = new ArrayList<>();
    private String applicationNumber = "";
    private LocalDate filed;
    private LocalDate published;
    private LocalDate granted;
    private LegalStatus status = LegalStatus.UNKNOWN;
    private final List<LegalEvent> events = new ArrayList<>();
    private LocalDate expiry;
    private String familyId = "";
    private List<String> family = List.of();
    private String lang = "en";

    private PatentBuilder(String jurisdiction, String number, String kind) {
        this.jurisdiction = jurisdiction;
        this.number = number;
        this.kind = kind;
    }

    static PatentBuilder of(String jurisdiction, String number, String kind) {
        return new PatentBuilder(jurisdiction, number, kind);
    }

    PatentBuilder type(String value) {
        type = value;
        return this;
    }

    PatentBuilder title(String value) {
        title = value;
        return this;
    }

    PatentBuilder abstractText(String value) {
        abstractText = value;
        return this;
    }

    /** Adds an independent claim, numbered next. */
    PatentBuilder claim(String text) {
        claims.add(new Claim(claims.size() + 1, text, true, List.of()));
        return this;
    }

    /** Adds a claim depending on another, numbered next. */
    PatentBuilder dependent(int on, String text) {
        claims.add(new Claim(claims.size() + 1, text, false, List.of(on)));
        return this;
    }

    PatentBuilder applicants(String... value) {
        applicants = List.of(value);
        return this;
    }

    PatentBuilder assignees(String... value) {
        assignees = List.of(value);
        return this;
    }

    PatentBuilder ipc(String... value) {
        ipc = List.of(value);
        return this;
    }

    PatentBuilder cpc(String... value) {
        cpc = List.of(value);
        return this;
    }

    PatentBuilder priority(String country, String no, String date) {
        priorities.add(new Priority(country, no, LocalDate.parse(date)));
        return this;
    }

    PatentBuilder application(String value) {
        applicationNumber = value;
        return this;
    }

    PatentBuilder filed(String date) {
        filed = LocalDate.parse(date);
        return this;
    }

    PatentBuilder published(String date) {
        published = LocalDate.parse(date);
        return this;
    }

    PatentBuilder granted(String date) {
        granted = LocalDate.parse(date);
        return this;
    }

    PatentBuilder status(LegalStatus value) {
        status = value;
        return this;
    }

    PatentBuilder event(String date, String code, String description) {
        events.add(new LegalEvent(LocalDate.parse(date), code, description));
        return this;
    }

    PatentBuilder expiry(String date) {
        expiry = LocalDate.parse(date);
        return this;
    }

    PatentBuilder familyId(String value) {
        familyId = value;
        return this;
    }

    PatentBuilder family(String... ids) {
        family = List.of(ids);
        return this;
    }

    PatentBuilder lang(String value) {
        lang = value;
        return this;
    }

    PatentRecord build() {
        return new PatentRecord(jurisdiction, number, kind, type, title, abstractText, claims, applicants, assignees,
                List.of("A. Inventor"), ipc, cpc, priorities, applicationNumber, filed, published, granted, status,
                events, expiry, familyId, family, lang, "test");
    }
}
