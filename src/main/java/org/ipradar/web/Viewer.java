package org.ipradar.web;

/**
 * Who is looking at a page, as the layout shows it in the header.
 *
 * @param name the signed-in user's name, or null for an anonymous visitor
 * @param roles the user's roles in the interface language, or null
 * @param admin whether the user may read the audit log
 * @param editor whether the user works on the editor's desk
 * @param csrf the session's anti-forgery token for forms on the page, or null
 * @param loginUrl where the sign-in link leads (back to this page afterwards), or null to show none
 * @param firms whether the user works with firms (consultants and admins), for the link to them
 */
public record Viewer(
        String name, String roles, boolean admin, boolean editor, String csrf, String loginUrl, boolean firms) {
    /** Whether someone is signed in. */
    public boolean signedIn() {
        return name != null;
    }
}
