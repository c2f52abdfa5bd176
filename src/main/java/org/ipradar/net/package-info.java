/**
 * The crawler's HTTP client: safe (only http/https, no loopback, private, link-local or metadata addresses unless
 * allowed, redirects checked hop by hop, time and size limits) and polite (robots.txt, one request at a time per
 * host spaced by a delay, Retry-After, backoff, conditional GET).
 */
package org.ipradar.net;
