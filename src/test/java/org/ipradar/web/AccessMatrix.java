package org.ipradar.web;

import java.util.List;

/**
 * The declared answer of every route to each kind of visitor: the table {@link AccessMatrixTest} checks and
 * {@link RouteInventoryTest} holds complete. A new route adds its rows here (one per method), with a concrete path
 * to request and the status expected for an anonymous visitor, an editor, a consultant and an admin.
 *
 * <p>Pages answer an anonymous visitor on a protected route with 303 to the sign-in page; the API with 401.
 * State-changing requests are sent as a well-behaved client sends them: with the session's CSRF token.
 */
final class AccessMatrix {
    private AccessMatrix() {}

    /**
     * One route and the statuses expected.
     *
     * @param method the HTTP method
     * @param route the route as registered, such as {@code /documents/{id}}
     * @param path a concrete path with query to request
     * @param form a form body to send (name=value&...), or empty
     * @param anon the status for an anonymous visitor
     * @param editor the status for an editor
     * @param consultant the status for a consultant
     * @param admin the status for an admin (admin role only)
     */
    record Row(String method, String route, String path, String form, int anon, int editor, int consultant,
            int admin) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * In a path, the id of the one firm {@link AccessMatrixTest} creates before the rows are sent: the consultant
     * (consultant1) is assigned to it, the admin (admin1) is not.
     */
    static final String FIRM = "ent-matrixfirm";

    static Row row(String method, String route, String path, int anon, int editor, int consultant, int admin) {
        return new Row(method, route, path, "", anon, editor, consultant, admin);
    }

    static final List<Row> ROWS = List.of(
            // public search and reading
            row("GET", "/", "/", 200, 200, 200, 200),
            row("GET", "/", "/?q=%E5%95%86%E6%A0%87", 200, 200, 200, 200),
            row("GET", "/sources", "/sources", 200, 200, 200, 200),
            row("GET", "/documents/{id}", "/documents/zh1", 200, 200, 200, 200),
            row("GET", "/documents/{id}", "/documents/absent", 404, 404, 404, 404),
            row("GET", "/api/search", "/api/search?q=trademark", 200, 200, 200, 200),
            row("GET", "/api/search.atom", "/api/search.atom?q=trademark", 200, 200, 200, 200),
            row("GET", "/api/documents/{id}", "/api/documents/en1", 200, 200, 200, 200),
            row("GET", "/api/documents/{id}", "/api/documents/absent", 404, 404, 404, 404),
            row("GET", "/api/sources", "/api/sources", 200, 200, 200, 200),
            row("GET", "/health", "/health", 200, 200, 200, 200),
            // HEAD is answered by the GET route, under its rule
            row("HEAD", "/", "/", 200, 200, 200, 200),
            row("HEAD", "/audit", "/audit", 303, 403, 403, 200),
            row("HEAD", "/api/audit", "/api/audit", 401, 403, 403, 200),
            // signing in and out
            row("GET", "/login", "/login", 200, 200, 200, 200),
            new Row("POST", "/login", "/login", "name=&password=", 400, 400, 400, 400),
            row("POST", "/logout", "/logout", 303, 303, 303, 303),
            row("GET", "/logout", "/logout", 405, 405, 405, 405),
            row("GET", "/api/me", "/api/me", 401, 200, 200, 200),
            // the audit log: admins read it, nobody writes it
            row("GET", "/audit", "/audit", 303, 403, 403, 200),
            row("GET", "/api/audit", "/api/audit", 401, 403, 403, 200),
            row("GET", "/api/audit", "/api/audit?limit=5&action=login", 401, 403, 403, 200),
            row("POST", "/api/audit", "/api/audit", 405, 405, 405, 405),
            row("PUT", "/api/audit", "/api/audit", 405, 405, 405, 405),
            row("PATCH", "/api/audit", "/api/audit", 405, 405, 405, 405),
            row("DELETE", "/api/audit", "/api/audit", 405, 405, 405, 405),
            row("POST", "/api/audit/{id}", "/api/audit/1", 405, 405, 405, 405),
            row("PUT", "/api/audit/{id}", "/api/audit/1", 405, 405, 405, 405),
            row("PATCH", "/api/audit/{id}", "/api/audit/1", 405, 405, 405, 405),
            row("DELETE", "/api/audit/{id}", "/api/audit/1", 405, 405, 405, 405),
            row("GET", "/api/audit/{id}", "/api/audit/1", 405, 405, 405, 405),
            // bulletins: published ones for anyone, the rest for editors (bodies left out: 400 shows access passed)
            row("GET", "/api/bulletins", "/api/bulletins", 200, 200, 200, 200),
            row("POST", "/api/bulletins", "/api/bulletins", 401, 400, 403, 403),
            row("GET", "/api/bulletins/coverage", "/api/bulletins/coverage?year=2026", 401, 200, 403, 403),
            row("GET", "/api/bulletins/{id}", "/api/bulletins/1", 404, 404, 404, 404),
            row("PUT", "/api/bulletins/{id}", "/api/bulletins/1", 401, 400, 403, 403),
            row("POST", "/api/bulletins/{id}/publish", "/api/bulletins/1/publish", 401, 404, 403, 403),
            row("POST", "/api/bulletins/{id}/withdraw", "/api/bulletins/1/withdraw", 401, 404, 403, 403),
            row("GET", "/api/bulletins/{id}/export", "/api/bulletins/1/export?format=pdf", 404, 404, 404, 404),
            row("GET", "/bulletins.atom", "/bulletins.atom", 200, 200, 200, 200),
            row("GET", "/bulletins", "/bulletins", 200, 200, 200, 200),
            row("GET", "/bulletins/coverage", "/bulletins/coverage", 303, 200, 403, 403),
            row("GET", "/bulletins/{id}", "/bulletins/1", 404, 404, 404, 404),
            // the editors' own documents
            row("GET", "/api/desk/documents", "/api/desk/documents", 401, 200, 403, 403),
            row("POST", "/api/desk/documents", "/api/desk/documents", 401, 400, 403, 403),
            row("GET", "/api/desk/documents/{id}", "/api/desk/documents/absent", 401, 404, 403, 403),
            row("PUT", "/api/desk/documents/{id}", "/api/desk/documents/absent", 401, 400, 403, 403),
            row("POST", "/api/desk/documents/{id}/publish", "/api/desk/documents/absent/publish", 401, 404, 403, 403),
            row("POST", "/api/desk/documents/{id}/withdraw", "/api/desk/documents/absent/withdraw", 401, 404, 403,
                    403),
            // the editor's desk pages (forms left empty or ids absent: 400 and 404 show access passed)
            row("GET", "/desk", "/desk", 303, 200, 403, 403),
            row("POST", "/desk/bulletins", "/desk/bulletins", 303, 400, 403, 403),
            row("GET", "/desk/bulletins/{id}", "/desk/bulletins/1", 303, 404, 403, 403),
            row("POST", "/desk/bulletins/{id}", "/desk/bulletins/1", 303, 404, 403, 403),
            row("GET", "/desk/documents/new", "/desk/documents/new?kind=case", 303, 200, 403, 403),
            row("GET", "/desk/documents/new", "/desk/documents/new?kind=bulletin", 303, 400, 403, 403),
            row("POST", "/desk/documents", "/desk/documents", 303, 400, 403, 403),
            row("GET", "/desk/documents/{id}", "/desk/documents/absent", 303, 404, 403, 403),
            row("POST", "/desk/documents/{id}", "/desk/documents/absent", 303, 404, 403, 403),
            row("HEAD", "/desk", "/desk", 303, 200, 403, 403),
            // firms: consultants and admins only; a firm the caller may not see is 404 like an unknown id (for
            // admins too); an admin is refused the content of a firm that exists (403) but assigns consultants to it
            // and lists every firm by name (bodies left out or wrong: 400 shows access passed)
            row("GET", "/api/enterprises", "/api/enterprises", 401, 403, 200, 200),
            row("GET", "/api/enterprises", "/api/enterprises?id=ent-absent&all=1", 401, 403, 200, 200),
            row("POST", "/api/enterprises", "/api/enterprises", 401, 403, 400, 403),
            row("GET", "/api/enterprises/{id}", "/api/enterprises/ent-absent", 401, 403, 404, 404),
            row("GET", "/api/enterprises/{id}", "/api/enterprises/" + FIRM, 401, 403, 200, 403),
            row("HEAD", "/api/enterprises/{id}", "/api/enterprises/ent-absent", 401, 403, 404, 404),
            row("HEAD", "/api/enterprises/{id}", "/api/enterprises/" + FIRM, 401, 403, 200, 403),
            row("PUT", "/api/enterprises/{id}", "/api/enterprises/ent-absent", 401, 403, 404, 404),
            row("PUT", "/api/enterprises/{id}", "/api/enterprises/" + FIRM, 401, 403, 400, 403),
            row("PATCH", "/api/enterprises/{id}", "/api/enterprises/ent-absent", 405, 405, 405, 405),
            row("DELETE", "/api/enterprises/{id}", "/api/enterprises/ent-absent", 405, 405, 405, 405),
            row("POST", "/api/enterprises/{id}/consultants", "/api/enterprises/ent-absent/consultants", 401, 403, 404,
                    404),
            row("POST", "/api/enterprises/{id}/consultants", "/api/enterprises/" + FIRM + "/consultants", 401, 403,
                    400, 400),
            row("DELETE", "/api/enterprises/{id}/consultants", "/api/enterprises/ent-absent/consultants?user=x", 401,
                    403, 404, 404),
            row("DELETE", "/api/enterprises/{id}/consultants", "/api/enterprises/" + FIRM + "/consultants?user=x",
                    401, 403, 403, 400),
            row("GET", "/api/enterprises/{id}/service-record", "/api/enterprises/ent-absent/service-record", 401, 403,
                    404, 404),
            row("GET", "/api/enterprises/{id}/service-record", "/api/enterprises/" + FIRM + "/service-record", 401,
                    403, 200, 403),
            row("HEAD", "/api/enterprises/{id}/service-record", "/api/enterprises/ent-absent/service-record", 401,
                    403, 404, 404),
            row("HEAD", "/api/enterprises/{id}/service-record", "/api/enterprises/" + FIRM + "/service-record", 401,
                    403, 200, 403),
            row("POST", "/api/enterprises/{id}/service-record", "/api/enterprises/ent-absent/service-record", 401,
                    403, 404, 404),
            row("POST", "/api/enterprises/{id}/service-record", "/api/enterprises/" + FIRM + "/service-record", 401,
                    403, 400, 403),
            row("GET", "/firms", "/firms", 303, 403, 200, 200),
            row("HEAD", "/firms", "/firms", 303, 403, 200, 200),
            new Row("POST", "/firms", "/firms", "name=&industry=&products=0", 303, 403, 400, 403),
            row("GET", "/firms/new", "/firms/new", 303, 403, 200, 403),
            row("GET", "/firms/{id}", "/firms/ent-absent", 303, 403, 404, 404),
            row("GET", "/firms/{id}", "/firms/" + FIRM, 303, 403, 200, 403),
            row("HEAD", "/firms/{id}", "/firms/ent-absent", 303, 403, 404, 404),
            row("HEAD", "/firms/{id}", "/firms/" + FIRM, 303, 403, 200, 403),
            new Row("POST", "/firms/{id}", "/firms/ent-absent", "version=1&name=x&industry=ai", 303, 403, 404, 404),
            new Row("POST", "/firms/{id}", "/firms/" + FIRM, "version=x&name=&industry=ai", 303, 403, 400, 403),
            new Row("POST", "/firms/{id}/service-record", "/firms/ent-absent/service-record",
                    "type=consultation&text=x", 303, 403, 404, 404),
            new Row("POST", "/firms/{id}/service-record", "/firms/" + FIRM + "/service-record",
                    "type=consultation&text=", 303, 403, 400, 403),
            new Row("POST", "/firms/{id}/consultants", "/firms/ent-absent/consultants", "user=x&action=assign", 303,
                    403, 404, 404),
            new Row("POST", "/firms/{id}/consultants", "/firms/" + FIRM + "/consultants", "user=x&action=assign", 303,
                    403, 403, 400),
            // country profiles: anyone reads them, editors and admins change them (no body: 400 shows access passed)
            row("GET", "/api/countries", "/api/countries", 200, 200, 200, 200),
            row("GET", "/api/countries/{code}", "/api/countries/SG", 200, 200, 200, 200),
            row("GET", "/api/countries/{code}", "/api/countries/FR", 404, 404, 404, 404),
            row("GET", "/api/countries/{code}", "/api/countries/S1", 400, 400, 400, 400),
            row("PUT", "/api/countries/{code}", "/api/countries/SG", 401, 400, 403, 400),
            row("GET", "/api/countries/{code}/versions", "/api/countries/SG/versions", 401, 200, 403, 200),
            row("PUT", "/api/countries/{code}/facts/{fact}", "/api/countries/SG/facts/pct", 401, 400, 403, 400),
            row("DELETE", "/api/countries/{code}", "/api/countries/SG", 405, 405, 405, 405),
            row("GET", "/countries", "/countries", 200, 200, 200, 200),
            row("GET", "/countries/{code}", "/countries/SG", 200, 200, 200, 200),
            row("GET", "/countries/{code}", "/countries/FR", 404, 404, 404, 404),
            row("POST", "/countries/{code}/facts/{fact}", "/countries/SG/facts/pct", 303, 400, 403, 400),
            // the risk desk: consultants and admins; an unknown (or hidden) firm, list or report is 404
            row("POST", "/api/enterprises/{id}/risk-lists", "/api/enterprises/ent-absent/risk-lists", 401, 403, 404,
                    404),
            row("GET", "/api/enterprises/{id}/risk-lists", "/api/enterprises/ent-absent/risk-lists", 401, 403, 404,
                    404),
            row("HEAD", "/api/enterprises/{id}/risk-lists", "/api/enterprises/ent-absent/risk-lists", 401, 403, 404,
                    404),
            row("GET", "/api/risk-lists/{id}", "/api/risk-lists/999", 401, 403, 404, 404),
            row("GET", "/api/risk-lists/{id}", "/api/risk-lists/abc", 401, 403, 400, 400),
            row("GET", "/api/risk-lists/{id}", "/api/risk-lists/999?version=x", 401, 403, 400, 400),
            row("HEAD", "/api/risk-lists/{id}", "/api/risk-lists/999", 401, 403, 404, 404),
            row("PUT", "/api/risk-lists/{id}", "/api/risk-lists/999", 401, 403, 404, 404),
            row("DELETE", "/api/risk-lists/{id}", "/api/risk-lists/999", 405, 405, 405, 405),
            row("GET", "/api/risk-lists/{id}/export", "/api/risk-lists/999/export?format=xlsx", 401, 403, 404, 404),
            row("GET", "/api/risk-lists/{id}/export", "/api/risk-lists/999/export?format=pdf", 401, 403, 400, 400),
            row("POST", "/api/enterprises/{id}/reports", "/api/enterprises/ent-absent/reports", 401, 403, 404, 404),
            row("GET", "/api/enterprises/{id}/reports", "/api/enterprises/ent-absent/reports", 401, 403, 404, 404),
            row("HEAD", "/api/enterprises/{id}/reports", "/api/enterprises/ent-absent/reports", 401, 403, 404, 404),
            row("GET", "/api/reports/{id}", "/api/reports/999", 401, 403, 404, 404),
            row("HEAD", "/api/reports/{id}", "/api/reports/999", 401, 403, 404, 404),
            row("PUT", "/api/reports/{id}", "/api/reports/999", 401, 403, 404, 404),
            row("DELETE", "/api/reports/{id}", "/api/reports/999", 405, 405, 405, 405),
            row("GET", "/api/reports/{id}/export", "/api/reports/999/export?format=docx", 401, 403, 404, 404),
            row("GET", "/firms/{id}/risk", "/firms/ent-absent/risk", 303, 403, 404, 404),
            row("HEAD", "/firms/{id}/risk", "/firms/ent-absent/risk", 303, 403, 404, 404),
            new Row("POST", "/firms/{id}/risk-lists", "/firms/ent-absent/risk-lists", "description=x", 303, 403, 404,
                    404),
            new Row("POST", "/firms/{id}/reports", "/firms/ent-absent/reports", "markets=VN", 303, 403, 404, 404),
            row("GET", "/risk-lists/{id}", "/risk-lists/999", 303, 403, 404, 404),
            row("HEAD", "/risk-lists/{id}", "/risk-lists/999", 303, 403, 404, 404),
            new Row("POST", "/risk-lists/{id}", "/risk-lists/999", "version=1", 303, 403, 404, 404),
            row("GET", "/reports/{id}", "/reports/999", 303, 403, 404, 404),
            row("HEAD", "/reports/{id}", "/reports/999", 303, 403, 404, 404),
            new Row("POST", "/reports/{id}", "/reports/999", "version=1", 303, 403, 404, 404));
}
