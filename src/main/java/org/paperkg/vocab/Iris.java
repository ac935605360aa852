package org.paperkg.vocab;

import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.SourceRef;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Mints every IRI paperkg writes, deterministically from the data: the same input always gives
 * the same IRIs, and the same entity named in two papers or two files gets one IRI.
 *
 * <pre>
 * Iris iris = new Iris("https://w3id.org/paperkg/");
 * iris.paper("Energy-Based Transformers are Scalable Learners and Thinkers")
 *   // https://w3id.org/paperkg/paper/energy-based-transformers-are-scalable-learners-and-thinkers
 * iris.entity(EntityType.DATASET, "GSM8K")   // https://w3id.org/paperkg/dataset/gsm8k
 * </pre>
 * The base is configurable ({@code --base} or {@code PAPERKG_BASE}); it must end in '/' or '#'.
 */
public final class Iris {
    /** The default namespace base for data IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/paperkg/";
    private static final int SLUG_MAX = 80;

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+[/#]"))
            throw new IllegalArgumentException("IRI base must be an http(s) IRI ending in '/' or '#': " + base);
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** A paper without a registry identifier: named by its normalized title. */
    public String paper(String title) {
        return base + "paper/" + Names.slug(Names.titleKey(title), SLUG_MAX);
    }

    /** A named entity; methods, models, frameworks and tools share one namespace, as do datasets and benchmarks. */
    public String entity(EntityType type, String name) {
        return base + collection(type) + "/" + Names.slug(name, SLUG_MAX);
    }

    /** A code repository, by its normalized URL: {@code repository/github.com/owner/name}. */
    public String repository(String normalizedUrl) {
        String rest = normalizedUrl.replaceFirst("^https?://", "");
        StringBuilder path = new StringBuilder();
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) continue;
            if (path.length() > 0) path.append('/');
            path.append(encodeSegment(segment.toLowerCase(java.util.Locale.ROOT)));
        }
        return base + "repository/" + path;
    }

    /** The named graph holding everything read from one source file. */
    public String sourceGraph(String fileName) {
        return base + "graph/" + encodeSegment(fileName);
    }

    /** One record as read at one line of one file. */
    public String sourceRecord(SourceRef ref) {
        return base + "record/" + encodeSegment(ref.fileName()) + "/" + ref.line();
    }

    /** The evidence annotation for one mention in one paper. */
    public String evidence(String paperIri, Mention m) {
        return evidence(paperIri + "|" + m.kind() + "|" + m.text() + "|" + m.field() + "|" + m.span().start() + "|" + m.span().end());
    }

    /** The evidence annotation for one reported result, keyed by the result's IRI. */
    public String resultEvidence(String resultIri) {
        return evidence(resultIri + "|evidence");
    }

    private String evidence(String key) {
        return base + "evidence/" + Hashes.shortHash(key) + Hashes.shortHash(key + "#");
    }

    /** A result reported by a paper, keyed by its evidence text and position. */
    public String result(String paperIri, String key) {
        return base + "result/" + Hashes.shortHash(paperIri + "|" + key) + Hashes.shortHash(key + "#" + paperIri);
    }

    /** The agent for an extractor, by its stable name. */
    public String extractor(String name) {
        return base + "extractor/" + Names.slug(name, SLUG_MAX);
    }

    /** The IRI a mention's entity gets, whatever its kind. */
    public String mentionTarget(Mention m) {
        if (m.kind() == MentionKind.CODE_REPOSITORY) return repository(m.text());
        if (m.kind() == MentionKind.PROJECT_PAGE) return m.text();
        return entity(m.type(), m.entityName());
    }

    private static String collection(EntityType type) {
        return switch (type) {
            case METHOD, MODEL, FRAMEWORK, TOOL -> "method";
            case DATASET, BENCHMARK -> "dataset";
            case TASK -> "task";
            case METRIC -> "metric";
        };
    }

    private static String encodeSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
