package io.teamsdr.fusion.internal;

import io.teamsdr.core.Paged;
import io.teamsdr.fusion.BulkOptions;
import io.teamsdr.fusion.UsersApi;
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

/** The blocking {@link UsersApi}: runs the descriptions of {@link UsersCalls}. */
final class DefaultUsersApi implements UsersApi {
    private final UsersCalls calls;

    DefaultUsersApi(UsersCalls calls) {
        this.calls = calls;
    }

    @Override
    public Paged<TeamsUser> list() {
        return list(UserQuery.all());
    }

    @Override
    public Paged<TeamsUser> list(UserQuery query) {
        return calls.list(query).paged();
    }

    @Override
    public TeamsUser get(String userId) {
        return calls.get(userId).send();
    }

    @Override
    public VoiceCheck checkVoice(String userId) {
        return calls.checkVoice(userId).send();
    }

    @Override
    public UserUpdateResult update(String userId, UserUpdate update) {
        return calls.update(userId, update).send();
    }

    @Override
    public BulkResult bulkUpdate(String name, List<BulkUserItem> items) {
        return bulkUpdate(name, items, BulkOptions.defaults());
    }

    @Override
    public BulkResult bulkUpdate(String name, List<BulkUserItem> items, BulkOptions options) {
        return calls.bulkUpdate(name, items, options).send();
    }

    @Override
    public void updateGroups(String userId, List<String> groupIds) {
        calls.updateGroups(userId, groupIds).send();
    }

    @Override
    public void assignLicenses(String userId, List<String> skuIds) {
        calls.assignLicenses(userId, skuIds).send();
    }

    @Override
    public void setPhoneNumber(String userId, String e164) {
        calls.setPhoneNumber(userId, e164).send();
    }

    @Override
    public void releasePhoneNumber(String userId) {
        calls.releasePhoneNumber(userId).send();
    }

    @Override
    public void setVoiceRoutingPolicy(String userId, String policy) {
        calls.setVoiceRoutingPolicy(userId, policy).send();
    }

    @Override
    public void disableVoiceRoutingPolicy(String userId) {
        calls.disableVoiceRoutingPolicy(userId).send();
    }

    @Override
    public CreatedUser create(NewUser user) {
        return calls.create(user).send();
    }

    @Override
    public void updateProperties(String userId, UserPropertiesUpdate update) {
        calls.updateProperties(userId, update).send();
    }

    @Override
    public TemplateResult applyTemplate(String userId, long templateId) {
        return applyTemplate(userId, templateId, TemplateMode.OVERRIDE);
    }

    @Override
    public TemplateResult applyTemplate(String userId, long templateId, TemplateMode mode) {
        return calls.applyTemplate(userId, templateId, mode).send();
    }

    @Override
    public void delete(String userId) {
        calls.delete(userId).send();
    }

    @Override
    public String toString() {
        return "UsersApi";
    }
}
