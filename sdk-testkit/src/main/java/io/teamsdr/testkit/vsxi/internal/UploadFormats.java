package io.teamsdr.testkit.vsxi.internal;

import java.util.List;
import java.util.Optional;

/**
 * The four CSV layouts of the Teams Provisioning API.
 */
public final class UploadFormats {

    /** {@code tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId}: create or update tenants. */
    public static final UploadFormat<Tenant> TENANTS = new UploadFormat<>() {
        @Override
        public List<String> columns() {
            return List.of("tenantId", "tenantName", "microsoftFqdn", "localIp", "did", "pbxId", "spId");
        }

        @Override
        public Optional<Tenant> map(CsvRecord r, List<RowError> errors) {
            Optional<String> id = r.checked("tenantId", FieldRules::id, errors);
            Optional<String> name = r.checked("tenantName", FieldRules::text, errors);
            Optional<String> fqdn = r.checked("microsoftFqdn", FieldRules::fqdn, errors);
            Optional<String> ip = r.checked("localIp", FieldRules::ipAddress, errors);
            Optional<String> did = r.checked("did", FieldRules::e164, errors);
            Optional<String> pbx = r.checked("pbxId", FieldRules::id, errors);
            Optional<String> sp = r.checked("spId", FieldRules::id, errors);
            if (id.isEmpty() || name.isEmpty() || fqdn.isEmpty() || ip.isEmpty() || did.isEmpty()
                    || pbx.isEmpty() || sp.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Tenant(id.get(), name.get(), fqdn.get(), ip.get(), did.get(), pbx.get(), sp.get()));
        }
    };

    /** {@code tenantId}: delete tenants. */
    public static final UploadFormat<String> TENANT_IDS = single("tenantId", FieldRules::id);

    /** {@code tenantId,sipUser,sipPassword,did}: create, update or replace users. */
    public static final UploadFormat<User> USERS = new UploadFormat<>() {
        @Override
        public List<String> columns() {
            return List.of("tenantId", "sipUser", "sipPassword", "did");
        }

        @Override
        public Optional<User> map(CsvRecord r, List<RowError> errors) {
            Optional<String> tenant = r.checked("tenantId", FieldRules::id, errors);
            Optional<String> sipUser = r.checked("sipUser", FieldRules::sipUser, errors);
            Optional<String> password = r.checked("sipPassword", FieldRules::text, errors);
            Optional<String> did = r.checked("did", FieldRules::e164, errors);
            if (tenant.isEmpty() || sipUser.isEmpty() || password.isEmpty() || did.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new User(tenant.get(), sipUser.get(), password.get(), did.get()));
        }
    };

    /** {@code sipUser}: delete users. */
    public static final UploadFormat<String> SIP_USERS = single("sipUser", FieldRules::sipUser);

    private UploadFormats() {
    }

    private static UploadFormat<String> single(String column,
            java.util.function.Function<String, Optional<String>> rule) {
        return new UploadFormat<>() {
            @Override
            public List<String> columns() {
                return List.of(column);
            }

            @Override
            public Optional<String> map(CsvRecord r, List<RowError> errors) {
                return r.checked(column, rule, errors);
            }
        };
    }
}
