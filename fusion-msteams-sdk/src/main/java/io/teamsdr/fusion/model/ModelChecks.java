package io.teamsdr.fusion.model;

import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.internal.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** The input rules the payloads share; each payload applies them once, when it is built. */
final class ModelChecks {

    private ModelChecks() {
    }

    /**
     * A text being set: non-blank, and the extra rule of the same validator (field and value), e.g.
     * {@code validator::e164}.
     */
    static Validator text(Validator validator, String field, Optional<String> value,
                          @Nullable BiConsumer<String, String> rule) {
        value.ifPresent(text -> {
            validator.required(field, text);
            if (rule != null && !text.isBlank()) {
                rule.accept(field, text);
            }
        });
        return validator;
    }

    /** A text update being set: non-blank, and the extra rule; clearing needs no check. */
    static Validator text(Validator validator, String field, FieldUpdate<String> update,
                          @Nullable BiConsumer<String, String> rule) {
        return text(validator, field, update.value(), rule);
    }

    /** Names (customer licenses, group or license names): each non-blank. */
    static Validator names(Validator validator, String field, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            validator.required(field + "[" + i + "]", names.get(i));
        }
        return validator;
    }

    /** Azure AD object ids (groups, license SKUs): each a UUID. */
    static Validator objectIds(Validator validator, String field, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            validator.required(field + "[" + i + "]", id).uuid(field + "[" + i + "]", id == null || id.isBlank() ? null : id);
        }
        return validator;
    }

    /** Copies a list whose elements may be null, so that the rules can name a null element instead of failing. */
    static List<String> copy(List<String> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
