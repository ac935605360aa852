package org.paperkg.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of what a store holds: instances per class over all named graphs, the number of quads
 * (the lines of an N-Quads export) and of named graphs.
 */
public record StoreStats(long papers, long methods, long datasets, long tasks, long metrics, long results,
                         long repositories, long triples, long graphs) {

    /** The stats as an ordered map: the keys of {@code stats --format json}. */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("papers", papers);
        m.put("methods", methods);
        m.put("datasets", datasets);
        m.put("tasks", tasks);
        m.put("metrics", metrics);
        m.put("results", results);
        m.put("repositories", repositories);
        m.put("triples", triples);
        m.put("graphs", graphs);
        return m;
    }
}
