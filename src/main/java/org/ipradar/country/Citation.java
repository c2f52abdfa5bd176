package org.ipradar.country;

/**
 * Where a fact can be checked: an official office page, a WIPO page (WIPO Lex, a treaty's contracting parties) or the
 * official text of a law.
 *
 * @param name the page or publisher as people name it, such as {@code WIPO Lex: Singapore}
 * @param url its http(s) address
 */
public record Citation(String name, String url) {}
