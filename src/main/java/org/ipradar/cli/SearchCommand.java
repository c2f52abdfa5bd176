package org.ipradar.cli;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.search.InvalidRequestException;
import org.ipradar.search.SearchRequest;
import org.ipradar.search.SearchResult;
import org.ipradar.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code search QUERY}: searches the stored knowledge base and prints the expansions it used (glossary or dictionary)
 * and the hits, matches in [brackets]; or the API's JSON.
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the knowledge base / 检索")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "query words")
    List<String> words;

    @Option(names = "--json", description = "print the same JSON as GET /api/search")
    boolean json;

    @Option(names = "--limit", defaultValue = "10", description = "hits to show (1 to 100, default 10)")
    int limit;

    @Override
    public Integer call() throws Exception {
        Settings s = common.settings();
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new CliException("--limit must be from 1 to " + SearchRequest.MAX_LIMIT + " (got " + limit + ")");
        }
        String q = String.join(" ", words);
        try (Services services = Services.open(s, CommonOptions.sources(s, false), n -> {})) {
            SearchRequest base = SearchRequest.of(q);
            SearchRequest r = new SearchRequest(q, List.of(), List.of(), List.of(), List.of(), null, null,
                    base.sort(), limit, 0);
            SearchResult res;
            try {
                res = services.search().search(r);
            } catch (InvalidRequestException e) {
                throw new CliException(e.getMessage());
            }
            if (json) {
                System.out.println(WebApp.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(res));
                return 0;
            }
            System.out.printf(Locale.ROOT, "%d hits for \"%s\"%n", res.total(), q);
            for (SearchResult.Expansion e : res.expansions()) {
                System.out.println("also searched: " + e.matched() + " → "
                        + String.join(", ", e.translations().isEmpty() ? e.variants() : e.translations())
                        + " (" + e.origin() + ")");
            }
            int i = 0;
            for (SearchResult.Hit h : res.hits()) {
                Instant p = h.published();
                System.out.printf(Locale.ROOT, "%2d. %s%n    %s | %s | %s | %s%n    %s%n", ++i,
                        plain(h.highlightedTitle()), p == null ? "date unknown" : p.toString().substring(0, 10), h.source(), h.lang(),
                        String.join(",", h.countries()), h.url() == null ? "" : h.url());
                System.out.println("    " + plain(h.snippet()));
            }
            return 0;
        }
    }

    // Highlighted HTML as terminal text: matches in [brackets], escapes undone.
    static String plain(String html) {
        return html.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
