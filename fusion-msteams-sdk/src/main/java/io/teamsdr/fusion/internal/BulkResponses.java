package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.ErrorDetails;
import io.teamsdr.core.http.Response;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.internal.ErrorBodies;
import io.teamsdr.core.internal.Redactor;
import io.teamsdr.fusion.model.BulkItemError;
import io.teamsdr.fusion.model.BulkItemResult;
import io.teamsdr.fusion.model.BulkResult;
import io.teamsdr.fusion.model.BulkStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the answers of a bulk user update into one {@link BulkResult}: 200 (all succeeded), 207 (some)
 * and the itemised 400 (none) share a shape; a 400 without items is an ordinary bad request.
 */
final class BulkResponses {
    /** Error bodies kept in an exception are capped like the transport caps them. */
    private static final int MAX_ERROR_BODY = 8 * 1024;

    private BulkResponses() {
    }

    /**
     * Returns the handler of one bulk request.
     *
     * @param mapper the transport's mapper
     * @return the handler, accepting 200, 207 and 400
     */
    public static ResponseHandler<Answer> handler(ObjectMapper mapper) {
        ResponseHandler<Answer> handler = response -> read(mapper, response);
        return handler.alsoAccepting(400);
    }

    private static Answer read(ObjectMapper mapper, Response response) throws IOException {
        if (response.status() != 400) {
            return new Answer(response.status(), response.json(Body.class));
        }
        // The body must be read before deciding whether this 400 is itemised; the transport cannot
        // re-read it, so a plain 400 is rebuilt here with the text already in hand.
        String text = response.text();
        Body body = parse(mapper, text);
        if (body != null && body.isItemised()) {
            return new Answer(400, body);
        }
        throw badRequest(mapper, response, text);
    }

    private static Body parse(ObjectMapper mapper, String text) {
        try {
            return mapper.readValue(text, Body.class);
        } catch (IOException | RuntimeException notTheShape) {
            return null;
        }
    }

    private static ApiException badRequest(ObjectMapper mapper, Response response, String text) {
        ApiException mapped = response.toApiException();
        ErrorDetails seen = mapped.details();
        ErrorBodies.Parsed parsed = ErrorBodies.parse(mapper, text);
        String capped = text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY) + "...";
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        return new BadRequestException(seen.withBody(parsed.code(), parsed.reason(), Redactor.body(contentType, capped)));
    }

    /**
     * Combines the answers of one or more bulk requests, in the order sent.
     *
     * @param answers the answers
     * @return the combined result
     */
    public static BulkResult combine(List<Answer> answers) {
        List<BulkItemResult> items = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Answer answer : answers) {
            items.addAll(answer.items());
            if (answer.body().message() != null) {
                messages.add(answer.body().message());
            }
        }
        return new BulkResult(status(items, answers), items, messages, answers.size());
    }

    private static BulkStatus status(List<BulkItemResult> items, List<Answer> answers) {
        if (items.isEmpty()) {
            if (answers.stream().allMatch(answer -> answer.status() == 200)) {
                return BulkStatus.SUCCESS;
            }
            return answers.stream().allMatch(answer -> answer.status() == 400) ? BulkStatus.ERROR : BulkStatus.PARTIAL;
        }
        long ok = items.stream().filter(BulkItemResult::succeeded).count();
        return ok == items.size() ? BulkStatus.SUCCESS : ok == 0 ? BulkStatus.ERROR : BulkStatus.PARTIAL;
    }

    /**
     * One answered bulk request.
     *
     * @param status the HTTP status: 200, 207 or 400
     * @param body the decoded body
     */
    public record Answer(int status, Body body) {

        /**
         * Returns one result per UPN: the {@code details} entries in order, an error from the
         * {@code errors} list overriding a success reported for the same UPN, and errors for UPNs
         * missing from {@code details} appended.
         *
         * @return the item results
         */
        List<BulkItemResult> items() {
            Map<String, BulkItemResult> byUpn = new LinkedHashMap<>();
            for (Item item : body.details()) {
                byUpn.put(key(item), item.toResult());
            }
            for (Item item : body.errors()) {
                BulkItemResult known = byUpn.get(key(item));
                if (known == null || known.succeeded()) {
                    byUpn.put(key(item), item.toResult());
                }
            }
            return new ArrayList<>(byUpn.values());
        }

        private static String key(Item item) {
            return item.upn() == null ? "" : item.upn().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The documented answer body.
     *
     * @param message Fusion's summary
     * @param details one entry per item
     * @param errors the failed items again
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(String message, List<Item> details, List<Item> errors) {
        /** Normalizes absent lists. */
        public Body {
            details = details == null ? List.of() : details;
            errors = errors == null ? List.of() : errors;
        }

        boolean isItemised() {
            return !details.isEmpty() || !errors.isEmpty();
        }
    }

    /**
     * One item of the answer.
     *
     * @param upn the user principal name
     * @param details what the server reported on success
     * @param error why the item failed
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String upn, Map<String, Object> details, BulkItemError error) {
        BulkItemResult toResult() {
            return new BulkItemResult(upn == null ? "" : upn, Optional.ofNullable(error), details);
        }
    }
}
