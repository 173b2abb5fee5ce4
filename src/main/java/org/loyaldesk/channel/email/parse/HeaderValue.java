package org.loyaldesk.channel.email.parse;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A structured header value with parameters, such as Content-Type and Content-Disposition:
 * {@code attachment; filename="report.pdf"}. Parameters follow RFC 2231 ({@code filename*=utf-8''%E2%82%AC.txt},
 * continuations {@code filename*0*}, {@code filename*1}) and, because many mailers do it, RFC 2047 words inside quotes.
 */
record HeaderValue(String value, Map<String, String> parameters) {

    static final HeaderValue EMPTY = new HeaderValue("", Map.of());

    String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }

    static HeaderValue parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return EMPTY;
        }
        int semicolon = indexOutsideQuotes(raw, ';', 0);
        String value = (semicolon < 0 ? raw : raw.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> extended = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> continued = new LinkedHashMap<>();
        while (semicolon >= 0) {
            int next = indexOutsideQuotes(raw, ';', semicolon + 1);
            String parameter = raw.substring(semicolon + 1, next < 0 ? raw.length() : next);
            semicolon = next;
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String parameterValue = unquote(parameter.substring(equals + 1).strip());
            int star = name.indexOf('*');
            if (star < 0) {
                plain.putIfAbsent(name, parameterValue);
            } else if (star == name.length() - 1) {
                extended.putIfAbsent(name.substring(0, star), parameterValue);
            } else {
                String base = name.substring(0, star);
                String section = name.substring(star + 1).replace("*", "");
                boolean encoded = name.endsWith("*");
                try {
                    continued.computeIfAbsent(base, ignored -> new TreeMap<>())
                        .put(Integer.parseInt(section), (encoded ? "*" : "") + parameterValue);
                } catch (NumberFormatException notASection) {
                    // a parameter name like "name*x" is nonsense; ignore it
                }
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        plain.forEach((name, text) -> parameters.put(name, EncodedWords.decode(text)));
        continued.forEach((name, sections) -> parameters.put(name, joinSections(sections)));
        extended.forEach((name, text) -> parameters.put(name, decodeExtended(text)));
        return new HeaderValue(value, parameters);
    }

    private static String joinSections(TreeMap<Integer, String> sections) {
        String first = sections.firstEntry().getValue();
        if (!first.startsWith("*")) {
            return EncodedWords.decode(String.join("", sections.values()));
        }
        StringBuilder joined = new StringBuilder();
        sections.values().forEach(section -> joined.append(section.startsWith("*") ? section.substring(1) : section));
        return decodeExtended(joined.toString());
    }

    /** {@code charset'language'percent-encoded}, RFC 2231 section 4. */
    private static String decodeExtended(String text) {
        int firstQuote = text.indexOf('\'');
        int secondQuote = firstQuote < 0 ? -1 : text.indexOf('\'', firstQuote + 1);
        if (secondQuote < 0) {
            return percentDecode(text, StandardCharsets.UTF_8);
        }
        Charset charset = Charsets.forLabel(text.substring(0, firstQuote)).orElse(StandardCharsets.UTF_8);
        return percentDecode(text.substring(secondQuote + 1), charset);
    }

    private static String percentDecode(String text, Charset charset) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), charset);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"")) {
            int end = text.lastIndexOf('"');
            String inner = end > 0 ? text.substring(1, end) : text.substring(1);
            return inner.replaceAll("\\\\(.)", "$1");
        }
        return text;
    }

    static int indexOutsideQuotes(String text, char wanted, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }
}
