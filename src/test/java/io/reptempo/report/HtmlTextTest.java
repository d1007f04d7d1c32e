package io.reptempo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a file name or note may hold stays text in the HTML report. */
class HtmlTextTest {

    @Test
    void markupCharactersAreEscaped() {
        assertEquals("a&lt;b&gt;&amp;&quot;c&#39;.csv", HtmlText.escape("a<b>&\"c'.csv"));
        assertEquals("", HtmlText.escape(null));
        assertEquals("bell\uFFFD", HtmlText.escape("bell\u0007"), "control characters are not allowed in XHTML");
    }

    @Test
    void linksArePercentEncodedPerSegment() {
        assertEquals("01-week%201/report.html", HtmlText.href("01-week 1/report.html"));
        assertEquals("a%3Cb%26c.csv", HtmlText.href("a<b&c.csv"));
    }
}
