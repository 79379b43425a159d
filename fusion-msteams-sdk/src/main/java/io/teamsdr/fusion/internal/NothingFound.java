package io.teamsdr.fusion.internal;

import io.teamsdr.core.ApiException;
import io.teamsdr.core.PageFetcher;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The document's 404 on the users list, the resource accounts list and the bulk history: "No MS
 * Teams user found <em>or</em> the path tenant / subscription doesn't exist". An empty result is not
 * an error, so on such a 404 the subscription is checked once (the tenant status, which answers 404
 * only when the path does not exist): when it exists the answer is an empty result; otherwise the
 * list's own {@link io.teamsdr.core.NotFoundException} is raised. When the check itself fails (for
 * example the API user lacks the status role), the list's 404 is raised with the check's failure
 * attached as suppressed, rather than guessing.
 */
final class NothingFound {

    private NothingFound() {
    }

    /**
     * A list answer: what was found, or the 404 that may mean "nothing".
     *
     * @param found the decoded answer, {@code null} on a 404
     * @param notFound the 404 as the transport would have raised it
     * @param <T> the answer type
     */
    record Answer<T>(@Nullable T found, @Nullable ApiException notFound) {
    }

    /** Reads a list answer, accepting the 404 instead of raising it. */
    static <T> ResponseHandler<Answer<T>> reading(ResponseHandler<T> found) {
        ResponseHandler<Answer<T>> handler = response -> response.status() == 404
                ? new Answer<>(null, response.toApiException())
                : new Answer<>(found.handle(response), null);
        return handler.alsoAccepting(404);
    }

    /**
     * A paged listing whose page answers may be that 404: such a page is {@code empty} when the
     * subscription exists.
     */
    static <T> Listing<T> listing(Transport transport, Subscription subscription, String query,
                                  Function<@Nullable String, RequestSpec> page,
                                  ResponseHandler<PageFetcher.Fetched<T>> reader, PageFetcher.Fetched<T> empty) {
        ResponseHandler<Answer<PageFetcher.Fetched<T>>> answers = reading(reader);
        return Listing.of(query, token -> emptyIfSubscriptionExists(transport, subscription,
                Call.request(transport, () -> page.apply(token), answers), empty));
    }

    /** Turns a 404 answer into {@code empty} when the subscription exists. */
    static <T> Call<T> emptyIfSubscriptionExists(Transport transport, Subscription subscription, Call<Answer<T>> listed,
                                                 T empty) {
        return listed.then(answer -> {
            ApiException notFound = answer.notFound();
            if (notFound == null) {
                return Call.value(Objects.requireNonNull(answer.found()));
            }
            return Call.request(transport, () -> FusionOperation.STATUS_GET.request(subscription).build(),
                            response -> empty)
                    .mapFailure(checkFailed -> {
                        notFound.addSuppressed(checkFailed);
                        return notFound;
                    });
        });
    }
}
