package io.teamsdr.vsxi.internal;

import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.vsxi.model.SipUser;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The CSV layout of one kind of upload: its columns in the documented order and how a typed row
 * becomes the values of one CSV record.
 *
 * @param <T> the row type
 */
final class UploadLayout<T> {

    /** SBC tenant create/update rows: {@code tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId}. */
    static final UploadLayout<SbcTenant> SBC_TENANTS = new UploadLayout<>("SBC tenants", List.of(
            new Column("tenantId", ColumnFormat.TEXT, true, false),
            new Column("tenantName", ColumnFormat.TEXT, false, false),
            new Column("microsoftFqdn", ColumnFormat.FQDN, false, false),
            new Column("localIp", ColumnFormat.IP_ADDRESS, false, false),
            new Column("did", ColumnFormat.E164, true, false),
            new Column("pbxId", ColumnFormat.TEXT, false, false),
            new Column("spId", ColumnFormat.TEXT, false, false)),
            t -> new String[] {t.tenantId(), t.tenantName(), t.microsoftFqdn(), t.localIp(), t.did(), t.pbxId(), t.spId()});

    /** SIP user create/update/replace rows: {@code tenantId,sipUser,sipPassword,did}. */
    static final UploadLayout<SipUser> SIP_USERS = new UploadLayout<>("SIP users", List.of(
            new Column("tenantId", ColumnFormat.TEXT, false, false),
            new Column("sipUser", ColumnFormat.TEXT, true, false),
            new Column("sipPassword", ColumnFormat.TEXT, false, true),
            new Column("did", ColumnFormat.E164, true, false)),
            u -> new String[] {u.tenantId(), u.sipUser(), u.sipPassword(), u.did()});

    /** SBC tenant deletion rows: {@code tenantId}. */
    static final UploadLayout<String> TENANT_IDS = new UploadLayout<>("tenant ids", List.of(
            new Column("tenantId", ColumnFormat.TEXT, true, false)),
            id -> new String[] {id});

    /** SIP user deletion rows: {@code sipUser}. */
    static final UploadLayout<String> SIP_USER_NAMES = new UploadLayout<>("SIP user names", List.of(
            new Column("sipUser", ColumnFormat.TEXT, true, false)),
            name -> new String[] {name});

    private final String description;
    private final List<Column> columns;
    private final Function<T, @Nullable String[]> values;

    private UploadLayout(String description, List<Column> columns, Function<T, @Nullable String[]> values) {
        this.description = description;
        this.columns = columns;
        this.values = values;
    }

    /**
     * Returns the columns in the order they are sent.
     *
     * @return the columns
     */
    List<Column> columns() {
        return columns;
    }

    /**
     * Returns the values of a row in column order; a {@code null} row gives only {@code null}s so
     * that validation reports it.
     *
     * @param row the row
     * @return one value per column
     */
    @Nullable String[] values(@Nullable T row) {
        return row == null ? new String[columns.size()] : values.apply(row);
    }

    /**
     * Returns the header line as the SDK writes it.
     *
     * @return e.g. {@code tenantId,sipUser,sipPassword,did}
     */
    String header() {
        return columns.stream().map(Column::name).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return description + " (" + header() + ")";
    }
}
