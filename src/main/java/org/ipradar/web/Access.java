package org.ipradar.web;

import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipradar.auth.Role;

/**
 * Who may use a route, declared when the route is registered:
 * {@code config.routes.get("/api/audit", handler, Access.ADMIN)}. A route may name several; one that names none is
 * closed to everyone (deny by default) and fails {@code RouteInventoryTest}.
 */
public enum Access implements RouteRole {
    /** Anyone, signed in or not. */
    PUBLIC(null),
    /** Any signed-in user, whatever the role. */
    SIGNED_IN(null),
    /** Users with the editor role. */
    EDITOR(Role.EDITOR),
    /** Users with the consultant role. */
    CONSULTANT(Role.CONSULTANT),
    /** Users with the admin role. */
    ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** The user role this stands for, or null for {@link #PUBLIC} and {@link #SIGNED_IN}. */
    public Role role() {
        return role;
    }

    /** The user roles any of which a route with these declarations needs. */
    static Set<Role> roles(Set<? extends RouteRole> declared) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (RouteRole r : declared) {
            if (r instanceof Access a && a.role != null) {
                out.add(a.role);
            }
        }
        return out;
    }

    /** The declarations as text, for messages and logs: {@code admin} or {@code editor, admin}. */
    static String describe(Set<? extends RouteRole> declared) {
        return declared.stream().map(r -> r instanceof Access a ? a.name().toLowerCase(java.util.Locale.ROOT)
                : String.valueOf(r)).sorted().collect(Collectors.joining(", "));
    }
}
