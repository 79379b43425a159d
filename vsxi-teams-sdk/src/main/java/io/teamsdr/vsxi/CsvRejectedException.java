package io.teamsdr.vsxi;

import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.ErrorDetails;
import io.teamsdr.vsxi.model.UploadError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SBC rejected a CSV upload (HTTP 400); {@link #errors()} lists its per-line reasons, for
 * example a tenant that does not exist or a PBX that was not set up beforehand, which the SDK
 * cannot check on its own.
 */
public class CsvRejectedException extends BadRequestException {
    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;

    private final transient List<UploadError> errors;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     * @param errors the per-line errors, empty when the server gave none
     */
    public CsvRejectedException(ErrorDetails details, List<UploadError> errors) {
        super(details);
        this.errors = List.copyOf(errors);
    }

    /**
     * Returns the problems the server listed.
     *
     * @return the errors, in the server's order; empty when the body had none
     */
    public List<UploadError> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        if (errors.isEmpty()) {
            return super.getMessage();
        }
        return super.getMessage() + " Rejected (" + errors.size() + (errors.size() == 1 ? " problem): " : " problems): ")
                + errors.stream().limit(LISTED).map(UploadError::toString).collect(Collectors.joining("; "))
                + (errors.size() > LISTED ? "; ..." : "");
    }
}
