package org.paperkg.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.extract.TestGazetteer;
import org.paperkg.model.PaperExtraction;
import org.paperkg.vocab.Iris;
import org.paperkg.vocab.PKG;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperMapperResultTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private static DatasetGraph map(String abs) {
        PaperExtraction x = ExtractionPipeline.withGazetteer(TestGazetteer.load())
                .extract(TestGazetteer.paper("A Plain Title", abs));
        PaperMapper mapper = new PaperMapper(IRIS);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        mapper.map(x, mapper.graphFor("test.txt"), StreamRDFLib.dataset(dsg));
        mapper.finish(StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        return dsg.stream(Node.ANY, s, p, Node.ANY).map(q -> q.getObject()).toList();
    }

    @Test
    void aResultBecomesAResultNodeWithDecimalValuesAndLinks() {
        DatasetGraph dsg = map("Our tuning lifts accuracy from 64.2% to 71.5% on SQuAD.");
        Node paper = NodeFactory.createURI(IRIS.paper("A Plain Title"));
        List<Node> results = objects(dsg, paper, PKG.reportsResult.asNode());
        assertEquals(1, results.size());
        Node r = results.get(0);
        assertEquals(List.of(PKG.Result.asNode()), objects(dsg, r, RDF.type.asNode()));
        assertEquals(List.of(NodeFactory.createLiteralDT("71.5", XSDDatatype.XSDdecimal)), objects(dsg, r, PKG.value.asNode()));
        assertEquals(List.of(NodeFactory.createLiteralDT("64.2", XSDDatatype.XSDdecimal)), objects(dsg, r, PKG.baselineValue.asNode()));
        assertEquals(List.of(NodeFactory.createLiteralString("percent")), objects(dsg, r, PKG.unit.asNode()));
        assertEquals(List.of(NodeFactory.createLiteralString("from 64.2% to 71.5%")), objects(dsg, r, PKG.quote.asNode()));
        Node metric = NodeFactory.createURI(IRIS.entity(org.paperkg.model.EntityType.METRIC, "accuracy"));
        assertEquals(List.of(metric), objects(dsg, r, PKG.metric.asNode()));
        assertEquals(List.of(NodeFactory.createURI(IRIS.entity(org.paperkg.model.EntityType.DATASET, "SQuAD"))),
                objects(dsg, r, PKG.onDataset.asNode()));
        assertEquals(List.of(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)),
                objects(dsg, metric, PKG.higherIsBetter.asNode()));
        assertTrue(dsg.stream(Node.ANY, Node.ANY, org.paperkg.vocab.Terms.hasBody.asNode(), r).findAny().isPresent(),
                "the result has evidence");
    }

    @Test
    void aliasesLabelTheEntityWithTheCanonicalNameAndKeepTheSpellingAsAltLabel() {
        DatasetGraph dsg = map("We train with Proximal Policy Optimization and Adam.");
        Node ppo = NodeFactory.createURI(IRIS.entity(org.paperkg.model.EntityType.METHOD, "PPO"));
        assertEquals(List.of(NodeFactory.createLiteralString("PPO")),
                objects(dsg, ppo, org.apache.jena.vocabulary.RDFS.label.asNode()));
        assertEquals(List.of(NodeFactory.createLiteralString("Proximal Policy Optimization")),
                objects(dsg, ppo, org.apache.jena.vocabulary.SKOS.altLabel.asNode()));
    }
}
