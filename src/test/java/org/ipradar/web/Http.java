package org.ipradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.auth.Auth;

/** A small HTTP client for the web tests: no redirects followed, no cookie jar, every header set by hand. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COOKIE = Pattern.compile("^(__Host-ipradar_session|ipradar_session)=([^;]*)");

    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response: status, headers and body, with the body as JSON when it is JSON. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        /** The session cookie this response sets, or null. */
        String sessionCookie() {
            for (String c : all("Set-Cookie")) {
                Matcher m = COOKIE.matcher(c);
                if (m.find() && !m.group(2).isEmpty()) {
                    return m.group(2);
                }
            }
            return null;
        }
    }

    /** A request being built. */
    final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body = "";

        Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** The session cookie, and for a state-changing method its CSRF token as the header scripts send. */
        Call session(String sessionId) {
            if (sessionId != null) {
                header("Cookie", "ipradar_session=" + sessionId);
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    header(Guard.CSRF_HEADER, Auth.csrfToken(sessionId));
                }
            }
            return this;
        }

        Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Call form(String... nameValues) {
            StringJoiner j = new StringJoiner("&");
            for (int i = 0; i < nameValues.length; i += 2) {
                j.add(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
            }
            header("Content-Type", "application/x-www-form-urlencoded");
            body = j.toString();
            return this;
        }

        Call body(String contentType, String text) {
            header("Content-Type", contentType);
            body = text;
            return this;
        }

        Answer send() {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(b::header);
            try {
                HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(r.statusCode(), r.headers().map(), r.body());
            } catch (IOException e) {
                throw new AssertionError(method + " " + path + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }

    Answer get(String path) {
        return call("GET", path).send();
    }

    /** Signs in through the form and returns the new session id; fails the test if sign-in did not succeed. */
    String login(String name, String password) {
        Answer a = call("POST", "/login").form("name", name, "password", password).send();
        if (a.status() != 303 || a.sessionCookie() == null) {
            throw new AssertionError("sign-in as " + name + " failed: " + a.status() + " " + a.body());
        }
        return a.sessionCookie();
    }
}
