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
    private static final int MAX_APART_PER_ENTITY = 3;
    private static final int FUZZY_MIN_BLOCK_WORD = 4;
    private static final int FUZZY_MIN_MERGE_WORD = 8;
    private static final double FUZZY_MIN_JW = 0.9;
    private static final double CLOSE_JW = 0.85;

    private final Iris iris;
    private final Overrides overrides;
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byIri = new HashMap<>();
    private final Map<Group, Map<String, List<Entity>>> byKey = perGroup();
    private final Map<Group, Map<String, List<Entity>>> bySuffixless = perGroup();
    private final Map<Group, Map<String, List<Entity>>> byOrderKey = perGroup();
    private final Map<Group, Map<String, List<Entity>>> bySkeleton = perGroup();
    private final Map<Group, Map<String, List<BlockEntry>>> fuzzyBlocks = perGroup();
    private final Map<Group, Map<String, Entity>> byCanonical = perGroup();
    /** Keys an entity answers to without having been seen written that way (gazetteer names, overrides). */
    private final Map<Entity, Set<String>> knownKeys = new HashMap<>();
    /** Keys a merge override joins, both ways. */
    private final Map<Group, Map<String, Set<String>>> forcedPartners = perGroup();
    private final Map<Group, Set<String>> splitPairs = new EnumMap<>(Group.class);
    private final AcronymKnowledge acronyms = new AcronymKnowledge();
    private final List<Decision> decisions = new ArrayList<>();
    private final Set<String> recordedApart = new HashSet<>();
    private final Set<String> takenIris = new HashSet<>();
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final LevenshteinDistance levenshtein = new LevenshteinDistance(3);
    private final Gazetteer gazetteer;
    private boolean gazetteerBound;
    /** The next entity's {@link Entity#order}: one more than any used so far, in this build or before. */
    private int nextOrder;

    /** One form of an entity in a fuzzy block, with its normalized tokens. */
    private record BlockEntry(Entity entity, String form, List<String> tokens) {
    }

    /** A fuzzy match. */
    private record FuzzyMatch(Entity entity, String form, double score) {
    }

    public EntityResolver(Iris iris, Gazetteer gazetteer, Overrides overrides) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.overrides = overrides;
    }

    private static <V> Map<Group, V> perGroup() {
        Map<Group, V> m = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            @SuppressWarnings("unchecked")
            V v = (V) new HashMap<>();
            m.put(g, v);
        }
        return m;
    }

    // ------------------------------------------------------------------ set-up

    /**
     * Restores an entity from an earlier build (see {@link ResolutionStore}); call before the first
     * {@link #resolve}. Forms are the entity's labels, the preferred name first.
     */
    Entity restore(String iri, Group group, String prefLabel, List<String> altLabels, List<String> longForms, EntityType type,
                   long order) {
        Entity e = new Entity(group, iri, prefLabel);
        e.storedType = type;
        e.used = true;
        e.order = order >= 0 && order < Integer.MAX_VALUE ? (int) order : nextOrder;
        nextOrder = Math.max(nextOrder, e.order + 1);
        register(e);
        addForm(e, prefLabel);
        for (String lf : longForms) {
            String lk = NameKey.key(lf);
            if (lk.isEmpty()) continue;
            e.longForms.put(lf, lk);
            index(e, lf, lk);
        }
        for (String a : altLabels) if (!e.longForms.containsKey(a)) addForm(e, a);
        return e;
    }

    /** Restores an acronym pair learned by an earlier build. */
    void restoreAcronym(String shortForm, String longForm) {
        acronyms.learn(shortForm, longForm, "store");
    }

    /**
     * Binds the gazetteer entries (to restored entities with the same key, else to new, not yet
     * used entities) and applies the overrides. Runs once, before the first name is resolved.
     */
    void prepare() {
        if (gazetteerBound) return;
        gazetteerBound = true;
        for (GazetteerEntry entry : gazetteer.entries()) bindGazetteer(entry);
        applyOverrides();
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
            Entity minted = byIri.get(iris.entity(entry.type(), NameKey.clean(entry.name())));
            if (minted != null && minted.gazetteer == null && minted.group == g) target = minted;
        }
        if (target == null) {
            Set<String> keys = new HashSet<>();
            for (String n : names) keys.add(NameKey.key(n));
            for (String n : names) {
                for (Entity c : exact(g, NameKey.key(n), n)) {
                    if (c.gazetteer == null && c.used && keys.contains(NameKey.key(c.prefLabel))) {
                        target = c;
                        break;
                    }
                }
                if (target != null) break;
            }
        }
        if (target == null) {
            target = create(g, entry.type(), NameKey.clean(entry.name()), null, false);
            target.used = false;
            target.dirty = false;
        }
        if (target.gazetteer == null) target.gazetteer = entry;
        byCanonical.get(g).putIfAbsent(entry.name(), target);
        if (entry.higherIsBetter() != null && target.higherIsBetter == null) target.higherIsBetter = entry.higherIsBetter();
        for (String n : names) {
            String k = NameKey.key(n);
            if (k.isEmpty()) continue;
            knownKeys.computeIfAbsent(target, x -> new LinkedHashSet<>()).add(k);
            addToIndex(byKey.get(g), k, target);
            indexVariants(target, NameKey.keyTokens(n));
        }
        // The gazetteer's acronyms and their expansions ("SAM" / "Segment Anything Model").
        for (String s : names) {
            if (!NameKey.looksLikeAcronym(s)) continue;
            for (String l : names) if (l != s && NameKey.abbreviates(s, l)) acronyms.learn(s, l, "gazetteer");
        }
    }

    private void applyOverrides() {
        for (Overrides.Rule r : overrides.rules()) {
            Group g = r.group();
            String ka = NameKey.key(r.name()), kb = NameKey.key(r.other());
            if (r.action() == Overrides.Action.SPLIT) {
                splitPairs.computeIfAbsent(g, x -> new HashSet<>()).add(ka + "\u0000" + kb);
                splitPairs.get(g).add(kb + "\u0000" + ka);
                for (Entity e : new ArrayList<>(byKey.get(g).getOrDefault(ka, List.of()))) {
                    if (!e.hasKey(kb)) continue;
                    removeKey(e, kb);
                    record(Decision.keptApart(g, e.iri, r.name(), null, r.other(), "override-split", null));
                }
                continue;
            }
            forcedPartners.get(g).computeIfAbsent(kb, x -> new LinkedHashSet<>()).add(ka);
            forcedPartners.get(g).computeIfAbsent(ka, x -> new LinkedHashSet<>()).add(kb);
            Entity a = first(exact(g, ka, r.name()));
            Entity b = first(exact(g, kb, r.other()));
            if (a != null && b != null && a != b) {
                absorb(a, b);
                record(Decision.merged(g, a.iri, r.other(), r.name(), "override-merge", null));
            } else if (a != null && b == null) {
                knownKeys.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(kb);
                addToIndex(byKey.get(g), kb, a);
            } else if (b != null && a == null) {
                knownKeys.computeIfAbsent(b, x -> new LinkedHashSet<>()).add(ka);
                addToIndex(byKey.get(g), ka, b);
            }
        }
    }

    /** Moves every form of {@code b} into {@code a} and retires {@code b}. */
    private void absorb(Entity a, Entity b) {
        for (Map.Entry<String, String> f : List.copyOf(b.forms.entrySet())) addForm(a, f.getKey());
        for (Map.Entry<String, String> f : List.copyOf(b.longForms.entrySet())) {
            a.longForms.putIfAbsent(f.getKey(), f.getValue());
            index(a, f.getKey(), f.getValue());
        }
        for (String k : knownKeys.getOrDefault(b, Set.of())) {
            knownKeys.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(k);
            addToIndex(byKey.get(a.group), k, a);
        }
        for (Map<String, List<Entity>> m : List.of(byKey.get(b.group), bySuffixless.get(b.group), bySkeleton.get(b.group), byOrderKey.get(b.group)))
            for (List<Entity> l : m.values()) l.remove(b);
        b.votes.forEach((t, n) -> a.votes.merge(t, n, Integer::sum));
        if (a.order < 0) a.order = b.order;
        a.used |= b.used;
        a.dirty = true;
        b.retired = true;
        b.dirty = true;
    }

    private void removeKey(Entity e, String key) {
        e.forms.values().removeIf(key::equals);
        e.longForms.values().removeIf(key::equals);
        Set<String> known = knownKeys.get(e);
        if (known != null) known.remove(key);
        List<Entity> l = byKey.get(e.group).get(key);
        if (l != null) l.remove(e);
        e.dirty = true;
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
        String key = NameKey.key(form);
        if (key.isEmpty()) key = form.toLowerCase(java.util.Locale.ROOT);
        Entity e = place(g, type, form, key, lf, canonical);
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
        for (String p : partners) {
            knownKeys.computeIfAbsent(e, x -> new LinkedHashSet<>()).add(p);
            addToIndex(byKey.get(g), p, e);
        }
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
        String lk = NameKey.key(lf);
        if (lk.isEmpty() || lk.equals(key) || splitPairs.getOrDefault(g, Set.of()).contains(key + "\u0000" + lk))
            return placeBare(g, type, form, key);
        acronyms.learn(form, lf, "mention");
        Entity longEntity = null;
        for (Entity c : exact(g, lk, lf)) {
            if (compatible(c, form, key)) {
                longEntity = c;
                break;
            }
        }
        if (longEntity != null) {
            attach(longEntity, form, key, "acronym-definition", lf, null);
            addLongForm(longEntity, lf, form);
            return longEntity;
        }
        List<Entity> sameAcronym = exact(g, key, form);
        for (Entity c : sameAcronym) {
            if (compatibleExpansion(c, lk) && compatible(c, lf, lk)) {
                attach(c, form, key, "normalized-key", firstFormWithKey(c, key), null);
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
        for (Entity c : sameAcronym)
            if (c != e) keptApart(c, e, firstFormWithKey(c, key), form + " (" + lf + ")", "competing-expansion", null);
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
            attach(c, form, key, "normalized-key", firstFormWithKey(c, key), null);
            return c;
        }
        String orderKey = NameKey.orderKey(NameKey.keyTokens(form));
        if (orderKey != null) {
            Entity o = first(compatibleOnly(byOrderKey.get(g).getOrDefault(orderKey, List.of()), form, key));
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
            Map<String, String> exps = acronyms.expansionsOf(sk);
            if (!NameKey.abbreviates(acronyms.shortForm(sk), form) || senses(g, acronyms.shortForm(sk), exps).size() != 1) continue;
            for (Entity t : exact(g, sk, null)) {
                if (compatibleExpansion(t, key) && compatible(t, form, key)) {
                    attach(t, form, key, "acronym-learned", t.prefLabel, null);
                    t.longForms.putIfAbsent(form, key);
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
        for (FuzzyMatch c : close) keptApart(c.entity, e, c.form, form, "near-spelling", c.score);
        closeApart(e, form, key);
        return e;
    }

    /**
     * An acronym without a definition in its paper: by its known expansions. Returns null when the
     * name should be placed like any other name.
     */
    private Entity placeAcronym(Group g, EntityType type, String form, String key, List<Entity> candidates) {
        Map<String, String> exps = acronyms.expansionsOf(key);
        LinkedHashMap<String, Entity> senses = senses(g, form, exps);
        if (senses.size() >= 2) {
            // Competing expansions: the type decides when exactly one sense has it.
            LinkedHashSet<Entity> pool = new LinkedHashSet<>(candidates);
            for (Entity t : senses.values()) if (t != null) pool.add(t);
            List<Entity> typed = new ArrayList<>();
            for (Entity c : pool) if (c.type() == type && compatible(c, form, key)) typed.add(c);
            if (typed.size() == 1) {
                attach(typed.get(0), form, key, "acronym-by-type", typed.get(0).prefLabel, null);
                return typed.get(0);
            }
            for (Entity c : candidates) {
                boolean named = c.gazetteer != null && NameKey.key(c.gazetteer.name()).equals(key);
                if (named && (typed.isEmpty() || typed.contains(c))) {
                    attach(c, form, key, "gazetteer", c.gazetteer.name(), null);
                    return c;
                }
            }
            for (Entity c : candidates) {
                if (c.longForms.isEmpty() && expansionKeysOf(c).isEmpty()) {
                    attach(c, form, key, "normalized-key", firstFormWithKey(c, key), null);
                    return c;
                }
            }
            Entity e = create(g, type, form, null, true);
            for (Entity c : pool) keptApart(c, e, c.prefLabel, form, "ambiguous-acronym", null);
            return e;
        }
        if (!candidates.isEmpty()) {
            Entity c = candidates.get(0);
            attach(c, form, key, "normalized-key", firstFormWithKey(c, key), null);
            if (senses.size() == 1) {
                Map.Entry<String, Entity> only = senses.entrySet().iterator().next();
                if (only.getValue() == null && compatibleExpansion(c, NameKey.key(only.getKey())))
                    addLongForm(c, only.getKey(), form);
            }
            return c;
        }
        if (senses.size() == 1) {
            Map.Entry<String, Entity> only = senses.entrySet().iterator().next();
            Entity t = only.getValue();
            if (t != null) {
                if (!compatible(t, form, key)) return null;
                attach(t, form, key, "acronym-learned", only.getKey(), null);
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
     * no entity has it yet). Two expansions naming one entity are one sense.
     */
    private LinkedHashMap<String, Entity> senses(Group g, String acronym, Map<String, String> exps) {
        LinkedHashMap<String, Entity> out = new LinkedHashMap<>();
        Set<Entity> seen = new HashSet<>();
        // Expansions whose word initials spell the acronym outrank Schwartz-Hearst readings that use
        // letters inside words ("pre-trained LM" for PLM, "maximum-likelihood" for MLE).
        Map<String, String> strong = new LinkedHashMap<>();
        if (acronym != null)
            for (Map.Entry<String, String> x : exps.entrySet()) if (NameKey.abbreviates(acronym, x.getValue())) strong.put(x.getKey(), x.getValue());
        for (Map.Entry<String, String> x : (strong.isEmpty() ? exps : strong).entrySet()) {
            Entity t = first(exact(g, x.getKey(), x.getValue()));
            if (t != null && !seen.add(t)) continue;
            out.put(x.getValue(), t);
        }
        return out;
    }

    /** Keys of the names of {@code e} that one of its acronym names abbreviates: its expansions. */
    private Set<String> expansionKeysOf(Entity e) {
        Set<String> out = new HashSet<>(e.longForms.values());
        List<String> names = new ArrayList<>(e.forms.keySet());
        if (e.gazetteer != null) {
            names.add(e.gazetteer.name());
            names.addAll(e.gazetteer.aliases());
        }
        for (String s : names) {
            if (!NameKey.looksLikeAcronym(s)) continue;
            for (String l : names) if (l != s && NameKey.abbreviates(s, l)) out.add(NameKey.key(l));
        }
        return out;
    }

    private boolean compatibleExpansion(Entity e, String longKey) {
        Set<String> exps = expansionKeysOf(e);
        return exps.isEmpty() || exps.contains(longKey) || e.hasKey(longKey)
                || knownKeys.getOrDefault(e, Set.of()).contains(longKey);
    }

    private Entity suffixMatch(Group g, String form, String key) {
        List<String> tokens = NameKey.keyTokens(form);
        if (tokens.size() >= 2 && GENERIC_SUFFIXES.get(g).contains(tokens.get(tokens.size() - 1))) {
            String stripped = NameKey.join(tokens.subList(0, tokens.size() - 1));
            if (stripped.length() >= 2) {
                Entity e = first(compatibleOnly(byKey.get(g).getOrDefault(stripped, List.of()), form, key));
                if (e != null) return e;
            }
        }
        return first(compatibleOnly(bySuffixless.get(g).getOrDefault(key, List.of()), form, key));
    }

    private FuzzyMatch fuzzy(Group g, String form, String key, List<FuzzyMatch> close) {
        List<String> tokens = NameKey.keyTokens(form);
        List<String> written = NameKey.writtenTokens(form);
        if (tokens.size() != written.size()) return null;
        FuzzyMatch best = null;
        Set<Entity> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!blockable(written.get(i), tokens.get(i))) continue;
            for (BlockEntry b : fuzzyBlocks.get(g).getOrDefault(blockKey(tokens, i), List.of())) {
                if (b.entity.retired) continue;
                String x = tokens.get(i), y = b.tokens.get(i);
                if (x.equals(y)) continue;
                double jw = jaroWinkler.apply(x, y);
                int distance = levenshtein.apply(x, y);
                int shorter = Math.min(x.length(), y.length());
                boolean merge = plainWord(written.get(i)) && shorter >= FUZZY_MIN_MERGE_WORD && distance >= 0
                        && (distance <= 1 || distance <= 2 && shorter >= 12) && jw >= FUZZY_MIN_JW
                        && compatible(b.entity, form, key);
                double score = Math.round(jaroWinkler.apply(key, NameKey.key(b.form)) * 1000) / 1000.0;
                if (merge) {
                    if (best == null || score > best.score) best = new FuzzyMatch(b.entity, b.form, score);
                } else if (close != null && jw >= CLOSE_JW && seen.add(b.entity)) {
                    close.add(new FuzzyMatch(b.entity, b.form, score));
                }
            }
        }
        return best;
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

    /** Records close entities with the same name once numbers are removed: versions and sizes kept apart. */
    private void closeApart(Entity e, String form, String key) {
        String sk = skeleton(key);
        if (sk.length() < 1) return;
        int n = 0;
        for (Entity c : bySkeleton.get(e.group).getOrDefault(sk, List.of())) {
            if (c == e || c.retired || !c.used) continue;
            String other = firstFormWithSkeleton(c, sk);
            if (other == null || NameKey.key(other).equals(key)) continue;
            if (!hasDigit(key) && !hasDigit(NameKey.key(other))) continue;
            keptApart(c, e, other, form, "version-differs", null);
            if (++n >= MAX_APART_PER_ENTITY) break;
        }
    }

    // ------------------------------------------------------------------ registry mechanics

    /** The entities a key names in a group, without those a significant case or a split override keeps apart from {@code form}. */
    private List<Entity> exact(Group g, String key, String form) {
        List<Entity> l = byKey.get(g).get(key);
        if (l == null || l.isEmpty()) return List.of();
        return form == null ? live(l) : compatibleOnly(l, form, key);
    }

    private static List<Entity> live(List<Entity> l) {
        List<Entity> out = new ArrayList<>(l.size());
        for (Entity e : l) if (!e.retired) out.add(e);
        return out;
    }

    private List<Entity> compatibleOnly(List<Entity> l, String form, String key) {
        List<Entity> out = new ArrayList<>(l.size());
        for (Entity e : l) if (!e.retired && compatible(e, form, key)) out.add(e);
        return out;
    }

    /** False when the form may not join the entity: significant case, or a split override. */
    private boolean compatible(Entity e, String form, String key) {
        if (e.retired) return false;
        for (Map.Entry<String, String> f : e.forms.entrySet())
            if (f.getValue().equals(key) && NameKey.caseConflict(f.getKey(), form)) return false;
        if (e.gazetteer != null && NameKey.key(e.gazetteer.name()).equals(key) && NameKey.caseConflict(e.gazetteer.name(), form))
            return false;
        Set<String> splits = splitPairs.get(e.group);
        if (splits != null && !splits.isEmpty()) {
            for (String k : e.forms.values()) if (splits.contains(k + "\u0000" + key)) return false;
            for (String k : e.longForms.values()) if (splits.contains(k + "\u0000" + key)) return false;
            for (String k : knownKeys.getOrDefault(e, Set.of())) if (splits.contains(k + "\u0000" + key)) return false;
        }
        return true;
    }

    private static Entity first(List<Entity> l) {
        return l.isEmpty() ? null : l.get(0);
    }

    private void attach(Entity e, String form, String key, String rule, String matched, Double score) {
        if (e.forms.containsKey(form)) return;
        addForm(e, form);
        record(Decision.merged(e.group, e.iri, form, matched, rule, score));
    }

    private void addForm(Entity e, String form) {
        String key = NameKey.key(form);
        if (key.isEmpty()) key = form.toLowerCase(java.util.Locale.ROOT);
        if (e.forms.putIfAbsent(form, key) == null) {
            index(e, form, key);
            e.dirty = true;
        }
    }

    private void addLongForm(Entity e, String lf, String shortForm) {
        String lk = NameKey.key(lf);
        if (lk.isEmpty()) return;
        acronyms.learn(shortForm, lf, "mention");
        if (e.longForms.containsKey(lf)) return;
        boolean seen = e.forms.containsKey(lf);
        e.longForms.put(lf, lk);
        index(e, lf, lk);
        e.dirty = true;
        if (!seen) record(Decision.merged(e.group, e.iri, lf, shortForm, "acronym-long-form", null));
    }

    private void index(Entity e, String form, String key) {
        Group g = e.group;
        addToIndex(byKey.get(g), key, e);
        String sk = skeleton(key);
        if (!sk.isEmpty()) addToIndex(bySkeleton.get(g), sk, e);
        List<String> tokens = NameKey.keyTokens(form);
        indexVariants(e, tokens);
        List<String> written = NameKey.writtenTokens(form);
        if (tokens.size() == written.size()) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!blockable(written.get(i), tokens.get(i))) continue;
                fuzzyBlocks.get(g).computeIfAbsent(blockKey(tokens, i), k -> new ArrayList<>(1))
                        .add(new BlockEntry(e, form, List.copyOf(tokens)));
            }
        }
    }

    /** The generic-suffix and token-order indexes of one name. */
    private void indexVariants(Entity e, List<String> tokens) {
        Group g = e.group;
        if (tokens.size() >= 2 && GENERIC_SUFFIXES.get(g).contains(tokens.get(tokens.size() - 1))) {
            String stripped = NameKey.join(tokens.subList(0, tokens.size() - 1));
            if (stripped.length() >= 2) addToIndex(bySuffixless.get(g), stripped, e);
        }
        String orderKey = NameKey.orderKey(tokens);
        if (orderKey != null) addToIndex(byOrderKey.get(g), orderKey, e);
    }

    private static void addToIndex(Map<String, List<Entity>> index, String key, Entity e) {
        List<Entity> l = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!l.contains(e)) l.add(e);
    }

    /**
     * A new entity named {@code form}. Its IRI comes from the form, else from the long form when the
     * form's IRI is taken (the preferred name then is the long form), else the form with a number.
     */
    private Entity create(Group g, EntityType type, String form, String lf, boolean used) {
        String pref = form;
        String iri = iris.entity(type, form);
        if (takenIris.contains(iri) && lf != null && !takenIris.contains(iris.entity(type, lf))) {
            iri = iris.entity(type, lf);
            pref = lf;
        }
        for (int n = 2; takenIris.contains(iri); n++) iri = iris.entity(type, form + " " + n);
        Entity e = new Entity(g, iri, pref);
        e.used = used;
        if (used) e.order = nextOrder++;
        e.dirty = true;
        register(e);
        addForm(e, pref);
        if (!pref.equals(form)) addForm(e, form);
        return e;
    }

    private void register(Entity e) {
        entities.add(e);
        byIri.put(e.iri, e);
        takenIris.add(e.iri);
    }

    private void keptApart(Entity a, Entity b, String formA, String formB, String rule, Double score) {
        if (a == b || !a.used || !b.used) return;
        String id = a.iri + "|" + b.iri;
        if (!recordedApart.add(id)) return;
        record(Decision.keptApart(a.group, a.iri, formA, b.iri, formB, rule, score));
    }

    private void record(Decision d) {
        decisions.add(d);
    }

    private static String firstFormWithKey(Entity e, String key) {
        for (Map.Entry<String, String> f : e.forms.entrySet()) if (f.getValue().equals(key)) return f.getKey();
        for (Map.Entry<String, String> f : e.longForms.entrySet()) if (f.getValue().equals(key)) return f.getKey();
        return e.prefLabel;
    }

    private static String firstFormWithSkeleton(Entity e, String sk) {
        for (Map.Entry<String, String> f : e.forms.entrySet()) if (skeleton(f.getValue()).equals(sk)) return f.getKey();
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

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    // ------------------------------------------------------------------ views

    /** Learns the acronym definitions of one abstract (see {@link org.paperkg.extract.Acronyms}). */
    public void learnAcronym(String shortForm, String longForm) {
        prepare();
        acronyms.learn(shortForm, longForm, "abstract");
    }

    /** Every entity, in creation order (retired and unused ones included). */
    public List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    public Entity byIri(String iri) {
        return byIri.get(iri);
    }

    /** Decisions made in this run, in order. */
    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }

    List<AcronymKnowledge.Pair> learnedAcronyms() {
        return acronyms.added();
    }

    public int acronymPairs() {
        return acronyms.size();
    }

    /** Marks every entity clean: after its description was written. */
    void markWritten() {
        for (Entity e : entities) e.dirty = false;
        decisions.clear();
        acronyms.clearAdded();
    }
}
