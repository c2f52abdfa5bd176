package org.ipradar.web;

import java.util.List;

/**
 * The model of a bulletin's page.
 *
 * @param frame the layout around it
 * @param title the bulletin's title
 * @param series the series title
 * @param quarter the quarter by name
 * @param dateLine when it was published, or that it is a draft
 * @param statusLabel for editors, what keeps it off the site (draft, withdrawn); null when published
 * @param problems for editors, what keeps it from publication
 * @param introHtml the introduction as sanitised HTML (the one value the template writes unescaped)
 * @param items the articles
 * @param pdfUrl the PDF
 * @param docxUrl the DOCX
 * @param jsonUrl the same bulletin in the API
 * @param listUrl the list of bulletins
 */
public record BulletinPage(PageFrame frame, String title, String series, String quarter, String dateLine,
        String statusLabel, List<String> problems, String introHtml, List<Item> items, String pdfUrl, String docxUrl,
        String jsonUrl, String listUrl) {
    /**
     * One article.
     *
     * @param anchor its element id, for the contents
     * @param heading its number and title
     * @param meta its source, date, countries, kind and IP types
     * @param summary the summary's paragraphs
     * @param url its original if http(s), else null
     * @param pageUrl the document's page on this site
     */
    public record Item(String anchor, String heading, String meta, List<String> summary, String url, String pageUrl) {}
}
