package io.reptempo.sensor;

import java.util.ArrayList;
import java.util.List;

/**
 * How a delimited text file separates fields: comma, semicolon or tab. Where the separator is not a comma a
 * decimal comma is accepted too, as spreadsheet and phyphox exports write it in many locales.
 *
 * @param separator    the field separator
 * @param decimalComma whether {@code 1,5} means one and a half
 */
record CsvDialect(char separator, boolean decimalComma) {

    static final CsvDialect COMMA = new CsvDialect(',', false);

    /** Picks the separator a header row uses most (outside quotes); a comma when none appears. */
    static CsvDialect sniff(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return new CsvDialect('\t', true);
        }
        if (semicolons > commas) {
            return new CsvDialect(';', true);
        }
        return COMMA;
    }

    /** The column names of a header row: split, unquoted and trimmed. */
    List<String> names(String header) {
        RowFields fields = new RowFields(this);
        char[] chars = header.toCharArray();
        fields.split(chars, chars.length);
        List<String> names = new ArrayList<>(fields.count());
        for (int i = 0; i < fields.count(); i++) {
            names.add(fields.text(i));
        }
        return names;
    }

    /** For messages, e.g. "semicolon-separated". */
    String describe() {
        switch (separator) {
            case ';':
                return "semicolon-separated";
            case '\t':
                return "tab-separated";
            default:
                return "comma-separated";
        }
    }
}
