package org.ipradar.auth;

import java.time.Instant;
import java.util.Set;

/**
 * A user account as everyone but the password check sees it: the hash stays in {@link UserStore}.
 *
 * @param id the row id
 * @param name the name as given, unique ignoring case
 * @param roles one or more roles
 * @param disabled a disabled user cannot sign in, and its sessions and tokens stop working at once
 * @param created when the account was made
 * @param passwordChanged when the password was last set
 */
public record User(long id, String name, Set<Role> roles, boolean disabled, Instant created, Instant passwordChanged) {
    public User {
        roles = Set.copyOf(roles);
    }

    /** Whether the user has any of the roles. */
    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
