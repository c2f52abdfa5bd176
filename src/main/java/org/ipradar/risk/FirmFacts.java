package org.ipradar.risk;

import java.util.List;
import java.util.Objects;

/**
 * What a report says about the firm, taken from its confidential profile.
 *
 * @param name the firm's name
 * @param industry its industry in words (新材料)
 * @param products its products
 * @param markets target markets as codes
 * @param competitors known competitors
 * @param ownPatents its own patents (numbers as given)
 * @param ownTrademarks its own trademarks (marks with jurisdiction as given)
 */
public record FirmFacts(
        String name, String industry, List<Product> products, List<String> markets, List<String> competitors,
        List<String> ownPatents, List<String> ownTrademarks) {

    /**
     * A product and its technology.
     *
     * @param name the product's name
     * @param description its technical description
     * @param features its key technical features
     * @param hsCodes its HS codes
     */
    public record Product(String name, String description, List<String> features, List<String> hsCodes) {
        /** Copies the lists. */
        public Product {
            name = Objects.requireNonNullElse(name, "");
            description = Objects.requireNonNullElse(description, "");
            features = List.copyOf(features);
            hsCodes = List.copyOf(hsCodes);
        }
    }

    /** Copies the lists. */
    public FirmFacts {
        Objects.requireNonNull(name, "name");
        industry = Objects.requireNonNullElse(industry, "");
        products = List.copyOf(products);
        markets = List.copyOf(markets);
        competitors = List.copyOf(competitors);
        ownPatents = List.copyOf(ownPatents);
        ownTrademarks = List.copyOf(ownTrademarks);
    }
}
