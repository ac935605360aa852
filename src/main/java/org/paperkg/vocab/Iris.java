package org.paperkg.vocab;

import org.apache.jena.riot.system.Checker;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.SafeText;
import org.paperkg.model.SourceRef;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * A paper, always named by its normalized title key ({@link Names#titleKey}), even when the
     * source gives an arXiv id: a text listing has no id, so only the title lets a listing record
     * and a JSON record of the same paper become one node. The arXiv id and DOI are recorded on
     * that node instead (pkg:arxivId, dcterms:identifier, schema:sameAs {@link #arxivAbstract},
     * {@link #doi}). Two different papers with the same title key would merge; that is rarer
     * than the same paper arriving from a listing and an API.
     */
    public String paper(String title) {
        return base + "paper/" + Names.slug(Names.titleKey(title), SLUG_MAX);
    }

    /** A named entity; methods, models, frameworks and tools share one namespace, as do datasets and benchmarks. */
    public String entity(EntityType type, String name) {
        return base + collection(type) + "/" + Names.slug(name, SLUG_MAX);
    }

    /**
     * An author, named by the normalized full name: the same name in two sources or two papers is
     * one person node. Chosen so an author's papers can be listed; the cost is that two different
     * people with the same name merge, and one person written two ways ("C. Bal\u00e1zs" and
     * "Csaba Bal\u00e1zs") stays two nodes. Queries that need certainty go through pkg:Authorship.
     */
    public String person(String name) {
        return base + "person/" + Names.slug(Names.collapseSpaces(name), SLUG_MAX);
    }

    /**
     * One byline entry: the paper, the position and the person together, so the same author at
     * the same place from two sources is one node.
     */
    public String authorship(String paperIri, int position, String personIri) {
        String key = paperIri + "|" + position + "|" + personIri;
        return base + "authorship/" + Hashes.shortHash(key) + Hashes.shortHash(key + "#");
    }

    /** An arXiv category by its code: {@code https://arxiv.org/archive/cs.LG}, arXiv's own namespace. */
    public static String arxivCategory(String code) {
        return "https://arxiv.org/archive/" + encodeStep(code);
    }

    /** The arXiv abstract page of an id: {@code https://arxiv.org/abs/2407.13168}. */
    public static String arxivAbstract(String arxivId) {
        return "https://arxiv.org/abs/" + encodePath(arxivId);
    }

    /** The DOI resolver IRI of a DOI: {@code https://doi.org/10.1103/PhysRevD.76.013009}. */
    public static String doi(String doi) {
        return "https://doi.org/" + encodePath(doi);
    }

    /** A code repository, by its normalized URL: {@code repository/github.com/owner/name}. */
    public String repository(String normalizedUrl) {
        String rest = normalizedUrl.replaceFirst("^https?://", "");
        StringBuilder path = new StringBuilder();
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) continue;
            if (path.length() > 0) path.append('/');
            path.append(encodeStep(segment.toLowerCase(java.util.Locale.ROOT)));
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

    /**
     * The evidence annotation for one mention in one paper, read in {@code sentence}. The entity,
     * the extractor and the sentence are part of the key, so each annotation has one body, one
     * extractor and one sentence (checked by the SHACL shapes): two extractors may read one span as
     * two entities ("EBMs" as itself and as "energy-based model"), and two sources may spell the
     * same paper's abstract differently at the same offsets ("long- context", "long-context").
     */
    public String evidence(String paperIri, Mention m, String sentence) {
        return evidence(paperIri + "|" + m.kind() + "|" + m.text() + "|" + m.field() + "|" + m.span().start() + "|" + m.span().end()
                + "|" + m.entityName() + "|" + m.extractor() + "|" + sentence);
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

    /**
     * The IRI a mention's entity gets, whatever its kind; for a project page its {@link #webIri},
     * or null when the address cannot be made a valid IRI.
     */
    public String mentionTarget(Mention m) {
        if (m.kind() == MentionKind.CODE_REPOSITORY) return repository(m.text());
        if (m.kind() == MentionKind.PROJECT_PAGE) return webIri(m.text()).orElse(null);
        return entity(m.type(), m.entityName());
    }

    /**
     * A web address from a source or a text as a valid absolute IRI, or empty when it cannot be one
     * (then the mapper writes it as a plain literal). Unicode is NFC-normalized and every character
     * an IRI may not hold here is percent-encoded as UTF-8: space, controls, {@code <>"{}|\^`},
     * brackets outside the host, a second '#', a '%' not followed by two hex digits, and, so the
     * IRI is plain ASCII in every syntax, all non-ASCII. "https://example.org/a b/caf\u00e9" becomes
     * "https://example.org/a%20b/caf%C3%A9". The result must then pass the same check Jena's
     * parsers apply (no warnings either); a path with "." or ".." steps is refused, because
     * parsers resolve those away and the IRI would not read back as written.
     */
    public static Optional<String> webIri(String url) {
        if (url == null) return Optional.empty();
        String s = Normalizer.normalize(SafeText.clean(url).strip(), Normalizer.Form.NFC);
        if (!s.matches("(?i)https?://[^/?#]+([/?#].*)?")) return Optional.empty();
        StringBuilder out = new StringBuilder(s.length() + 16);
        boolean inFragment = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            boolean keep;
            if (cp == '%') keep = i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
            else if (cp == '#') {
                keep = !inFragment;
                inFragment = true;
            } else keep = cp < 0x7F && cp > 0x20 && IRI_ASCII.indexOf(cp) >= 0;
            if (keep) out.appendCodePoint(cp);
            else for (byte b : s.substring(i, i + len).getBytes(StandardCharsets.UTF_8)) out.append(String.format("%%%02X", b & 0xFF));
            i += len;
        }
        String iri = out.toString();
        String path = iri.replaceFirst("(?i)^https?://[^/?#]*", "").replaceFirst("[?#].*", "");
        for (String step : path.split("/")) if (step.equals(".") || step.equals("..")) return Optional.empty();
        return isValid(iri) ? Optional.of(iri) : Optional.empty();
    }

    /** True when Jena's parsers would read {@code iri} back without an error or a warning. */
    public static boolean isValid(String iri) {
        try {
            return Checker.checkIRI(iri, ErrorHandlerFactory.errorHandlerStrictNoLogging, -1, -1);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** ASCII an IRI may hold unencoded: unreserved, reserved (without brackets) and the other sub-delims. */
    private static final String IRI_ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?@!$&'()*+,;=";

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    // Entity resolution. The graph names have a '/' after "graph/", which no source graph's encoded
    // file name can have, so they never collide with a source file's graph.

    /** The build-level graph that describes every resolved entity: type, preferred and other labels. */
    public String entitiesGraph() {
        return base + "graph/resolution/entities";
    }

    /** The resolution graph: merge and kept-apart decisions, learned acronyms. */
    public String resolutionGraph() {
        return base + "graph/resolution/decisions";
    }

    /** One resolution decision, keyed by what it decided. */
    public String resolutionDecision(String key) {
        return base + "resolution/" + Hashes.shortHash(key) + Hashes.shortHash(key + "#");
    }

    /** One learned acronym definition, keyed by its normalized short and long forms. */
    public String acronymDefinition(String key) {
        return base + "acronym/" + Hashes.shortHash(key) + Hashes.shortHash(key + "#");
    }

    private static String collection(EntityType type) {
        return switch (type) {
            case METHOD, MODEL, FRAMEWORK, TOOL -> "method";
            case DATASET, BENCHMARK -> "dataset";
            case TASK -> "task";
            case METRIC -> "metric";
        };
    }

    /**
     * Percent-encodes each '/'-separated segment, keeping the slashes: DOIs may hold '<', '#', ' '.
     * A "." or ".." segment is encoded too, or parsers would resolve it away.
     */
    private static String encodePath(String s) {
        return java.util.Arrays.stream(s.split("/", -1))
                .map(Iris::encodeStep)
                .collect(java.util.stream.Collectors.joining("/"));
    }

    /** {@link #encodeSegment}, and "." or ".." as "%2E" or "%2E%2E", which parsers leave alone. */
    private static String encodeStep(String s) {
        return s.equals(".") ? "%2E" : s.equals("..") ? "%2E%2E" : encodeSegment(s);
    }

    private static String encodeSegment(String s) {
        return URLEncoder.encode(SafeText.clean(s), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
