package io.teamsdr.fusion.internal;

import io.teamsdr.core.Cursor;
import io.teamsdr.core.Page;
import io.teamsdr.fusion.BulkOptions;
import io.teamsdr.fusion.async.UsersApiAsync;
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
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link UsersApiAsync}: runs the descriptions of {@link UsersCalls}. */
final class DefaultUsersApiAsync implements UsersApiAsync {
    private final UsersCalls calls;

    DefaultUsersApiAsync(UsersCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Page<TeamsUser>> list() {
        return list(UserQuery.all());
    }

    @Override
    public CompletableFuture<Page<TeamsUser>> list(UserQuery query) {
        return Listing.pageAsync(() -> calls.list(query), null);
    }

    @Override
    public CompletableFuture<Page<TeamsUser>> list(UserQuery query, Cursor cursor) {
        if (cursor == null) {
            return CompletableFuture.failedFuture(new NullPointerException("cursor"));
        }
        return Listing.pageAsync(() -> calls.list(query), cursor);
    }

    @Override
    public CompletableFuture<TeamsUser> get(String userId) {
        return calls.get(userId).sendAsync();
    }

    @Override
    public CompletableFuture<VoiceCheck> checkVoice(String userId) {
        return calls.checkVoice(userId).sendAsync();
    }

    @Override
    public CompletableFuture<UserUpdateResult> update(String userId, UserUpdate update) {
        return calls.update(userId, update).sendAsync();
    }

    @Override
    public CompletableFuture<BulkResult> bulkUpdate(String name, List<BulkUserItem> items) {
        return bulkUpdate(name, items, BulkOptions.defaults());
    }

    @Override
    public CompletableFuture<BulkResult> bulkUpdate(String name, List<BulkUserItem> items, BulkOptions options) {
        return calls.bulkUpdate(name, items, options).sendAsync();
    }

    @Override
    public CompletableFuture<Void> updateGroups(String userId, List<String> groupIds) {
        return calls.updateGroups(userId, groupIds).sendAsync();
    }

    @Override
    public CompletableFuture<Void> assignLicenses(String userId, List<String> skuIds) {
        return calls.assignLicenses(userId, skuIds).sendAsync();
    }

    @Override
    public CompletableFuture<Void> setPhoneNumber(String userId, String e164) {
        return calls.setPhoneNumber(userId, e164).sendAsync();
    }

    @Override
    public CompletableFuture<Void> releasePhoneNumber(String userId) {
        return calls.releasePhoneNumber(userId).sendAsync();
    }

    @Override
    public CompletableFuture<Void> setVoiceRoutingPolicy(String userId, String policy) {
        return calls.setVoiceRoutingPolicy(userId, policy).sendAsync();
    }

    @Override
    public CompletableFuture<Void> disableVoiceRoutingPolicy(String userId) {
        return calls.disableVoiceRoutingPolicy(userId).sendAsync();
    }

    @Override
    public CompletableFuture<CreatedUser> create(NewUser user) {
        return calls.create(user).sendAsync();
    }

    @Override
    public CompletableFuture<Void> updateProperties(String userId, UserPropertiesUpdate update) {
        return calls.updateProperties(userId, update).sendAsync();
    }

    @Override
    public CompletableFuture<TemplateResult> applyTemplate(String userId, long templateId) {
        return applyTemplate(userId, templateId, TemplateMode.OVERRIDE);
    }

    @Override
    public CompletableFuture<TemplateResult> applyTemplate(String userId, long templateId, TemplateMode mode) {
        return calls.applyTemplate(userId, templateId, mode).sendAsync();
    }

    @Override
    public CompletableFuture<Void> delete(String userId) {
        return calls.delete(userId).sendAsync();
    }

    @Override
    public String toString() {
        return "UsersApiAsync";
    }
}
