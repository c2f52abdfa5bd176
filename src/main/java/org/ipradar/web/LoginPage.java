package org.ipradar.web;

/**
 * The model of the sign-in page.
 *
 * @param frame the layout around it
 * @param name the name to show in the name field (what was typed), or blank
 * @param next where to go after signing in
 * @param error why the last attempt failed, or null
 * @param notice a neutral message (signed out, signed in already), or null
 * @param insecure a warning that this plain-http page cannot keep a Secure session cookie, or null
 */
public record LoginPage(PageFrame frame, String name, String next, String error, String notice, String insecure) {}
