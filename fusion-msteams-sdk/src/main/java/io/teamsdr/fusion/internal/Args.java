package io.teamsdr.fusion.internal;

import io.teamsdr.core.internal.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the resource methods' own arguments (ids and id lists); payloads check themselves
 * when they are built.
 */
final class Args {

    private Args() {
    }

    /** An Azure AD object id: required, in UUID form. */
    static Validator objectId(Validator validator, String field, @Nullable String id) {
        return validator.required(field, id).uuid(field, blankToNull(id));
    }

    /** A list of Azure AD object ids (groups, license SKUs): present, each a UUID. */
    static Validator objectIds(Validator validator, String field, @Nullable Collection<String> ids) {
        if (ids == null) {
            return validator.fail(field, null, "required (an empty list removes all)");
        }
        List<String> list = new ArrayList<>(ids);
        for (int i = 0; i < list.size(); i++) {
            objectId(validator, field + "[" + i + "]", list.get(i));
        }
        return validator;
    }

    /** Throws the violations of one object id at once. */
    static void requireObjectId(String field, @Nullable String id) {
        objectId(new Validator(), field, id).throwIfInvalid();
    }

    /** Throws when a required argument is missing. */
    static void require(String field, @Nullable Object value) {
        new Validator().required(field, value).throwIfInvalid();
    }

    /** Copies a list an answer holds; an absent one is empty. */
    static <T> List<T> listed(@Nullable List<T> listed) {
        return listed == null ? List.of() : List.copyOf(listed);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
