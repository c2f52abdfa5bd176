package org.ipradar.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic bilingual corpus of news-like documents about overseas IP, laid out as RSS feeds of a fixed size:
 * even-numbered feeds are Chinese and odd-numbered ones English, so the corpus is half of each. Every document and
 * feed is derived from the seed and its own number alone, so any part can be regenerated without the rest.
 */
public final class CorpusGenerator {
    /** Items per feed file, as in a large real feed page. */
    public static final int DEFAULT_PER_FEED = 500;
    /** The fewest and (nearly) the most words (English) or characters (Chinese) in a document body. */
    public static final int MIN_LENGTH = 150;
    public static final int MAX_LENGTH = 600;

    private static final long FIRST_DATE = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_DATE = Instant.parse("2026-06-30T00:00:00Z").getEpochSecond();
    private static final String[] KINDS = {"news", "case", "law", "guide"};
    private static final int[] KIND_WEIGHTS = {45, 30, 15, 10};

    /** A country with its code and its Chinese and English names. */
    private record Country(String code, String zh, String en) {}

    private static final List<Country> COUNTRIES = List.of(
            new Country("VN", "越南", "Vietnam"),
            new Country("TH", "泰国", "Thailand"),
            new Country("MY", "马来西亚", "Malaysia"),
            new Country("ID", "印度尼西亚", "Indonesia"),
            new Country("PH", "菲律宾", "Philippines"),
            new Country("SG", "新加坡", "Singapore"),
            new Country("KH", "柬埔寨", "Cambodia"),
            new Country("LA", "老挝", "Laos"),
            new Country("MM", "缅甸", "Myanmar"),
            new Country("BN", "文莱", "Brunei"));

    // Parallel Chinese and English vocabularies: entry i of one is entry i of the other.
    private static final String[] CO_PREFIX_ZH = {"华星", "东方", "海瑞", "中科", "金达", "远航", "瑞丰", "恒通", "新锐",
        "博创", "天禾", "宏图", "安盛", "鼎信", "嘉禾", "明德", "长风", "南海", "北辰", "星河", "云帆", "九洲", "汇能", "启明", "德润"};
    private static final String[] CO_PREFIX_EN = {"Huaxing", "Dongfang", "Hairui", "Zhongke", "Jinda", "Yuanhang",
        "Ruifeng", "Hengtong", "Xinrui", "Bochuang", "Tianhe", "Hongtu", "Ansheng", "Dingxin", "Jiahe", "Mingde",
        "Changfeng", "Nanhai", "Beichen", "Xinghe", "Yunfan", "Jiuzhou", "Huineng", "Qiming", "Derun"};
    private static final String[] INDUSTRY_ZH = {"电子", "科技", "医疗器械", "新材料", "生物医药", "食品", "化工", "纺织", "智能装备",
        "新能源"};
    private static final String[] INDUSTRY_EN = {"Electronics", "Technology", "Medical Devices", "New Materials",
        "Biopharma", "Foods", "Chemicals", "Textiles", "Smart Equipment", "New Energy"};
    private static final String[] CO_SUFFIX_ZH = {"有限公司", "股份有限公司", "集团"};
    private static final String[] CO_SUFFIX_EN = {"Co., Ltd.", "Group", "Holdings"};
    private static final String[] PRODUCT_ZH = {"电动工具", "空调压缩机", "医用口罩", "锂电池", "手机配件", "陶瓷釉料", "纺织面料",
        "速溶咖啡", "摩托车零部件", "太阳能组件", "LED灯具", "家用电器"};
    private static final String[] PRODUCT_EN = {"power tools", "air-conditioner compressors", "medical masks",
        "lithium batteries", "phone accessories", "ceramic glazes", "textile fabrics", "instant coffee",
        "motorcycle parts", "solar modules", "LED lamps", "home appliances"};
    private static final String[] IP_ZH = {"商标", "专利", "发明专利", "实用新型专利", "外观设计", "著作权", "商业秘密", "地理标志"};
    private static final String[] IP_EN = {"trademark", "patent", "invention patent", "utility model",
        "industrial design", "copyright", "trade secret", "geographical indication"};
    private static final String[] DISPUTE_ZH = {"商标抢注", "专利侵权", "商标侵权", "假冒商品", "恶意注册", "不正当竞争", "许可纠纷",
        "平行进口", "外观设计侵权", "商业秘密泄露"};
    private static final String[] DISPUTE_EN = {"trademark squatting", "patent infringement", "trademark infringement",
        "counterfeiting", "bad-faith registration", "unfair competition", "licensing dispute", "parallel imports",
        "design infringement", "trade secret theft"};
    private static final String[] AGENCY_ZH = {"知识产权局", "海关总署", "最高法院", "知识产权法院", "商务部", "经济警察", "市场监管部门",
        "商标注册处"};
    private static final String[] AGENCY_EN = {"Intellectual Property Office", "customs authority", "Supreme Court",
        "IP court", "Ministry of Commerce", "economic police", "market surveillance agency", "trademark registry"};
    private static final String[] ACTION_ZH = {"驳回了", "受理了", "批准了", "撤销了", "宣告无效了"};
    private static final String[] ACTION_EN = {"rejected", "accepted", "granted", "cancelled", "invalidated"};
    private static final String[] MONTH_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static final String[] SENTENCES_ZH = {
        "{CO}近日在{C}遭遇{D}，涉及{IP}{N}件。",
        "{C}{A}于{Y}年{M}月{ACT}{CO}提出的{IP}申请。",
        "据当地媒体报道，{C}海关扣押了一批涉嫌侵犯{CO}{IP}的{P}，货值约{N}万美元。",
        "专家提醒，中国企业进入{C}市场前应尽早办理{IP}注册，防范{D}风险。",
        "该案是{C}近年来影响较大的{D}案件之一，引起了业界的广泛关注。",
        "{CO}表示将通过行政投诉和民事诉讼等途径维护自身合法权益。",
        "根据{C}现行法律，{IP}的保护期限为{T}年，期满后可以依法续展。",
        "{A}认定{CO2}的行为构成{D}，判令其立即停止侵权并赔偿{N}万美元。",
        "东盟各国知识产权保护制度差异较大，企业需要制定有针对性的海外知识产权布局策略。",
        "{C}是中国{P}的重要出口市场，随着出口额逐年增长，{D}纠纷也日益增多。",
        "{CO2}在{C}抢先注册了与{CO}相同的商标，导致{CO}的{P}无法正常清关。",
        "律师建议权利人保存好使用证据，并及时向{A}提出异议或无效宣告请求。",
        "{Y}年{C}共受理{IP}申请{N}件，其中来自中国申请人的占比明显上升。",
        "海关扣押的{P}已移交{A}处理，相关责任人可能面临刑事处罚。",
    };
    private static final String[] SENTENCES_EN = {
        "{CO} has run into {D} in {C}, involving {N} {IP} filings.",
        "In {MONTH} {Y}, the {A} of {C} {ACT} a {IP} application filed by {CO}.",
        "Local media reported that customs in {C} seized a shipment of {P} suspected of infringing the {IP} of {CO}.",
        "Experts advise Chinese companies to register their {IP} rights in {C} early to guard against {D}.",
        "The case is one of the most significant {D} cases in {C} in recent years and has drawn wide attention.",
        "{CO} said it would defend its rights through administrative complaints and civil litigation.",
        "Under current law in {C}, {IP} protection lasts {T} years and can be renewed on expiry.",
        "The {A} found that {CO2} had committed {D} and ordered it to stop and pay damages of {N} thousand dollars.",
        "IP protection differs widely across ASEAN members, so exporters need a market-by-market filing strategy.",
        "{C} is a key export market for Chinese {P}, and {D} disputes have grown along with exports.",
        "{CO2} registered a mark identical to that of {CO} in {C} first, blocking customs clearance of its {P}.",
        "Lawyers advise rights holders to keep evidence of use and to file oppositions with the {A} in time.",
        "In {Y}, {C} received {N} {IP} applications, with a rising share from Chinese applicants.",
        "The customs seizure of {P} in {C} has been referred to the {A}, and those responsible may face penalties.",
    };
    private static final String[] TITLES_ZH = {
        "{C}{A}{ACT}{CO}的{IP}申请",
        "{CO}在{C}遭遇{D}",
        "{C}海关扣押{N}件侵权{P}",
        "{C}发布{IP}保护新规，剑指{D}",
        "警惕：{C}{D}案件数量上升",
        "{CO}诉{CO2}{D}案二审宣判",
        "{C}{IP}注册指南（{Y}年版）",
    };
    private static final String[] TITLES_EN = {
        "{C} {A} {ACT} {IP} application by {CO}",
        "{CO} hit by {D} in {C}",
        "{C} customs seize {N} counterfeit {P}",
        "{C} issues new {IP} rules targeting {D}",
        "Warning: {D} cases on the rise in {C}",
        "Appeal ruling in {CO} v. {CO2} {D} case",
        "{C} {IP} filing guide ({Y} edition)",
    };

    /**
     * One feed file of the corpus.
     *
     * @param number 0-based feed number
     * @param id the source id it is crawled as
     * @param lang zh or en
     * @param langDeclared whether its source declares the language (every fourth does not: detected per document)
     * @param country the source's default country code
     * @param kind the source's kind
     * @param firstDoc the number of its first document
     * @param size how many documents it holds
     */
    public record Feed(int number, String id, String lang, boolean langDeclared, String country, String kind,
            int firstDoc, int size) {}

    /**
     * One generated document, as an RSS item carries it.
     *
     * @param number its 0-based number in the corpus
     * @param lang zh or en
     * @param guid the item's guid
     * @param link the item's absolute link
     * @param title plain title
     * @param paragraphs the body, one plain-text paragraph each
     * @param published publication time, whole seconds
     */
    public record Doc(int number, String lang, String guid, String link, String title, List<String> paragraphs,
            Instant published) {
        /** The body as the feed reader turns it into plain text: paragraphs separated by a blank line. */
        public String text() {
            return String.join("\n\n", paragraphs);
        }

        /** The body's length: words for English, characters for Chinese. */
        public int length() {
            return lang.equals("zh") ? text().replace("\n", "").length() : text().split("\\s+").length;
        }
    }

    private final long seed;
    private final int docs;
    private final int perFeed;

    /** A corpus of {@code docs} documents from the seed, {@code perFeed} to a feed. */
    public CorpusGenerator(long seed, int docs, int perFeed) {
        if (docs < 1 || perFeed < 1) {
            throw new IllegalArgumentException("docs and perFeed must be positive (got " + docs + ", " + perFeed + ")");
        }
        this.seed = seed;
        this.docs = docs;
        this.perFeed = perFeed;
    }

    public long seed() {
        return seed;
    }

    public int docCount() {
        return docs;
    }

    public int feedCount() {
        return (docs + perFeed - 1) / perFeed;
    }

    /** The feed with this 0-based number. */
    public Feed feed(int f) {
        if (f < 0 || f >= feedCount()) {
            throw new IndexOutOfBoundsException("feed " + f + " of " + feedCount());
        }
        SplittableRandom r = random(-1L - f);
        String lang = f % 2 == 0 ? "zh" : "en";
        // Countries rotate so even a small corpus has every one of them, each in both languages.
        String country = COUNTRIES.get((f / 2) % COUNTRIES.size()).code();
        String kind = KINDS[weighted(r, KIND_WEIGHTS)];
        int first = f * perFeed;
        String id = String.format(Locale.ROOT, "bench-%04d-%s-%s", f + 1, lang, country.toLowerCase(Locale.ROOT));
        return new Feed(f, id, lang, f % 4 != 3, country, kind, first, Math.min(perFeed, docs - first));
    }

    /** Every feed, in order. */
    public List<Feed> feeds() {
        List<Feed> out = new ArrayList<>(feedCount());
        for (int f = 0; f < feedCount(); f++) {
            out.add(feed(f));
        }
        return out;
    }

    /** The documents of a feed, in order. */
    public List<Doc> docs(Feed feed) {
        List<Doc> out = new ArrayList<>(feed.size());
        for (int i = feed.firstDoc(); i < feed.firstDoc() + feed.size(); i++) {
            out.add(doc(i));
        }
        return out;
    }

    /** The document with this 0-based number. */
    public Doc doc(int n) {
        if (n < 0 || n >= docs) {
            throw new IndexOutOfBoundsException("document " + n + " of " + docs);
        }
        Feed feed = feed(n / perFeed);
        SplittableRandom r = random(n);
        boolean zh = feed.lang().equals("zh");
        Country home = COUNTRIES.stream().filter(c -> c.code().equals(feed.country())).findFirst().orElseThrow();
        // Most documents are about the feed's own country, some about a neighbour.
        Country country = r.nextInt(10) < 7 ? home : COUNTRIES.get(r.nextInt(COUNTRIES.size()));
        Slots slots = new Slots(r, zh, country);
        String title = slots.fill(pick(r, zh ? TITLES_ZH : TITLES_EN));
        // The last sentence may overshoot the target, so the target stops short of the maximum.
        int target = MIN_LENGTH + r.nextInt(MAX_LENGTH - MIN_LENGTH - (zh ? 60 : 30) + 1);
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < target) {
            int sentences = 2 + r.nextInt(3);
            StringBuilder p = new StringBuilder();
            for (int s = 0; s < sentences && length < target; s++) {
                String sentence = slots.fill(pick(r, zh ? SENTENCES_ZH : SENTENCES_EN));
                if (!zh && p.length() > 0) {
                    p.append(' ');
                }
                p.append(sentence);
                length += zh ? sentence.length() : sentence.split(" ").length;
            }
            paragraphs.add(p.toString());
        }
        Instant published = Instant.ofEpochSecond(r.nextLong(FIRST_DATE, LAST_DATE));
        String tail = String.format(Locale.ROOT, "%d-%07d", seed, n);
        return new Doc(n, feed.lang(), "urn:ipradar-bench:" + tail,
                "https://bench.example.org/" + feed.lang() + "/" + country.code().toLowerCase(Locale.ROOT) + "/" + tail,
                title, List.copyOf(paragraphs), published);
    }

    // Fills the {SLOT}s of a template; the two companies of one document stay the same throughout it.
    private static final class Slots {
        private final SplittableRandom r;
        private final boolean zh;
        private final Country country;
        private final String company;
        private final String rival;

        Slots(SplittableRandom r, boolean zh, Country country) {
            this.r = r;
            this.zh = zh;
            this.country = country;
            this.company = company();
            String other = company();
            this.rival = other.equals(company) ? company() : other;
        }

        private String company() {
            int p = r.nextInt(CO_PREFIX_ZH.length);
            int i = r.nextInt(INDUSTRY_ZH.length);
            int s = r.nextInt(CO_SUFFIX_ZH.length);
            return zh ? CO_PREFIX_ZH[p] + INDUSTRY_ZH[i] + CO_SUFFIX_ZH[s]
                    : CO_PREFIX_EN[p] + " " + INDUSTRY_EN[i] + " " + CO_SUFFIX_EN[s];
        }

        String fill(String template) {
            StringBuilder out = new StringBuilder(template.length() + 64);
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    out.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                out.append(template, i, open);
                out.append(value(template.substring(open + 1, close)));
                i = close + 1;
            }
            return out.toString();
        }

        private String value(String slot) {
            int k;
            return switch (slot) {
                case "C" -> zh ? country.zh() : country.en();
                case "CO" -> company;
                case "CO2" -> rival;
                case "IP" -> (zh ? IP_ZH : IP_EN)[r.nextInt(IP_ZH.length)];
                case "D" -> (zh ? DISPUTE_ZH : DISPUTE_EN)[r.nextInt(DISPUTE_ZH.length)];
                case "A" -> (zh ? AGENCY_ZH : AGENCY_EN)[r.nextInt(AGENCY_ZH.length)];
                case "ACT" -> (zh ? ACTION_ZH : ACTION_EN)[r.nextInt(ACTION_ZH.length)];
                case "P" -> {
                    k = r.nextInt(PRODUCT_ZH.length);
                    yield zh ? PRODUCT_ZH[k] : PRODUCT_EN[k];
                }
                case "N" -> Integer.toString(2 + r.nextInt(499));
                case "T" -> Integer.toString(5 + 5 * r.nextInt(4));
                case "Y" -> Integer.toString(2019 + r.nextInt(8));
                case "M" -> Integer.toString(1 + r.nextInt(12));
                case "MONTH" -> MONTH_EN[r.nextInt(12)];
                default -> throw new IllegalStateException("unknown slot {" + slot + "}");
            };
        }
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    // A generator of its own for each document (n >= 0) and feed (n < 0), independent of the order of generation.
    private SplittableRandom random(long n) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + n));
    }

    // The SplitMix64 finaliser: nearby inputs give unrelated outputs.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
