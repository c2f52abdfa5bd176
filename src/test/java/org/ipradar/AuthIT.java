package org.ipradar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts with the packaged jar: {@code user add} from standard input while {@code serve} runs, signing in with the
 * real Argon2id cost, and a session and its audit entries that survive {@code kill -9}.
 */
class AuthIT {
    @TempDir
    Path dir;

    record Run(int exit, String out) {}

    private Run run(String stdin, String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(CliIT.command(args)).redirectErrorStream(true).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "command finished");
        return new Run(p.exitValue(), out);
    }

    private Process serve(Path data, Path feeds, int port, String log) throws IOException {
        return new ProcessBuilder(CliIT.command("serve", "--no-crawl", "--port", Integer.toString(port), "--data",
                data.toString(), "--feeds", feeds.toString())).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile()).start();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void waitUntilUp(HttpClient http, String base, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "service is running");
            try {
                if (send(http, HttpRequest.newBuilder(URI.create(base + "/health")).build()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not come up in 60 s");
    }

    private static String login(HttpClient http, String base, String name, String password) throws Exception {
        HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + name + "&password=" + password)).build());
        assertEquals(303, r.statusCode(), r.body());
        Matcher m = Pattern.compile("ipradar_session=([A-Za-z0-9_-]{43})").matcher(r.headers()
                .firstValue("Set-Cookie").orElse(""));
        assertTrue(m.find(), r.headers().toString());
        return m.group(1);
    }

    private static HttpResponse<String> get(HttpClient http, String base, String path, String header, String value)
            throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(base + path)).header(header, value).build());
    }

    @Test
    void usersAddedFromTheCommandLineSignInAndTheirSessionsSurviveKillDashNine() throws Exception {
        Path data = dir.resolve("data");
        Path feeds = dir.resolve("feeds.yml");
        Files.writeString(feeds, "sources:\n  - id: off\n    url: http://127.0.0.1:9/feed.xml\n",
                StandardCharsets.UTF_8);
        Run add = run("admin-pass-2026\n", "user", "add", "chief", "--role", "admin", "--data", data.toString());
        assertEquals(0, add.exit(), add.out());
        assertTrue(add.out().endsWith("created user chief (admin)" + System.lineSeparator()), add.out());

        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Process first = serve(data, feeds, port, "serve1.log");
        String session;
        try {
            waitUntilUp(http, base, first);
            session = login(http, base, "chief", "admin-pass-2026");
            // a user added while the service runs can sign in at once: the command opens only the database
            Run editor = run("editor-pass-2026\n", "user", "add", "wang", "--role", "editor", "--data",
                    data.toString());
            assertEquals(0, editor.exit(), editor.out());
            login(http, base, "wang", "editor-pass-2026");
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no shutdown hook runs
        }

        Process second = serve(data, feeds, port, "serve2.log");
        try {
            waitUntilUp(http, base, second);
            HttpResponse<String> me = get(http, base, "/api/me", "Cookie", "ipradar_session=" + session);
            assertEquals(200, me.statusCode(), me.body());
            assertTrue(me.body().startsWith("{\"name\":\"chief\",\"roles\":[\"admin\"],\"via\":\"session\""), me.body());
            Run token = run("", "user", "token", "chief", "--data", data.toString());
            assertEquals(0, token.exit(), token.out());
            Matcher t = Pattern.compile("ipr_[A-Za-z0-9_-]{43}").matcher(token.out());
            assertTrue(t.find(), token.out());
            HttpResponse<String> log = get(http, base, "/api/audit?limit=500", "Authorization", "Bearer " + t.group());
            assertEquals(200, log.statusCode(), log.body());
            for (String action : new String[] {"\"user_created\"", "\"login\"", "\"token_created\""}) {
                assertTrue(log.body().contains(action), action + " in " + log.body());
            }
            assertTrue(!log.body().contains("admin-pass-2026") && !log.body().contains("editor-pass-2026"));
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
