package org.ipradar.web;

/**
 * The model of an error page: the status as a heading and the message, shown inside the usual layout.
 *
 * @param frame the layout around it
 * @param heading the status and its name, as in {@code 400 请求有误}
 * @param message what went wrong, as plain text
 */
public record ErrorPage(PageFrame frame, String heading, String message) {}
