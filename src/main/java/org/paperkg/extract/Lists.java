package org.paperkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks an enumeration ("A, B and C") that follows a cue ("such as", "on", "metrics like"). The
 * item pattern must match at each position, with the item in group 1, and the separator pattern
 * must match right after the item. Every rule that reads a list after a cue walks it here, so all
 * of them stop the same way: at the end of the region, at the first thing that is not an item,
 * when the rule rejects an item, or when no separator follows.
 *
 * <pre>
 * Lists.walk(text, cue.end(), sentence.end(), ITEM, SEPARATOR, item -&gt; addIfName(item.group(1)));
 * </pre>
 */
final class Lists {
    /** What a rule does with one item; false ends the walk. */
    @FunctionalInterface
    interface ItemRule {
        boolean accept(Matcher item);
    }

    private Lists() {
    }

    /** Walks the list in {@code text} from {@code from} up to {@code end}. */
    static void walk(String text, int from, int end, Pattern item, Pattern separator, ItemRule rule) {
        int i = from;
        while (i < end) {
            Matcher m = item.matcher(text).region(i, end);
            if (!m.lookingAt() || !rule.accept(m)) return;
            Matcher sep = separator.matcher(text).region(m.end(1), end);
            if (!sep.lookingAt()) return;
            i = sep.end();
        }
    }
}
