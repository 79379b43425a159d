package io.teamsdr.testkit.internal;

/**
 * Answers one route. May throw {@link HttpError} for an error answer; any other exception becomes
 * a JSON 500 without a stack trace.
 */
@FunctionalInterface
public interface RouteHandler {

    /**
     * Handles a request.
     *
     * @param request the request
     * @return the answer
     * @throws Exception any failure; the server turns it into a JSON error
     */
    Response handle(Request request) throws Exception;
}
