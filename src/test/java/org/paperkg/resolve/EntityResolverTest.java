package org.paperkg.resolve;

import org.junit.jupiter.api.Test;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.gazetteer.GazetteerEntry;
import org.paperkg.model.EntityType;
import org.paperkg.vocab.Iris;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.paperkg.model.EntityType.*;

/** The registry's rules and the hard cases, on a small gazetteer written here (independent of data/gazetteers). */
class EntityResolverTest {
    static final String BASE = "https://w3id.org/paperkg/";
    static final Gazetteer GAZETTEER = new Gazetteer(List.of(
            new GazetteerEntry("PPO", METHOD, List.of("Proximal Policy Optimization"), true, null, "test"),
            new GazetteerEntry("SAM", MODEL, List.of("Segment Anything Model"), true, null, "test"),
            new GazetteerEntry("sharpness-aware minimization", METHOD, List.of(), false, null, "test"),
            new GazetteerEntry("MATH", BENCHMARK, List.of(), true, null, "test"),
            new GazetteerEntry("BERT", MODEL, List.of(), true, null, "test"),
            new GazetteerEntry("accuracy", METRIC, List.of("acc."), false, true, "test"),
            new GazetteerEntry("COCO", DATASET, List.of("MS COCO"), true, null, "test")));

    static EntityResolver resolver() {
        return new EntityResolver(new Iris(BASE), GAZETTEER, Overrides.none());
    }

    static EntityResolver resolver(String overrides) {
        return new EntityResolver(new Iris(BASE), GAZETTEER, Overrides.parse(overrides));
    }

    static String iri(EntityResolver r, EntityType t, String name) {
        return r.resolve(t, name, null, null).iri();
    }

    static Decision decision(EntityResolver r, String form) {
        return r.decisions().stream().filter(d -> form.equals(d.form())).findFirst().orElseThrow(() -> new AssertionError("no decision for " + form));
    }

    @Test
    void spellingsWithOneKeyAreOneEntityAndTheMergeIsRecorded() {
        EntityResolver r = resolver();
        String gpt4 = iri(r, MODEL, "GPT-4");
        assertEquals(BASE + "method/gpt-4", gpt4);
        assertEquals(gpt4, iri(r, MODEL, "GPT4"));
        assertEquals(gpt4, iri(r, MODEL, "gpt\u20114"));
        Entity e = r.byIri(gpt4);
        assertEquals("GPT-4", e.prefLabel());
        assertEquals(List.of("GPT4", "gpt\u20114"), e.altLabels());
        Decision d = decision(r, "GPT4");
        assertEquals(Decision.Kind.MERGED, d.kind());
        assertEquals("normalized-key", d.rule());
        assertEquals("GPT-4", d.matched());
    }

    @Test
    void versionSizeAndNearSpellingHardCasesStayApart() {
        EntityResolver r = resolver();
        for (String[] p : new String[][]{{"BERT", "BART"}, {"GPT-3", "GPT-4"}, {"T5", "T0"}, {"ResNet-50", "ResNet-101"},
                {"LLaMA", "LLaVA"}, {"Mistral", "Mixtral"}, {"TransE", "TransR"}, {"ResNet", "ResNeXt"}, {"BLOOM", "BLOOMZ"}})
            assertNotEquals(iri(r, MODEL, p[0]), iri(r, MODEL, p[1]), p[0] + " / " + p[1]);
        assertNotEquals(iri(r, DATASET, "ImageNet"), iri(r, DATASET, "ImageNet-V2"));
        Decision d = r.decisions().stream().filter(x -> "ResNet-101".equals(x.form())).findFirst().orElseThrow();
        assertEquals(Decision.Kind.KEPT_APART, d.kind());
        assertEquals("version-differs", d.rule());
        assertEquals("ResNet-50", d.matched());
        assertEquals("version-differs", decision(r, "ImageNet-V2").rule());
    }

    @Test
    void anAcronymDefinitionJoinsTheLongFormInEitherOrder() {
        EntityResolver r = resolver();
        String ebt = r.resolve(MODEL, "EBTs", "Energy-Based Transformers", null).iri();
        assertEquals(BASE + "method/ebts", ebt);
        assertEquals(ebt, iri(r, MODEL, "Energy-Based Transformers"));
        assertEquals(ebt, iri(r, MODEL, "EBT"));
        assertEquals(List.of("Energy-Based Transformers", "EBT"), r.byIri(ebt).altLabels());
        assertEquals(List.of("Energy-Based Transformers"), r.byIri(ebt).longForms());

        EntityResolver s = resolver();
        String dpo = iri(s, METHOD, "direct preference optimization");
        assertEquals(dpo, s.resolve(METHOD, "DPO", "Direct Preference Optimization", null).iri());
        assertEquals("acronym-definition", decision(s, "DPO").rule());
    }

    @Test
    void anAcronymLearnedFromAnyAbstractLinksABareMention() {
        EntityResolver r = resolver();
        r.learnAcronym("GRPO", "Group Relative Policy Optimization");
        String grpo = iri(r, METHOD, "GRPO");
        assertEquals(grpo, iri(r, METHOD, "group relative policy optimization"));
        assertEquals(List.of("Group Relative Policy Optimization"), r.byIri(grpo).longForms(), "the long form labels the entity");
    }

    @Test
    void eachNewExpansionOfAnAcronymIsKeptApartFromTheOldestOnlySoDecisionsGrowLinearly() {
        EntityResolver r = resolver();
        String first = r.resolve(METHOD, "ZQX", "Zeta Quantile Xform aa", null).iri();
        for (int i = 1; i < 200; i++) r.resolve(METHOD, "ZQX", "Zeta Quantile Xform " + (char) ('a' + i % 26) + (char) ('a' + i / 26), null);
        List<Decision> apart = r.decisions().stream().filter(x -> x.kind() == Decision.Kind.KEPT_APART).toList();
        assertEquals(199, apart.size(), "one per new expansion, not one per pair (19,900)");
        assertTrue(apart.stream().allMatch(d -> d.rule().equals("competing-expansion") && d.entity().equals(first)), apart.toString());
    }

    @Test
    void competingExpansionsKeepAnAcronymApart() {
        EntityResolver r = resolver();
        String contrastive = r.resolve(METHOD, "CL", "Contrastive Learning", null).iri();
        String continual = r.resolve(METHOD, "CL", "Continual Learning", null).iri();
        assertNotEquals(contrastive, continual);
        assertEquals(BASE + "method/cl", contrastive);
        assertEquals(BASE + "method/continual-learning", continual, "the acronym's IRI is taken: the long form names it");
        Decision d = r.decisions().stream().filter(x -> x.kind() == Decision.Kind.KEPT_APART).findFirst().orElseThrow();
        assertEquals("competing-expansion", d.rule());
        assertEquals(continual, d.other());
        // A bare CL is neither: its own entity, kept apart from both.
        String bare = iri(r, METHOD, "CL");
        assertNotEquals(contrastive, bare);
        assertNotEquals(continual, bare);
        assertEquals(BASE + "method/cl-2", bare);
        assertNotEquals(iri(r, METHOD, "Contrastive Learning"), iri(r, METHOD, "Continual Learning"));
    }

    @Test
    void theTypeDecidesBetweenCompetingExpansions() {
        EntityResolver r = resolver();
        r.learnAcronym("SAM", "Sharpness-Aware Minimization");
        String minimization = iri(r, METHOD, "SAM");
        String segmentation = iri(r, MODEL, "SAM");
        assertEquals(BASE + "method/sharpness-aware-minimization", minimization);
        assertEquals(BASE + "method/sam", segmentation);
        assertEquals("acronym-by-type", decision(r, "SAM").rule());
        assertEquals(segmentation, iri(r, MODEL, "Segment Anything Model"));
    }

    @Test
    void capitalsThatNameABenchmarkAreNotTheWord() {
        EntityResolver r = resolver();
        String math = r.resolve(BENCHMARK, "MATH", null, "MATH").iri();
        assertNotEquals(math, iri(r, BENCHMARK, "math"));
        assertEquals(math, iri(r, BENCHMARK, "Math"), "title case is only a capital at a sentence start");
    }

    @Test
    void aTypoInALongPlainWordMergesByFuzzyMatchWithItsScore() {
        EntityResolver r = resolver();
        String rl = iri(r, METHOD, "reinforcement learning");
        assertEquals(rl, iri(r, METHOD, "reinforcment learning"));
        Decision d = decision(r, "reinforcment learning");
        assertEquals("fuzzy", d.rule());
        assertEquals(0.96, d.score());
        // Short or capitalised words never match fuzzily; a close pair is recorded as kept apart.
        assertNotEquals(iri(r, TASK, "speech recognition"), iri(r, TASK, "speaker recognition"));
        assertNotEquals(iri(r, MODEL, "LoRA"), iri(r, MODEL, "LoRaM"));
        assertEquals("near-spelling", decision(r, "LoRaM").rule());
        assertEquals(Decision.Kind.KEPT_APART, decision(r, "LoRaM").kind());
        assertEquals(0.96, decision(r, "LoRaM").score());
        assertNotEquals(iri(r, TASK, "contrastive learning"), iri(r, TASK, "continual learning"));
    }

    @Test
    void genericHeadWordsAndMovedNumbersDoNotMakeNewEntities() {
        EntityResolver r = resolver();
        String coco = r.resolve(DATASET, "COCO", null, "COCO").iri();
        assertEquals(coco, iri(r, DATASET, "COCO dataset"));
        assertEquals(coco, iri(r, DATASET, "MS COCO"));
        String f1 = iri(r, METRIC, "F1 score");
        assertEquals(f1, iri(r, METRIC, "F1"));
        assertEquals("generic-suffix", decision(r, "F1").rule());
        String llama = iri(r, MODEL, "Llama-3-8B-Instruct");
        assertEquals(llama, iri(r, MODEL, "Llama 3 Instruct 8B"));
        assertEquals("token-order", decision(r, "Llama 3 Instruct 8B").rule());
        assertNotEquals(iri(r, TASK, "English-German translation"), iri(r, TASK, "German-English translation"));
    }

    @Test
    void groupsNeverMerge() {
        EntityResolver r = resolver();
        assertNotEquals(iri(r, MODEL, "MAE"), iri(r, METRIC, "MAE"));
        assertEquals(BASE + "metric/mae", iri(r, METRIC, "MAE"));
    }

    @Test
    void theTypeComesFromAllTheEvidence() {
        EntityResolver r = resolver();
        Entity e = r.resolve(MODEL, "NoProp", null, null);
        r.resolve(METHOD, "NoProp", null, null);
        assertEquals(METHOD, e.type(), "one model, one method: the broader class");
        r.resolve(MODEL, "NoProp", null, null);
        assertEquals(MODEL, e.type());
        Entity bert = r.resolve(METHOD, "BERT", null, null);
        assertEquals(MODEL, bert.type(), "the gazetteer's type wins");
        assertEquals(DATASET, r.resolve(DATASET, "X", null, null).type());
    }

    @Test
    void laterNamesNeverRenameAnEntity() {
        EntityResolver r = resolver();
        Entity e = r.resolve(METHOD, "grad norm clipping", null, null);
        r.resolve(METHOD, "Grad-Norm Clipping", null, null);
        r.resolve(METHOD, "grad norm-clipping", null, null);
        assertEquals("grad norm clipping", e.prefLabel());
        assertEquals(BASE + "method/grad-norm-clipping", e.iri());
        assertEquals(List.of("Grad-Norm Clipping", "grad norm-clipping"), e.altLabels());
    }

    @Test
    void theSameSequenceGivesTheSameIrisAndDecisions() {
        List<String> names = List.of("GPT-4", "GPT4", "CL", "BERT", "BART", "GPT-3", "reinforcement learning", "reinforcment learning");
        EntityResolver a = resolver(), b = resolver();
        for (String n : names) assertEquals(iri(a, MODEL, n), iri(b, MODEL, n));
        assertEquals(a.decisions(), b.decisions());
    }

    @Test
    void overridesForceAMergeOrASplit() {
        EntityResolver r = resolver("""
                # action\ttype\tname\tother\tnote
                merge\tmethod\tRLHF\tReinforcement Learning with Human Feedback\tfrom/with
                split\tmethod\tCL\tContinual Learning\t
                """);
        String rlhf = iri(r, METHOD, "RLHF");
        assertEquals(rlhf, iri(r, METHOD, "reinforcement learning with human feedback"));
        assertEquals("override-merge", decision(r, "reinforcement learning with human feedback").rule());
        String cl = r.resolve(METHOD, "CL", "Continual Learning", null).iri();
        assertNotEquals(cl, iri(r, METHOD, "Continual Learning"));
    }

    @Test
    void aSplitOverrideUndoesAMergeOfAnEarlierBuild() {
        EntityResolver r = resolver("split\tmodel\tGPT-4\tGPT4\t\n");
        r.restore(BASE + "method/gpt-4", Group.METHOD, "GPT-4", List.of("GPT4"), List.of(), MODEL, 0);
        r.prepare();
        Entity e = r.byIri(BASE + "method/gpt-4");
        assertEquals(List.of(), e.altLabels());
        assertNotEquals(e.iri(), iri(r, MODEL, "GPT4"));
        assertEquals("override-split", r.decisions().get(0).rule());
        // The two spellings share a key: the split is between them, not between every form of the key.
        assertEquals(e.iri(), iri(r, MODEL, "GPT-4"));
        assertEquals(e.iri(), iri(r, MODEL, "GPT-4"));
        assertEquals(iri(r, MODEL, "GPT4"), iri(r, MODEL, "GPT4"));
    }

    @Test
    void aRestoredEntityOfOneEntryIsNotTakenByAnotherEntryWhoseAliasFoldsToItsName() {
        // "MCE" (alias of maximum calibration error) and "mCE" (mean corruption error) fold to one key.
        Gazetteer g = new Gazetteer(List.of(
                new GazetteerEntry("maximum calibration error", METRIC, List.of("MCE"), true, false, "test"),
                new GazetteerEntry("mCE", METRIC, List.of("mean corruption error"), true, false, "test")));
        EntityResolver clean = new EntityResolver(new Iris(BASE), g, Overrides.none());
        String mce = iri(clean, METRIC, "mCE");
        assertEquals(BASE + "metric/mce", mce);
        EntityResolver later = new EntityResolver(new Iris(BASE), g, Overrides.none());
        later.restore(mce, Group.METRIC, "mCE", List.of(), List.of(), METRIC, 0);
        later.prepare();
        assertEquals(mce, iri(later, METRIC, "mCE"), "a later build keeps the IRI of the entry's entity");
        assertNotEquals(mce, iri(later, METRIC, "maximum calibration error"));
    }

    @Test
    void aSplitOfTwoSpellingsOfOneKeyLeavesEachSpellingOneEntity() {
        EntityResolver r = resolver("split\tmodel\tGPT4\tGPT-4\t\n");
        String gpt4 = iri(r, MODEL, "GPT-4");
        assertEquals(gpt4, iri(r, MODEL, "GPT-4"));
        String other = iri(r, MODEL, "GPT4");
        assertNotEquals(gpt4, other);
        assertEquals(other, iri(r, MODEL, "GPT4"));
        assertEquals(gpt4, iri(r, MODEL, "gpt-4"));
    }

    @Test
    void overrideFilesWithErrorsNameTheLine() {
        var e = assertThrows(org.paperkg.InputException.class, () -> Overrides.parse("merge\tmethod\tA\n"));
        assertEquals("overrides:1: an override needs 4 tab-separated columns (action, type, name, other), found 3; see the file's header comment",
                e.getMessage());
        e = assertThrows(org.paperkg.InputException.class, () -> Overrides.parse("# c\njoin\tmethod\tA\tB\n"));
        assertEquals("overrides:2: unknown override action 'join'; use merge or split", e.getMessage());
        e = assertThrows(org.paperkg.InputException.class, () -> Overrides.parse("merge\tthing\tA\tB\n"));
        assertTrue(e.getMessage().startsWith("overrides:1: unknown entity type 'thing'"), e.getMessage());
    }

    /** A resolver's visible state: every entity's IRI, labels, type and use, and the pending decisions. */
    static String snapshot(EntityResolver r) {
        StringBuilder b = new StringBuilder();
        for (Entity e : r.entities())
            b.append(e.iri()).append(' ').append(e.prefLabel()).append(' ').append(e.altLabels()).append(' ').append(e.longForms())
                    .append(' ').append(e.type()).append(' ').append(e.used).append(' ').append(e.order).append(' ').append(e.dirty).append('\n');
        return b.append(r.decisions()).append(' ').append(r.acronymPairs()).toString();
    }

    @Test
    void rollbackForgetsEverythingOneRecordDid() {
        EntityResolver kept = resolver(), plain = resolver();
        for (EntityResolver r : List.of(kept, plain)) {
            r.resolve(METHOD, "contrastive learning", null, null);
            r.resolve(MODEL, "GPT-4", null, null);
            r.resolve(METHOD, "Transformer", null, null);
        }
        kept.begin();
        kept.learnAcronym("QFM", "Quuxian Flow Matching");
        kept.resolve(METHOD, "CL", "contrastive learning", null);         // a new form and long form of an old entity
        kept.resolve(MODEL, "GPT4", null, null);                          // a form by key
        kept.resolve(MODEL, "GPT-5", null, null);                         // a new entity, kept apart from GPT-4
        kept.resolve(METHOD, "Transfomer", null, null);                   // fuzzy
        kept.resolve(METHOD, "QFM", null, null);                          // by the learned acronym
        kept.resolve(DATASET, "MS COCO", null, "COCO");                   // a gazetteer entity's first use
        kept.rollback();
        assertEquals(snapshot(plain), snapshot(kept));
        // And it decides the next names as if that record had never been read.
        for (EntityResolver r : List.of(kept, plain)) {
            r.begin();
            r.resolve(MODEL, "GPT-5", null, null);
            r.resolve(METHOD, "QFM", null, null);
            r.resolve(METHOD, "CL", null, null);
            r.commit();
        }
        assertEquals(snapshot(plain), snapshot(kept));
        assertEquals(BASE + "method/gpt-5", kept.byIri(BASE + "method/gpt-5").iri());
    }

    @Test
    void aBareAcronymPlacedByItsOneKnownSenseStaysThereInTheNextBuild() {
        EntityResolver first = resolver();
        first.learnAcronym("CL", "contrastive learning");
        String contrastive = iri(first, METHOD, "contrastive learning");
        assertEquals(contrastive, iri(first, METHOD, "CL"), "one known sense: the bare acronym joins it");
        String loss = first.resolve(METHOD, "CL", "classification loss", null).iri();
        assertNotEquals(contrastive, loss);
        assertEquals(contrastive, iri(first, METHOD, "CL"), "a bare CL after that follows the first one");
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        ResolutionStore.writeAll(first, org.apache.jena.riot.system.StreamRDFLib.dataset(dsg), new Iris(BASE), null, java.util.Set.of());
        // The next build knows both senses from its start, and still places a bare CL where the first did.
        EntityResolver next = resolver();
        ResolutionStore.load(next, dsg, new Iris(BASE));
        next.prepare();
        assertEquals(contrastive, iri(next, METHOD, "CL"));
        assertEquals(loss, next.resolve(METHOD, "CL", "classification loss", null).iri());
    }

    @Test
    void anAcronymAnEarlierBuildDefinedAsSomethingElseIsNotBoundToTheGazetteerEntryOfThatAcronym() {
        // The standard gazetteer's probabilistic graphical model has the alias PGM; a paper defines PGM otherwise.
        EntityResolver first = new EntityResolver(new Iris(BASE), Gazetteer.standard(), Overrides.none());
        String pgm = first.resolve(MODEL, "PGM", "Phahelpradex Generative Memory", null).iri();
        assertEquals(BASE + "method/pgm", pgm);
        assertEquals(MODEL, first.byIri(pgm).type());
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        ResolutionStore.writeAll(first, org.apache.jena.riot.system.StreamRDFLib.dataset(dsg), new Iris(BASE), null, java.util.Set.of());
        // The next build keeps the two apart, as a build of both papers at once does.
        EntityResolver next = new EntityResolver(new Iris(BASE), Gazetteer.standard(), Overrides.none());
        ResolutionStore.load(next, dsg, new Iris(BASE));
        next.prepare();
        assertNull(next.byIri(pgm).gazetteer);
        assertEquals(pgm, next.resolve(MODEL, "PGM", "Phahelpradex Generative Memory", null).iri());
        assertEquals(MODEL, next.byIri(pgm).type());
        assertEquals(BASE + "method/probabilistic-graphical-model", iri(next, METHOD, "probabilistic graphical model"));
    }
}
