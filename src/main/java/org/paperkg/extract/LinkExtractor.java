package org.paperkg.extract;

import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds web addresses in the abstract: code repositories (GitHub, GitLab, Bitbucket, Hugging Face)
 * and other pages (project pages, demos). Matches "http(s)://...", "www...." and bare
 * "github.com/owner/repo"-style addresses of the code hosts. A URL ends at white space or at
 * characters that cannot stand in one unescaped in prose ({@code <>"{}|\^`}), which also cuts
 * LaTeX debris such as "blue{...}" or "{url}". Each normalized address is reported once, at
 * its first occurrence.
 */
public final class LinkExtractor implements Extractor {
    public static final String NAME = "links";
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"{}|\\\\^`\\[\\]]+"
                    + "|(?<![\\w./@-])(?:github\\.com|gitlab\\.com|bitbucket\\.org|huggingface\\.co)/[^\\s<>\"{}|\\\\^`\\[\\]]+");

    @Override
    public String name() {
        return NAME;
    }

    private static final String[] LINK_STARTS = {"http", "www.", "github.com", "gitlab.com", "bitbucket.org", "huggingface.co"};

    /** The first offset where a link could start, or -1 when none can; every offset before it is sure to start none. */
    private static int firstLinkStart(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() != text.length()) return 0; // Lower-casing moved offsets (rare letters): search everything.
        int first = -1;
        for (String s : LINK_STARTS) {
            int i = lower.indexOf(s);
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        return first;
    }

    @Override
    public List<Mention> extract(PaperRecord paper, TextIndex text) {
        String abs = text.text(TextField.ABSTRACT);
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = URL.matcher(abs);
        // Performance only: every link starts with "http", "www." or a code host's name (in any
        // case), so the search starts at the first of them, or is skipped when there is none.
        int start = firstLinkStart(abs);
        if (start < 0) return out;
        m.useTransparentBounds(true).region(start, abs.length());
        while (m.find()) {
            String raw = Urls.stripTrailing(m.group());
            var link = Urls.normalize(raw);
            if (link.isEmpty() || !seen.add(link.get().url())) continue;
            Span span = new Span(m.start(), m.start() + raw.length());
            MentionKind kind = link.get().codeRepository() ? MentionKind.CODE_REPOSITORY : MentionKind.PROJECT_PAGE;
            out.add(new Mention(kind, link.get().url(), null, null, TextField.ABSTRACT, span,
                    text.sentenceAt(TextField.ABSTRACT, span.start()), NAME, 0.99));
        }
        return out;
    }
}
