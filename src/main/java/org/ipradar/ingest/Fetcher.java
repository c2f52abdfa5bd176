package org.ipradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches a URL over HTTP(S) with our user agent, conditional GET (ETag and Last-Modified sent back verbatim), gzip,
 * a whole-request time limit and a cap on decompressed bytes.
 */
public final class Fetcher {
    private final OkHttpClient client;
    private final String userAgent;

    public Fetcher(String userAgent) {
        this.userAgent = userAgent;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .followRedirects(true)
                .followSslRedirects(true)
                .build();
    }

    /**
     * Fetches the URL, sending the validators when given; a 304 returns an empty body.
     *
     * @throws FetchFailedException for any status other than 2xx and 304, network errors, timeouts, and payloads
     *     larger than {@code maxBytes} after decompression
     */
    public FetchResult fetch(URI url, String etag, String lastModified, Duration timeout, long maxBytes)
            throws FetchFailedException {
        Request.Builder rb = new Request.Builder()
                .url(url.toString())
                .header("User-Agent", userAgent)
                .header("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9,"
                        + " text/xml;q=0.9, */*;q=0.5");
        if (etag != null) {
            rb.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            rb.header("If-Modified-Since", lastModified);
        }
        OkHttpClient c = client.newBuilder()
                .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
        try (Response resp = c.newCall(rb.build()).execute()) {
            URI finalUrl = URI.create(resp.request().url().toString());
            int code = resp.code();
            if (code == 304) {
                return new FetchResult(304, new byte[0], null, etag, lastModified, finalUrl);
            }
            if (code < 200 || code > 299) {
                throw new FetchFailedException(url, code, "HTTP " + code + reason(resp), null);
            }
            ResponseBody body = resp.body();
            byte[] bytes = readCapped(body.byteStream(), maxBytes, url, code);
            return new FetchResult(code, bytes, resp.header("Content-Type"), resp.header("ETag"),
                    resp.header("Last-Modified"), finalUrl);
        } catch (FetchFailedException e) {
            throw e;
        } catch (InterruptedIOException e) {
            throw new FetchFailedException(url, null, "timed out after " + timeout.toSeconds() + "s", e);
        } catch (UnknownHostException e) {
            throw new FetchFailedException(url, null, "unknown host " + url.getHost(), e);
        } catch (ConnectException e) {
            throw new FetchFailedException(url, null, "connection refused by " + url.getHost(), e);
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            if (e instanceof java.io.EOFException || m.contains("unexpected end of stream")) {
                throw new FetchFailedException(url, null,
                        "truncated: the connection closed before the whole payload arrived", e);
            }
            throw new FetchFailedException(url, null, "network error: " + m, e);
        } catch (IllegalArgumentException e) {
            throw new FetchFailedException(url, null, "not a fetchable address: " + e.getMessage(), e);
        }
    }

    private static String reason(Response resp) {
        return resp.message() == null || resp.message().isBlank() ? "" : " " + resp.message();
    }

    private static byte[] readCapped(InputStream in, long maxBytes, URI url, int code)
            throws IOException, FetchFailedException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16 * 1024);
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new FetchFailedException(url, code,
                        "payload larger than the cap of " + maxBytes / 1024 + " KB (after decompression)", null);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
