package org.paperkg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper as read from one place in one source. Fields a source does not give are null (or
 * empty, for the lists).
 *
 * @param source       where it was read
 * @param title        the title as written, white space collapsed
 * @param abstractText the abstract as written, or null when the source has none
 * @param authorCount  number of authors shown by the source, or null
 * @param published    the publication date shown by the source (for arXiv, the v1 date), or null
 * @param upvotes      the upvote count shown at reading time, or null
 * @param arxivId      the arXiv identifier without version ("2407.13168"), or null
 * @param doi          the DOI ("10.1103/PhysRevD.76.013009"), or null
 * @param authors      author names in byline order
 * @param categories   arXiv category codes ("cs.LG"), primary first
 * @param featuredDate the day Hugging Face featured the paper on its Daily Papers page, or null
 * @param githubRepo   the code repository URL the source gives, as written, or null
 * @param projectPage  the project page URL the source gives, as written, or null
 * @param keywords     keywords the source attaches (Hugging Face {@code ai_keywords})
 * @param license      the license URL or name the source gives, or null
 * @param githubStars  the star count of the repository shown at reading time, or null
 */
public record PaperRecord(SourceRef source, String title, String abstractText,
                          Integer authorCount, LocalDate published, Integer upvotes,
                          String arxivId, String doi, List<String> authors, List<String> categories,
                          LocalDate featuredDate, String githubRepo, String projectPage,
                          List<String> keywords, String license, Integer githubStars) {
    public PaperRecord {
        Objects.requireNonNull(source, "source");
        // Readers clean as they read (so their own checks see the cleaned text); this is the backstop.
        title = SafeText.clean(title);
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title is empty at " + source);
        abstractText = SafeText.clean(abstractText);
        arxivId = SafeText.clean(arxivId);
        doi = SafeText.clean(doi);
        githubRepo = SafeText.clean(githubRepo);
        projectPage = SafeText.clean(projectPage);
        license = SafeText.clean(license);
        authors = cleanAll(authors);
        categories = cleanAll(categories);
        keywords = cleanAll(keywords);
    }

    private static List<String> cleanAll(List<String> strings) {
        return strings == null ? List.of() : List.copyOf(strings.stream().map(SafeText::clean).toList());
    }

    /** A record with only the fields a text listing shows. */
    public PaperRecord(SourceRef source, String title, String abstractText,
                       Integer authorCount, LocalDate published, Integer upvotes) {
        this(source, title, abstractText, authorCount, published, upvotes,
                null, null, List.of(), List.of(), null, null, null, List.of(), null, null);
    }

    /** Starts a record for the JSON readers, which fill many optional fields. */
    public static Builder builder(SourceRef source, String title) {
        return new Builder(source, title);
    }

    /** The abstract, or the empty string: extractors read this. */
    public String abstractOrEmpty() {
        return abstractText == null ? "" : abstractText;
    }

    /** Collects optional fields; {@link #build()} checks the record as the constructor does. */
    public static final class Builder {
        private final SourceRef source;
        private final String title;
        private String abstractText;
        private Integer authorCount;
        private LocalDate published;
        private Integer upvotes;
        private String arxivId;
        private String doi;
        private List<String> authors = List.of();
        private List<String> categories = List.of();
        private LocalDate featuredDate;
        private String githubRepo;
        private String projectPage;
        private List<String> keywords = List.of();
        private String license;
        private Integer githubStars;

        private Builder(SourceRef source, String title) {
            this.source = source;
            this.title = title;
        }

        public Builder abstractText(String v) { abstractText = v; return this; }
        public Builder authorCount(Integer v) { authorCount = v; return this; }
        public Builder published(LocalDate v) { published = v; return this; }
        public Builder upvotes(Integer v) { upvotes = v; return this; }
        public Builder arxivId(String v) { arxivId = v; return this; }
        public Builder doi(String v) { doi = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        public Builder categories(List<String> v) { categories = v; return this; }
        public Builder featuredDate(LocalDate v) { featuredDate = v; return this; }
        public Builder githubRepo(String v) { githubRepo = v; return this; }
        public Builder projectPage(String v) { projectPage = v; return this; }
        public Builder keywords(List<String> v) { keywords = v; return this; }
        public Builder license(String v) { license = v; return this; }
        public Builder githubStars(Integer v) { githubStars = v; return this; }

        public PaperRecord build() {
            return new PaperRecord(source, title, abstractText, authorCount, published, upvotes, arxivId, doi,
                    authors, categories, featuredDate, githubRepo, projectPage, keywords, license, githubStars);
        }
    }
}
