package io.teamsdr.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was rejected by the client's own checks. Lists every violation found, each naming the
 * field, the value and the rule, so a caller can fix them all at once. Usually nothing was sent;
 * for a streamed upload checked row by row the request is aborted before it completes, so the
 * server never receives a whole body.
 */
public class ValidationException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations what was wrong; at least one
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        return "Invalid input, rejected by the client (" + violations.size()
                + (violations.size() == 1 ? " problem): " : " problems): ")
                + violations.stream().limit(20).map(Violation::toString).collect(Collectors.joining("; "))
                + (violations.size() > 20 ? "; ..." : "");
    }

    /**
     * Returns every violation found.
     *
     * @return the violations, in the order found
     */
    public List<Violation> violations() {
        return violations;
    }
}
