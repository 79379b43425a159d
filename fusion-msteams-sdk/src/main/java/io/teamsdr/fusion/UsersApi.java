package io.teamsdr.fusion;

import io.teamsdr.core.Cursor;
import io.teamsdr.core.Paged;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The MS Teams users of a subscription: list, read, check, update (one by one or in bulk), create,
 * apply templates and delete.
 *
 * <p>Users are addressed by their Azure AD object id (a UUID), except in bulk updates, which name
 * them by UPN. Every input is checked before sending; a {@link io.teamsdr.core.ValidationException}
 * lists every problem found. Each operation has an {@code ...Async} twin that sends the same request
 * without blocking; its future fails with the same exceptions. The role each call needs is in
 * {@link FusionOperation}.
 *
 * <p>To replace a user's whole license set rather than assign a list, see
 * {@link LicensesApi#replaceLicenseSet(String, java.util.Collection)}.
 */
public interface UsersApi {

    /**
     * Lists every user, 10 per page ({@link FusionOperation#USERS_LIST}).
     *
     * @return the users, fetched lazily page by page
     */
    Paged<TeamsUser> list();

    /**
     * Lists users ({@link FusionOperation#USERS_LIST}). Nothing is sent until iteration starts; every
     * page is requested with the same query. Resume a listing from a saved cursor with
     * {@code list(query).byPage(Cursor.parse(text))}; a cursor taken from another query is refused
     * before any request.
     *
     * @param query page size, search, group, filters
     * @return the users, fetched lazily page by page
     */
    Paged<TeamsUser> list(UserQuery query);

    /**
     * Fetches the first page of a listing without blocking, e.g. for an infinite-scroll UI.
     *
     * @param query page size, search, group, filters
     * @return the page and the cursor of the next one
     */
    CompletableFuture<PageResult<TeamsUser>> listPageAsync(UserQuery query);

    /**
     * Fetches the page a cursor points at without blocking.
     *
     * @param query the query the cursor was taken from
     * @param cursor the cursor of the wanted page
     * @return the page and the cursor of the next one; fails with a
     *     {@link io.teamsdr.core.PagingException}, without a request, when the cursor belongs to another query
     */
    CompletableFuture<PageResult<TeamsUser>> listPageAsync(UserQuery query, Cursor cursor);

    /**
     * Reads one user, with groups and voice routing policy ({@link FusionOperation#USER_GET}).
     *
     * @param userId the user's Azure AD object id
     * @return the user
     * @throws io.teamsdr.core.NotFoundException when there is no such user
     */
    TeamsUser get(String userId);

    /**
     * Reads one user without blocking.
     *
     * @param userId the user's Azure AD object id
     * @return the user
     */
    CompletableFuture<TeamsUser> getAsync(String userId);

    /**
     * Asks Fusion whether a user is eligible for voice, for users listed with
     * {@link io.teamsdr.fusion.model.VoiceEnabled#MAYBE} ({@link FusionOperation#USER_CHECK}).
     *
     * @param userId the user's Azure AD object id
     * @return the answer
     */
    VoiceCheck checkVoice(String userId);

    /**
     * Checks a user's voice eligibility without blocking.
     *
     * @param userId the user's Azure AD object id
     * @return the answer
     */
    CompletableFuture<VoiceCheck> checkVoiceAsync(String userId);

    /**
     * Updates a user and enables or disables it for voice ({@link FusionOperation#USER_UPDATE}). Only
     * the fields set or cleared in the update are sent.
     *
     * @param userId the user's Azure AD object id
     * @param update what to change
     * @return {@link UserUpdateResult#ENABLED} (HTTP 200) or {@link UserUpdateResult#DISABLED} (HTTP 204)
     */
    UserUpdateResult update(String userId, UserUpdate update);

    /**
     * Updates a user without blocking.
     *
     * @param userId the user's Azure AD object id
     * @param update what to change
     * @return whether the user is now enabled or disabled
     */
    CompletableFuture<UserUpdateResult> updateAsync(String userId, UserUpdate update);

    /**
     * Updates many users in one bulk job ({@link FusionOperation#USERS_BULK_UPDATE}). Every item
     * names an existing user by UPN; an unknown UPN fails that item only. The result has the same shape whether all items succeeded (200), some
     * did (207) or none did (400 with per-item errors); a 400 without per-item errors is thrown as a
     * {@link io.teamsdr.core.BadRequestException}. Not retried automatically: each attempt would be a
     * new job.
     *
     * @param name the job name shown in the bulk history
     * @param items the users; at least one, each UPN once
     * @return the per-user outcome
     */
    BulkResult bulkUpdate(String name, List<BulkUserItem> items);

    /**
     * Updates many users, optionally split into several bulk requests of a chosen size.
     *
     * @param name the job name; with several requests each is named {@code "<name> (i/n)"}
     * @param items the users; at least one, each UPN once across all requests
     * @param options batch size and progress listener
     * @return the combined per-user outcome
     * @throws BulkIncompleteException when a request of a split update fails; it carries the results
     *     so far and the items not applied
     */
    BulkResult bulkUpdate(String name, List<BulkUserItem> items, BulkOptions options);

    /**
     * Updates many users in one bulk job without blocking.
     *
     * @param name the job name
     * @param items the users
     * @return the per-user outcome
     */
    CompletableFuture<BulkResult> bulkUpdateAsync(String name, List<BulkUserItem> items);

    /**
     * Updates many users, optionally split, without blocking; the requests are still sent one after
     * the other.
     *
     * @param name the job name
     * @param items the users
     * @param options batch size and progress listener
     * @return the combined per-user outcome
     */
    CompletableFuture<BulkResult> bulkUpdateAsync(String name, List<BulkUserItem> items, BulkOptions options);

    /**
     * Sets the groups of a user ({@link FusionOperation#USER_GROUPS_UPDATE}).
     *
     * @param userId the user's Azure AD object id
     * @param groupIds the groups' Azure AD object ids; an empty list removes all groups
     */
    void updateGroups(String userId, List<String> groupIds);

    /**
     * Sets the groups of a user without blocking.
     *
     * @param userId the user's Azure AD object id
     * @param groupIds the groups' Azure AD object ids
     * @return completes when done
     */
    CompletableFuture<Void> updateGroupsAsync(String userId, List<String> groupIds);

    /**
     * Assigns a list of Microsoft licenses to a user ({@link FusionOperation#USER_LICENSES_ASSIGN},
     * body {@code licenses}). To send the user's complete license set instead, use
     * {@link LicensesApi#replaceLicenseSet(String, java.util.Collection)}.
     *
     * @param userId the user's Azure AD object id
     * @param skuIds the license SKU ids; an empty list removes all licenses
     */
    void assignLicenses(String userId, List<String> skuIds);

    /**
     * Assigns licenses without blocking.
     *
     * @param userId the user's Azure AD object id
     * @param skuIds the license SKU ids
     * @return completes when done
     */
    CompletableFuture<Void> assignLicensesAsync(String userId, List<String> skuIds);

    /**
     * Assigns a phone number to a user ({@link FusionOperation#USER_PHONE_NUMBER_UPDATE}).
     *
     * @param userId the user's Azure AD object id
     * @param e164 the number, e.g. {@code +31302861233}
     */
    void setPhoneNumber(String userId, String e164);

    /**
     * Assigns a phone number without blocking.
     *
     * @param userId the user's Azure AD object id
     * @param e164 the number
     * @return completes when done
     */
    CompletableFuture<Void> setPhoneNumberAsync(String userId, String e164);

    /**
     * Frees the user's phone number and disables voice (sends {@code "phoneNumber": null}).
     *
     * @param userId the user's Azure AD object id
     */
    void releasePhoneNumber(String userId);

    /**
     * Frees the user's phone number without blocking.
     *
     * @param userId the user's Azure AD object id
     * @return completes when done
     */
    CompletableFuture<Void> releasePhoneNumberAsync(String userId);

    /**
     * Sets the voice routing policy of a user ({@link FusionOperation#USER_VRP_UPDATE}).
     *
     * @param userId the user's Azure AD object id
     * @param policy the policy name, e.g. {@code World-DRaaS}
     */
    void setVoiceRoutingPolicy(String userId, String policy);

    /**
     * Sets the voice routing policy without blocking.
     *
     * @param userId the user's Azure AD object id
     * @param policy the policy name
     * @return completes when done
     */
    CompletableFuture<Void> setVoiceRoutingPolicyAsync(String userId, String policy);

    /**
     * Disables the user's voice routing policy (sends {@code "vrp": null}).
     *
     * @param userId the user's Azure AD object id
     */
    void disableVoiceRoutingPolicy(String userId);

    /**
     * Disables the user's voice routing policy without blocking.
     *
     * @param userId the user's Azure AD object id
     * @return completes when done
     */
    CompletableFuture<Void> disableVoiceRoutingPolicyAsync(String userId);

    /**
     * Creates a user ({@link FusionOperation#USER_CREATE}). Not retried automatically.
     *
     * @param user the user; its UPN is {@code username@domain}
     * @return the new user's id
     */
    CreatedUser create(NewUser user);

    /**
     * Creates a user without blocking.
     *
     * @param user the user
     * @return the new user's id
     */
    CompletableFuture<CreatedUser> createAsync(NewUser user);

    /**
     * Updates a user's display name and location ({@link FusionOperation#USER_PROPERTIES_UPDATE}).
     *
     * @param userId the user's Azure AD object id
     * @param update the new properties
     */
    void updateProperties(String userId, UserPropertiesUpdate update);

    /**
     * Updates a user's display name and location without blocking.
     *
     * @param userId the user's Azure AD object id
     * @param update the new properties
     * @return completes when done
     */
    CompletableFuture<Void> updatePropertiesAsync(String userId, UserPropertiesUpdate update);

    /**
     * Applies a template to a user, overriding the properties it manages
     * ({@link FusionOperation#USER_TEMPLATE_APPLY}).
     *
     * @param userId the user's Azure AD object id
     * @param templateId the template id, zero or more
     * @return the managed properties before and after
     */
    TemplateResult applyTemplate(String userId, long templateId);

    /**
     * Applies a template to a user.
     *
     * @param userId the user's Azure AD object id
     * @param templateId the template id, zero or more
     * @param override {@code true} to override the user's settings, {@code false} to only add to them
     * @return the managed properties before and after
     * @throws io.teamsdr.core.BadRequestException when the template was not or only partly applied
     */
    TemplateResult applyTemplate(String userId, long templateId, boolean override);

    /**
     * Applies a template without blocking.
     *
     * @param userId the user's Azure AD object id
     * @param templateId the template id
     * @param override {@code true} to override, {@code false} to add
     * @return the managed properties before and after
     */
    CompletableFuture<TemplateResult> applyTemplateAsync(String userId, long templateId, boolean override);

    /**
     * Deletes a user ({@link FusionOperation#USER_DELETE}).
     *
     * @param userId the user's Azure AD object id
     */
    void delete(String userId);

    /**
     * Deletes a user without blocking.
     *
     * @param userId the user's Azure AD object id
     * @return completes when done
     */
    CompletableFuture<Void> deleteAsync(String userId);
}
