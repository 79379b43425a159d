package io.teamsdr.core;

/**
 * Root of every exception the teamsdr SDK throws. All are unchecked so that calls read like plain
 * method calls; catch this type to handle any SDK failure in one place.
 */
public class TeamsdrException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what happened and what to do about it
     */
    public TeamsdrException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what happened and what to do about it
     * @param cause the underlying failure
     */
    public TeamsdrException(String message, Throwable cause) {
        super(message, cause);
    }
}
