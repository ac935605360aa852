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
    private static final Cue URL_CUE = Cue.startingWith(URL, "http", "www.", "github.com", "gitlab.com", "bitbucket.org",
            "huggingface.co");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(PaperRecord paper, TextIndex text) {
        String abs = text.text(TextField.ABSTRACT);
        List<Mention> out = new ArrayList<>();
        // Every URL the pattern accepts has "://", "www." or a repository host and '/': most abstracts have none.
        String lower = text.cueText(TextField.ABSTRACT).folded();
        if (!lower.contains("://") && !lower.contains("www.") && !lower.contains("github.com/") && !lower.contains("gitlab.com/")
                && !lower.contains("bitbucket.org/") && !lower.contains("huggingface.co/")) return out;
        Set<String> seen = new LinkedHashSet<>();
        Cue.Scan scan = URL_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher m = scan.matcher();
        while (scan.find()) {
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
