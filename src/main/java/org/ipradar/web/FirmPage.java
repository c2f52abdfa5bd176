package org.ipradar.web;

import java.util.List;

/**
 * The model of a firm's page (or of the form for a new one): its profile, the form that edits it, its service record
 * with the form that adds to it, and its consultants.
 *
 * @param frame the layout around it
 * @param t the firm pages' text
 * @param heading the firm's name, or "new firm"
 * @param firmId the firm's id, or null on the form for a new one
 * @param notice a confirmation to show, or null
 * @param error what was wrong with the profile form, or null
 * @param profile the profile as stored, or null for a new firm
 * @param form the profile form's values
 * @param formAction where the profile form posts
 * @param industries the industry choices
 * @param entries the service record, by date
 * @param entryForm the new-entry form's values
 * @param entryAction where the new-entry form posts, or null for a new firm
 * @param entryError what was wrong with the new entry, or null
 * @param entryTypes the entry type choices
 * @param consultants the consultants assigned
 * @param assignUrl where the viewer assigns consultants (the firm's row in the list), or null when the viewer may not
 * @param listUrl the firm list
 * @param jsonUrl the firm in the API, or null
 */
public record FirmPage(PageFrame frame, FirmLabels t, String heading, String firmId, String notice, String error,
        Profile profile, Form form, String formAction, List<Option> industries, List<Entry> entries,
        EntryForm entryForm, String entryAction, String entryError, List<Option> entryTypes, List<String> consultants,
        String assignUrl, String listUrl, String jsonUrl) {

    /**
     * The stored profile, for reading.
     *
     * @param industry the industry for people
     * @param markets the markets for people
     * @param competitors the competitors
     * @param ownPatents the own patents, as "number (jurisdiction)", the jurisdiction left out when the number
     *     starts with it
     * @param ownTrademarks the own trademarks, as "mark (jurisdiction, number)"
     * @param products the products
     * @param version the version
     * @param created when and by whom it was created
     * @param updated when and by whom it was last saved
     */
    public record Profile(String industry, String markets, List<String> competitors, List<String> ownPatents,
            List<String> ownTrademarks, List<ProductView> products, long version, String created, String updated) {}

    /**
     * A product, for reading.
     *
     * @param id its id, also its anchor
     * @param name its name
     * @param description its technical description
     * @param features its key features
     * @param hsCodes its HS codes, joined
     */
    public record ProductView(String id, String name, String description, List<String> features, String hsCodes) {}

    /**
     * The profile form's values, as stored or as last submitted.
     *
     * @param version the version being edited, or blank for a new firm
     * @param name the name
     * @param industry the industry's wire name
     * @param markets the markets, space-separated
     * @param competitors one per line
     * @param ownPatents one per line
     * @param ownTrademarks one per line
     * @param products the product slots, the last one blank for a new product
     */
    public record Form(String version, String name, String industry, String markets, String competitors,
            String ownPatents, String ownTrademarks, List<ProductForm> products) {}

    /**
     * One product slot of the form; field names are {@code p<index>.name} and so on.
     *
     * @param index the slot's number
     * @param id the product's id, or blank for a new one
     * @param name the name
     * @param description the description
     * @param features one per line
     * @param hsCodes space-separated
     */
    public record ProductForm(int index, String id, String name, String description, String features,
            String hsCodes) {
        /** Whether this is the blank slot for a new product. */
        public boolean isNew() {
            return id == null || id.isBlank();
        }
    }

    /**
     * One choice of a select box.
     *
     * @param value the value sent
     * @param label what people see
     * @param selected whether it is chosen
     */
    public record Option(String value, String label, boolean selected) {}

    /**
     * A service-record entry, for reading.
     *
     * @param id its number, also its anchor
     * @param type its type's wire name
     * @param typeLabel its type for people
     * @param date its day
     * @param author who recorded it
     * @param text what happened
     * @param links the report and risk list it links to, for people, or blank
     */
    public record Entry(long id, String type, String typeLabel, String date, String author, String text,
            String links) {}

    /**
     * The new-entry form's values.
     *
     * @param type the type's wire name
     * @param date the day
     * @param text the text
     */
    public record EntryForm(String type, String date, String text) {}
}
