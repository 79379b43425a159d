package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.teamsdr.provisioning.internal.Interner;
import io.teamsdr.provisioning.internal.YamlNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a desired state from a YAML file, its users optionally from a CSV file. Every problem is
 * reported at once, with file, line and field, in a {@link DesiredStateException}; unknown fields are
 * problems too, so that a misspelt name is never silently ignored.
 *
 * <pre>{@code
 * fusion:
 *   draasInstance: draas_v1
 *   tenantUuid: 27b418d0-b197-483d-a0b8-da90407a92c4
 *   subscriptionId: 42
 * sbc:
 *   tenantId: "1004"
 *   tenantName: Contoso
 *   microsoftFqdn: dr.contoso.com
 *   localIp: 192.0.2.40
 *   did: "+3225405295"
 *   pbxId: "12346"
 *   spId: "2"
 * unlistedUsers: keep            # or release-numbers
 * users:
 *   - upn: emma.peeters@contoso.onmicrosoft.com
 *     number: "+3225405290"
 *     vrp: Belgium-National       # optional
 *     licenses: [MCOEV]           # optional: licenses the user must at least hold
 *     groups: [Benelux]           # optional: groups the user must at least belong to
 *     location: BE                # optional
 * usersCsv: users.csv             # instead of users: relative to this file
 * resourceAccounts:
 *   - upn: support.queue@contoso.onmicrosoft.com
 *     type: call-queue            # or auto-attendant
 *     displayName: Support Queue
 *     location: BE
 *     number: "+3225405295"       # optional
 * }</pre>
 *
 * <p>The users CSV has a header line naming its columns, in any order: {@code upn} and {@code number}
 * (required), {@code vrp}, {@code licenses}, {@code groups}, {@code location} (optional); licenses
 * and groups are separated by {@code ;}; an empty cell leaves the value out. RFC 4180 quoting, UTF-8.
 *
 * <p>The file is streamed: the users list is read entry by entry, so a file of a hundred thousand
 * users costs the users, not a document tree.
 */
public final class DesiredStateFiles {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final Set<String> TOP_LEVEL = Set.of("fusion", "sbc", "unlistedUsers", "users", "usersCsv",
            "resourceAccounts");
    private static final Set<String> FUSION_FIELDS = Set.of("draasInstance", "tenantUuid", "subscriptionId");
    private static final Set<String> SBC_FIELDS = Set.of("tenantId", "tenantName", "microsoftFqdn", "localIp", "did",
            "pbxId", "spId");
    static final Set<String> USER_FIELDS = Set.of("upn", "number", "vrp", "licenses", "groups", "location");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("upn", "type", "displayName", "location", "number");

    private DesiredStateFiles() {
    }

    /**
     * Reads a desired state from a YAML file; a {@code usersCsv} it names is resolved against the
     * file's folder.
     *
     * @param file the YAML file
     * @return the checked state
     * @throws DesiredStateException listing every problem with its file, line and field
     * @throws UncheckedIOException when a file cannot be read
     */
    public static DesiredState readYaml(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Path folder = file.toAbsolutePath().getParent();
            return readYaml(reader, file.toString(), folder);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the desired state " + file + ": " + unreadable.getMessage(),
                    unreadable);
        }
    }

    /**
     * Reads a desired state from YAML text.
     *
     * @param yaml the text; read to its end, not closed
     * @param sourceName the name problems report, e.g. the file or resource name
     * @param baseFolder the folder a {@code usersCsv} is resolved against
     * @return the checked state
     * @throws DesiredStateException listing every problem with its source, line and field
     * @throws UncheckedIOException when the text or the CSV file cannot be read
     */
    public static DesiredState readYaml(Reader yaml, String sourceName, Path baseFolder) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(baseFolder, "baseFolder");
        return new YamlRead(sourceName, baseFolder).read(yaml);
    }

    /** One read of one YAML file: its problems, lines and the state being built. */
    private static final class YamlRead {
        private final String source;
        private final Path baseFolder;
        private final SourceLines lines;
        private final DesiredState.Builder builder;
        private final FileProblems problems;
        private final Interner interner = new Interner();

        YamlRead(String source, Path baseFolder) {
            this.source = source;
            this.baseFolder = baseFolder;
            this.lines = new SourceLines(source);
            this.builder = DesiredState.builder(lines);
            this.problems = new FileProblems(source);
        }

        DesiredState read(Reader yaml) {
            try (JsonParser parser = YAML.createParser(yaml)) {
                readDocument(parser);
            } catch (JsonProcessingException malformed) {
                problems.add(malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr(), "(document)",
                        null, "not valid YAML: " + malformed.getOriginalMessage());
                throw problems.exception();
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the desired state " + source + ": "
                        + unreadable.getMessage(), unreadable);
            }
            return problems.build(builder);
        }

        private void readDocument(JsonParser parser) throws IOException {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problems.add(first == null ? 1 : YamlNode.lineOf(parser), "(document)", null,
                        "a mapping with fusion, sbc, users and the other sections");
                return;
            }
            Set<String> seen = new HashSet<>();
            boolean inlineUsers = false;
            String usersCsv = null;
            int usersCsvLine = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int line = YamlNode.lineOf(parser);
                parser.nextToken();
                if (!seen.add(name)) {
                    problems.add(line, name, null, "given twice; give each section once");
                    parser.skipChildren();
                    continue;
                }
                lines.field(name, line);
                switch (name) {
                    case "users" -> {
                        inlineUsers = true;
                        readUsers(parser, line);
                    }
                    case "resourceAccounts" -> readAccounts(YamlNode.read(parser, line));
                    case "fusion" -> readFusion(YamlNode.read(parser, line));
                    case "sbc" -> readSbc(YamlNode.read(parser, line));
                    case "unlistedUsers" -> readUnlisted(YamlNode.read(parser, line));
                    case "usersCsv" -> {
                        usersCsv = scalar(YamlNode.read(parser, line), "usersCsv");
                        usersCsvLine = line;
                    }
                    default -> {
                        problems.add(line, name, null, "unknown section; expected one of " + sorted(TOP_LEVEL));
                        parser.skipChildren();
                    }
                }
            }
            if (usersCsv != null) {
                if (inlineUsers) {
                    problems.add(usersCsvLine, "usersCsv", usersCsv, "give the users either in users or in "
                            + "usersCsv, not both");
                } else {
                    lines.usersSource(usersCsv);
                    UsersCsv.read(baseFolder.resolve(usersCsv), builder, problems.forSource(usersCsv), interner);
                }
            }
        }

        private void readUsers(JsonParser parser, int line) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return;
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                problems.add(line, "users", null, "a list of users");
                parser.skipChildren();
                return;
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                // One entry at a time: the list itself is never held as a tree.
                YamlNode entry = YamlNode.read(parser, YamlNode.lineOf(parser));
                readUser(entry, index++);
            }
        }

        private void readUser(YamlNode entry, int index) {
            String path = "users[" + index + "]";
            int[] at = new int[SourceLines.SIZE];
            at[SourceLines.ENTRY] = entry.line();
            if (entry.kind() != YamlNode.Kind.MAP) {
                problems.add(entry.line(), path, null, "a user: a mapping with upn, number and optional fields");
                builder.user(VoiceUser.builder(null, null).build(), at);
                return;
            }
            Map<String, YamlNode> fields = fieldsOf(entry, path, USER_FIELDS);
            at[SourceLines.UPN] = lineOf(fields, "upn");
            at[SourceLines.NUMBER] = lineOf(fields, "number");
            at[SourceLines.VRP] = lineOf(fields, "vrp");
            at[SourceLines.LICENSES] = lineOf(fields, "licenses");
            at[SourceLines.GROUPS] = lineOf(fields, "groups");
            at[SourceLines.LOCATION] = lineOf(fields, "location");
            VoiceUser user = VoiceUser.builder(scalar(fields.get("upn"), path + ".upn"),
                            scalar(fields.get("number"), path + ".number"))
                    .vrp(interner.text(scalar(fields.get("vrp"), path + ".vrp")))
                    .licenses(interner.list(names(fields.get("licenses"), path + ".licenses")))
                    .groups(interner.list(names(fields.get("groups"), path + ".groups")))
                    .location(interner.text(scalar(fields.get("location"), path + ".location")))
                    .build();
            builder.user(user, at);
        }

        private void readAccounts(YamlNode list) {
            if (list.kind() == YamlNode.Kind.NULL) {
                return;
            }
            if (list.kind() != YamlNode.Kind.LIST) {
                problems.add(list.line(), "resourceAccounts", null, "a list of resource accounts");
                return;
            }
            for (int i = 0; i < list.items().size(); i++) {
                YamlNode entry = list.items().get(i);
                String path = "resourceAccounts[" + i + "]";
                int[] at = new int[SourceLines.SIZE];
                at[SourceLines.ENTRY] = entry.line();
                if (entry.kind() != YamlNode.Kind.MAP) {
                    problems.add(entry.line(), path, null, "a resource account: a mapping with upn, type, displayName, "
                            + "location and an optional number");
                    continue;
                }
                Map<String, YamlNode> fields = fieldsOf(entry, path, ACCOUNT_FIELDS);
                at[SourceLines.UPN] = lineOf(fields, "upn");
                at[SourceLines.KIND] = lineOf(fields, "type");
                at[SourceLines.DISPLAY_NAME] = lineOf(fields, "displayName");
                at[SourceLines.ACCOUNT_LOCATION] = lineOf(fields, "location");
                at[SourceLines.NUMBER] = lineOf(fields, "number");
                String type = scalar(fields.get("type"), path + ".type");
                ResourceAccountKind kind = null;
                if (type != null) {
                    try {
                        kind = ResourceAccountKind.of(type);
                    } catch (IllegalArgumentException unknown) {
                        problems.add(at[SourceLines.KIND], path + ".type", type, "call-queue or auto-attendant");
                        continue;
                    }
                }
                builder.resourceAccount(ResourceAccountSpec.of(scalar(fields.get("upn"), path + ".upn"), kind,
                        scalar(fields.get("displayName"), path + ".displayName"),
                        scalar(fields.get("location"), path + ".location"),
                        scalar(fields.get("number"), path + ".number")), at);
            }
        }

        private void readFusion(YamlNode section) {
            Map<String, YamlNode> fields = section(section, "fusion", FUSION_FIELDS);
            if (fields == null) {
                return;
            }
            String id = scalar(fields.get("subscriptionId"), "fusion.subscriptionId");
            long subscriptionId = -1;
            if (id != null) {
                try {
                    subscriptionId = Long.parseLong(id.trim());
                } catch (NumberFormatException notNumber) {
                    problems.add(lineOf(fields, "subscriptionId"), "fusion.subscriptionId", id,
                            "the subscription's numeric index");
                    return;
                }
            } else {
                problems.add(section.line(), "fusion.subscriptionId", null, "required");
                return;
            }
            builder.subscription(FusionSubscription.of(scalar(fields.get("draasInstance"), "fusion.draasInstance"),
                    scalar(fields.get("tenantUuid"), "fusion.tenantUuid"), subscriptionId));
        }

        private void readSbc(YamlNode section) {
            Map<String, YamlNode> fields = section(section, "sbc", SBC_FIELDS);
            if (fields == null) {
                return;
            }
            builder.sbcTenant(SbcTenant.builder()
                    .tenantId(scalar(fields.get("tenantId"), "sbc.tenantId"))
                    .tenantName(scalar(fields.get("tenantName"), "sbc.tenantName"))
                    .microsoftFqdn(scalar(fields.get("microsoftFqdn"), "sbc.microsoftFqdn"))
                    .localIp(scalar(fields.get("localIp"), "sbc.localIp"))
                    .did(scalar(fields.get("did"), "sbc.did"))
                    .pbxId(scalar(fields.get("pbxId"), "sbc.pbxId"))
                    .spId(scalar(fields.get("spId"), "sbc.spId"))
                    .build());
        }

        private void readUnlisted(YamlNode value) {
            String text = scalar(value, "unlistedUsers");
            if (text == null) {
                return;
            }
            try {
                builder.unlistedUsers(UnlistedUsers.of(text));
            } catch (IllegalArgumentException unknown) {
                problems.add(value.line(), "unlistedUsers", text, "keep or release-numbers");
            }
        }

        /** The fields of a section; records their lines as {@code section.field}. */
        private Map<String, YamlNode> section(YamlNode section, String name, Set<String> known) {
            if (section.kind() != YamlNode.Kind.MAP) {
                problems.add(section.line(), name, null, "a mapping with " + sorted(known));
                return null;
            }
            Map<String, YamlNode> fields = fieldsOf(section, name, known);
            fields.forEach((field, node) -> lines.field(name + "." + field, node.line()));
            return fields;
        }

        private Map<String, YamlNode> fieldsOf(YamlNode map, String path, Set<String> known) {
            for (Map.Entry<String, YamlNode> field : map.fields().entrySet()) {
                if (!known.contains(field.getKey())) {
                    problems.add(field.getValue().line(), path + "." + field.getKey(), null,
                            "unknown field; expected one of " + sorted(known));
                }
            }
            return map.fields();
        }

        /** A single value as text; a missing or null value is {@code null} (the checks report it). */
        private String scalar(YamlNode node, String path) {
            if (node == null || node.kind() == YamlNode.Kind.NULL) {
                return null;
            }
            if (node.kind() != YamlNode.Kind.SCALAR) {
                problems.add(node.line(), path, null, "a single value, not a " + (node.kind() == YamlNode.Kind.MAP
                        ? "mapping" : "list"));
                return null;
            }
            return node.text();
        }

        /** A list of names, or one name alone. */
        private List<String> names(YamlNode node, String path) {
            if (node == null || node.kind() == YamlNode.Kind.NULL) {
                return List.of();
            }
            if (node.kind() == YamlNode.Kind.SCALAR) {
                return List.of(node.text());
            }
            if (node.kind() == YamlNode.Kind.MAP) {
                problems.add(node.line(), path, null, "a list of names");
                return List.of();
            }
            List<String> names = new ArrayList<>(node.items().size());
            for (int i = 0; i < node.items().size(); i++) {
                String name = scalar(node.items().get(i), path + "[" + i + "]");
                if (name != null) {
                    names.add(name);
                } else if (node.items().get(i).kind() == YamlNode.Kind.NULL) {
                    problems.add(node.items().get(i).line(), path + "[" + i + "]", null, "a name, not empty");
                }
            }
            return names;
        }

        private static int lineOf(Map<String, YamlNode> fields, String name) {
            YamlNode node = fields.get(name);
            return node == null ? 0 : node.line();
        }
    }

    private static String sorted(Set<String> names) {
        return String.join(", ", names.stream().sorted().toList());
    }

    /** Problems found while reading, merged with those of the checks of the built state. */
    static final class FileProblems {
        private final String source;
        private final List<StateProblem> found;

        FileProblems(String source) {
            this(source, new ArrayList<>());
        }

        private FileProblems(String source, List<StateProblem> found) {
            this.source = source;
            this.found = found;
        }

        /** The same list, reporting another file (the users CSV). */
        FileProblems forSource(String other) {
            return new FileProblems(other, found);
        }

        void add(int line, String field, String value, String reason) {
            found.add(new StateProblem(java.util.Optional.of(source), line > 0 ? OptionalInt.of(line)
                    : OptionalInt.empty(), field, value, reason));
        }

        DesiredStateException exception() {
            List<StateProblem> all = new ArrayList<>(found);
            all.sort(Comparator.comparing((StateProblem p) -> p.source().orElse(""))
                    .thenComparingInt(p -> p.line().orElse(0)));
            return new DesiredStateException(all.size() > StateValidator.MAX_PROBLEMS
                    ? all.subList(0, StateValidator.MAX_PROBLEMS) : all);
        }

        DesiredState build(DesiredState.Builder builder) {
            DesiredState state = null;
            try {
                state = builder.build();
            } catch (DesiredStateException invalid) {
                found.addAll(invalid.problems());
            }
            if (!found.isEmpty()) {
                throw exception();
            }
            return state;
        }
    }
}
