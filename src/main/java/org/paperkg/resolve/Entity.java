package org.paperkg.resolve;

import org.paperkg.gazetteer.GazetteerEntry;
import org.paperkg.model.EntityType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resolved entity of the registry: its IRI, preferred name, every form seen (with its key),
 * acronym expansions, the gazetteer entry it is bound to and the type evidence counted in this run.
 * Mutable, owned by {@link EntityResolver}.
 */
public final class Entity {
    /** The order the entity was first used in, across builds (-1: not used yet); ties go to the older entity. */
    int order = -1;
    final Group group;
    final String iri;
    String prefLabel;
    /** Clean forms in the order seen, the preferred name first, each with its key. */
    final Map<String, String> forms = new LinkedHashMap<>();
    /** Long forms of the acronym this entity is named by (clean), each with its key. */
    final Map<String, String> longForms = new LinkedHashMap<>();
    GazetteerEntry gazetteer;
    /** Type evidence of this run's mentions, and the type stored by earlier builds. */
    final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    EntityType storedType;
    Boolean higherIsBetter;
    /** Mentioned by some paper (now or in an earlier build): only used entities are written. */
    boolean used;
    /** The description changed in this run and must be written again. */
    boolean dirty;
    /** Retired by a forced merge: its forms moved to another entity. */
    boolean retired;

    Entity(Group group, String iri, String prefLabel) {
        this.group = group;
        this.iri = iri;
        this.prefLabel = prefLabel;
    }

    public String iri() {
        return iri;
    }

    public String prefLabel() {
        return prefLabel;
    }

    public Group group() {
        return group;
    }

    /** Every form other than the preferred name, long forms included, in the order seen. */
    public List<String> altLabels() {
        Set<String> out = new LinkedHashSet<>(forms.keySet());
        out.addAll(longForms.keySet());
        out.remove(prefLabel);
        return new ArrayList<>(out);
    }

    public List<String> longForms() {
        return List.copyOf(longForms.keySet());
    }

    boolean hasKey(String key) {
        return forms.containsValue(key) || longForms.containsValue(key);
    }

    /**
     * The type from all the evidence: the gazetteer's type when the entity is a gazetteer entry;
     * else the type most mentions give (with the type stored by earlier builds counting once);
     * on a tie, the group's broadest type (Method, Dataset), which is true whichever reading is right.
     */
    public EntityType type() {
        if (gazetteer != null && Group.of(gazetteer.type()) == group) return gazetteer.type();
        Map<EntityType, Integer> all = new EnumMap<>(votes);
        if (all.isEmpty() && storedType != null) return storedType;
        return decide(all, group);
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
        if (t != null && Group.of(t) == group) votes.merge(t, 1, Integer::sum);
    }

    @Override
    public String toString() {
        return prefLabel + " <" + iri + ">";
    }
}
