package org.ipradar.web;

import java.util.List;
import java.util.Map;

/**
 * The model of the document form: a guide or a law and policy note, or a case record with its structured fields;
 * errors are shown next to their fields.
 *
 * @param frame the layout around it
 * @param heading the page heading
 * @param meta the status, author and version in a line, or null for a new document
 * @param status its status word, used as a CSS class, or {@code new}
 * @param action where the form posts
 * @param editable whether this editor may change it (only its author may)
 * @param published whether it is published (so the form offers withdraw rather than publish)
 * @param form the values in the form
 * @param errors the message for each field at fault
 * @param formError the message above the form, or null
 * @param notice what the last action did, or null
 * @param saved for a save conflict, the document as now stored, else null
 * @param publicUrl its public page while published, else null
 * @param deskUrl the desk
 * @param langs the language choices
 * @param formats the format choices
 * @param ipTypes the IP type choices
 * @param industries the industry choices
 * @param forums the forum choices
 * @param roles the party role choices
 * @param moneyKinds the money kind choices
 */
public record DocumentFormPage(PageFrame frame, String heading, String meta, String status, String action,
        boolean editable, boolean published, DocumentForm form, Map<String, String> errors, String formError,
        String notice, Saved saved, String publicUrl, String deskUrl, List<Option> langs, List<Option> formats,
        List<Option> ipTypes, List<Option> industries, List<Option> forums, List<Option> roles,
        List<Option> moneyKinds) {
    /**
     * A choice in a list, a select or a set of checkboxes.
     *
     * @param value its wire value
     * @param label its name for people
     */
    public record Option(String value, String label) {}

    /**
     * The document as now stored, shown beside the form after a save conflict.
     *
     * @param heading what it is, with its version
     * @param title its title
     * @param text its text with the case record's facts
     */
    public record Saved(String heading, String title, String text) {}

    /** Whether this is a case record. */
    public boolean isCase() {
        return "case".equals(form.kind());
    }

    /** The message for a field, or null. */
    public String error(String field) {
        return errors.get(field);
    }
}
