package org.ipradar.patent;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts together what two sources say about the same publication. OPS responses each carry part of a record (the
 * claims response has no title, the legal-status response no claims), so a store that replaced a record by a later
 * import of the same id would lose fields; merging keeps them.
 */
public final class PatentRecords {
    private PatentRecords() {}

    /**
     * The record with {@code newer}'s fields where it has them and {@code older}'s where it has none; family members
     * are the union of both.
     *
     * @throws IllegalArgumentException when the two are different publications
     */
    public static PatentRecord merge(PatentRecord older, PatentRecord newer) {
        if (!older.id().equals(newer.id())) {
            throw new IllegalArgumentException("cannot merge " + older.id() + " with " + newer.id());
        }
        List<String> family = new ArrayList<>(older.family());
        newer.family().stream().filter(f -> !family.contains(f)).forEach(family::add);
        return new PatentRecord(newer.jurisdiction(), newer.number(), newer.kind(),
                pick(newer.type(), older.type()), pick(newer.title(), older.title()),
                pick(newer.abstractText(), older.abstractText()), pick(newer.claims(), older.claims()),
                pick(newer.applicants(), older.applicants()), pick(newer.assignees(), older.assignees()),
                pick(newer.inventors(), older.inventors()), pick(newer.ipc(), older.ipc()),
                pick(newer.cpc(), older.cpc()), pick(newer.priorities(), older.priorities()),
                pick(newer.applicationNumber(), older.applicationNumber()),
                newer.filingDate() != null ? newer.filingDate() : older.filingDate(),
                newer.publicationDate() != null ? newer.publicationDate() : older.publicationDate(),
                newer.grantDate() != null ? newer.grantDate() : older.grantDate(),
                newer.status() != LegalStatus.UNKNOWN ? newer.status() : older.status(),
                pick(newer.events(), older.events()), newer.expiry() != null ? newer.expiry() : older.expiry(),
                pick(newer.familyId(), older.familyId()), family, pick(newer.lang(), older.lang()),
                pick(newer.format(), older.format()));
    }

    private static String pick(String newer, String older) {
        return newer.isEmpty() ? older : newer;
    }

    private static <T> List<T> pick(List<T> newer, List<T> older) {
        return newer.isEmpty() ? older : newer;
    }
}
