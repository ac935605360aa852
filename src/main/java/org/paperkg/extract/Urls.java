package org.paperkg.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes URLs found in prose so that two spellings of one address become one string:
 * https scheme, lower-case host without "www.", no trailing '/', '.', or ".git"; for code hosts
 * the repository root only (no "/tree/main", "/blob/master/file"). A URL that cannot be made a
 * valid web address normalizes to empty.
 */
public final class Urls {
    /** Hosts whose first path segments name a source repository. */
    private static final Set<String> GIT_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org");
    private static final String HUGGING_FACE = "huggingface.co";
    /** Hugging Face path prefixes that hold repositories (models have none). */
    private static final Set<String> HF_REPO_KINDS = Set.of("datasets", "spaces");
    /** Hugging Face first segments that are site pages, not model repositories. */
    private static final Set<String> HF_SITE_PAGES = Set.of("papers", "docs", "blog", "learn", "collections", "posts", "models");
    private static final Set<String> GITHUB_SITE_PAGES = Set.of("orgs", "topics", "features", "about", "sponsors", "marketplace");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\\d{1,5})?");
    private static final Pattern SCHEME = Pattern.compile("^(?i)(https?|ftp)://");

    private Urls() {
    }

    /** A normalized URL and whether it points at a code repository. */
    public record Link(String url, boolean codeRepository) {
    }

    /** Normalizes {@code raw} (a URL as cut out of text, with or without scheme). */
    public static Optional<Link> normalize(String raw) {
        String s = stripTrailing(raw.strip());
        Matcher scheme = SCHEME.matcher(s);
        String rest = scheme.find() ? s.substring(scheme.end()) : s;
        int slash = indexOfAny(rest, "/?#");
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : rest.substring(slash);
        if (host.startsWith("www.")) host = host.substring(4);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        // DNS names have at most 253 characters; the bound also keeps HOST's repeated group from
        // overflowing the stack on a hostile "a.a.a.a...." of thousands of labels.
        if (host.length() > 253 || !HOST.matcher(host).matches()) return Optional.empty();
        String[] segments = Arrays.stream(cutQueryAndFragment(path).split("/")).filter(x -> !x.isEmpty()).toArray(String[]::new);
        Optional<String> repo = repositoryRoot(host, segments);
        if (repo.isPresent()) return Optional.of(new Link(repo.get(), true));
        String cleaned = stripTrailing(path);
        while (cleaned.endsWith("/")) cleaned = stripTrailing(cleaned.substring(0, cleaned.length() - 1));
        return Optional.of(new Link("https://" + host + cleaned, false));
    }

    private static Optional<String> repositoryRoot(String host, String[] seg) {
        // "." and ".." are path steps, not owner or repository names (and would collapse in an IRI).
        for (int i = 0; i < Math.min(seg.length, 3); i++) if (seg[i].equals(".") || seg[i].equals("..")) return Optional.empty();
        if (GIT_HOSTS.contains(host)) {
            if (seg.length < 2 || GITHUB_SITE_PAGES.contains(seg[0].toLowerCase(Locale.ROOT))) return Optional.empty();
            return Optional.of("https://" + host + "/" + seg[0] + "/" + stripGit(seg[1]));
        }
        if (host.equals(HUGGING_FACE) && seg.length >= 2) {
            String kind = seg[0].toLowerCase(Locale.ROOT);
            if (HF_REPO_KINDS.contains(kind)) {
                return seg.length >= 3 ? Optional.of("https://" + host + "/" + kind + "/" + seg[1] + "/" + stripGit(seg[2])) : Optional.empty();
            }
            if (HF_SITE_PAGES.contains(kind)) return Optional.empty();
            return Optional.of("https://" + host + "/" + seg[0] + "/" + stripGit(seg[1]));
        }
        return Optional.empty();
    }

    private static String stripGit(String name) {
        String n = stripTrailing(name);
        return n.endsWith(".git") ? n.substring(0, n.length() - 4) : n;
    }

    /** Drops sentence punctuation glued to the end of a URL; keeps a ')' that closes a '(' inside it. */
    static String stripTrailing(String s) {
        // Counts kept as the end moves left, so a URL ending in thousands of ')' costs linear time.
        int open = count(s, '(', s.length()), close = count(s, ')', s.length());
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (c == ')' && open > close - 1) break;
            if (".,;:!?)]}'\"*>".indexOf(c) < 0) break;
            if (c == '(') open--;
            if (c == ')') close--;
            end--;
        }
        return s.substring(0, end);
    }

    private static int count(String s, char c, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static String cutQueryAndFragment(String path) {
        int q = indexOfAny(path, "?#");
        return q < 0 ? path : path.substring(0, q);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
