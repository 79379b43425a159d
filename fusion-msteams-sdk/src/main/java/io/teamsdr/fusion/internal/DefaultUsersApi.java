package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.Cursor;
import io.teamsdr.core.PageFetcher;
import io.teamsdr.core.Paged;
import io.teamsdr.core.PagingException;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.BulkIncompleteException;
import io.teamsdr.fusion.BulkOptions;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.PageResult;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.UsersApi;
import io.teamsdr.fusion.model.BulkResult;
import io.teamsdr.fusion.model.BulkUserItem;
import io.teamsdr.fusion.model.CreatedUser;
import io.teamsdr.fusion.model.NewUser;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.TemplateResult;
import io.teamsdr.fusion.model.UserPropertiesUpdate;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.fusion.model.UserUpdate;
import io.teamsdr.fusion.model.UserUpdateResult;
import io.teamsdr.fusion.model.VoiceCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The {@link UsersApi} over a {@link Transport}. */
public final class DefaultUsersApi implements UsersApi {
    private static final String USER_ID = "ms_user_id";
    private static final ResponseHandler<UserUpdateResult> UPDATE_RESULT =
            response -> UserUpdateResult.fromStatus(response.status());

    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultUsersApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public Paged<TeamsUser> list() {
        return list(UserQuery.all());
    }

    @Override
    public Paged<TeamsUser> list(UserQuery query) {
        QueryParams params = params(query);
        PageFetcher<TeamsUser> fetcher = PageFetcher.of(transport, token -> listSpec(params, token), response -> {
            UsersPage page = response.json(UsersPage.class);
            return new PageFetcher.Fetched<>(page.users(), page.next());
        });
        return Paged.of(params.canonical(), fetcher);
    }

    @Override
    public CompletableFuture<PageResult<TeamsUser>> listPageAsync(UserQuery query) {
        return listPage(query, null);
    }

    @Override
    public CompletableFuture<PageResult<TeamsUser>> listPageAsync(UserQuery query, Cursor cursor) {
        return listPage(query, Objects.requireNonNull(cursor, "cursor"));
    }

    private CompletableFuture<PageResult<TeamsUser>> listPage(UserQuery query, Cursor cursor) {
        QueryParams params = params(query);
        String canonical = params.canonical();
        if (cursor != null && !cursor.query().equals(canonical)) {
            return CompletableFuture.failedFuture(foreignCursor(cursor, canonical));
        }
        return Calls.async(transport, () -> listSpec(params, cursor == null ? null : cursor.token()),
                        ResponseHandler.json(UsersPage.class))
                .thenApply(page -> new PageResult<>(page.users(), nextCursor(canonical, page.next())));
    }

    /** The query of the users list; the one place its parameters and their order are decided. */
    private static QueryParams params(UserQuery query) {
        Objects.requireNonNull(query, "query");
        FilterParam filters = FilterParam.builder()
                .values("country", query.countries())
                .value("is_voice_enabled", query.voiceEnabled().map(v -> v.value()).orElse(null))
                .yesNo("have_number", query.hasNumber().orElse(null));
        QueryParams params = new QueryParams()
                .add("page_size", query.pageSize())
                .addIfPresent("search", query.search())
                .addIfPresent("group", query.group());
        if (query.refresh()) {
            params.add("refresh", true);
        }
        return params.addIfPresent(FilterParam.NAME, filters.encode());
    }

    private RequestSpec listSpec(QueryParams params, String token) {
        RequestSpec.Builder spec = params.applyTo(FusionOperation.USERS_LIST.request(subscription));
        if (token != null) {
            spec.query("next", token);
        }
        return spec.build();
    }

    static Optional<Cursor> nextCursor(String canonical, String token) {
        return token == null || token.isBlank() ? Optional.empty() : Optional.of(new Cursor(canonical, token, 2));
    }

    static PagingException foreignCursor(Cursor cursor, String canonical) {
        return new PagingException("The cursor belongs to another query (" + cursor.query() + ") than this one ("
                + canonical + "); the server accepts a continuation token only with its own query. "
                + "Resume with the query the cursor was taken from.");
    }

    @Override
    public TeamsUser get(String userId) {
        return transport.send(getSpec(userId), ResponseHandler.json(TeamsUser.class));
    }

    @Override
    public CompletableFuture<TeamsUser> getAsync(String userId) {
        return Calls.async(transport, () -> getSpec(userId), ResponseHandler.json(TeamsUser.class));
    }

    private RequestSpec getSpec(String userId) {
        return userRequest(FusionOperation.USER_GET, userId, new Validator()).build();
    }

    @Override
    public VoiceCheck checkVoice(String userId) {
        return transport.send(checkSpec(userId), ResponseHandler.json(VoiceCheck.class));
    }

    @Override
    public CompletableFuture<VoiceCheck> checkVoiceAsync(String userId) {
        return Calls.async(transport, () -> checkSpec(userId), ResponseHandler.json(VoiceCheck.class));
    }

    private RequestSpec checkSpec(String userId) {
        return userRequest(FusionOperation.USER_CHECK, userId, new Validator()).build();
    }

    @Override
    public UserUpdateResult update(String userId, UserUpdate update) {
        return transport.send(updateSpec(userId, update), UPDATE_RESULT);
    }

    @Override
    public CompletableFuture<UserUpdateResult> updateAsync(String userId, UserUpdate update) {
        return Calls.async(transport, () -> updateSpec(userId, update), UPDATE_RESULT);
    }

    private RequestSpec updateSpec(String userId, UserUpdate update) {
        Validator validator = new Validator();
        if (update == null) {
            validator.fail("update", null, "required");
        } else {
            UserChecks.userUpdate(validator, update);
        }
        return userRequest(FusionOperation.USER_UPDATE, userId, validator)
                .body(RequestBody.json(update))
                .build();
    }

    @Override
    public BulkResult bulkUpdate(String name, List<BulkUserItem> items) {
        return bulkUpdate(name, items, BulkOptions.defaults());
    }

    @Override
    public BulkResult bulkUpdate(String name, List<BulkUserItem> items, BulkOptions options) {
        List<List<BulkUserItem>> batches = batches(name, items, options);
        List<BulkResponses.Answer> answers = new ArrayList<>();
        long sent = 0;
        for (int i = 0; i < batches.size(); i++) {
            try {
                answers.add(transport.send(bulkSpec(name, i, batches), BulkResponses.handler(transport.mapper())));
            } catch (TeamsdrException failure) {
                throw batches.size() == 1 ? failure : incomplete(answers, batches, i, failure);
            }
            sent += batches.get(i).size();
            options.progress().onItems(sent, items.size());
        }
        return BulkResponses.combine(answers);
    }

    @Override
    public CompletableFuture<BulkResult> bulkUpdateAsync(String name, List<BulkUserItem> items) {
        return bulkUpdateAsync(name, items, BulkOptions.defaults());
    }

    @Override
    public CompletableFuture<BulkResult> bulkUpdateAsync(String name, List<BulkUserItem> items, BulkOptions options) {
        List<List<BulkUserItem>> batches;
        try {
            batches = batches(name, items, options);
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return sendBatch(name, batches, 0, new ArrayList<>(), 0, items.size(), options.progress())
                .thenApply(BulkResponses::combine);
    }

    /** Sends the batches one after the other, each only once the previous one was answered. */
    private CompletableFuture<List<BulkResponses.Answer>> sendBatch(String name, List<List<BulkUserItem>> batches,
                                                                   int index, List<BulkResponses.Answer> answers,
                                                                   long sent, int total, ProgressListener progress) {
        if (index == batches.size()) {
            return CompletableFuture.completedFuture(answers);
        }
        return transport.sendAsync(bulkSpec(name, index, batches), BulkResponses.handler(transport.mapper()))
                .handle((answer, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        if (batches.size() > 1 && cause instanceof TeamsdrException sdkFailure) {
                            cause = incomplete(answers, batches, index, sdkFailure);
                        }
                        return CompletableFuture.<List<BulkResponses.Answer>>failedFuture(cause);
                    }
                    answers.add(answer);
                    long done = sent + batches.get(index).size();
                    progress.onItems(done, total);
                    return sendBatch(name, batches, index + 1, answers, done, total, progress);
                })
                .thenCompose(next -> next);
    }

    private static BulkIncompleteException incomplete(List<BulkResponses.Answer> answers,
                                                      List<List<BulkUserItem>> batches, int failedIndex,
                                                      TeamsdrException failure) {
        List<BulkUserItem> notApplied = new ArrayList<>();
        batches.subList(failedIndex, batches.size()).forEach(notApplied::addAll);
        return new BulkIncompleteException(BulkResponses.combine(answers), notApplied, failure);
    }

    /** Validates the whole bulk before anything is sent, then splits it. */
    private static List<List<BulkUserItem>> batches(String name, List<BulkUserItem> items, BulkOptions options) {
        Objects.requireNonNull(options, "options");
        Validator validator = new Validator().required("name", name).notEmpty("data", items);
        if (items != null) {
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                BulkUserItem item = items.get(i);
                if (item == null) {
                    validator.fail("data[" + i + "]", null, "required");
                    continue;
                }
                UserChecks.bulkItem(validator, "data[" + i + "].", item);
                if (item.upn() != null) {
                    Integer earlier = firstIndex.putIfAbsent(item.upn().toLowerCase(Locale.ROOT), i);
                    if (earlier != null) {
                        validator.fail("data[" + i + "].upn", item.upn(),
                                "unique within one bulk update (also at data[" + earlier + "])");
                    }
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

    @Override
    public void updateGroups(String userId, List<String> groupIds) {
        transport.send(groupsSpec(userId, groupIds), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> updateGroupsAsync(String userId, List<String> groupIds) {
        return Calls.async(transport, () -> groupsSpec(userId, groupIds), Calls.noContent());
    }

    private RequestSpec groupsSpec(String userId, List<String> groupIds) {
        Validator validator = UserChecks.uuids(new Validator(), "groups", groupIds);
        return userRequest(FusionOperation.USER_GROUPS_UPDATE, userId, validator)
                .body(RequestBody.json(new GroupsBody(groupIds)))
                .build();
    }

    @Override
    public void assignLicenses(String userId, List<String> skuIds) {
        transport.send(licensesSpec(userId, skuIds), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> assignLicensesAsync(String userId, List<String> skuIds) {
        return Calls.async(transport, () -> licensesSpec(userId, skuIds), Calls.noContent());
    }

    private RequestSpec licensesSpec(String userId, List<String> skuIds) {
        Validator validator = UserChecks.uuids(new Validator(), "licenses", skuIds);
        return userRequest(FusionOperation.USER_LICENSES_ASSIGN, userId, validator)
                .body(RequestBody.json(new LicensesBody(skuIds)))
                .build();
    }

    @Override
    public void setPhoneNumber(String userId, String e164) {
        transport.send(phoneSpec(userId, e164, true), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> setPhoneNumberAsync(String userId, String e164) {
        return Calls.async(transport, () -> phoneSpec(userId, e164, true), Calls.noContent());
    }

    @Override
    public void releasePhoneNumber(String userId) {
        transport.send(phoneSpec(userId, null, false), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> releasePhoneNumberAsync(String userId) {
        return Calls.async(transport, () -> phoneSpec(userId, null, false), Calls.noContent());
    }

    private RequestSpec phoneSpec(String userId, String e164, boolean assign) {
        Validator validator = new Validator();
        if (assign) {
            validator.required("phoneNumber", e164).e164("phoneNumber", e164);
        }
        return userRequest(FusionOperation.USER_PHONE_NUMBER_UPDATE, userId, validator)
                .body(RequestBody.json(new PhoneNumberBody(e164)))
                .build();
    }

    @Override
    public void setVoiceRoutingPolicy(String userId, String policy) {
        transport.send(vrpSpec(userId, policy, true), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> setVoiceRoutingPolicyAsync(String userId, String policy) {
        return Calls.async(transport, () -> vrpSpec(userId, policy, true), Calls.noContent());
    }

    @Override
    public void disableVoiceRoutingPolicy(String userId) {
        transport.send(vrpSpec(userId, null, false), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> disableVoiceRoutingPolicyAsync(String userId) {
        return Calls.async(transport, () -> vrpSpec(userId, null, false), Calls.noContent());
    }

    private RequestSpec vrpSpec(String userId, String policy, boolean assign) {
        Validator validator = new Validator();
        if (assign) {
            validator.required("vrp", policy);
        }
        return userRequest(FusionOperation.USER_VRP_UPDATE, userId, validator)
                .body(RequestBody.json(new VrpBody(policy)))
                .build();
    }

    @Override
    public CreatedUser create(NewUser user) {
        return transport.send(createSpec(user), ResponseHandler.json(CreatedUser.class));
    }

    @Override
    public CompletableFuture<CreatedUser> createAsync(NewUser user) {
        return Calls.async(transport, () -> createSpec(user), ResponseHandler.json(CreatedUser.class));
    }

    private RequestSpec createSpec(NewUser user) {
        Validator validator = new Validator();
        if (user == null) {
            validator.fail("user", null, "required");
        } else {
            UserChecks.newUser(validator, user);
        }
        validator.throwIfInvalid();
        return FusionOperation.USER_CREATE.request(subscription).body(RequestBody.json(user)).build();
    }

    @Override
    public void updateProperties(String userId, UserPropertiesUpdate update) {
        transport.send(propertiesSpec(userId, update), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> updatePropertiesAsync(String userId, UserPropertiesUpdate update) {
        return Calls.async(transport, () -> propertiesSpec(userId, update), Calls.noContent());
    }

    private RequestSpec propertiesSpec(String userId, UserPropertiesUpdate update) {
        Validator validator = new Validator();
        if (update == null) {
            validator.fail("update", null, "required");
        } else {
            UserChecks.properties(validator, update);
        }
        return userRequest(FusionOperation.USER_PROPERTIES_UPDATE, userId, validator)
                .body(RequestBody.json(update))
                .build();
    }

    @Override
    public TemplateResult applyTemplate(String userId, long templateId) {
        return applyTemplate(userId, templateId, true);
    }

    @Override
    public TemplateResult applyTemplate(String userId, long templateId, boolean override) {
        return transport.send(templateSpec(userId, templateId, override), ResponseHandler.json(TemplateResult.class));
    }

    @Override
    public CompletableFuture<TemplateResult> applyTemplateAsync(String userId, long templateId, boolean override) {
        return Calls.async(transport, () -> templateSpec(userId, templateId, override),
                ResponseHandler.json(TemplateResult.class));
    }

    private RequestSpec templateSpec(String userId, long templateId, boolean override) {
        Validator validator = new Validator().check(templateId >= 0, "templateId", templateId, "zero or positive");
        return userRequest(FusionOperation.USER_TEMPLATE_APPLY, userId, validator)
                .pathParam("template_id", templateId)
                .body(RequestBody.json(new TemplateBody(override)))
                .build();
    }

    @Override
    public void delete(String userId) {
        transport.send(deleteSpec(userId), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> deleteAsync(String userId) {
        return Calls.async(transport, () -> deleteSpec(userId), Calls.noContent());
    }

    private RequestSpec deleteSpec(String userId) {
        return userRequest(FusionOperation.USER_DELETE, userId, new Validator()).build();
    }

    /**
     * Starts a request addressing one user: checks the user id along with the operation's other
     * violations, then throws them all at once, before anything is sent.
     */
    private RequestSpec.Builder userRequest(FusionOperation operation, String userId, Validator validator) {
        UserChecks.userId(validator, "userId", userId).throwIfInvalid();
        return operation.request(subscription).pathParam(USER_ID, userId);
    }

    @Override
    public String toString() {
        return "UsersApi{" + subscription + '}';
    }

    /**
     * A page of the users list.
     *
     * @param users the users of the page
     * @param next the continuation token, absent on the last page
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UsersPage(List<TeamsUser> users, String next) {
        UsersPage {
            users = users == null ? List.of() : users;
        }
    }

    /**
     * The bulk update body.
     *
     * @param name the job name
     * @param data the items
     */
    record BulkRequest(String name, List<BulkUserItem> data) {
    }

    /**
     * The groups body.
     *
     * @param groups the group ids
     */
    record GroupsBody(List<String> groups) {
    }

    /**
     * The license assignment body.
     *
     * @param licenses the SKU ids
     */
    record LicensesBody(List<String> licenses) {
    }

    /**
     * The phone number body; a {@code null} number is sent as JSON {@code null}.
     *
     * @param phoneNumber the number or {@code null}
     */
    record PhoneNumberBody(String phoneNumber) {
    }

    /**
     * The voice routing policy body; a {@code null} policy is sent as JSON {@code null}.
     *
     * @param vrp the policy or {@code null}
     */
    record VrpBody(String vrp) {
    }

    /**
     * The template body.
     *
     * @param override whether the template overrides the user's settings
     */
    record TemplateBody(boolean override) {
    }
}
