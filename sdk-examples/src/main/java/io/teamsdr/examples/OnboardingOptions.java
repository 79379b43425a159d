package io.teamsdr.examples;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The command line of {@link OnboardingExample}. Every option has a default that fits the demo
 * data, so the example runs with none; against real platforms, pass your own CSV, call-queue number
 * and SBC tenant.
 *
 * <pre>
 * --dry-run                 read and validate, print what would be written, write nothing
 * --csv=FILE                users to enable (default: the bundled enable-users.csv)
 * --queue-number=E164       number of the call queue's resource account (default +3225405295)
 * --queue-upn=UPN           its user principal name (default support.queue@ + the tenant's first domain)
 * --sbc-tenant=ID           tenant id on the SBC (default 1004)
 * --pbx=ID                  PBX the SBC tenant uses (default 12346)
 * --service-port=ID         service port the SBC tenant uses (default 2)
 * --local-ip=IP             SBC address facing Microsoft for this tenant (default 192.0.2.40)
 * </pre>
 *
 * @param dryRun stop before any write
 * @param csv the CSV to read, empty for the bundled one
 * @param queueNumber the call queue's number, E.164
 * @param queueUpn the call queue's UPN, empty to derive it from the tenant's domain
 * @param sbcTenantId the tenant id on the SBC
 * @param pbxId the PBX of the SBC tenant
 * @param servicePortId the service port of the SBC tenant
 * @param localIp the SBC's local address for the tenant
 */
public record OnboardingOptions(boolean dryRun, Optional<Path> csv, String queueNumber, Optional<String> queueUpn,
                                String sbcTenantId, String pbxId, String servicePortId, String localIp) {
    private static final List<String> NAMES = List.of("--csv", "--queue-number", "--queue-upn", "--sbc-tenant", "--pbx",
            "--service-port", "--local-ip");

    /** Normalizes absent optionals and requires the rest. */
    public OnboardingOptions {
        csv = Objects.requireNonNullElse(csv, Optional.empty());
        queueUpn = Objects.requireNonNullElse(queueUpn, Optional.empty());
        Objects.requireNonNull(queueNumber, "queueNumber");
        Objects.requireNonNull(sbcTenantId, "sbcTenantId");
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(servicePortId, "servicePortId");
        Objects.requireNonNull(localIp, "localIp");
    }

    /**
     * The defaults, which fit the demo data.
     *
     * @return the options with nothing overridden
     */
    public static OnboardingOptions defaults() {
        return parse();
    }

    /**
     * Reads the command line.
     *
     * @param args the arguments, e.g. {@code --dry-run --csv=users.csv}
     * @return the options
     * @throws IllegalArgumentException for an unknown option or one without its value
     */
    public static OnboardingOptions parse(String... args) {
        boolean dryRun = false;
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            if (arg.equals("--dry-run")) {
                dryRun = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!NAMES.contains(name) || equals == arg.length() - 1 || equals < 0) {
                throw new IllegalArgumentException("unknown or incomplete argument '" + arg + "'; expected --dry-run or "
                        + String.join("=..., ", NAMES) + "=... (see sdk-examples/README.md)");
            }
            values.put(name, arg.substring(equals + 1));
        }
        return new OnboardingOptions(dryRun,
                Optional.ofNullable(values.get("--csv")).map(Path::of),
                values.getOrDefault("--queue-number", "+3225405295"),
                Optional.ofNullable(values.get("--queue-upn")),
                values.getOrDefault("--sbc-tenant", "1004"),
                values.getOrDefault("--pbx", "12346"),
                values.getOrDefault("--service-port", "2"),
                values.getOrDefault("--local-ip", "192.0.2.40"));
    }

    /**
     * Returns these options with dry run switched on or off.
     *
     * @param enabled {@code true} to write nothing
     * @return the new options
     */
    public OnboardingOptions withDryRun(boolean enabled) {
        return new OnboardingOptions(enabled, csv, queueNumber, queueUpn, sbcTenantId, pbxId, servicePortId, localIp);
    }
}
