package org.ipradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which charset a feed's bytes are read with, and why: inline bytes built with explicit charsets. */
class FeedDecoderTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

    /** A longer Simplified Chinese passage, enough for detection to be sure. */
    private static final String ZH_PASSAGE = "<rss version=\"2.0\"><channel><title>知识产权保护动态</title><item><title>"
            + "越南商标抢注案件提醒</title><description>某企业在越南遭遇商标抢注，当地代理人抢先注册了其品牌。企业应尽早在越南"
            + "申请商标，并保留使用证据。海关备案也可以帮助企业在边境拦截侵权货物。</description></item></channel></rss>";

    private static String decoded(FeedDecoder.Decoded d) {
        return d.charset().name() + " " + d.reason();
    }

    @Test
    void gb2312DeclaredBytesWithAGbkOnlyCharacterAreReadAsGb18030() {
        assertFalse(Charset.forName("GB2312").newEncoder().canEncode('镕'), "镕 must lie outside GB2312");
        String xml = "<?xml version=\"1.0\" encoding=\"gb2312\"?><rss><channel><title>朱镕基谈知识产权</title></channel></rss>";

        FeedDecoder.Decoded d = FeedDecoder.decode(xml.getBytes(GB18030), "application/xml");

        assertEquals("GB18030 declared", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void big5DeclaredBytesWithAnHkscsCharacterAreReadAsBig5Hkscs() {
        assertFalse(Charset.forName("Big5").newEncoder().canEncode('嘅'), "嘅 must lie outside plain Big5");
        String xml = "<?xml version=\"1.0\" encoding=\"big5\"?><rss><channel><title>香港嘅商標註冊</title></channel></rss>";

        FeedDecoder.Decoded d = FeedDecoder.decode(xml.getBytes(BIG5_HKSCS), "text/xml");

        assertEquals("Big5-HKSCS declared", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void utf8BytesWinOverAnIso88591Header() {
        String xml = "<rss><channel><title>Marque déposée à Hà Nội — 商标</title></channel></rss>";

        FeedDecoder.Decoded d = FeedDecoder.decode(xml.getBytes(StandardCharsets.UTF_8),
                "application/rss+xml; charset=ISO-8859-1");

        assertEquals("UTF-8 utf-8", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void gb2312BytesUnderAUtf8PrologAreDetectedAsGb18030() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + ZH_PASSAGE;

        FeedDecoder.Decoded d = FeedDecoder.decode(xml.getBytes(GB18030), null);

        assertEquals("GB18030 detected", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void gb2312BytesUnderAnIso88591PrologAreDetectedAsGb18030() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + ZH_PASSAGE;

        FeedDecoder.Decoded d = FeedDecoder.decode(xml.getBytes(GB18030), null);

        assertEquals("GB18030 detected", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void aUtf16LeByteOrderMarkDecidesAndIsDropped() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Überblick 商标</title></feed>";
        byte[] body = xml.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        FeedDecoder.Decoded d = FeedDecoder.decode(bytes, "application/atom+xml; charset=utf-8");

        assertEquals("UTF-16LE bom", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void utf16LeWithoutAByteOrderMarkIsRecognisedFromTheBytesOfTheDeclaration() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel><title>商标</title></channel></rss>";

        FeedDecoder.Decoded d = FeedDecoder.decode(xml.getBytes(StandardCharsets.UTF_16LE), null);

        assertEquals("UTF-16LE utf-16", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void asciiBytesTakeTheNameOfTheDeclaredCharset() {
        String xml = "<?xml version=\"1.0\" encoding=\"gb2312\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>";

        FeedDecoder.Decoded d = FeedDecoder.decode(xml.getBytes(StandardCharsets.US_ASCII), "application/atom+xml");

        assertEquals("GB18030 ascii", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void asciiBytesWithNoDeclarationAreUtf8() {
        FeedDecoder.Decoded d = FeedDecoder.decode("<rss/>".getBytes(StandardCharsets.US_ASCII), null);

        assertEquals("UTF-8 ascii", decoded(d));
    }

    @Test
    void latin1DeclaredBytesAreReadAsWindows1252SoCurlyQuotesSurvive() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>“Notícias” de São Paulo"
                + "</title></channel></rss>";

        FeedDecoder.Decoded d = FeedDecoder.decode(xml.getBytes(Charset.forName("windows-1252")), null);

        assertEquals("windows-1252 declared", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void undeclaredLatin1BytesAreDetectedWithoutReplacementCharacters() {
        String xml = "<rss version=\"2.0\"><channel><title>Notícias</title><item><title>Ibope: Bolsonaro perde em"
                + " simulações de 2º turno</title><description>Promotoria abre inquérito; relatório acusa militares de"
                + " atrocidades contra muçulmanos. Acordo adicional está perto de acontecer.</description></item>"
                + "</channel></rss>";

        FeedDecoder.Decoded d = FeedDecoder.decode(xml.getBytes(StandardCharsets.ISO_8859_1), "text/xml");

        assertEquals("windows-1252 detected", decoded(d));
        assertEquals(xml, d.text());
    }

    @Test
    void charsetNamesAreWidenedToTheirSupersets() {
        assertEquals("GB18030 GB18030 Big5-HKSCS windows-1252 windows-1252 UTF-8",
                String.join(" ", FeedDecoder.charsetFor("GB2312").name(), FeedDecoder.charsetFor("gbk").name(),
                        FeedDecoder.charsetFor("BIG5").name(), FeedDecoder.charsetFor("iso-8859-1").name(),
                        FeedDecoder.charsetFor("us-ascii").name(), FeedDecoder.charsetFor("utf-8").name()));
    }

    @Test
    void anUnknownCharsetNameIsNoClue() {
        assertNull(FeedDecoder.charsetFor("x-no-such-charset"));
        assertNull(FeedDecoder.charsetFor(" "));
    }

    @Test
    void strictDecodingRefusesBytesThatAreNotInTheCharset() {
        byte[] gb = "商标".getBytes(GB18030);

        assertNull(FeedDecoder.strict(gb, StandardCharsets.UTF_8));
        assertEquals("商标", FeedDecoder.strict(gb, GB18030));
    }
}
