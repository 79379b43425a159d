package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.Cursor;
import io.teamsdr.core.Page;
import io.teamsdr.core.PageFetcher;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.BulkIncompleteException;
import io.teamsdr.fusion.BulkOptions;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.BulkResult;
import io.teamsdr.fusion.model.BulkUserItem;
import io.teamsdr.fusion.model.CreatedUser;
import io.teamsdr.fusion.model.NewUser;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.TemplateMode;
import io.teamsdr.fusion.model.TemplateResult;
import io.teamsdr.fusion.model.UserPropertiesUpdate;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.fusion.model.UserUpdate;
import io.teamsdr.fusion.model.UserUpdateResult;
import io.teamsdr.fusion.model.VoiceCheck;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Every users endpoint, described once: what each sends and how its answer is read. The sync and
 * async views run these descriptions.
 */
record UsersCalls(Transport transport, Subscription subscription) {
    private static final String USER_ID = "ms_user_id";
    private static final ResponseHandler<UserUpdateResult> UPDATE_RESULT =
            response -> UserUpdateResult.fromStatus(response.status());
    private static final ResponseHandler<Void> NO_CONTENT = response -> null;

    Listing<TeamsUser> list() {
        return list(UserQuery.all());
    }

    /** The users list of one query; a 404 on a page is an empty page when the subscription exists. */
    Listing<TeamsUser> list(UserQuery query) {
        Objects.requireNonNull(query, "query");
        QueryParams params = params(query);
        return NothingFound.listing(transport, subscription, params.canonical(), token -> listSpec(params, token),
                response -> response.json(UsersPage.class).fetched(), new PageFetcher.Fetched<>(List.of(), null));
    }

    /** One page of a listing from a cursor, for the async view. */
    Call<Page<TeamsUser>> list(UserQuery query, Cursor cursor) {
        return Listing.page(() -> list(query), cursor);
    }

    /** The query of the users list; the one place its parameters and their order are decided. */
    private static QueryParams params(UserQuery query) {
        FilterParam filters = FilterParam.builder()
                .values("country", query.locations())
                .value("is_voice_enabled", query.voiceEnabled().map(v -> v.value()).orElse(null))
                .yesNo("have_number", query.hasPhoneNumber().orElse(null));
        QueryParams params = new QueryParams()
                .add("page_size", query.pageSize())
                .addIfPresent("search", query.search())
                .addIfPresent("group", query.group());
        if (query.refresh()) {
            params.add("refresh", true);
        }
        return params.addIfPresent(FilterParam.NAME, filters.encode());
    }

    private RequestSpec listSpec(QueryParams params, @Nullable String token) {
        RequestSpec.Builder spec = params.applyTo(FusionOperation.USERS_LIST.request(subscription));
        if (token != null) {
            spec.query("next", token);
        }
        return spec.build();
    }

    Call<TeamsUser> get(String userId) {
        return Call.request(transport, () -> userRequest(FusionOperation.USER_GET, userId, new Validator()).build(),
                ResponseHandler.json(TeamsUser.class));
    }

    Call<VoiceCheck> checkVoice(String userId) {
        return Call.request(transport, () -> userRequest(FusionOperation.USER_CHECK, userId, new Validator()).build(),
                ResponseHandler.json(VoiceCheck.class));
    }

    Call<UserUpdateResult> update(String userId, UserUpdate update) {
        return Call.request(transport, () -> userRequest(FusionOperation.USER_UPDATE, userId, required("update", update))
                .body(RequestBody.json(update))
                .build(), UPDATE_RESULT);
    }

    /**
     * Checks the whole bulk before anything is sent (each item checked itself when built; here the
     * items are named by index), splits it, then sends the batches one after the other.
     */
    Call<BulkResult> bulkUpdate(String name, List<BulkUserItem> items) {
        return bulkUpdate(name, items, BulkOptions.defaults());
    }

    Call<BulkResult> bulkUpdate(String name, List<BulkUserItem> items, BulkOptions options) {
        return Call.defer(() -> {
            Objects.requireNonNull(options, "options");
            List<List<BulkUserItem>> batches = batches(name, items, options);
            ResponseHandler<BulkResponses.Answer> handler = BulkResponses.handler(transport.mapper());
            return sendBatch(name, batches, 0, new ArrayList<>(), 0, items.size(), options.progress(), handler)
                    .map(BulkResponses::combine);
        });
    }

    private Call<List<BulkResponses.Answer>> sendBatch(String name, List<List<BulkUserItem>> batches, int index,
                                                      List<BulkResponses.Answer> answers, long sent, int total,
                                                      ProgressListener progress,
                                                      ResponseHandler<BulkResponses.Answer> handler) {
        if (index == batches.size()) {
            return Call.value(answers);
        }
        return Call.request(transport, () -> bulkSpec(name, index, batches), handler)
                .mapFailure(failure -> batches.size() > 1 && failure instanceof TeamsdrException sdkFailure
                        ? incomplete(answers, batches, index, sdkFailure) : failure)
                .then(answer -> {
                    answers.add(answer);
                    long done = sent + batches.get(index).size();
                    progress.onItems(done, total);
                    return sendBatch(name, batches, index + 1, answers, done, total, progress, handler);
                });
    }

    private static BulkIncompleteException incomplete(List<BulkResponses.Answer> answers,
                                                      List<List<BulkUserItem>> batches, int failedIndex,
                                                      TeamsdrException failure) {
        List<BulkUserItem> notApplied = new ArrayList<>();
        batches.subList(failedIndex, batches.size()).forEach(notApplied::addAll);
        return new BulkIncompleteException(BulkResponses.combine(answers), notApplied, failure);
    }

    private static List<List<BulkUserItem>> batches(String name, List<BulkUserItem> items, BulkOptions options) {
        Validator validator = new Validator().required("name", name).notEmpty("items", items);
        if (items != null) {
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                BulkUserItem item = items.get(i);
                if (item == null) {
                    validator.fail("items[" + i + "]", null, "required");
                    continue;
                }
                Integer earlier = firstIndex.putIfAbsent(item.upn().toLowerCase(Locale.ROOT), i);
                if (earlier != null) {
                    validator.fail("items[" + i + "].upn", item.upn(),
                            "unique within one bulk update (also at items[" + earlier + "])");
                }
            }
        }
        validator.throwIfInvalid();
        int size = options.batchSize().orElse(items.size());
        List<List<BulkUserItem>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            batches.add(List.copyOf(items.subList(from, Math.min(from + size, items.size()))));
        }
        return batches;
    }

    private RequestSpec bulkSpec(String name, int index, List<List<BulkUserItem>> batches) {
        String jobName = batches.size() == 1 ? name : name + " (" + (index + 1) + "/" + batches.size() + ")";
        return FusionOperation.USERS_BULK_UPDATE.request(subscription)
                .body(RequestBody.json(new BulkRequest(jobName, batches.get(index))))
                // Each attempt would start another job in the history and re-apply every item.
                .idempotent(false)
                .build();
    }

    Call<Void> updateGroups(String userId, List<String> groupIds) {
        return Call.request(transport, () -> userRequest(FusionOperation.USER_GROUPS_UPDATE, userId,
                        Args.objectIds(new Validator(), "groups", groupIds))
                .body(RequestBody.json(Map.of("groups", groupIds)))
                .build(), NO_CONTENT);
    }

    Call<Void> assignLicenses(String userId, List<String> skuIds) {
        return Call.request(transport, () -> userRequest(FusionOperation.USER_LICENSES_ASSIGN, userId,
                        Args.objectIds(new Validator(), "licenses", skuIds))
                .body(RequestBody.json(Map.of("licenses", skuIds)))
                .build(), NO_CONTENT);
    }

    Call<Void> setPhoneNumber(String userId, String e164) {
        return write(FusionOperation.USER_PHONE_NUMBER_UPDATE, userId,
                () -> new Validator().required("phoneNumber", e164).e164("phoneNumber", e164), field("phoneNumber", e164));
    }

    /** Frees the number (sends {@code "phoneNumber": null}). */
    Call<Void> releasePhoneNumber(String userId) {
        return write(FusionOperation.USER_PHONE_NUMBER_UPDATE, userId, Validator::new, field("phoneNumber", null));
    }

    Call<Void> setVoiceRoutingPolicy(String userId, String policy) {
        return write(FusionOperation.USER_VRP_UPDATE, userId,
                () -> new Validator().required("voiceRoutingPolicy", policy), field("vrp", policy));
    }

    /** Disables the policy (sends {@code "vrp": null}). */
    Call<Void> disableVoiceRoutingPolicy(String userId) {
        return write(FusionOperation.USER_VRP_UPDATE, userId, Validator::new, field("vrp", null));
    }

    /** A write to one user with a body and no answer; the checks run, with the user id's, when it is sent. */
    private Call<Void> write(FusionOperation operation, String userId, Supplier<Validator> checks, Object body) {
        return Call.request(transport, () -> userRequest(operation, userId, checks.get()).body(RequestBody.json(body)).build(),
                NO_CONTENT);
    }

    Call<CreatedUser> create(NewUser user) {
        return Call.request(transport, () -> {
            required("user", user).throwIfInvalid();
            return FusionOperation.USER_CREATE.request(subscription).body(RequestBody.json(user)).build();
        }, ResponseHandler.json(CreatedUser.class));
    }

    Call<Void> updateProperties(String userId, UserPropertiesUpdate update) {
        return Call.request(transport, () -> userRequest(FusionOperation.USER_PROPERTIES_UPDATE, userId,
                        required("update", update))
                .body(RequestBody.json(update))
                .build(), NO_CONTENT);
    }

    Call<TemplateResult> applyTemplate(String userId, long templateId) {
        return applyTemplate(userId, templateId, TemplateMode.OVERRIDE);
    }

    Call<TemplateResult> applyTemplate(String userId, long templateId, TemplateMode mode) {
        return Call.request(transport, () -> {
            Validator validator = required("mode", mode)
                    .check(templateId >= 0, "templateId", templateId, "zero or positive");
            return userRequest(FusionOperation.USER_TEMPLATE_APPLY, userId, validator)
                    .pathParam("template_id", templateId)
                    .body(RequestBody.json(Map.of("override", mode.overrides())))
                    .build();
        }, ResponseHandler.json(TemplateResult.class));
    }

    Call<Void> delete(String userId) {
        return Call.request(transport, () -> userRequest(FusionOperation.USER_DELETE, userId, new Validator()).build(),
                NO_CONTENT);
    }

    /** A body of one field whose value may be {@code null}, which the API reads as "remove". */
    private static Map<String, @Nullable String> field(String name, @Nullable String value) {
        return Collections.singletonMap(name, value);
    }

    private static Validator required(String field, @Nullable Object value) {
        return new Validator().required(field, value);
    }

    /**
     * Starts a request addressing one user: checks the user id along with the operation's other
     * violations, then throws them all at once, before anything is sent.
     */
    private RequestSpec.Builder userRequest(FusionOperation operation, String userId, Validator validator) {
        Args.objectId(validator, "userId", userId).throwIfInvalid();
        return operation.request(subscription).pathParam(USER_ID, userId);
    }

    /**
     * A page of the users list.
     *
     * @param users the users of the page
     * @param next the continuation token, absent on the last page
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UsersPage(@Nullable List<TeamsUser> users, @Nullable String next) {
        PageFetcher.Fetched<TeamsUser> fetched() {
            return new PageFetcher.Fetched<>(Args.listed(users), next);
        }
    }

    /** The bulk update body: the name first, as the document shows it. */
    record BulkRequest(String name, List<BulkUserItem> data) {
    }
}
