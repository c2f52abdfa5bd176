package org.ipradar.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last pass over an article's rendered paragraphs: drops label lines ("Advertisement", "Read more") and link
 * lists anywhere, and the lines that are not prose (bylines, datelines, captions, tag lines, calls to follow or
 * subscribe) before the first and after the last paragraph of prose.
 */
final class ParagraphFilter {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    /** Short lines that are labels of page furniture, in the languages ipradar reads. */
    private static final Pattern LABEL = Pattern.compile("(advertisement|advertising|advert|ads?|sponsored( content)?"
            + "|iklan|publicité|anzeige|广告|continue reading( below)?|(story|article) continues( below)?"
            + "|read (more|also|next)( below)?|see also|also read|baca juga|related( (articles?|stories|posts"
            + "|content|news|coverage|links|reading))?|more( (stories|news|on this|on this story))?"
            + "|you (may|might) also like|recommended( for you)?|tags?|topics?|filed under|share( this( article"
            + "| story| post)?)?|like this|loading|comments?|leave a (comment|reply)|print|email|相关(阅读|新闻|文章|报道)"
            + "|延伸阅读|推荐阅读|分享到|打印|关闭窗口|返回顶部|返回首页|精彩推荐|精彩视频推荐|热门推荐|相关推荐|猜你喜欢|正在加载"
            + "|加载更多|查看更多|展开全文|阅读全文|点击查看)[\\s:：.!…|>》]*", FLAGS);
    /** Copyright lines: "© 2026 Example News", "Copyright 2026 ...", "版权所有". */
    private static final Pattern COPYRIGHT = Pattern.compile("(©|\\(c\\)|copyright\\b|all rights reserved).*"
            + "|.*(版权所有|版权归|未经授权.{0,12}不得转载|转载请注明|本文系.{0,20}独家).*", FLAGS);
    /** Calls to follow, subscribe or write in, and credit lines, that end articles. */
    private static final Pattern CALL = Pattern.compile(".*\\b(follow (us|him|her|me|them)|sign up|subscribe"
            + "|newsletter|contributed to this report|join our|share it with|like us on|email (us|him|her)"
            + "|information storage services?|letters? to the editor)\\b.*|(disclaimer|notice)\\b.*"
            + "|.*\\bfollow\\b.{0,80}\\b(facebook|twitter|instagram|linkedin|youtube|weibo|wechat)\\b.*"
            + "|.*(责任编辑|编辑：|来源：|关注我们|扫码|二维码|仅提供信息存储服务).*|(声明|免责声明|特别声明|版权声明)[:：].*", FLAGS);
    /** Chinese clause punctuation: a line with it, or ending in a comma, is part of running text. */
    private static final Pattern CJK_CLAUSE = Pattern.compile("[，。！？；、]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"'”’)）]?(\\s|$)");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?。！？][\"'”’)）]*\\s*$");

    private ParagraphFilter() {}

    /** The paragraphs worth keeping, in order. */
    static List<TextRenderer.Paragraph> filter(List<TextRenderer.Paragraph> paragraphs) {
        return trimEdges(dropFurniture(paragraphs));
    }

    /** Drops label lines, copyright lines and paragraphs that are mostly links (related-story lists). */
    static List<TextRenderer.Paragraph> dropFurniture(List<TextRenderer.Paragraph> paragraphs) {
        List<TextRenderer.Paragraph> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            TextRenderer.Paragraph p = paragraphs.get(i);
            TextRenderer.Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            TextRenderer.Paragraph previous = i > 0 ? paragraphs.get(i - 1) : null;
            // "Related: <a>headline</a>" is a link list; "He faces <a>a charge of conspiracy</a>." is a sentence
            boolean sentence = !p.endsInLink() && ENDS_SENTENCE.matcher(p.text()).find()
                    && p.text().strip().length() > 1 && p.weight() - p.linkWeight() >= 10;
            // a linked subheading ("<h3><a>Product name</a></h3>") heads a part of the article: prose follows it,
            // where a linked headline in a list of related stories is followed by the next one
            boolean heading = BlockStats.isHeading(p.block()) && next != null && next.linkDensity() < 0.5
                    && !BlockStats.isHeading(next.block())
                    && !(previous != null && BlockStats.isHeading(previous.block()) && previous.linkDensity() >= 0.6);
            boolean linkList = p.linkDensity() >= 0.6 && p.weight() - p.linkWeight() < 50 && !sentence && !heading;
            boolean label = p.weight() < 40 && LABEL.matcher(p.text()).matches();
            boolean copyright = p.weight() < 200 && COPYRIGHT.matcher(p.text()).matches();
            if (!linkList && !label && !copyright) {
                out.add(p);
            }
        }
        return out;
    }

    /** Drops the non-prose lines before the first and after the last paragraph of prose. */
    static List<TextRenderer.Paragraph> trimEdges(List<TextRenderer.Paragraph> paragraphs) {
        int first = 0;
        while (first < paragraphs.size() && !isProse(paragraphs.get(first))) {
            first++;
        }
        int last = paragraphs.size() - 1;
        while (last >= first && (!isProse(paragraphs.get(last)) || isCall(paragraphs.get(last)))) {
            last--;
        }
        return first > last ? paragraphs : paragraphs.subList(first, last + 1);
    }

    /**
     * Whether a paragraph reads as running text: not mostly links, not a short line with a date in it (a byline
     * or dateline), and long, or a sentence, or a list item, or a line of Chinese (which often goes without stops).
     */
    static boolean isProse(TextRenderer.Paragraph p) {
        if (p.linkDensity() >= 0.5 && p.weight() - p.linkWeight() < 100) {
            return false;
        }
        if (p.weight() >= 160 || p.block().equals("li") && p.linkDensity() < 0.3) {
            return true;
        }
        if (p.weight() < 120 && Dates.parse(p.text(), ZoneOffset.UTC).isPresent()) {
            return false;
        }
        int cjk = cjkCount(p.text());
        return p.weight() >= 25 && SENTENCE_END.matcher(p.text()).find() || cjk >= 25
                || cjk >= 3 && CJK_CLAUSE.matcher(p.text()).find();
    }

    /** Whether a short paragraph asks the reader to follow, subscribe or write, or credits an editor. */
    static boolean isCall(TextRenderer.Paragraph p) {
        return p.weight() < 300 && CALL.matcher(p.text()).matches();
    }

    private static int cjkCount(String s) {
        return (int) s.codePoints().filter(Chars::isCjk).count();
    }
}
