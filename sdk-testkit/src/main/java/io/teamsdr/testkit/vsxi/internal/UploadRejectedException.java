package io.teamsdr.testkit.vsxi.internal;

import java.util.List;

/**
 * An upload refused as a whole because at least one row broke a rule; nothing of it was applied.
 */
public final class UploadRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowError> errors;

    /**
     * Creates the exception.
     *
     * @param errors every violation found, in line order
     */
    public UploadRejectedException(List<RowError> errors) {
        super(errors.size() + " error(s) in the upload; nothing was applied", null, false, false);
        this.errors = List.copyOf(errors);
    }

    /**
     * Every violation found.
     *
     * @return violations in line order
     */
    public List<RowError> errors() {
        return errors;
    }
}
