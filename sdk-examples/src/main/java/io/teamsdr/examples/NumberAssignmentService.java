package io.teamsdr.examples;

import io.teamsdr.core.BadRequestException;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.model.FusionUser;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.UserQuery;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A small application service: gives a user the next free number of a site's block. It is the
 * kind of code an application wraps around the SDK, and {@code NumberAssignmentServiceTest} shows
 * how to test such code against the fake Fusion server.
 *
 * <p>Free means held by no user and no resource account. Another administrator may take a number
 * between the listing and the assignment; Fusion then refuses it (error {@value #NUMBER_IN_USE})
 * and the service moves on to the next one.
 */
public final class NumberAssignmentService {
    /** Fusion's error code for a number someone else holds. */
    public static final String NUMBER_IN_USE = "2023";

    private final MsTeams teams;
    private final NumberBlock block;

    /**
     * Creates the service.
     *
     * @param teams the subscription's resources
     * @param block the numbers this service hands out
     */
    public NumberAssignmentService(MsTeams teams, NumberBlock block) {
        this.teams = Objects.requireNonNull(teams, "teams");
        this.block = Objects.requireNonNull(block, "block");
    }

    /**
     * The outcome of an assignment.
     *
     * @param userId the user's Azure AD object id
     * @param number the number the user holds now
     * @param alreadyHeld {@code true} when the user had a number already and nothing was changed
     */
    public record Assignment(String userId, String number, boolean alreadyHeld) {
    }

    /**
     * Gives the user the first free number of the block, unless the user already holds a number.
     *
     * @param userId the user's Azure AD object id
     * @return the number the user holds now
     * @throws io.teamsdr.core.NotFoundException when there is no such user
     * @throws BadRequestException when Fusion refuses the user, e.g. without a voice license (2031)
     * @throws IllegalStateException when every number of the block is taken
     */
    public Assignment assignNextFreeNumber(String userId) {
        Optional<String> current = teams.users().get(userId).phoneNumber();
        if (current.isPresent()) {
            return new Assignment(userId, current.get(), true);
        }
        Set<String> taken = numbersInUse();
        for (String candidate : block.numbers()) {
            if (taken.contains(candidate)) {
                continue;
            }
            try {
                teams.users().setPhoneNumber(userId, candidate);
                return new Assignment(userId, candidate, false);
            } catch (BadRequestException refused) {
                if (!refused.errorCode().filter(NUMBER_IN_USE::equals).isPresent()) {
                    throw refused;
                }
                // Taken since the listing: try the next one.
            }
        }
        throw new IllegalStateException("no free number left in the block of " + block.size() + " from "
                + block.first() + "; ask the operator for another block");
    }

    /** One listing of users and resource accounts; a busy application would cache it. */
    private Set<String> numbersInUse() {
        Set<String> taken = new HashSet<>();
        for (TeamsUser user : teams.users().list(UserQuery.builder().pageSize(UserQuery.MAX_PAGE_SIZE).hasPhoneNumber(true).build())) {
            user.phoneNumber().ifPresent(taken::add);
        }
        for (ResourceAccount account : teams.resourceAccounts().list()) {
            account.draas().flatMap(FusionUser::phoneNumber).ifPresent(taken::add);
        }
        return taken;
    }
}
