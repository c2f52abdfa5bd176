package org.ipradar.enterprise;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A firm's confidential profile as stored.
 *
 * @param id the firm's id ({@code ent-} and 16 hex digits), unguessable
 * @param version increases with every save; a save names the version it edited
 * @param name the firm's name
 * @param industry its industry, a wire name of {@link org.ipradar.vocab.Industry}
 * @param products its products, in the order the consultant put them
 * @param markets its target markets: country codes and {@code EU}
 * @param competitors known competitors, by name
 * @param ownPatents its own patents and applications
 * @param ownTrademarks its own trademarks
 * @param consultants the names of the consultants assigned to it, sorted
 * @param created when the profile was created
 * @param createdBy who created it
 * @param updated when it was last saved
 * @param updatedBy who last saved it
 */
public record Enterprise(String id, long version, String name, String industry, List<Product> products,
        List<String> markets, List<String> competitors, List<OwnPatent> ownPatents, List<OwnTrademark> ownTrademarks,
        List<String> consultants, Instant created, String createdBy, Instant updated, String updatedBy) {
    public Enterprise {
        products = List.copyOf(products);
        markets = List.copyOf(markets);
        competitors = List.copyOf(competitors);
        ownPatents = List.copyOf(ownPatents);
        ownTrademarks = List.copyOf(ownTrademarks);
        consultants = List.copyOf(consultants);
    }

    /** The product with this id, or null. */
    public Product product(String productId) {
        return products.stream().filter(p -> p.id().equals(productId)).findFirst().orElse(null);
    }

    /**
     * The firm's own patent numbers folded for comparison (upper case, letters and digits only, as in
     * {@code CN112345678A}), for leaving them out of its risk-patent lists.
     */
    public Set<String> ownPatentKeys() {
        Set<String> out = new LinkedHashSet<>();
        for (OwnPatent p : ownPatents) {
            out.add(patentKey(p.number()));
        }
        return out;
    }

    /** A patent number folded for comparison: upper case, letters and digits only. */
    public static String patentKey(String number) {
        return number == null ? "" : number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
