package org.ipradar.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthSettings;
import org.ipradar.auth.Principal;
import org.ipradar.auth.Role;
import org.ipradar.auth.Secrets;
import org.ipradar.store.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces who may use each route, before its handler runs: finds who is asking (API token, else session cookie),
 * refuses routes that declare no {@link Access} rule, answers 401 or 403 as the rule says, and checks the Origin and
 * CSRF token of every state-changing request made with a session. Also sets the security headers on every response.
 */
final class Guard {
    private static final Logger log = LoggerFactory.getLogger(Guard.class);

    /** The name of the form field that carries the CSRF token. */
    static final String CSRF_FIELD = "_csrf";
    /** The request header that carries the CSRF token for scripts on our pages. */
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** The session cookie over plain http to this machine. */
    static final String COOKIE = "ipradar_session";
    /** The session cookie when it is Secure: the prefix makes browsers insist on Secure, path / and no domain. */
    static final String HOST_COOKIE = "__Host-ipradar_session";

    private static final String PRINCIPAL = "ipradar.principal";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Auth auth;
    private volatile InternalRouter router;

    Guard(Auth auth) {
        this.auth = auth;
    }

    /** The application's routes, to find the rule of the GET route that Javalin answers HEAD requests with. */
    void routes(InternalRouter r) {
        this.router = r;
    }

    /** Before every request, matched or not: the headers every response carries, and who is asking. */
    void before(Context ctx) {
        ctx.header("Content-Security-Policy", PageController.CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("X-Frame-Options", "DENY");
        if (secure(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        Principal p = authenticate(ctx);
        if (p != null) {
            ctx.attribute(PRINCIPAL, p);
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** Before each matched route's handler: who is asking, and whether the route lets them. */
    void check(Context ctx) {
        Set<RouteRole> declared = declared(ctx);
        Principal p = principal(ctx);
        if (declared.isEmpty()) {
            log.error("route declares no access rule, so it is refused to everyone method={} path={}", ctx.method(),
                    ctx.endpoint() == null ? ctx.path() : ctx.endpoint().path);
            throw new DeniedException(403, "route_undeclared",
                    "this address declares no access rule, so it is closed to everyone");
        }
        if (!declared.contains(Access.PUBLIC)) {
            if (p == null) {
                throw new DeniedException(401, "unauthorized", "sign in first, or send an API token as"
                        + " \"Authorization: Bearer TOKEN\"");
            }
            Set<Role> wanted = Access.roles(declared);
            if (!declared.contains(Access.SIGNED_IN) && !p.user().hasAny(wanted)) {
                auth.audit().record(new AuditEvent(p.name(), "access_denied", "route",
                        ctx.method() + " " + ctx.path(), "needs " + Access.describe(declared), "denied", ctx.ip()));
                throw new DeniedException(403, "forbidden", "your account (" + Role.format(p.user().roles())
                        + ") may not do this; it needs: " + Access.describe(declared));
            }
        }
        if (!SAFE.contains(ctx.method().name()) && (p == null || p.via() == Principal.Via.SESSION)) {
            checkOrigin(ctx);
            if (p != null) {
                checkToken(ctx, p);
            }
        }
    }

    // Javalin answers HEAD with the GET route of the same path, which carries the rule; HEAD has no route of its own
    private Set<RouteRole> declared(Context ctx) {
        Set<RouteRole> declared = ctx.routeRoles();
        InternalRouter r = router;
        if (declared.isEmpty() && ctx.method() == HandlerType.HEAD && r != null) {
            for (ParsedEndpoint e : r.findHttpHandlerEntries(HandlerType.GET, ctx.path())) {
                Roles roles = e.endpoint.metadata(Roles.class);
                if (roles != null && !roles.getRoles().isEmpty()) {
                    return roles.getRoles();
                }
            }
        }
        return declared;
    }

    private Principal authenticate(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new DeniedException(401, "invalid_token",
                        "only API tokens are accepted, as \"Authorization: Bearer TOKEN\"");
            }
            return auth.token(authorization.substring(7).strip()).orElseThrow(() -> new DeniedException(401,
                    "invalid_token", "the API token is not valid: unknown, revoked, or its user is disabled"));
        }
        String id = ctx.cookie(cookieName(ctx));
        if (id == null) {
            return null;
        }
        Optional<Principal> p = auth.session(id);
        if (p.isEmpty()) {
            clearSessionCookie(ctx); // expired or ended elsewhere: stop sending it
            return null;
        }
        return p.get();
    }

    // A browser sends Origin (or at least Referer) with a cross-site POST; a client that sends neither is not a
    // browser being tricked, and a session request still needs the token below.
    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String source = origin != null ? origin : ctx.header("Referer");
        if (source != null && !sameHost(source, ctx.host())) {
            throw new DeniedException(403, "csrf_failed", "the request came from another site ("
                    + (origin != null ? "Origin" : "Referer") + " does not match this host)");
        }
    }

    private static void checkToken(Context ctx, Principal p) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && (ctx.isFormUrlencoded() || ctx.isMultipartFormData())) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        if (!Secrets.same(sent, p.csrf())) {
            throw new DeniedException(403, "csrf_failed", sent == null
                    ? "the CSRF token is missing: send the form's _csrf field or an X-CSRF-Token header"
                    : "the CSRF token does not match this session; reload the page and try again");
        }
    }

    /** Whether an Origin or Referer names the same host and port as the request's Host header. */
    static boolean sameHost(String source, String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(source.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return false; // includes Origin: null from sandboxed frames and file: pages
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        int hostPort = -1;
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            try {
                hostPort = Integer.parseInt(host.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
            host = host.substring(0, colon);
        }
        boolean portOk = hostPort == -1 ? port == 80 || port == 443 : hostPort == port;
        return portOk && host.equals(uri.getHost().toLowerCase(Locale.ROOT));
    }

    /** Who is asking, or null for an anonymous visitor; set by {@link #before} before any handler runs. */
    static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    /** The header's account area for a page. */
    static Viewer viewer(Context ctx, Labels l) {
        Principal p = principal(ctx);
        if (p == null) {
            return new Viewer(null, null, false, false, null, ctx.path().equals("/login") ? null : loginUrl(ctx, l), false);
        }
        String roles = p.user().roles().stream().sorted().map(r -> l.get("role." + r.wire()))
                .collect(Collectors.joining(l.english() ? ", " : "、"));
        return new Viewer(p.name(), roles, p.user().roles().contains(Role.ADMIN),
                p.user().roles().contains(Role.EDITOR), p.csrf(), null,
                p.user().hasAny(java.util.EnumSet.of(Role.CONSULTANT, Role.ADMIN)));
    }

    /** The sign-in page, coming back to this page (when it was a GET) afterwards. */
    static String loginUrl(Context ctx, Labels l) {
        String back = ctx.method().name().equals("GET")
                ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
        return "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8) + (l.english() ? "&ui=en" : "");
    }

    /** A path to return to after signing in: only a path on this site, never another site's address. */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.length() > 2000 || next.chars().anyMatch(ch -> ch < 0x20)) {
            return "/";
        }
        return next;
    }

    /**
     * Whether cookies are Secure for this request: always with {@code IPRADAR_SECURE_COOKIES=on}, never with
     * {@code off}, and with {@code auto} unless the request came over plain http addressed to this machine.
     */
    boolean secure(Context ctx) {
        return switch (auth.settings().secureCookies()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> !(ctx.scheme().equals("http") && loopback(ctx.host()));
        };
    }

    static boolean loopback(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return h.startsWith("[::1]");
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** The session cookie's name for this request. */
    String cookieName(Context ctx) {
        return secure(ctx) ? HOST_COOKIE : COOKIE;
    }

    /** Sets the session cookie: HttpOnly, SameSite=Lax, path /, Secure as {@link #secure} says. */
    void setSessionCookie(Context ctx, String sessionId) {
        AuthSettings s = auth.settings();
        ctx.cookie(new Cookie(cookieName(ctx), sessionId, "/", (int) s.sessionMax().toSeconds(), secure(ctx), true,
                null, SameSite.LAX));
    }

    /** Tells the browser to forget the session cookie. */
    void clearSessionCookie(Context ctx) {
        ctx.cookie(new Cookie(cookieName(ctx), "", "/", 0, secure(ctx), true, null, SameSite.LAX));
    }
}
