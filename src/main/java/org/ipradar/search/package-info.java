/**
 * Search over the public documents: {@link org.ipradar.search.SearchRequest} in, {@link
 * org.ipradar.search.SearchResult} out, through {@link org.ipradar.search.SearchService}.
 */
package org.ipradar.search;
