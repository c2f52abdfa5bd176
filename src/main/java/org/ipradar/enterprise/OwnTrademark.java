package org.ipradar.enterprise;

/**
 * A trademark the firm owns or has applied for.
 *
 * @param mark the mark as registered (words, or a description of a device mark)
 * @param jurisdiction where: a country code, {@code EU} or {@code WO} (Madrid)
 * @param number the application or registration number, or null when not known
 */
public record OwnTrademark(String mark, String jurisdiction, String number) {}
