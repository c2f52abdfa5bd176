package org.ipradar.bulletin;

import java.util.List;

/**
 * What an editor saves over a bulletin: its title, introduction and articles in order. An article is named by its
 * document id; one already in the bulletin keeps its snapshot, a new one is looked up among the public documents.
 * A null summary keeps the current one (or, for a new article, the proposed one).
 *
 * @param title the new title, or null to keep it
 * @param intro the new introduction in Markdown, or null to keep it
 * @param items the articles in their new order, or null to keep them
 */
public record BulletinEdit(String title, String intro, List<Item> items) {
    /**
     * One article as the editor orders it.
     *
     * @param documentId the public document's id
     * @param summary its summary, or null to keep or propose one
     */
    public record Item(String documentId, String summary) {}
}
