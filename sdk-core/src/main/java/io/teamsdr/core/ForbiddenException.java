package io.teamsdr.core;

import java.util.Optional;

/**
 * The credentials are valid but lack the role the operation needs (HTTP 403). The required role is
 * the one the API documentation names for the operation, so it can be granted to the API user.
 */
public class ForbiddenException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final String requiredRole;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     * @param requiredRole the role the operation needs, or {@code null} when the operation declares none
     */
    public ForbiddenException(ErrorDetails details, String requiredRole) {
        super(details, requiredRole == null
                ? "The API user lacks a role this operation needs."
                : "Grant the API user the role '" + requiredRole + "'.");
        this.requiredRole = requiredRole;
    }

    /**
     * Returns the role the operation needs.
     *
     * @return the role name from the API documentation
     */
    public Optional<String> requiredRole() {
        return Optional.ofNullable(requiredRole);
    }
}
