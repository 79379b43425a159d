package io.teamsdr.provisioning.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small part of a YAML document with the line of every value, read from a streaming parser. Only
 * small parts are read this way (one section, one list entry); long lists are streamed entry by
 * entry, so a file of a hundred thousand users is never held as a tree.
 *
 * <p>Scalars keep the text as written: {@code +3225405290} stays a string with its plus sign, not
 * a number.
 */
public final class YamlNode {
    /** The shape of a node. */
    public enum Kind {
        /** A mapping of names to nodes. */
        MAP,
        /** A sequence of nodes. */
        LIST,
        /** A text, number or boolean, kept as written. */
        SCALAR,
        /** An explicit null or empty value. */
        NULL
    }

    private final Kind kind;
    private final int line;
    private final String text;
    private final Map<String, YamlNode> fields;
    private final List<YamlNode> items;

    private YamlNode(Kind kind, int line, String text, Map<String, YamlNode> fields, List<YamlNode> items) {
        this.kind = kind;
        this.line = line;
        this.text = text;
        this.fields = fields;
        this.items = items;
    }

    /**
     * Reads the value the parser's current token starts, and leaves the parser on its last token.
     *
     * @param parser a parser positioned on a value token
     * @param line the line to report for the value (that of its key, for a mapping entry)
     * @return the node
     * @throws IOException when the document is not valid YAML
     */
    public static YamlNode read(JsonParser parser, int line) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int keyLine = lineOf(parser);
                parser.nextToken();
                fields.put(name, read(parser, keyLine));
            }
            return new YamlNode(Kind.MAP, line, null, Collections.unmodifiableMap(fields), List.of());
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(parser, lineOf(parser)));
            }
            return new YamlNode(Kind.LIST, line, null, Map.of(), Collections.unmodifiableList(items));
        }
        if (token == JsonToken.VALUE_NULL) {
            return new YamlNode(Kind.NULL, line, null, Map.of(), List.of());
        }
        return new YamlNode(Kind.SCALAR, line, parser.getText(), Map.of(), List.of());
    }

    /**
     * Returns the 1-based line of the parser's current token.
     *
     * @param parser the parser
     * @return the line
     */
    public static int lineOf(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /**
     * Returns the shape.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the line of the value (of its key, for a mapping entry).
     *
     * @return the 1-based line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the text of a scalar.
     *
     * @return the text as written; {@code null} for anything but a scalar
     */
    public String text() {
        return text;
    }

    /**
     * Returns the entries of a mapping, in document order.
     *
     * @return the entries; empty for anything but a mapping
     */
    public Map<String, YamlNode> fields() {
        return fields;
    }

    /**
     * Returns the entries of a sequence.
     *
     * @return the entries; empty for anything but a sequence
     */
    public List<YamlNode> items() {
        return items;
    }
}
