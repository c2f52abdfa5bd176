package org.ipradar.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;
    private static final String ZH = "马来西亚知识产权局公布商标异议裁决，涉及中国出口企业的专利侵权纠纷与海关扣押案例。";

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body><p>" + body + "</p></body></html>";
    }

    private static void assertDecoded(Charsets.Decoded d, String text, String charset, String source) {
        assertEquals(text, d.text());
        assertEquals(charset, d.charset().name());
        assertEquals(source, d.source());
    }

    @Test
    void headerCharsetIsUsed() {
        String html = page("", ZH);
        assertDecoded(Charsets.decode(html.getBytes(GB2312), "text/html; charset=GB2312"), html, "GB18030", "header");
    }

    @Test
    void quotedHeaderCharsetIsRead() {
        assertEquals("UTF-8", Charsets.fromContentType("text/html; Charset=\"utf-8\"").name());
        assertEquals("GB18030", Charsets.fromContentType("text/html;charset=gbk").name());
        assertEquals("Big5-HKSCS", Charsets.fromContentType("text/html; charset=big5").name());
        assertEquals("windows-1252", Charsets.fromContentType("text/html; charset=ISO-8859-1").name());
        assertNull(Charsets.fromContentType("text/html; charset=no-such-charset"));
        assertNull(Charsets.fromContentType("text/html"));
        assertNull(Charsets.fromContentType(null));
    }

    @Test
    void byteOrderMarkBeatsTheHeader() {
        String html = page("", "Café 专利");
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertDecoded(Charsets.decode(withBom, "text/html; charset=windows-1252"), html, "UTF-8", "bom");
    }

    @Test
    void utf16ByteOrderMark() {
        byte[] body = "\uFEFF<p>专利</p>".getBytes(StandardCharsets.UTF_16LE);

        assertDecoded(Charsets.decode(body, null), "<p>专利</p>", "UTF-16LE", "bom");
    }

    @Test
    void metaCharsetWhenTheHeaderSaysNothing() {
        String html = page("<meta charset=\"gb2312\">", ZH);
        assertDecoded(Charsets.decode(html.getBytes(GB2312), "text/html"), html, "GB18030", "meta");
    }

    @Test
    void metaHttpEquivWhenTheHeaderSaysNothing() {
        String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">", "台灣智慧財產局");
        assertDecoded(Charsets.decode(html.getBytes(BIG5), null), html, "Big5-HKSCS", "meta");
    }

    @Test
    void metaAfterThePrescanIsIgnored() {
        String filler = "<!-- " + "x".repeat(Charsets.PRESCAN_BYTES) + " -->";
        byte[] bytes = page(filler + "<meta charset=\"gb2312\">", "abc").getBytes(StandardCharsets.US_ASCII);

        assertNull(Charsets.fromMarkup(bytes));
        assertEquals("GB18030", Charsets.fromMarkup(page("<meta charset=\"gb2312\">", "").getBytes(LATIN1)).name());
    }

    @Test
    void xmlDeclarationIsADeclaration() {
        String xml = "<?xml version=\"1.0\" encoding=\"GB2312\"?><rss><title>" + ZH + "</title></rss>";
        assertDecoded(Charsets.decode(xml.getBytes(GB2312), "application/rss+xml"), xml, "GB18030", "meta");
    }

    @Test
    void metaClaimingUtf16InAsciiBytesMeansUtf8() {
        assertEquals("UTF-8", Charsets.fromMarkup(page("<meta charset=\"utf-16\">", "").getBytes(LATIN1)).name());
    }

    @Test
    void undeclaredGbkIsDetected() {
        String html = page("", ZH + ZH);
        assertDecoded(Charsets.decode(html.getBytes(GB2312), null), html, "GB18030", "detected");
    }

    @Test
    void latin1HeaderOnUtf8BytesGivesWayToUtf8() {
        String html = page("", "Propriété intellectuelle — marque déposée");
        assertDecoded(Charsets.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=ISO-8859-1"), html,
                "UTF-8", "utf-8");
    }

    @Test
    void latin1HeaderOnGbkBytesGivesWayToDetection() {
        String html = page("", ZH + ZH);
        assertDecoded(Charsets.decode(html.getBytes(GB2312), "text/html; charset=iso-8859-1"), html, "GB18030",
                "detected");
    }

    @Test
    void realLatin1IsReadAsWindows1252() {
        String html = page("", "Propriété intellectuelle, marque déposée, société à responsabilité limitée");
        assertDecoded(Charsets.decode(html.getBytes(LATIN1), "text/html; charset=ISO-8859-1"), html, "windows-1252",
                "header");
    }

    @Test
    void plainAsciiWithoutDeclarationIsUtf8() {
        String html = page("", "patent");
        assertDecoded(Charsets.decode(html.getBytes(StandardCharsets.US_ASCII), null), html, "UTF-8", "utf-8");
    }

    @Test
    void headerThatCannotDecodeTheBytesGivesWayToMeta() {
        String html = page("<meta charset=\"gb2312\">", ZH);
        assertDecoded(Charsets.decode(html.getBytes(GB2312), "text/html; charset=utf-8"), html, "GB18030", "meta");
    }
}
