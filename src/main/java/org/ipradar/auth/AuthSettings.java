package org.ipradar.auth;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.ipradar.config.ConfigException;
import org.ipradar.config.Durations;

/**
 * How sessions behave, from {@code IPRADAR_SECURE_COOKIES}, {@code IPRADAR_SESSION_IDLE} and
 * {@code IPRADAR_SESSION_MAX}.
 *
 * @param secureCookies when the session cookie is marked {@code Secure} and named with the {@code __Host-} prefix
 * @param sessionIdle a session unused this long ends (default 1h)
 * @param sessionMax a session ends this long after sign-in however much it is used (default 12h)
 */
public record AuthSettings(SecureCookies secureCookies, Duration sessionIdle, Duration sessionMax) {
    /** The environment variables read here. */
    public static final java.util.List<String> VARIABLES =
            java.util.List.of("IPRADAR_SECURE_COOKIES", "IPRADAR_SESSION_IDLE", "IPRADAR_SESSION_MAX");

    /** When the cookie is {@code Secure}. */
    public enum SecureCookies {
        /**
         * Always, except for a plain-http request addressed to the machine itself ({@code localhost}, {@code
         * 127.0.0.1}, {@code [::1]}), where a browser would drop a Secure cookie and nothing crosses a network.
         */
        AUTO,
        /** Always: for a service behind HTTPS whatever the Host header says. */
        ON,
        /** Never: only for plain http on a trusted network; the cookie can then be read by anyone on the path. */
        OFF
    }

    public AuthSettings {
        if (sessionIdle.isNegative() || sessionIdle.isZero() || sessionMax.compareTo(sessionIdle) < 0) {
            throw new ConfigException("IPRADAR_SESSION_IDLE must be positive and at most IPRADAR_SESSION_MAX (got "
                    + Durations.format(sessionIdle) + " and " + Durations.format(sessionMax) + ")");
        }
    }

    /** Secure cookies decided per request, 1 hour idle, 12 hours at most. */
    public static AuthSettings defaults() {
        return new AuthSettings(SecureCookies.AUTO, Duration.ofHours(1), Duration.ofHours(12));
    }

    /** The settings from the process environment. */
    public static AuthSettings fromEnvironment() {
        return from(System.getenv());
    }

    /** The settings from the given environment; a bad value stops with a message naming the variable. */
    public static AuthSettings from(Map<String, String> env) {
        AuthSettings d = defaults();
        String mode = env.getOrDefault("IPRADAR_SECURE_COOKIES", "auto").strip().toLowerCase(Locale.ROOT);
        SecureCookies secure = switch (mode) {
            case "auto", "" -> SecureCookies.AUTO;
            case "on", "true", "1", "yes" -> SecureCookies.ON;
            case "off", "false", "0", "no" -> SecureCookies.OFF;
            default -> throw new ConfigException(
                    "IPRADAR_SECURE_COOKIES must be one of: auto, on, off (got \"" + mode + "\")");
        };
        return new AuthSettings(secure, duration(env, "IPRADAR_SESSION_IDLE", d.sessionIdle()),
                duration(env, "IPRADAR_SESSION_MAX", d.sessionMax()));
    }

    private static Duration duration(Map<String, String> env, String name, Duration fallback) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        java.util.regex.Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigException(name + " must be a duration such as 30m, 1h or 12h (got \"" + text + "\")");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("(\\d{1,6})\\s*(m|h|d)");
}
