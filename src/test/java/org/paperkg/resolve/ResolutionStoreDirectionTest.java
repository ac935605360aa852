package org.paperkg.resolve;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.vocab.Iris;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperkg.model.EntityType.METRIC;

/** A metric's direction that came from a mention, not the gazetteer, survives a later build. */
class ResolutionStoreDirectionTest {
    private static final String BASE = "https://w3id.org/paperkg/";

    @Test
    void aRestoredMetricKeepsTheDirectionItsMentionGave() {
        Iris iris = new Iris(BASE);
        EntityResolver first = new EntityResolver(iris, Gazetteer.empty(), Overrides.none());
        Entity forgetting = first.resolve(METRIC, "forgetting", null, null);
        forgetting.higherIsBetter = Boolean.FALSE;           // as the theory rule's mention gives it
        DatasetGraph store = DatasetGraphFactory.createGeneral();
        ResolutionStore.writeAll(first, StreamRDFLib.dataset(store), iris, null, Set.of());

        EntityResolver later = new EntityResolver(iris, Gazetteer.empty(), Overrides.none());
        ResolutionStore.load(later, store, iris);
        Entity restored = later.byIri(forgetting.iri());
        assertEquals(Boolean.FALSE, restored.higherIsBetter);
        assertEquals(List.of(), restored.altLabels());
    }
}
