package io.teamsdr.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The secret values one call sent (passwords, one-time codes and tokens of its JSON body, the
 * credentials of its {@code Authorization} header), masked wherever the server may echo them: error
 * bodies, reasons, exception messages and logged bodies. Masking by field name alone is not enough: a
 * server may quote a password inside a reason text or an HTML page. Worked out only when a text is
 * about to be shown, so a call that succeeds pays nothing.
 */
final class SecretValues {
    /** Shorter values would mask ordinary text; no password or code of the platforms is that short. */
    private static final int SHORTEST = 4;

    private final byte[] json;
    private final ObjectMapper mapper;
    private final Set<String> extraFields;
    private volatile String authorization;
    private List<String> values;

    SecretValues(byte[] json, ObjectMapper mapper, Set<String> extraFields) {
        this.json = json;
        this.mapper = mapper;
        this.extraFields = extraFields;
    }

    /** Notes the header value of the latest attempt (credentials may rotate between attempts). */
    void authorization(String headerValue) {
        if (!headerValue.equals(authorization)) {
            synchronized (this) {
                authorization = headerValue;
                values = null;
            }
        }
    }

    /** Masks every secret value this call sent in the text. */
    String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String value : values()) {
            masked = masked.replace(value, Redactor.MASK);
        }
        return masked;
    }

    private synchronized List<String> values() {
        if (values == null) {
            List<String> found = new ArrayList<>();
            if (json != null) {
                try {
                    collect(mapper.readTree(json), found);
                } catch (IOException notJson) {
                    // a body the SDK serialized is JSON; nothing to add if it somehow is not
                }
            }
            addAuthorization(found);
            // Longest first, so a value containing another is masked whole.
            found.sort(Comparator.comparingInt(String::length).reversed());
            values = List.copyOf(found);
        }
        return values;
    }

    private void collect(JsonNode node, List<String> found) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isValueNode() && isSecret(field.getKey())) {
                    add(value.asText(), found);
                } else {
                    collect(value, found);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, found));
        }
    }

    private boolean isSecret(String field) {
        return Redactor.isSecretField(field) || extraFields.contains(field.toLowerCase(Locale.ROOT));
    }

    private void addAuthorization(List<String> found) {
        String header = authorization;
        if (header == null || header.isEmpty()) {
            return;
        }
        int space = header.indexOf(' ');
        String credentials = space < 0 ? header : header.substring(space + 1).trim();
        add(credentials, found);
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon >= 0) {
                    add(pair.substring(colon + 1), found);
                }
            } catch (IllegalArgumentException notBase64) {
                // not ours to decode; the encoded form is masked already
            }
        }
    }

    private static void add(String value, List<String> found) {
        if (value != null && value.length() >= SHORTEST && !found.contains(value)) {
            found.add(value);
        }
    }
}
