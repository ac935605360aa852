package org.paperkg.resolve;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.gazetteer.GazetteerEntry;
import org.paperkg.model.EntityType;
import org.paperkg.vocab.Iris;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entity registry: decides, for each written name of a method, dataset, task or metric, which
 * entity it names, and gives that entity one IRI. Stateful over one build (and, through
 * {@link ResolutionStore}, across builds); not thread-safe: it runs in the single mapping thread.
 *
 * <h2>How a name is placed</h2>
 * Names are only compared within one {@link Group}. In order, the first rule that applies wins:
 * <ol>
 *   <li><b>override</b>: a {@code merge} line of the overrides file names the entity.</li>
 *   <li><b>gazetteer</b>: the extractor matched a gazetteer entry; all its names and aliases are one entity.</li>
 *   <li><b>acronym-definition</b>: the paper defines the name ("Proximal Policy Optimization (PPO)"):
 *       it joins the entity of its long form, else an entity with that acronym and no other expansion.
 *       An entity holding the acronym with another expansion is a different thing (kept apart).</li>
 *   <li><b>normalized-key</b>: same {@link NameKey#key} as a form of an entity (case, hyphens, spaces,
 *       Unicode dashes and quotes, plurals, British spelling, version notation), unless the two
 *       differ in a significant case ({@link NameKey#caseConflict}: MATH and math).</li>
 *   <li><b>acronym-learned</b>: an acronym whose one known expansion (from any abstract of the build
 *       or a gazetteer entry) names an entity, or a long form whose acronym names one. An acronym
 *       with competing expansions is linked only when exactly one of its entities has the mention's
 *       type (<b>acronym-by-type</b>: method SAM is Sharpness-Aware Minimization, model SAM is
 *       Segment Anything Model); otherwise it stays its own entity.</li>
 *   <li><b>generic-suffix</b>: the name plus or minus a generic head word of its group
 *       ("COCO dataset", "F1 score", "Transformer architecture").</li>
 *   <li><b>fuzzy</b>: the names have the same tokens except one plain word of eight or more letters
 *       (written in lower or title case), within Levenshtein distance 1 (2 from twelve letters) and
 *       Jaro-Winkler at least 0.9 ("Transfomer"/"Transformer"). Names written in capitals or camel
 *       case, numbers and symbols never match fuzzily: in this field a letter is an identity
 *       (TransE/TransR, ResNet/ResNeXt, BERT/BART). Candidates come from blocks (same other tokens,
 *       same first three letters of the differing word), so each new name costs a few comparisons
 *       however many names are known.</li>
 *   <li>Otherwise a new entity. Close names found on the way (same name once digits are removed,
 *       near spellings) are recorded as <b>kept apart</b>.</li>
 * </ol>
 *
 * <h2>Memory and speed</h2>
 * The registry holds every distinct name of a build (and of earlier builds): entities keep their
 * forms as plain strings, and every index ({@link HashIndex}) stores hashes and entity numbers,
 * not key strings; once an index is large its tables are mapped from a temporary file, off the
 * Java heap ({@link OffHeap}), so the heap holds about 300 bytes an entity (the Entity and its
 * names). A mention of a known name costs a few hash lookups; fuzzy matching runs only for new
 * names, against a small block.
 *
 * <h2>Preferred name and IRI</h2>
 * A gazetteer entity is named by the gazetteer's canonical name; any other entity by the first form
 * seen, in input order. The IRI is minted once, from that name ({@link Iris#entity}), when the
 * entity is created; if another entity already has it, from the acronym's long form, else with a
 * number ("cl-2"). Later names join existing entities and never change their IRI or preferred name.
 */
public final class EntityResolver {
    /** Generic head words per group: "X dataset" names X. */
    private static final Map<Group, Set<String>> GENERIC_SUFFIXES = Map.of(
            Group.METHOD, Set.of("architecture", "model", "algorithm", "method", "framework", "approach", "technique"),
            Group.DATASET, Set.of("dataset", "benchmark", "corpus", "suite", "leaderboard"),
            Group.METRIC, Set.of("score", "metric", "measure"),
            Group.TASK, Set.of("task"));
    private static final int MAX_APART_PER_ENTITY = 1;
    private static final int FUZZY_MIN_BLOCK_WORD = 4;
    private static final int FUZZY_MIN_MERGE_WORD = 8;
    private static final double FUZZY_MIN_JW = 0.9;
    private static final double CLOSE_JW = 0.9;
    /** Candidates compared per fuzzy block at most (the oldest): a bound on the cost of a new name. */
    private static final int MAX_BLOCK = 64;

    private final Iris iris;
    private final Gazetteer gazetteer;
    private final Overrides overrides;
    private final List<Entity> entities = new ArrayList<>();
    /** group|key → entities with a form (or gazetteer name) of that key. */
    private final HashIndex byKey = new HashIndex();
    /** group|key-without-generic-suffix → entities with a form "key + suffix". */
    private final HashIndex bySuffixless = new HashIndex();
    /** group|key-without-numbers → entities whose key has numbers. */
    private final HashIndex bySkeleton = new HashIndex();
    /** group|order key → entities ({@link NameKey#orderKey}). */
    private final HashIndex byOrderKey = new HashIndex();
    /** group|fuzzy block → entity numbers, for each blockable word of each form. */
    private final HashIndex fuzzyBlocks = new HashIndex();
    /** IRI → entity numbers. */
    private final HashIndex byIri = new HashIndex();
    /** group|key of an acronym → the entities it joined written bare, by its then only known expansion. */
    private final HashIndex bareAcronyms = new HashIndex();
    private final Map<Group, Map<String, Entity>> byCanonical = new EnumMap<>(Group.class);
    /** Keys a merge override joins, both ways; and the keys an entity answers to through one. */
    private final Map<Group, Map<String, Set<String>>> forcedPartners = new EnumMap<>(Group.class);
    private final Map<Entity, Set<String>> overrideKeys = new HashMap<>();
    private final Map<Group, Set<String>> splitPairs = new EnumMap<>(Group.class);
    /** Split overrides between two spellings of one key ("GPT-4" / "GPT4"), as "form\0form", both ways. */
    private final Map<Group, Set<String>> splitForms = new EnumMap<>(Group.class);
    private final AcronymKnowledge acronyms = new AcronymKnowledge();
    private final List<Decision> pending = new ArrayList<>();
    /** Pairs of entity numbers already recorded as kept apart. */
    private final LongIntMap recordedApart = new LongIntMap(64);
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final LevenshteinDistance levenshtein = new LevenshteinDistance(3);
    private boolean prepared;
    /** The next entity's {@link Entity#order}: one more than any used so far, in this build or before. */
    private int nextOrder;
    /** Between {@link #begin} and {@link #commit} or {@link #rollback}: what one record changed. */
    private boolean inRecord;
    private int markEntities, markPending, markNextOrder;
    private final Map<Entity, Entity.State> touched = new java.util.IdentityHashMap<>();
    private final List<Runnable> undo = new ArrayList<>();

    /** A fuzzy match. */
    private record FuzzyMatch(Entity entity, String form, double score) {
    }

    public EntityResolver(Iris iris, Gazetteer gazetteer, Overrides overrides) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.overrides = overrides;
        for (Group g : Group.values()) {
            byCanonical.put(g, new HashMap<>());
            forcedPartners.put(g, new HashMap<>());
            splitPairs.put(g, new HashSet<>());
            splitForms.put(g, new HashSet<>());
        }
    }

    // ------------------------------------------------------------------ set-up

    /**
     * Restores an entity from an earlier build (see {@link ResolutionStore}); call before the first
     * {@link #resolve}. Forms are the entity's labels, the preferred name first.
     */
    Entity restore(String iri, Group group, String prefLabel, List<String> altLabels, List<String> longForms, EntityType type,
                   long order) {
        Entity e = new Entity(iris, group, entities.size(), prefLabel);
        if (!e.iri().equals(iri)) e.explicitIri = iri;
        e.storedType = type;
        e.used = true;
        e.order = order >= 0 && order < Integer.MAX_VALUE ? (int) order : nextOrder;
        nextOrder = Math.max(nextOrder, e.order + 1);
        register(e);
        index(e, prefLabel);
        for (String lf : longForms) {
            if (key(lf).isEmpty()) continue;
            e.addLongForm(lf);
            index(e, lf);
        }
        for (String a : altLabels) if (!e.hasLongForm(a) && e.addForm(a)) index(e, a);
        return e;
    }

    /** Restores an earlier build's merge of a bare acronym into an entity by its known expansion (rules acronym-learned, acronym-by-type). */
    void restoreBareAcronym(String entityIri, String form) {
        Entity e = byIri(entityIri);
        if (e != null && NameKey.looksLikeAcronym(form)) bareAcronyms.add(e.group.ordinal() + "|" + keyOf(NameKey.clean(form)), e.index);
    }

    /** Restores an acronym pair learned by an earlier build. */
    void restoreAcronym(String shortForm, String longForm) {
        acronyms.learn(shortForm, longForm, "store");
    }

    /**
     * Binds the gazetteer entries (to restored entities of the same name, else to new, not yet
     * used entities) and applies the overrides. Runs once, before the first name is resolved.
     */
    void prepare() {
        if (prepared) return;
        prepared = true;
        for (GazetteerEntry entry : gazetteer.entries()) bindGazetteer(entry);
        applyOverrides();
    }

    /** Gazetteer entries by their exact (case-sensitive) name, built on first use in {@link #prepare}. */
    private Map<String, GazetteerEntry> entriesByName;

    private GazetteerEntry entryNamed(String name) {
        if (entriesByName == null) {
            entriesByName = new HashMap<>();
            for (GazetteerEntry e : gazetteer.entries()) entriesByName.putIfAbsent(e.name(), e);
        }
        return entriesByName.get(name);
    }

    private void bindGazetteer(GazetteerEntry entry) {
        Group g = Group.of(entry.type());
        List<String> names = new ArrayList<>();
        names.add(entry.name());
        names.addAll(entry.aliases());
        // An entity of an earlier build: the one minted from this entry's name, else one whose
        // preferred name is one of the entry's names (never one that merely has it as another form:
        // "SAM" of Sharpness-Aware Minimization is not the entry SAM, Segment Anything Model).
        Entity target = byCanonical.get(g).get(entry.name());
        if (target == null) {
            Entity minted = byIri(iris.entity(entry.type(), NameKey.clean(entry.name())));
            if (minted != null && minted.gazetteer == null && minted.group == g) target = minted;
        }
        if (target == null) {
            Set<String> keys = new HashSet<>();
            for (String n : names) keys.add(key(n));
            outer:
            for (String n : names) {
                for (Entity c : exact(g, key(n), n)) {
                    // Nor one whose expansion says it is something else: "PGM" defined as "Phahelpradex
                    // Generative Memory" is not the entry probabilistic graphical model (PGM); a build
                    // without the earlier one would have kept them apart too.
                    // Nor the entity of another entry whose name folds to the same key: a restored "mCE"
                    // (mean corruption error) is not the entry maximum calibration error (alias "MCE"),
                    // which a clean build keeps apart too.
                    GazetteerEntry owner = entryNamed(c.prefLabel);
                    if (owner != null && owner != entry) continue;
                    if (c.gazetteer == null && c.used && keys.contains(key(c.prefLabel)) && expansionsAgree(c, keys)) {
                        target = c;
                        break outer;
                    }
                }
            }
        }
        if (target == null) target = create(g, entry.type(), NameKey.clean(entry.name()), null, false);
        if (target.gazetteer == null) target.gazetteer = entry;
        byCanonical.get(g).putIfAbsent(entry.name(), target);
        if (entry.higherIsBetter() != null && target.higherIsBetter == null) target.higherIsBetter = entry.higherIsBetter();
        for (String n : names) if (!key(n).isEmpty()) indexName(target, n);
        // The gazetteer's acronyms and their expansions ("SAM" / "Segment Anything Model").
        for (String s : names) {
            if (!NameKey.looksLikeAcronym(s)) continue;
            for (String l : names) if (!l.equals(s) && NameKey.abbreviates(s, l)) acronyms.learn(s, l, "gazetteer");
        }
    }

    /** True when every long form {@code e} has is one of the names whose keys are {@code keys} (or it has none). */
    private boolean expansionsAgree(Entity e, Set<String> keys) {
        for (String lf : e.longForms()) if (!keys.contains(key(lf))) return false;
        return true;
    }

    private void applyOverrides() {
        for (Overrides.Rule r : overrides.rules()) {
            Group g = r.group();
            String ka = key(r.name()), kb = key(r.other());
            if (r.action() == Overrides.Action.SPLIT && ka.equals(kb)) {
                // The key cannot tell these spellings apart, so the split is between the forms as
                // written: splitting by key would keep every form of the key from every entity.
                splitForms.get(g).add(r.name() + "\u0000" + r.other());
                splitForms.get(g).add(r.other() + "\u0000" + r.name());
                for (Entity e : exact(g, ka, null)) {
                    if (!e.allForms().contains(r.name()) || !e.allForms().contains(r.other())) continue;
                    e.removeForm(e.prefLabel.equals(r.name()) ? r.other() : r.name());
                    e.dirty = true;
                    record(Decision.keptApart(g, e.iri(), r.name(), null, r.other(), "override-split", null));
                }
                continue;
            }
            if (r.action() == Overrides.Action.SPLIT) {
                splitPairs.get(g).add(ka + "\u0000" + kb);
                splitPairs.get(g).add(kb + "\u0000" + ka);
                for (Entity e : exact(g, ka, null)) {
                    if (!hasKey(e, kb)) continue;
                    removeKey(e, kb);
                    record(Decision.keptApart(g, e.iri(), r.name(), null, r.other(), "override-split", null));
                }
                continue;
            }
            forcedPartners.get(g).computeIfAbsent(kb, x -> new LinkedHashSet<>()).add(ka);
            forcedPartners.get(g).computeIfAbsent(ka, x -> new LinkedHashSet<>()).add(kb);
            Entity a = first(exact(g, ka, r.name()));
            Entity b = first(exact(g, kb, r.other()));
            if (a != null && b != null && a != b) {
                absorb(a, b);
                record(Decision.merged(g, a.iri(), r.other(), r.name(), "override-merge", null));
            } else if (a != null && b == null) {
                answerTo(a, kb);
            } else if (b != null && a == null) {
                answerTo(b, ka);
            }
        }
    }

    /** Makes {@code e} answer to a key it has no form of (an override's other name). */
    private void answerTo(Entity e, String key) {
        boolean had = overrideKeys.containsKey(e);
        if (overrideKeys.computeIfAbsent(e, x -> new LinkedHashSet<>()).add(key) && inRecord)
            undo.add(() -> {
                if (had) overrideKeys.get(e).remove(key);
                else overrideKeys.remove(e);
            });
        byKey.add(e.group.ordinal() + "|" + key, e.index);
    }

    /** Moves every form of {@code b} into {@code a} and retires {@code b}. */
    private void absorb(Entity a, Entity b) {
        for (String f : b.allForms()) if (a.addForm(f)) index(a, f);
        for (String lf : b.longForms) if (a.addLongForm(lf)) index(a, lf);
        for (String k : overrideKeys.getOrDefault(b, Set.of())) answerTo(a, k);
        if (b.gazetteer != null) for (String n : gazetteerNames(b.gazetteer)) indexName(a, n);
        a.addVotes(b);
        if (a.order < 0) a.order = b.order;
        a.used |= b.used;
        a.dirty = true;
        b.retired = true;
        b.dirty = true;
    }

    private void removeKey(Entity e, String key) {
        for (String f : e.allForms()) if (!f.equals(e.prefLabel) && key(f).equals(key)) e.removeForm(f);
        for (String f : List.of(e.longForms)) if (key(f).equals(key)) e.removeLongForm(f);
        Set<String> known = overrideKeys.get(e);
        if (known != null) known.remove(key);
        byKey.remove(e.group.ordinal() + "|" + key, e.index);
        e.dirty = true;
    }

    // ------------------------------------------------------------------ one record at a time

    /**
     * Starts one record's resolution. Should mapping the record fail, {@link #rollback} undoes
     * every change it made (new entities, forms, votes, index entries, learned acronyms, decisions
     * not yet drained), so a skipped record leaves nothing that a later write would describe.
     */
    public void begin() {
        prepare();
        inRecord = true;
        markEntities = entities.size();
        markPending = pending.size();
        markNextOrder = nextOrder;
        touched.clear();
        undo.clear();
        for (HashIndex i : indexes()) i.mark();
        acronyms.mark();
    }

    /** Keeps the record's changes. */
    public void commit() {
        if (!inRecord) return;
        inRecord = false;
        touched.clear();
        undo.clear();
        for (HashIndex i : indexes()) i.commit();
        acronyms.commit();
    }

    /** Undoes the changes since {@link #begin}. */
    public void rollback() {
        if (!inRecord) return;
        inRecord = false;
        touched.forEach(Entity::reset);
        touched.clear();
        for (int i = undo.size() - 1; i >= 0; i--) undo.get(i).run();
        undo.clear();
        for (HashIndex i : indexes()) i.rollback();
        acronyms.rollback();
        entities.subList(markEntities, entities.size()).clear();
        if (pending.size() > markPending) pending.subList(markPending, pending.size()).clear();
        nextOrder = markNextOrder;
    }

    private List<HashIndex> indexes() {
        return List.of(byKey, bySuffixless, bySkeleton, byOrderKey, fuzzyBlocks, byIri, bareAcronyms);
    }

    /** Remembers an existing entity's state before the record changes it. */
    private void touch(Entity e) {
        if (inRecord && e.index < markEntities) touched.putIfAbsent(e, e.state());
    }

    // ------------------------------------------------------------------ resolution

    /**
     * The entity a name (as written) names, learning from it. {@code longForm} is the expansion the
     * paper defines for it, or null; {@code canonical} the gazetteer name the extractor matched, or null.
     */
    public Entity resolve(EntityType type, String text, String longForm, String canonical) {
        prepare();
        Group g = Group.of(type);
        String form = NameKey.clean(text);
        if (form.isEmpty()) form = text.trim();
        String lf = longForm == null ? null : NameKey.clean(longForm);
        if (lf == null) {
            String[] def = NameKey.inlineDefinition(form);
            if (def != null) {
                lf = def[0];
                form = def[1];
            }
        }
        String key = keyOf(form);
        Entity e = place(g, type, form, key, lf, canonical);
        touch(e);
        e.vote(type);
        if (!e.used) {
            e.used = true;
            e.order = nextOrder++;
        }
        e.dirty = true;
        return e;
    }

    private Entity place(Group g, EntityType type, String form, String key, String lf, String canonical) {
        Set<String> partners = forcedPartners.get(g).getOrDefault(key, Set.of());
        for (String p : partners) {
            Entity target = first(exact(g, p, null));
            if (target != null) {
                attach(target, form, key, "override-merge", null, null);
                if (lf != null) addLongForm(target, lf, form);
                return target;
            }
        }
        Entity e = placeByRules(g, type, form, key, lf, canonical);
        for (String p : partners) answerTo(e, p);
        return e;
    }

    private Entity placeByRules(Group g, EntityType type, String form, String key, String lf, String canonical) {
        if (canonical != null) {
            Entity ge = byCanonical.get(g).get(canonical);
            if (ge != null && compatible(ge, form, key)) {
                attach(ge, form, key, "gazetteer", canonical, null);
                if (lf != null) addLongForm(ge, lf, form);
                return ge;
            }
        }
        if (lf != null) return placeDefined(g, type, form, key, lf);
        return placeBare(g, type, form, key);
    }

    /** A name the paper defines as an acronym of {@code lf}. */
    private Entity placeDefined(Group g, EntityType type, String form, String key, String lf) {
        String lk = key(lf);
        if (lk.isEmpty() || lk.equals(key) || splitPairs.get(g).contains(key + "\u0000" + lk))
            return placeBare(g, type, form, key);
        acronyms.learn(form, lf, "mention");
        for (Entity c : exact(g, lk, lf)) {
            if (compatible(c, form, key)) {
                attach(c, form, key, "acronym-definition", lf, null);
                addLongForm(c, lf, form);
                return c;
            }
        }
        List<Entity> sameAcronym = exact(g, key, form);
        for (Entity c : sameAcronym) {
            if (compatibleExpansion(c, lk) && compatible(c, lf, lk)) {
                attachByKey(c, form, key);
                addLongForm(c, lf, form);
                return c;
            }
        }
        FuzzyMatch f = fuzzy(g, lf, lk, null);
        if (f != null && compatible(f.entity, form, key) && compatibleExpansion(f.entity, lk)) {
            attach(f.entity, lf, lk, "fuzzy", f.form, f.score);
            attach(f.entity, form, key, "acronym-definition", lf, null);
            addLongForm(f.entity, lf, form);
            return f.entity;
        }
        Entity e = create(g, type, form, lf, true);
        addLongForm(e, lf, form);
        // Recorded against the oldest entity with the acronym only: one decision per pair would grow with the
        // square of an acronym's expansions (14 M decisions, half the quads, for a million generated papers).
        if (!sameAcronym.isEmpty())
            keptApart(sameAcronym.get(0), e, firstFormWithKey(sameAcronym.get(0), key), form + " (" + lf + ")", "competing-expansion", null);
        closeApart(e, form, key);
        return e;
    }

    /** A name written without a definition. */
    private Entity placeBare(Group g, EntityType type, String form, String key) {
        List<Entity> candidates = exact(g, key, form);
        if (NameKey.looksLikeAcronym(form)) {
            Entity e = placeAcronym(g, type, form, key, candidates);
            if (e != null) return e;
        } else if (!candidates.isEmpty()) {
            Entity c = candidates.get(0);
            attachByKey(c, form, key);
            return c;
        }
        String orderKey = NameKey.orderKey(tokens(form));
        if (orderKey != null) {
            Entity o = first(compatibleOnly(byOrderKey.get(g.ordinal() + "|" + orderKey), form, key));
            if (o != null) {
                attach(o, form, key, "token-order", o.prefLabel, null);
                return o;
            }
        }
        Entity s = suffixMatch(g, form, key);
        if (s != null) {
            attach(s, form, key, "generic-suffix", s.prefLabel, null);
            return s;
        }
        for (String sk : acronyms.shortsOf(key)) {
            String acronym = acronyms.shortForm(sk);
            if (!NameKey.abbreviates(acronym, form) || senses(g, acronym, acronyms.expansionsOf(sk)).size() != 1) continue;
            for (Entity t : exact(g, sk, null)) {
                if (compatibleExpansion(t, key) && compatible(t, form, key)) {
                    attach(t, form, key, "acronym-learned", t.prefLabel, null);
                    if (t.addLongForm(form)) index(t, form);
                    return t;
                }
            }
        }
        List<FuzzyMatch> close = new ArrayList<>();
        FuzzyMatch f = fuzzy(g, form, key, close);
        if (f != null) {
            attach(f.entity, form, key, "fuzzy", f.form, f.score);
            return f.entity;
        }
        Entity e = create(g, type, form, null, true);
        // The closest near spelling only (the oldest on a tie): the pair a reviewer may doubt.
        FuzzyMatch closest = null;
        for (FuzzyMatch c : close) if (closest == null || c.score > closest.score) closest = c;
        if (closest != null) keptApart(closest.entity, e, closest.form, form, "near-spelling", closest.score);
        closeApart(e, form, key);
        return e;
    }

    /**
     * An acronym without a definition in its paper: by its known expansions. Returns null when the
     * name should be placed like any other name.
     */
    private Entity placeAcronym(Group g, EntityType type, String form, String key, List<Entity> candidates) {
        LinkedHashMap<String, Entity> senses = senses(g, form, acronyms.expansionsOf(key));
        if (senses.size() >= 2) {
            // Competing expansions: the type decides when exactly one sense has it.
            LinkedHashSet<Entity> pool = new LinkedHashSet<>(candidates);
            for (Entity t : senses.values()) if (t != null) pool.add(t);
            List<Entity> typed = new ArrayList<>();
            for (Entity c : pool) if (c.type() == type && compatible(c, form, key)) typed.add(c);
            if (typed.size() == 1) {
                attach(typed.get(0), form, key, "acronym-by-type", typed.get(0).prefLabel, null);
                bareAcronyms.add(g.ordinal() + "|" + key, typed.get(0).index);
                return typed.get(0);
            }
            for (Entity c : candidates) {
                boolean named = c.gazetteer != null && key(c.gazetteer.name()).equals(key);
                if (named && (typed.isEmpty() || typed.contains(c))) {
                    attach(c, form, key, "gazetteer", c.gazetteer.name(), null);
                    return c;
                }
            }
            for (Entity c : candidates) {
                if (expansionKeysOf(c).isEmpty()) {
                    attachByKey(c, form, key);
                    return c;
                }
            }
            // The acronym was written bare before, when one known sense (or one of its type) named
            // an entity, and joined it: it still does, that entity of its type first. A rebuild knows
            // every sense from its start and would otherwise move those mentions to a new entity
            // ("CL" in a contrastive learning paper, once "classification loss (CL)" is known too).
            int[] bare = bareAcronyms.get(g.ordinal() + "|" + key);
            for (int pass = 0; pass < 2; pass++) {
                for (int id : bare) {
                    Entity c = entities.get(id);
                    if (!c.retired && (pass == 1 || c.type() == type) && compatible(c, form, key)) {
                        attachByKey(c, form, key);
                        return c;
                    }
                }
            }
            Entity e = create(g, type, form, null, true);
            int n = 0;
            for (Entity c : pool) {
                keptApart(c, e, c.prefLabel, form, "ambiguous-acronym", null);
                if (++n >= MAX_APART_PER_ENTITY) break;
            }
            return e;
        }
        if (!candidates.isEmpty()) {
            Entity c = candidates.get(0);
            attachByKey(c, form, key);
            if (senses.size() == 1) {
                Map.Entry<String, Entity> only = senses.entrySet().iterator().next();
                if (only.getValue() == null && compatibleExpansion(c, key(only.getKey()))) addLongForm(c, only.getKey(), form);
            }
            return c;
        }
        if (senses.size() == 1) {
            Map.Entry<String, Entity> only = senses.entrySet().iterator().next();
            Entity t = only.getValue();
            if (t != null) {
                if (!compatible(t, form, key)) return null;
                attach(t, form, key, "acronym-learned", only.getKey(), null);
                bareAcronyms.add(g.ordinal() + "|" + key, t.index);
                return t;
            }
            Entity e = create(g, type, form, null, true);
            addLongForm(e, only.getKey(), form);
            return e;
        }
        return null;
    }

    /**
     * The distinct senses of an acronym's expansions in a group: long form → its entity (null when
     * no entity has it yet). Two expansions naming one entity are one sense. Expansions whose word
     * initials spell the acronym outrank Schwartz-Hearst readings that use letters inside words
     * ("pre-trained LM" for PLM, "maximum-likelihood" for MLE).
     */
    private LinkedHashMap<String, Entity> senses(Group g, String acronym, Map<String, String> exps) {
        LinkedHashMap<String, Entity> out = new LinkedHashMap<>();
        if (exps.isEmpty()) return out;
        Map<String, String> strong = new LinkedHashMap<>();
        for (Map.Entry<String, String> x : exps.entrySet()) if (NameKey.abbreviates(acronym, x.getValue())) strong.put(x.getKey(), x.getValue());
        Set<Entity> seen = new HashSet<>();
        for (Map.Entry<String, String> x : (strong.isEmpty() ? exps : strong).entrySet()) {
            Entity t = first(exact(g, x.getKey(), x.getValue()));
            if (t != null && !seen.add(t)) continue;
            out.put(x.getValue(), t);
        }
        return out;
    }

    private static List<String> gazetteerNames(GazetteerEntry entry) {
        List<String> names = new ArrayList<>();
        names.add(entry.name());
        names.addAll(entry.aliases());
        return names;
    }

    /** Keys of the names of {@code e} that one of its acronym names abbreviates: its expansions. */
    private Set<String> expansionKeysOf(Entity e) {
        Set<String> out = new HashSet<>();
        for (String lf : e.longForms) out.add(key(lf));
        List<String> names = e.allForms();
        if (e.gazetteer != null) names.addAll(gazetteerNames(e.gazetteer));
        for (String s : names) {
            if (!NameKey.looksLikeAcronym(s)) continue;
            for (String l : names) if (!l.equals(s) && NameKey.abbreviates(s, l)) out.add(key(l));
        }
        return out;
    }

    private boolean compatibleExpansion(Entity e, String longKey) {
        Set<String> exps = expansionKeysOf(e);
        return exps.isEmpty() || exps.contains(longKey) || hasKey(e, longKey) || answersTo(e, longKey);
    }

    private boolean answersTo(Entity e, String key) {
        if (overrideKeys.getOrDefault(e, Set.of()).contains(key)) return true;
        if (e.gazetteer != null) for (String n : gazetteerNames(e.gazetteer)) if (key(n).equals(key)) return true;
        return false;
    }

    private Entity suffixMatch(Group g, String form, String key) {
        List<String> tokens = tokens(form);
        if (tokens.size() >= 2 && GENERIC_SUFFIXES.get(g).contains(tokens.get(tokens.size() - 1))) {
            String stripped = NameKey.join(tokens.subList(0, tokens.size() - 1));
            if (stripped.length() >= 2) {
                Entity e = first(exact(g, stripped, form));
                if (e != null) return e;
            }
        }
        return first(compatibleOnly(bySuffixless.get(g.ordinal() + "|" + key), form, key));
    }

    private FuzzyMatch fuzzy(Group g, String form, String key, List<FuzzyMatch> close) {
        List<String> tokens = tokens(form);
        List<String> written = NameKey.writtenTokens(form);
        if (tokens.size() != written.size()) return null;
        FuzzyMatch best = null;
        Set<Entity> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!blockable(written.get(i), tokens.get(i))) continue;
            int[] block = fuzzyBlocks.get(g.ordinal() + "|" + blockKey(tokens, i));
            for (int k = 0; k < block.length && k < MAX_BLOCK; k++) {
                Entity c = entities.get(block[k]);
                if (c.retired) continue;
                for (String other : c.allForms()) {
                    List<String> ot = tokens(other);
                    if (!sameExcept(tokens, ot, i)) continue;
                    String x = tokens.get(i), y = ot.get(i);
                    double jw = jaroWinkler.apply(x, y);
                    int distance = levenshtein.apply(x, y);
                    int shorter = Math.min(x.length(), y.length());
                    boolean merge = plainWord(written.get(i)) && shorter >= FUZZY_MIN_MERGE_WORD && distance >= 0
                            && (distance <= 1 || distance <= 2 && shorter >= 12) && jw >= FUZZY_MIN_JW && compatible(c, form, key);
                    double score = Math.round(jaroWinkler.apply(key, NameKey.join(ot)) * 1000) / 1000.0;
                    if (merge) {
                        if (best == null || score > best.score) best = new FuzzyMatch(c, other, score);
                    } else if (close != null && jw >= CLOSE_JW && c.used && seen.add(c)) {
                        close.add(new FuzzyMatch(c, other, score));
                    }
                }
            }
        }
        return best;
    }

    /** True when two token lists have the same length and agree everywhere but at {@code i} (where they differ). */
    private static boolean sameExcept(List<String> a, List<String> b, int i) {
        if (a.size() != b.size() || a.get(i).equals(b.get(i))) return false;
        for (int j = 0; j < a.size(); j++) if (j != i && !a.get(j).equals(b.get(j))) return false;
        return true;
    }

    /** A token worth a fuzzy block: letters only, four or more. */
    private static boolean blockable(String written, String normalized) {
        if (normalized.length() < FUZZY_MIN_BLOCK_WORD) return false;
        for (int i = 0; i < normalized.length(); i++) if (!Character.isLetter(normalized.charAt(i))) return false;
        for (int i = 0; i < written.length(); i++) if (!Character.isLetter(written.charAt(i))) return false;
        return true;
    }

    /** A plain word: all lower case, or a capital and then lower case ("Transformer", not "ResNeXt"). */
    private static boolean plainWord(String written) {
        for (int i = 1; i < written.length(); i++) if (!Character.isLowerCase(written.charAt(i))) return false;
        return Character.isLetter(written.charAt(0));
    }

    private static String blockKey(List<String> tokens, int i) {
        StringBuilder b = new StringBuilder().append(tokens.size()).append('|').append(i).append('|');
        for (int j = 0; j < tokens.size(); j++) if (j != i) b.append(tokens.get(j)).append(' ');
        String w = tokens.get(i);
        return b.append('|').append(w, 0, Math.min(3, w.length())).toString();
    }

    /**
     * Records the entity whose name differs from the new one's only in its last number (a version
     * or size: GPT-3 and GPT-4, ResNet-50 and ResNet-101, ImageNet and ImageNet-V2) as kept apart.
     */
    private void closeApart(Entity e, String form, String key) {
        String sk = skeleton(key);
        if (sk.isEmpty()) return;
        String stem = versionStem(key);
        LinkedHashSet<Entity> near = new LinkedHashSet<>(exact(e.group, sk, null));
        for (int id : bySkeleton.get(e.group.ordinal() + "|" + sk)) near.add(entities.get(id));
        int n = 0;
        for (Entity c : near) {
            if (c == e || c.retired || !c.used) continue;
            String other = firstFormWithSkeleton(c, sk);
            if (other == null || key(other).equals(key)) continue;
            if (!hasDigit(key) && !hasDigit(key(other)) || !versionStem(key(other)).equals(stem)) continue;
            keptApart(c, e, other, form, "version-differs", null);
            if (++n >= MAX_APART_PER_ENTITY) break;
        }
    }

    // ------------------------------------------------------------------ registry mechanics

    private String keyOf(String form) {
        String key = key(form);
        return key.isEmpty() ? form.toLowerCase(Locale.ROOT) : key;
    }

    /** The entities a key names in a group, without those a significant case or a split override keeps apart from {@code form}. */
    private List<Entity> exact(Group g, String key, String form) {
        return compatibleOnly(byKey.get(g.ordinal() + "|" + key), form, key);
    }

    private List<Entity> compatibleOnly(int[] ids, String form, String key) {
        if (ids.length == 0) return List.of();
        List<Entity> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            Entity e = entities.get(id);
            if (!e.retired && (form == null || compatible(e, form, key))) out.add(e);
        }
        return out;
    }

    /** False when the form may not join the entity: significant case, or a split override. */
    private boolean compatible(Entity e, String form, String key) {
        if (e.retired) return false;
        for (String f : e.allForms()) if (NameKey.caseConflict(f, form) && key(f).equals(key)) return false;
        if (e.gazetteer != null && NameKey.caseConflict(e.gazetteer.name(), form) && key(e.gazetteer.name()).equals(key))
            return false;
        Set<String> formSplits = splitForms.get(e.group);
        if (!formSplits.isEmpty()) {
            for (String f : e.allForms()) if (formSplits.contains(f + "\u0000" + form)) return false;
            if (e.gazetteer != null && formSplits.contains(e.gazetteer.name() + "\u0000" + form)) return false;
        }
        Set<String> splits = splitPairs.get(e.group);
        if (!splits.isEmpty()) {
            for (String k : keysOf(e)) if (splits.contains(k + "\u0000" + key)) return false;
            for (String k : overrideKeys.getOrDefault(e, Set.of())) if (splits.contains(k + "\u0000" + key)) return false;
        }
        return true;
    }

    private static Entity first(List<Entity> l) {
        return l.isEmpty() ? null : l.get(0);
    }

    private void attach(Entity e, String form, String key, String rule, String matched, Double score) {
        touch(e);
        if (!e.addForm(form)) return;
        index(e, form);
        e.dirty = true;
        record(Decision.merged(e.group, e.iri(), form, matched, rule, score));
    }

    /**
     * Attaches a form found by its key: rule normalized-key with the form it matched, or gazetteer
     * with the gazetteer name (an alias the papers had not written yet), or override-merge.
     */
    private void attachByKey(Entity c, String form, String key) {
        for (String f : c.allForms()) if (key(f).equals(key)) { attach(c, form, key, "normalized-key", f, null); return; }
        for (String f : c.longForms) if (key(f).equals(key)) { attach(c, form, key, "normalized-key", f, null); return; }
        if (c.gazetteer != null)
            for (String n : gazetteerNames(c.gazetteer)) if (key(n).equals(key)) { attach(c, form, key, "gazetteer", n, null); return; }
        attach(c, form, key, "override-merge", c.prefLabel, null);
    }

    private void addLongForm(Entity e, String lf, String shortForm) {
        if (key(lf).isEmpty()) return;
        acronyms.learn(shortForm, lf, "mention");
        touch(e);
        if (!e.addLongForm(lf)) return;
        boolean seen = e.hasForm(lf);
        index(e, lf);
        e.dirty = true;
        if (!seen) record(Decision.merged(e.group, e.iri(), lf, shortForm, "acronym-long-form", null));
    }

    /** Every index entry of one form of an entity. */
    private void index(Entity e, String form) {
        indexName(e, form);
        List<String> tokens = tokens(form);
        List<String> written = NameKey.writtenTokens(form);
        if (tokens.size() == written.size())
            for (int i = 0; i < tokens.size(); i++)
                if (blockable(written.get(i), tokens.get(i))) fuzzyBlocks.add(e.group.ordinal() + "|" + blockKey(tokens, i), e.index);
    }

    /** The exact, skeleton, generic-suffix and token-order index entries of a name (not the fuzzy blocks). */
    private void indexName(Entity e, String name) {
        String p = e.group.ordinal() + "|";
        String key = keyOf(name);
        byKey.add(p + key, e.index);
        if (hasDigit(key)) bySkeleton.add(p + skeleton(key), e.index);
        List<String> tokens = tokens(name);
        if (tokens.size() >= 2 && GENERIC_SUFFIXES.get(e.group).contains(tokens.get(tokens.size() - 1))) {
            String stripped = NameKey.join(tokens.subList(0, tokens.size() - 1));
            if (stripped.length() >= 2) bySuffixless.add(p + stripped, e.index);
        }
        String orderKey = NameKey.orderKey(tokens);
        if (orderKey != null) byOrderKey.add(p + orderKey, e.index);
    }

    /**
     * A new entity named {@code form}. Its IRI comes from the form, else from the long form when the
     * form's IRI is taken (the preferred name then is the long form), else the form with a number.
     */
    private Entity create(Group g, EntityType type, String form, String lf, boolean used) {
        String pref = form;
        String iri = iris.entity(type, form);
        String explicit = null;
        if (byIri(iri) != null && lf != null && byIri(iris.entity(type, lf)) == null) {
            pref = lf;
            iri = iris.entity(type, lf);
        }
        for (int n = 2; byIri(iri) != null; n++) explicit = iri = iris.entity(type, form + " " + n);
        Entity e = new Entity(iris, g, entities.size(), pref);
        e.explicitIri = explicit;
        e.used = used;
        e.dirty = used;
        if (used) e.order = nextOrder++;
        register(e);
        index(e, pref);
        if (!pref.equals(form) && e.addForm(form)) index(e, form);
        return e;
    }

    private void register(Entity e) {
        entities.add(e);
        byIri.add(e.iri(), e.index);
    }

    private void keptApart(Entity a, Entity b, String formA, String formB, String rule, Double score) {
        if (a == b || !a.used || !b.used) return;
        long pair = (long) a.index << 32 | b.index;
        if (recordedApart.get(pair) >= 0) return;
        recordedApart.put(pair, 1);
        if (inRecord) undo.add(() -> recordedApart.put(pair, -1));
        record(Decision.keptApart(a.group, a.iri(), formA, b.iri(), formB, rule, score));
    }

    private void record(Decision d) {
        pending.add(d);
    }

    private String firstFormWithKey(Entity e, String key) {
        for (String f : e.allForms()) if (key(f).equals(key)) return f;
        for (String f : e.longForms) if (key(f).equals(key)) return f;
        return e.prefLabel;
    }

    private String firstFormWithSkeleton(Entity e, String sk) {
        for (String f : e.allForms()) if (skeleton(key(f)).equals(sk)) return f;
        return null;
    }

    /** The key without numbers: names that differ only in version or size share it. */
    static String skeleton(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != '_') b.append(c);
        }
        return b.toString();
    }

    /** The key without its last number ("llama3_8b" → "llama3_b", "qwen2.5" → "qwen"). */
    static String versionStem(String key) {
        int end = key.length();
        while (end > 0 && !Character.isDigit(key.charAt(end - 1))) end--;
        if (end == 0) return key;
        int start = end;
        while (start > 0 && (Character.isDigit(key.charAt(start - 1)) || key.charAt(start - 1) == '.')) start--;
        return key.substring(0, start) + key.substring(end);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    // ------------------------------------------------------------------ keys, cached

    /** Keys and tokens of recent names: the same forms are looked at again and again. Bounded. */
    private final Map<String, List<String>> tokenCache = new HashMap<>();
    private static final int TOKEN_CACHE = 10_000;

    private List<String> tokens(String form) {
        List<String> t = tokenCache.get(form);
        if (t == null) {
            if (tokenCache.size() >= TOKEN_CACHE) tokenCache.clear();
            t = NameKey.keyTokens(form);
            tokenCache.put(form, t);
        }
        return t;
    }

    private String key(String form) {
        return NameKey.join(tokens(form));
    }

    private boolean hasKey(Entity e, String key) {
        for (String f : e.allForms()) if (key(f).equals(key)) return true;
        for (String f : e.longForms) if (key(f).equals(key)) return true;
        return false;
    }

    private Set<String> keysOf(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : e.allForms()) out.add(key(f));
        for (String f : e.longForms) out.add(key(f));
        return out;
    }

    // ------------------------------------------------------------------ views

    /** Learns an acronym definition found in an abstract (see {@link org.paperkg.extract.Acronyms}). */
    public void learnAcronym(String shortForm, String longForm) {
        prepare();
        acronyms.learn(shortForm, longForm, "abstract");
    }

    /** Every entity, in creation order (retired and unused ones included). */
    public List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    /** The entity with this IRI, or null. */
    public Entity byIri(String iri) {
        for (int id : byIri.get(iri)) {
            Entity e = entities.get(id);
            if (e.iri().equals(iri)) return e;
        }
        return null;
    }

    /** Decisions made and not yet written, in order. */
    public List<Decision> decisions() {
        return Collections.unmodifiableList(pending);
    }

    /** The decisions made since the last call, in order; the resolver forgets them. */
    List<Decision> drainDecisions() {
        List<Decision> out = new ArrayList<>(pending);
        pending.clear();
        return out;
    }

    /** Acronym pairs learned since the last call. */
    List<AcronymKnowledge.Pair> drainAcronyms() {
        return acronyms.drainNew();
    }

    public int acronymPairs() {
        return acronyms.size();
    }

    /** Marks every entity clean: after its description was written. */
    void markWritten() {
        for (Entity e : entities) e.dirty = false;
    }
}
