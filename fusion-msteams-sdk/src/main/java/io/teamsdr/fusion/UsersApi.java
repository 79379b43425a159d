package io.teamsdr.fusion;

import io.teamsdr.core.Paged;
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
import java.util.List;

/**
 * The MS Teams users of a subscription: list, read, check, update (one by one or in bulk), create,
 * apply templates and delete.
 *
 * <p>Users are addressed by their Azure AD object id (a UUID), except in bulk updates, which name
 * them by UPN. Every input is checked before sending; a {@link io.teamsdr.core.ValidationException}
 * lists every problem found. The same operations without blocking are in
 * {@link io.teamsdr.fusion.async.UsersApiAsync}. The role each call needs is in {@link FusionOperation}.
 *
 * <p>To replace a user's whole license set rather than assign a list, see
 * {@link LicensesApi#replaceLicenseSet(String, java.util.Collection)}.
 */
public interface UsersApi {

    /**
     * Lists every user, in pages of the largest size ({@link FusionOperation#USERS_LIST}). A tenant
     * without any user gives an empty listing; a subscription that does not exist a
     * {@link io.teamsdr.core.NotFoundException} (see {@link #list(UserQuery)}).
     *
     * @return the users, fetched lazily page by page
     */
    Paged<TeamsUser> list();

    /**
     * Lists users ({@link FusionOperation#USERS_LIST}). Nothing is sent until iteration starts; every
     * page is requested with the same query. Fetch one page with {@code list(query).firstPage()} or
     * {@code list(query).page(Cursor.parse(text))}, resume with {@code list(query).byPage(cursor)}; a
     * cursor taken from another query is refused before any request.
     *
     * <p>Fusion answers 404 both when nothing matches and when the subscription does not exist. On
     * such an answer the SDK reads the tenant status once ({@link FusionOperation#STATUS_GET}'s role):
     * when the subscription exists the listing is empty, else the 404 is raised as a
     * {@link io.teamsdr.core.NotFoundException}.
     *
     * @param query page size, search, group, filters
     * @return the users, fetched lazily page by page
     */
    Paged<TeamsUser> list(UserQuery query);

    /**
     * Reads one user, with groups and voice routing policy ({@link FusionOperation#USER_GET}).
     *
     * @param userId the user's Azure AD object id
     * @return the user
     * @throws io.teamsdr.core.NotFoundException when there is no such user
     */
    TeamsUser get(String userId);

    /**
     * Asks Fusion whether a user is eligible for voice, for users listed with
     * {@link io.teamsdr.fusion.model.VoiceEnabled#MAYBE} ({@link FusionOperation#USER_CHECK}).
     *
     * @param userId the user's Azure AD object id
     * @return the answer
     */
    VoiceCheck checkVoice(String userId);

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
     * Updates many users in one bulk job ({@link FusionOperation#USERS_BULK_UPDATE}). Every item
     * names an existing user by UPN; an unknown UPN fails that item only. The result has the same shape whether all items succeeded (200), some
     * did (207) or none did (400 with per-item errors); a 400 without per-item errors is thrown as a
     * {@link io.teamsdr.core.BadRequestException}. Not retried automatically: each attempt would be a
     * new job.
     *
     * @param name the job name shown in the bulk history
     * @param items the users; at least one, each UPN once (an item that is {@code null} or repeats a UPN is
     *     named by its index in the {@link io.teamsdr.core.ValidationException})
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
     * Sets the groups of a user ({@link FusionOperation#USER_GROUPS_UPDATE}).
     *
     * @param userId the user's Azure AD object id
     * @param groupIds the groups' Azure AD object ids; an empty list removes all groups
     */
    void updateGroups(String userId, List<String> groupIds);

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
     * Assigns a phone number to a user ({@link FusionOperation#USER_PHONE_NUMBER_UPDATE}).
     *
     * @param userId the user's Azure AD object id
     * @param e164 the number, e.g. {@code +31302861233}
     */
    void setPhoneNumber(String userId, String e164);

    /**
     * Frees the user's phone number and disables voice (sends {@code "phoneNumber": null}).
     *
     * @param userId the user's Azure AD object id
     */
    void releasePhoneNumber(String userId);

    /**
     * Sets the voice routing policy of a user ({@link FusionOperation#USER_VRP_UPDATE}).
     *
     * @param userId the user's Azure AD object id
     * @param policy the policy name, e.g. {@code World-DRaaS}
     */
    void setVoiceRoutingPolicy(String userId, String policy);

    /**
     * Disables the user's voice routing policy (sends {@code "vrp": null}).
     *
     * @param userId the user's Azure AD object id
     */
    void disableVoiceRoutingPolicy(String userId);

    /**
     * Creates a user ({@link FusionOperation#USER_CREATE}). Not retried automatically.
     *
     * @param user the user; its UPN is {@code username@domain}
     * @return the new user's id
     */
    CreatedUser create(NewUser user);

    /**
     * Updates a user's display name and location ({@link FusionOperation#USER_PROPERTIES_UPDATE}).
     *
     * @param userId the user's Azure AD object id
     * @param update the new properties
     */
    void updateProperties(String userId, UserPropertiesUpdate update);

    /**
     * Applies a template to a user, overriding the properties it manages
     * ({@link FusionOperation#USER_TEMPLATE_APPLY}, {@link TemplateMode#OVERRIDE}).
     *
     * @param userId the user's Azure AD object id
     * @param templateId the template id, zero or more
     * @return the managed properties before and after
     */
    TemplateResult applyTemplate(String userId, long templateId);

    /**
     * Applies a template to a user ({@link FusionOperation#USER_TEMPLATE_APPLY}).
     *
     * @param userId the user's Azure AD object id
     * @param templateId the template id, zero or more
     * @param mode whether the template overrides the user's settings or only adds to them
     * @return the managed properties before and after
     * @throws io.teamsdr.core.BadRequestException when the template was not or only partly applied
     */
    TemplateResult applyTemplate(String userId, long templateId, TemplateMode mode);

    /**
     * Deletes a user ({@link FusionOperation#USER_DELETE}).
     *
     * @param userId the user's Azure AD object id
     */
    void delete(String userId);
}
