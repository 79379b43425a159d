package io.teamsdr.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.core.http.HttpMethod;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The operation catalogue applications use to check permissions up front. */
class FusionOperationTest {

    @Test
    void listsThe31EndpointsInInventoryOrderEachWithADocumentedRole() {
        List<FusionOperation> endpoints = FusionOperation.endpoints();

        assertThat(endpoints).extracting(FusionOperation::endpointNumber)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 31).boxed().toList());
        assertThat(endpoints).allSatisfy(operation -> {
            assertThat(operation.requiredRole()).hasValueSatisfying(role ->
                    assertThat(role).startsWith("tenants.instance.subscriptions.instance.msteams."));
            assertThat(operation.pathTemplate())
                    .startsWith("/api/v01/draas/{draas_instance}/tenants/{uuid}/subscriptions/{subscription_id}/");
        });
    }

    @Test
    void spellsPathsAndRolesAsNotesDecide() {
        assertThat(FusionOperation.USER_GET.pathTemplate()).endsWith("/msteams/user/{ms_user_id}");
        assertThat(FusionOperation.USER_SIP_ADDRESS_GET.pathTemplate()).endsWith("/subscriptions/{subscription_id}/users/{ms_user_id}/sip_address");
        assertThat(FusionOperation.BULK_JOBS_LIST.pathTemplate()).startsWith("/api/v01/draas/").endsWith("/msteams/users/bulk");
        assertThat(FusionOperation.USER_LICENSES_ASSIGN.pathTemplate()).endsWith("/msteams/users/{ms_user_id}/licenses");
        assertThat(FusionOperation.USER_LICENSE_SET_REPLACE.pathTemplate()).endsWith("/msteams/{ms_user_id}/licenses");
        assertThat(FusionOperation.USERS_BULK_UPDATE.method()).isEqualTo(HttpMethod.PUT);
        assertThat(FusionOperation.USER_CREATE.method()).isEqualTo(HttpMethod.POST);
        assertThat(FusionOperation.USER_TEMPLATE_APPLY.requiredRole())
                .contains("tenants.instance.subscriptions.instance.msteams.users.instance.template.instance.update");
        assertThat(FusionOperation.requiring("tenants.instance.subscriptions.instance.msteams.users.instance.update"))
                .containsExactlyInAnyOrder(FusionOperation.USER_UPDATE, FusionOperation.USER_PROPERTIES_UPDATE);
    }

    @Test
    void authenticationCallsNeedNoRoleAndHaveNoSubscription() {
        assertThat(EnumSet.of(FusionOperation.AUTH_LOGIN, FusionOperation.AUTH_TWO_FACTOR, FusionOperation.AUTH_REFRESH,
                FusionOperation.AUTH_LOGOUT)).allSatisfy(operation -> {
            assertThat(operation.requiredRole()).isEmpty();
            assertThat(operation.isSubscriptionScoped()).isFalse();
            assertThat(operation.pathTemplate()).startsWith("/api/v01/auth/");
            assertThat(operation.isPermittedBy(Set.of())).isTrue();
        });
        assertThatThrownBy(() -> FusionOperation.AUTH_LOGIN.request(UsersFixture.SUBSCRIPTION))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tellsWhichRolesAreMissing() {
        Set<String> granted = Set.of("tenants.instance.subscriptions.instance.msteams.users.list");

        assertThat(FusionOperation.USERS_LIST.isPermittedBy(granted)).isTrue();
        assertThat(FusionOperation.missingRoles(granted, EnumSet.of(FusionOperation.USERS_LIST,
                FusionOperation.USER_UPDATE, FusionOperation.USER_PROPERTIES_UPDATE, FusionOperation.AUTH_LOGIN)))
                .containsExactly("tenants.instance.subscriptions.instance.msteams.users.instance.update");
    }

    @Test
    void requestBindsTheSubscriptionAndTheRole() {
        var spec = FusionOperation.USER_DELETE.request(UsersFixture.SUBSCRIPTION)
                .pathParam("ms_user_id", UsersFixture.USER_ID).build();

        assertThat(spec.method()).isEqualTo(HttpMethod.DELETE);
        assertThat(spec.pathTemplate()).isEqualTo(FusionOperation.USER_DELETE.pathTemplate());
        assertThat(spec.expandedPath()).isEqualTo(UsersFixture.SUB + "/msteams/users/" + UsersFixture.USER_ID);
        assertThat(spec.requiredRole()).isEqualTo(FusionOperation.USER_DELETE.requiredRole());
    }
}
