package org.ipradar.bulletin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ipradar.desk.CaseRecord;
import org.ipradar.desk.Markup;
import org.ipradar.index.Fields;

/**
 * A bulletin laid out for reading, in Chinese: the title page, the contents, the introduction and the articles with
 * their sources. The DOCX and PDF files and the page are drawn from it, so they say the same thing.
 *
 * @param series the series title, {@value Bulletin#SERIES}
 * @param quarter the quarter, as in {@code 2026年第三季度}
 * @param title the bulletin's own title
 * @param publisher who publishes it
 * @param dateLine when it was published, or that it is a draft
 * @param intro the introduction's paragraphs, plain text
 * @param articles the articles in order
 */
public record Edition(String series, String quarter, String title, String publisher, String dateLine,
        List<String> intro, List<Article> articles) {
    /** The heading of the contents. */
    public static final String CONTENTS = "目　录";
    /** The heading of the introduction. */
    public static final String INTRO = "导　语";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(Fields.ZONE);

    /**
     * One article.
     *
     * @param number its number, from 1
     * @param title its title
     * @param meta source, date, countries, kind and IP types on one line
     * @param summary its summary's paragraphs
     * @param url its original address if http(s), else null
     */
    public record Article(int number, String title, String meta, List<String> summary, String url) {
        /** The title with its number, as the contents and the heading show it. */
        public String heading() {
            return number + ". " + title;
        }
    }

    /** The layout of a bulletin; {@code sourceName} names a source id. */
    public static Edition of(Bulletin b, Function<String, String> sourceName) {
        Quarter q = b.period();
        String dateLine = b.isPublic() ? "发布日期：" + day(b.published())
                : "草稿，未发布（第 " + b.version() + " 版，" + day(b.updated()) + "）";
        List<Article> articles = new ArrayList<>();
        for (BulletinItem it : b.items()) {
            List<String> meta = new ArrayList<>();
            meta.add("来源：" + sourceName.apply(it.source()));
            meta.add("发布日期：" + (it.published() == null ? "不详" : day(it.published())));
            if (!it.countries().isEmpty()) {
                meta.add("国家/地区：" + Names.countries(it.countries(), false));
            }
            meta.add("类型：" + Names.kind(it.kind(), false));
            if (!it.ipTypes().isEmpty()) {
                meta.add("知识产权：" + Names.ipTypes(it.ipTypes(), false));
            }
            List<String> summary = it.summary().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            articles.add(new Article(articles.size() + 1, it.title(), String.join(" ｜ ", meta), summary,
                    CaseRecord.isWebAddress(it.url()) ? it.url().strip() : null));
        }
        return new Edition(Bulletin.SERIES, q.zh(), b.title(), Bulletin.PUBLISHER, dateLine,
                Markup.paragraphs(Markup.Format.MARKDOWN, b.intro()), List.copyOf(articles));
    }

    /** Whether the bulletin has a title of its own, other than the series and quarter, to show on the title page. */
    public boolean ownTitle() {
        return !title.equals(series + "（" + quarter + "）");
    }

    /** The whole edition as plain text, in reading order: what the files must contain. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(series).append('\n').append(quarter).append('\n');
        if (ownTitle()) {
            s.append(title).append('\n');
        }
        s.append(publisher).append('\n').append(dateLine).append("\n\n").append(CONTENTS).append('\n');
        if (!intro.isEmpty()) {
            s.append(INTRO).append('\n');
        }
        articles.forEach(a -> s.append(a.heading()).append('\n'));
        if (!intro.isEmpty()) {
            s.append('\n').append(INTRO).append('\n');
            intro.forEach(p -> s.append(p).append('\n'));
        }
        for (Article a : articles) {
            s.append('\n').append(a.heading()).append('\n').append(a.meta()).append('\n');
            a.summary().forEach(p -> s.append(p).append('\n'));
            if (a.url() != null) {
                s.append("原文链接：").append(a.url()).append('\n');
            }
        }
        return s.toString();
    }

    /** The file name for a download, as in {@code 海外知识产权信息季度简报-2026Q3-1.pdf}. */
    public static String fileName(Bulletin b, String extension) {
        return Bulletin.SERIES + "-" + b.quarter() + "-" + b.id() + "." + extension;
    }

    /** An ASCII file name for clients that do not read RFC 6266 {@code filename*}. */
    public static String asciiFileName(Bulletin b, String extension) {
        return "ipradar-bulletin-" + b.quarter() + "-" + b.id() + "." + extension;
    }

    private static String day(Instant t) {
        return DAY.format(t);
    }
}
