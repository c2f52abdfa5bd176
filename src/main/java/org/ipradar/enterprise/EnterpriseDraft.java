package org.ipradar.enterprise;

import java.util.List;

/**
 * What a consultant sets when creating or saving a profile; everything else (id, version, consultants, dates, who)
 * the service sets. A save replaces the whole profile with the draft.
 *
 * @param name the firm's name, required
 * @param industry a wire name of {@link org.ipradar.vocab.Industry}, required
 * @param products the products; an id names an existing product of the firm, a null id adds one
 * @param markets target markets: country codes, {@code EU}, or {@code ASEAN} for its ten members
 * @param competitors known competitors
 * @param ownPatents the firm's own patents
 * @param ownTrademarks the firm's own trademarks
 */
public record EnterpriseDraft(String name, String industry, List<Product> products, List<String> markets,
        List<String> competitors, List<OwnPatent> ownPatents, List<OwnTrademark> ownTrademarks) {
    public EnterpriseDraft {
        products = products == null ? List.of() : products;
        markets = markets == null ? List.of() : markets;
        competitors = competitors == null ? List.of() : competitors;
        ownPatents = ownPatents == null ? List.of() : ownPatents;
        ownTrademarks = ownTrademarks == null ? List.of() : ownTrademarks;
    }
}
