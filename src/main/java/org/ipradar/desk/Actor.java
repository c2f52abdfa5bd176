package org.ipradar.desk;

import java.util.Set;

/**
 * Who is acting: a user name and roles ({@code editor}, {@code consultant}, {@code admin}), as the authentication
 * layer establishes them. Services take it as a parameter so they never read it from a request.
 *
 * @param name the user name, recorded as author and editor of what they change, and in the audit log
 * @param roles the role names
 * @param address the client address the request came from, for the audit log, or null
 */
public record Actor(String name, Set<String> roles, String address) {
    /** The role that writes documents and bulletins. */
    public static final String EDITOR = "editor";

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An actor with no client address. */
    public Actor(String name, Set<String> roles) {
        this(name, roles, null);
    }

    /** An editor with this name, for the command line and tests. */
    public static Actor editor(String name) {
        return new Actor(name, Set.of(EDITOR));
    }

    /** Whether the actor has the role. */
    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Whether the actor may write documents and bulletins. */
    public boolean isEditor() {
        return has(EDITOR);
    }
}
