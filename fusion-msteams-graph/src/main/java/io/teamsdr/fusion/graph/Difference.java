package io.teamsdr.fusion.graph;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One difference between the Azure AD directory (Microsoft Graph) and the Fusion platform's view of
 * the same MS Teams tenant, as {@link DirectoryReconciler} reports it. Each variant is a record;
 * {@link #kind()} tells them apart in a {@code switch}.
 *
 * <pre>{@code
 * reconciler.differences().forEach(d -> {
 *     switch (d.kind()) {
 *         case DIRECTORY_ONLY -> onboard(((Difference.DirectoryOnlyUser) d).user());
 *         case VOICE_WITHOUT_NUMBER -> assignNumber(d.userId());
 *         default -> log.info(d.describe());
 *     }
 * });
 * }</pre>
 */
public sealed interface Difference permits Difference.DirectoryOnlyUser, Difference.PlatformOnlyUser,
        Difference.DisplayNameDiffers, Difference.UsageLocationDiffers, Difference.LicensesDiffer,
        Difference.VoiceUserWithoutNumber {

    /** The kinds of difference. */
    enum Kind {
        /** In the directory, unknown to the platform. */
        DIRECTORY_ONLY,
        /** Listed by the platform, not in the directory (deleted since, or not visible to the Graph client). */
        PLATFORM_ONLY,
        /** The display names differ. */
        DISPLAY_NAME,
        /** The usage locations differ. */
        USAGE_LOCATION,
        /** The assigned licenses differ. */
        LICENSES,
        /** The platform lists the user as voice enabled but it has no phone number. */
        VOICE_WITHOUT_NUMBER
    }

    /**
     * Returns the kind of difference.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * Returns the user's Azure AD object id.
     *
     * @return the id, lower case
     */
    String userId();

    /**
     * Returns the user principal name.
     *
     * @return the UPN, from the directory when it has the user, else from the platform
     */
    String userPrincipalName();

    /**
     * Describes the difference in one line for a report.
     *
     * @return e.g. {@code usage location: thomas.anderson@contoso.onmicrosoft.com directory FR, platform NL}
     */
    String describe();

    /**
     * A user in the directory that the platform does not list.
     *
     * @param user the directory user
     */
    record DirectoryOnlyUser(DirectoryUser user) implements Difference {

        /**
         * Checks the user is present.
         *
         * @throws NullPointerException if {@code user} is null
         */
        public DirectoryOnlyUser {
            Objects.requireNonNull(user, "user");
        }

        @Override
        public Kind kind() {
            return Kind.DIRECTORY_ONLY;
        }

        @Override
        public String userId() {
            return user.id();
        }

        @Override
        public String userPrincipalName() {
            return user.userPrincipalName();
        }

        @Override
        public String describe() {
            return "directory only: " + user.userPrincipalName() + " (" + user.displayName() + ", "
                    + user.usageLocation().orElse("no usage location") + ", " + user.skuIds().size() + " licenses)";
        }
    }

    /**
     * A user the platform lists that the directory does not show.
     *
     * @param userId the Azure AD object id
     * @param userPrincipalName the platform's UPN
     * @param displayName the platform's display name
     */
    record PlatformOnlyUser(String userId, String userPrincipalName, String displayName) implements Difference {

        @Override
        public Kind kind() {
            return Kind.PLATFORM_ONLY;
        }

        @Override
        public String describe() {
            return "platform only: " + userPrincipalName + " (" + displayName + ")";
        }
    }

    /**
     * A user whose display name differs.
     *
     * @param userId the Azure AD object id
     * @param userPrincipalName the directory's UPN
     * @param directory the directory's display name
     * @param platform the platform's display name
     */
    record DisplayNameDiffers(String userId, String userPrincipalName, String directory, String platform)
            implements Difference {

        @Override
        public Kind kind() {
            return Kind.DISPLAY_NAME;
        }

        @Override
        public String describe() {
            return "display name: " + userPrincipalName + " directory '" + directory + "', platform '" + platform + "'";
        }
    }

    /**
     * A user whose usage location differs, or is set on one side only.
     *
     * @param userId the Azure AD object id
     * @param userPrincipalName the directory's UPN
     * @param directory the directory's usage location, empty when not set
     * @param platform the platform's location, empty when not set
     */
    record UsageLocationDiffers(String userId, String userPrincipalName, Optional<String> directory,
                                Optional<String> platform) implements Difference {

        /** Normalizes absent values to empty optionals. */
        public UsageLocationDiffers {
            directory = Objects.requireNonNullElse(directory, Optional.empty());
            platform = Objects.requireNonNullElse(platform, Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.USAGE_LOCATION;
        }

        @Override
        public String describe() {
            return "usage location: " + userPrincipalName + " directory " + directory.orElse("none") + ", platform "
                    + platform.orElse("none");
        }
    }

    /**
     * A user whose assigned licenses differ.
     *
     * @param userId the Azure AD object id
     * @param userPrincipalName the directory's UPN
     * @param directory the SKU ids the directory shows, lower case, sorted
     * @param platform the SKU ids the platform shows, lower case, sorted
     */
    record LicensesDiffer(String userId, String userPrincipalName, Set<String> directory, Set<String> platform)
            implements Difference {

        /** Normalizes both sets (lower case, sorted, unmodifiable). */
        public LicensesDiffer {
            directory = DirectoryUser.normalizedSkuIds(directory);
            platform = DirectoryUser.normalizedSkuIds(platform);
        }

        /**
         * Returns the licenses the directory assigns that the platform does not show.
         *
         * @return SKU ids, sorted
         */
        public Set<String> onlyInDirectory() {
            Set<String> only = new TreeSet<>(directory);
            only.removeAll(platform);
            return only;
        }

        /**
         * Returns the licenses the platform shows that the directory does not assign.
         *
         * @return SKU ids, sorted
         */
        public Set<String> onlyOnPlatform() {
            Set<String> only = new TreeSet<>(platform);
            only.removeAll(directory);
            return only;
        }

        @Override
        public Kind kind() {
            return Kind.LICENSES;
        }

        @Override
        public String describe() {
            return "licenses: " + userPrincipalName + " only in directory " + onlyInDirectory() + ", only on platform "
                    + onlyOnPlatform();
        }
    }

    /**
     * A user the platform lists as voice enabled ({@code voiceEnabled} {@code yes}) that has no
     * phone number: licensed for Teams Phone but not reachable through direct routing.
     *
     * @param userId the Azure AD object id
     * @param userPrincipalName the platform's UPN
     * @param displayName the platform's display name
     */
    record VoiceUserWithoutNumber(String userId, String userPrincipalName, String displayName) implements Difference {

        @Override
        public Kind kind() {
            return Kind.VOICE_WITHOUT_NUMBER;
        }

        @Override
        public String describe() {
            return "voice enabled without number: " + userPrincipalName + " (" + displayName + ")";
        }
    }
}
