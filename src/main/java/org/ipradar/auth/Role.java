package org.ipradar.auth;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a signed-in user may do; anonymous visitors have no role and only search and read what is published. */
public enum Role {
    /** Writes and publishes documents, case records and bulletins. */
    EDITOR,
    /** Works for enterprises on their confidential material. */
    CONSULTANT,
    /** Manages users and reads the audit log; no editing unless also an editor. */
    ADMIN;

    /** The lower-case name used on the command line, in the database and in JSON. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role for a wire name such as {@code editor}; an unknown name throws with the allowed ones. */
    public static Role parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.wire().equals(t)) {
                return r;
            }
        }
        throw new AuthException("invalid_role", "role", "unknown role \"" + text + "\"; use one of: " + allowed());
    }

    /** The roles in a comma-separated list such as {@code editor,admin}; at least one is required. */
    public static Set<Role> parseList(Collection<String> items) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String item : items) {
            for (String part : item.split(",")) {
                if (!part.isBlank()) {
                    roles.add(parse(part));
                }
            }
        }
        if (roles.isEmpty()) {
            throw new AuthException("invalid_role", "role", "a user needs at least one role: " + allowed());
        }
        return roles;
    }

    /** The roles as the database keeps them: wire names in declaration order, comma-separated. */
    public static String format(Set<Role> roles) {
        return roles.stream().sorted().map(Role::wire).collect(Collectors.joining(","));
    }

    /** The roles from their stored form. */
    public static Set<Role> fromStored(String stored) {
        return parseList(List.of(stored));
    }

    private static String allowed() {
        return java.util.Arrays.stream(values()).map(Role::wire).collect(Collectors.joining(", "));
    }
}
