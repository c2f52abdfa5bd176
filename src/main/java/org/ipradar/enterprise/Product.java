package org.ipradar.enterprise;

import java.util.List;

/**
 * One of a firm's products, as the risk-patent list reads it.
 *
 * @param id the product's id within the firm ({@code p1}, {@code p2} ...), kept across saves; null in a draft for a
 *     new product
 * @param name what the firm calls it
 * @param description its technical description
 * @param features its key technical features, one sentence each, in order
 * @param hsCodes its HS (customs tariff) codes, digits only, 4 to 10 of them
 */
public record Product(String id, String name, String description, List<String> features, List<String> hsCodes) {
    public Product {
        features = features == null ? List.of() : List.copyOf(features);
        hsCodes = hsCodes == null ? List.of() : List.copyOf(hsCodes);
    }
}
