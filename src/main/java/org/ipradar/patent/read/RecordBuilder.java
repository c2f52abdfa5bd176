package org.ipradar.patent.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipradar.patent.Claim;
import org.ipradar.patent.LegalEvent;
import org.ipradar.patent.LegalStatus;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.Priority;

/** The fields of a {@link PatentRecord} being read, filled in any order. */
final class RecordBuilder {
    String jurisdiction = "";
    String number = "";
    String kind = "";
    String type = "";
    String title = "";
    String abstractText = "";
    List<Claim> claims = new ArrayList<>();
    final List<String> applicants = new ArrayList<>();
    final List<String> assignees = new ArrayList<>();
    final List<String> inventors = new ArrayList<>();
    final List<String> ipc = new ArrayList<>();
    final List<String> cpc = new ArrayList<>();
    final List<Priority> priorities = new ArrayList<>();
    String applicationNumber = "";
    LocalDate filingDate;
    LocalDate publicationDate;
    LocalDate grantDate;
    LegalStatus status = LegalStatus.UNKNOWN;
    final List<LegalEvent> events = new ArrayList<>();
    LocalDate expiry;
    String familyId = "";
    final List<String> family = new ArrayList<>();
    String lang = "";
    String format = "";

    /** Sets jurisdiction, number and kind from the parts the source gives, normalising the number. */
    RecordBuilder number(String country, String docNumber, String kindCode) {
        PublicationNumber n = PatentNumbers.normalize(country, docNumber, kindCode);
        jurisdiction = n.jurisdiction();
        number = n.number();
        kind = n.kind();
        return this;
    }

    /** Adds an IPC symbol when it normalises, once. */
    void addIpc(String symbol) {
        Classifications.normalize(symbol).filter(s -> !ipc.contains(s)).ifPresent(ipc::add);
    }

    /** Adds a CPC symbol when it normalises, once. */
    void addCpc(String symbol) {
        Classifications.normalize(symbol).filter(s -> !cpc.contains(s)).ifPresent(cpc::add);
    }

    /** Adds a family member's publication id, once, never this record's own. */
    void addFamily(String id) {
        if (id != null && !id.isBlank() && !family.contains(id) && !id.equals(jurisdiction + number + kind)) {
            family.add(id);
        }
    }

    /** The record; the type is derived from kind and number when the source did not say. */
    PatentRecord build() {
        if (type.isEmpty()) {
            type = PatentTypes.of(jurisdiction, number, kind);
        }
        return new PatentRecord(jurisdiction, number, kind, type, Texts.collapse(title), Texts.collapse(abstractText),
                claims, Texts.distinct(applicants), Texts.distinct(assignees), Texts.distinct(inventors), ipc, cpc,
                priorities, applicationNumber, filingDate, publicationDate, grantDate, status, events, expiry,
                familyId, family, lang.toLowerCase(Locale.ROOT), format);
    }
}
