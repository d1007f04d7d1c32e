package io.reptempo.report;

/** Escaping for text and attribute values in HTML, so a file name like {@code a<b&c.csv} stays text. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters are not allowed in HTML (nor XML); they carry nothing for a reader.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A relative link to a file beside the page: each path segment percent-encoded, then escaped. */
    public static String href(String relativePath) {
        StringBuilder sb = new StringBuilder();
        for (String segment : relativePath.split("/", -1)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return escape(sb.toString());
    }
}
