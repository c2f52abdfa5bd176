package org.ipradar.web;

import io.javalin.http.Context;
import io.javalin.http.MethodNotAllowedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthException;
import org.ipradar.auth.LoginResult;
import org.ipradar.auth.Principal;
import org.ipradar.auth.Role;
import org.ipradar.search.InvalidRequestException;
import org.ipradar.store.AuditEntry;
import org.ipradar.store.AuditStore;

/** Signing in and out, who am I, and the audit log for administrators (page and API). */
final class AuthController {
    /** Entries per page of the audit page, and the API's default. */
    static final int AUDIT_PAGE = 50;

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private final Auth auth;
    private final Guard guard;

    AuthController(Auth auth, Guard guard) {
        this.auth = auth;
        this.guard = guard;
    }

    /** {@code GET /login}: the sign-in form. */
    void loginPage(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        Principal p = Guard.principal(ctx);
        ctx.header("Cache-Control", "no-store");
        String notice = "1".equals(ctx.queryParam("out")) ? l.get("login.signedOut")
                : p != null ? fill(l.get("login.signedIn"), p.name()) : null;
        render(ctx, 200, l, "", Guard.safeNext(ctx.queryParam("next")), null, notice);
    }

    /** {@code POST /login}: checks the name and password, then starts a new session and goes where it was asked. */
    void login(Context ctx) {
        Labels l = Labels.forUi(ctx.formParam("ui") != null ? ctx.formParam("ui") : ctx.queryParam("ui"));
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        String next = Guard.safeNext(ctx.formParam("next"));
        String shown = name == null ? "" : name.length() > 200 ? name.substring(0, 200) : name;
        ctx.header("Cache-Control", "no-store");
        if (name == null || name.isBlank() || password == null || password.isEmpty()) {
            render(ctx, 400, l, shown, next, l.get("login.missing"), null);
            return;
        }
        LoginResult r;
        try {
            r = auth.login(name, password, ctx.ip());
        } catch (AuthException e) {
            if (!"busy".equals(e.code())) {
                throw e;
            }
            ctx.header("Retry-After", "5");
            render(ctx, 503, l, shown, next, l.get("login.busy"), null);
            return;
        }
        switch (r.outcome()) {
            case SIGNED_IN -> {
                // the session the browser had (if any) ends: a new id at every sign-in, so a planted one is useless
                String old = ctx.cookie(guard.cookieName(ctx));
                if (old != null) {
                    auth.discardSession(old);
                }
                guard.setSessionCookie(ctx, r.sessionId());
                ctx.status(303).header("Location", next.equals("/") && l.english() ? "/?ui=en" : next);
            }
            case WRONG -> render(ctx, 401, l, shown, next, l.get("login.wrong"), null);
            case DISABLED -> render(ctx, 403, l, shown, next, l.get("login.disabled"), null);
            case THROTTLED -> {
                ctx.header("Retry-After", Long.toString(r.retryAfterSeconds()));
                render(ctx, 429, l, shown, next, fill(l.get("login.throttled"), r.retryAfterSeconds()), null);
            }
        }
    }

    /** {@code POST /logout}: ends this session and forgets the cookie. */
    void logout(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        Principal p = Guard.principal(ctx);
        auth.logout(p, ctx.ip());
        guard.clearSessionCookie(ctx);
        ctx.status(303).header("Location", "/login?out=1" + (l.english() ? "&ui=en" : ""));
    }

    /** {@code GET /api/me}: who the session or token belongs to; for a session, its CSRF token for scripts. */
    void me(Context ctx) {
        Principal p = Guard.principal(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", p.name());
        body.put("roles", p.user().roles().stream().sorted().map(Role::wire).toList());
        body.put("via", p.via().name().toLowerCase(Locale.ROOT));
        if (p.csrf() != null) {
            body.put("csrfToken", p.csrf());
        }
        ctx.json(body);
    }

    /** {@code GET /api/audit?limit&offset&user&action}: the log, newest first. */
    void auditApi(Context ctx) {
        AuditStore.Query q = new AuditStore.Query(ctx.queryParam("user"), ctx.queryParam("action"),
                number(ctx, "limit", AUDIT_PAGE, 1, AuditStore.MAX_LIMIT),
                number(ctx, "offset", 0, 0, 1_000_000));
        AuditStore.Page page = auth.audit().list(q);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", page.total());
        body.put("limit", q.limit());
        body.put("offset", q.offset());
        body.put("entries", page.entries());
        ctx.json(body);
    }

    /** {@code PUT, PATCH, DELETE, POST} on the audit log: refused to everyone, the log is append-only. */
    void appendOnly(Context ctx) {
        throw new MethodNotAllowedResponse("the audit log is append-only: its entries cannot be added, changed or"
                + " deleted through the API");
    }

    /** {@code GET /audit}: the log as a page, with filters by user and action. */
    void auditPage(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        String user = ctx.queryParam("user") == null ? "" : ctx.queryParam("user").strip();
        String action = ctx.queryParam("action") == null ? "" : ctx.queryParam("action").strip();
        int offset = number(ctx, "offset", 0, 0, 1_000_000);
        AuditStore.Page page = auth.audit().list(new AuditStore.Query(user, action, AUDIT_PAGE, offset));
        List<AuditPage.Row> rows = page.entries().stream().map(AuthController::row).toList();
        String prev = offset > 0 ? auditLink(user, action, Math.max(0, offset - AUDIT_PAGE), l) : null;
        String next = offset + AUDIT_PAGE < page.total() ? auditLink(user, action, offset + AUDIT_PAGE, l) : null;
        PageFrame frame = PageFrame.of(ctx, l, l.get("audit.title") + " · " + l.get("title"), "",
                SearchLinks.withUi(ctx.path(), ctx.queryParamMap(), !l.english()));
        PageController.send(ctx, 200, "audit.jte", new AuditPage(frame, fill(l.get("audit.count"), page.total()),
                user, action, rows, prev, next));
    }

    private static AuditPage.Row row(AuditEntry e) {
        String object = e.objectType() + (e.objectId() == null ? "" : " " + e.objectId());
        return new AuditPage.Row(e.id(), AT.format(e.at()), e.actor(), e.action(), object, e.summary(), e.result(),
                e.address() == null ? "" : e.address());
    }

    private static String auditLink(String user, String action, int offset, Labels l) {
        StringJoiner q = new StringJoiner("&");
        if (!user.isEmpty()) {
            q.add("user=" + URLEncoder.encode(user, StandardCharsets.UTF_8));
        }
        if (!action.isEmpty()) {
            q.add("action=" + URLEncoder.encode(action, StandardCharsets.UTF_8));
        }
        if (offset > 0) {
            q.add("offset=" + offset);
        }
        if (l.english()) {
            q.add("ui=en");
        }
        return q.length() == 0 ? "/audit" : "/audit?" + q;
    }

    private void render(Context ctx, int status, Labels l, String name, String next, String error, String notice) {
        PageFrame frame = PageFrame.of(ctx, l, l.get("login.title") + " · " + l.get("title"), "",
                SearchLinks.withUi("/login", Map.of("next", List.of(next)), !l.english()));
        // a browser drops a Secure cookie set over plain http: say so rather than seem to ignore the sign-in
        boolean insecure = guard.secure(ctx) && ctx.scheme().equals("http")
                && !"https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        PageController.send(ctx, status, "login.jte", new LoginPage(frame, name, next, error, notice,
                insecure ? l.get("login.insecure") : null));
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new InvalidRequestException("invalid_" + name, name,
                name + " must be a whole number from " + min + " to " + max + " (got \"" + text + "\")");
    }

    private static String fill(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
