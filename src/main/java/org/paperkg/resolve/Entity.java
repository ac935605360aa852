package org.paperkg.resolve;

import org.paperkg.gazetteer.GazetteerEntry;
import org.paperkg.model.EntityType;
import org.paperkg.vocab.Iris;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resolved entity of the registry: its preferred name, every other form seen, acronym
 * expansions, the gazetteer entry it is bound to and the type evidence counted in this run.
 * Kept small (a build may hold millions): forms are plain string arrays, keys are computed when
 * needed, and the IRI is derived from the preferred name unless it had to differ.
 */
public final class Entity {
    private static final String[] NONE = new String[0];
    /** Types counted in {@link #votes}, 16 bits each. */
    private static final EntityType[] VOTED = {EntityType.METHOD, EntityType.MODEL, EntityType.FRAMEWORK, EntityType.TOOL};
    private static final EntityType[] VOTED_DATA = {EntityType.DATASET, EntityType.BENCHMARK};

    private final Iris iris;
    final Group group;
    /** Position in the registry's list. */
    final int index;
    /** The order the entity was first used in, across builds (-1: not used yet); ties go to the older entity. */
    int order = -1;
    String prefLabel;
    /** The IRI when it is not the one minted from the preferred name, else null. */
    String explicitIri;
    /** Forms other than the preferred name, in the order seen. */
    String[] forms = NONE;
    /** Long forms of the acronym the entity is named by, in the order seen. */
    String[] longForms = NONE;
    GazetteerEntry gazetteer;
    /** This run's mentions per type, 16 bits a type (see {@link #VOTED}). */
    long votes;
    /** The type and metric direction the store described the entity with, when it was restored from one (else null). */
    EntityType storedType;
    Boolean storedHigherIsBetter;
    Boolean higherIsBetter;
    /** Mentioned by some paper (now or in an earlier build): only used entities are written. */
    boolean used;
    /** The description changed in this run and must be written again. */
    boolean dirty;
    /** Retired by a forced merge: its forms moved to another entity. */
    boolean retired;

    Entity(Iris iris, Group group, int index, String prefLabel) {
        this.iris = iris;
        this.group = group;
        this.index = index;
        this.prefLabel = prefLabel;
    }

    /** The entity's IRI: minted from the preferred name ({@link Iris#entity}) unless it had to differ. */
    public String iri() {
        return explicitIri != null ? explicitIri : iris.entity(group.broadest(), prefLabel);
    }

    public String prefLabel() {
        return prefLabel;
    }

    public Group group() {
        return group;
    }

    /** Every form seen, the preferred name first. */
    List<String> allForms() {
        List<String> out = new ArrayList<>(1 + forms.length);
        out.add(prefLabel);
        out.addAll(Arrays.asList(forms));
        return out;
    }

    boolean hasForm(String form) {
        if (prefLabel.equals(form)) return true;
        for (String f : forms) if (f.equals(form)) return true;
        return false;
    }

    /** Adds a form; false when the entity has it. */
    boolean addForm(String form) {
        if (hasForm(form)) return false;
        forms = append(forms, form);
        return true;
    }

    void removeForm(String form) {
        List<String> l = new ArrayList<>(Arrays.asList(forms));
        l.remove(form);
        forms = l.toArray(NONE);
    }

    boolean hasLongForm(String lf) {
        for (String f : longForms) if (f.equals(lf)) return true;
        return false;
    }

    boolean addLongForm(String lf) {
        if (hasLongForm(lf)) return false;
        longForms = append(longForms, lf);
        return true;
    }

    void removeLongForm(String lf) {
        List<String> l = new ArrayList<>(Arrays.asList(longForms));
        l.remove(lf);
        longForms = l.toArray(NONE);
    }

    private static String[] append(String[] a, String s) {
        String[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = s;
        return b;
    }

    /** Every form other than the preferred name, long forms included, in the order seen. */
    public List<String> altLabels() {
        Set<String> out = new LinkedHashSet<>(Arrays.asList(forms));
        out.addAll(Arrays.asList(longForms));
        out.remove(prefLabel);
        return new ArrayList<>(out);
    }

    public List<String> longForms() {
        return List.of(longForms);
    }

    /**
     * The type from all the evidence: the gazetteer's type when the entity is a gazetteer entry;
     * else the type most mentions give (the type stored by an earlier build when this run has no
     * mention); on a tie, the group's broadest type (Method, Dataset), which is true whichever
     * reading is right.
     */
    public EntityType type() {
        if (gazetteer != null && Group.of(gazetteer.type()) == group) return gazetteer.type();
        Map<EntityType, Integer> all = voteCounts();
        if (all.isEmpty() && storedType != null) return storedType;
        return decide(all, group);
    }

    Map<EntityType, Integer> voteCounts() {
        Map<EntityType, Integer> out = new EnumMap<>(EntityType.class);
        EntityType[] types = group == Group.DATASET ? VOTED_DATA : VOTED;
        for (int i = 0; i < types.length; i++) {
            int n = (int) (votes >>> (16 * i)) & 0xFFFF;
            if (n > 0) out.put(types[i], n);
        }
        return out;
    }

    static EntityType decide(Map<EntityType, Integer> votes, Group group) {
        EntityType best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (Group.of(e.getKey()) != group) continue;
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return best == null || tie ? group.broadest() : best;
    }

    void vote(EntityType t) {
        if (t == null || Group.of(t) != group || group == Group.TASK || group == Group.METRIC) return;
        EntityType[] types = group == Group.DATASET ? VOTED_DATA : VOTED;
        for (int i = 0; i < types.length; i++) {
            if (types[i] != t) continue;
            long n = (votes >>> (16 * i)) & 0xFFFF;
            if (n < 0xFFFF) votes += 1L << (16 * i);
        }
    }

    /** What resolving a name may change of an existing entity (forms arrays are replaced, never changed in place). */
    record State(int order, String[] forms, String[] longForms, long votes, Boolean higherIsBetter, boolean used, boolean dirty) {
    }

    State state() {
        return new State(order, forms, longForms, votes, higherIsBetter, used, dirty);
    }

    void reset(State s) {
        order = s.order;
        forms = s.forms;
        longForms = s.longForms;
        votes = s.votes;
        higherIsBetter = s.higherIsBetter;
        used = s.used;
        dirty = s.dirty;
    }

    void addVotes(Entity other) {
        for (Map.Entry<EntityType, Integer> e : other.voteCounts().entrySet()) for (int i = 0; i < e.getValue(); i++) vote(e.getKey());
    }

    @Override
    public String toString() {
        return prefLabel + " #" + index;
    }
}
