package io.teamsdr.provisioning.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares equal values read from a file: a hundred thousand users naming the same policy, licenses
 * and groups then hold one copy of each instead of one per user. Not thread-safe; one per file read.
 */
public final class Interner {
    private final Map<String, String> texts = new HashMap<>();
    private final Map<List<String>, List<String>> lists = new HashMap<>();

    /** Creates an empty interner. */
    public Interner() {
    }

    /**
     * Returns the shared copy of a text.
     *
     * @param text the text, or {@code null}
     * @return an equal text, the same instance for every equal argument
     */
    public String text(String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t);
    }

    /**
     * Returns the shared copy of a list of texts.
     *
     * @param list the list
     * @return an equal immutable list, the same instance for every equal argument
     */
    public List<String> list(List<String> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        return lists.computeIfAbsent(list, l -> List.copyOf(l.stream().map(this::text).toList()));
    }
}
