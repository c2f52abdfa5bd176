package org.ipradar.patent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Reads doc values of many hits at once, leaf by leaf in doc order: far cheaper than loading stored fields, which
 * decompress a whole block for each document.
 */
final class DocValuesLookup {
    private DocValuesLookup() {}

    /** The value of a single-valued sorted field for each document that has one. */
    static Map<Integer, String> sorted(IndexReader reader, String field, Collection<Integer> docs)
            throws IOException {
        Map<Integer, String> out = new HashMap<>();
        List<Integer> order = new ArrayList<>(docs);
        order.sort(null);
        int i = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            SortedDocValues values = null;
            for (; i < order.size() && order.get(i) < end; i++) {
                if (values == null) {
                    values = DocValues.getSorted(leaf.reader(), field);
                }
                int doc = order.get(i);
                if (values.advanceExact(doc - leaf.docBase)) {
                    out.put(doc, values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }
        }
        return out;
    }

    /** The value of a numeric field for each document that has one. */
    static Map<Integer, Long> numeric(IndexReader reader, String field, Collection<Integer> docs) throws IOException {
        Map<Integer, Long> out = new HashMap<>();
        List<Integer> order = new ArrayList<>(docs);
        order.sort(null);
        int i = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            NumericDocValues values = null;
            for (; i < order.size() && order.get(i) < end; i++) {
                if (values == null) {
                    values = DocValues.getNumeric(leaf.reader(), field);
                }
                int doc = order.get(i);
                if (values.advanceExact(doc - leaf.docBase)) {
                    out.put(doc, values.longValue());
                }
            }
        }
        return out;
    }

    /** The values of a multi-valued sorted-set field for each document (empty lists left out). */
    static Map<Integer, List<String>> sortedSet(IndexReader reader, String field, Collection<Integer> docs)
            throws IOException {
        Map<Integer, List<String>> out = new HashMap<>();
        List<Integer> order = new ArrayList<>(docs);
        order.sort(null);
        int i = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            SortedSetDocValues values = null;
            for (; i < order.size() && order.get(i) < end; i++) {
                if (values == null) {
                    values = DocValues.getSortedSet(leaf.reader(), field);
                }
                int doc = order.get(i);
                if (values.advanceExact(doc - leaf.docBase)) {
                    List<String> list = new ArrayList<>(values.docValueCount());
                    for (int k = 0; k < values.docValueCount(); k++) {
                        list.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                    }
                    out.put(doc, list);
                }
            }
        }
        return out;
    }
}
