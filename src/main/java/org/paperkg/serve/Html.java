package org.paperkg.serve;

import org.apache.commons.text.StringEscapeUtils;

/** A page of HTML built by appending escaped text; the frame every paperkg page shares. */
final class Html {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2330;background:#fafbfc;line-height:1.45}
            header{background:#24364f;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.2rem;align-items:baseline;flex-wrap:wrap}
            header a{color:#dbe7ff;text-decoration:none}header strong a{color:#fff;font-size:1.1rem}
            main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 3rem}
            h1{font-size:1.6rem;margin:.8rem 0 .2rem}h2{font-size:1.15rem;margin-top:1.8rem;border-bottom:1px solid #dde2ea;padding-bottom:.2rem}
            .iri{font-family:ui-monospace,monospace;font-size:.85rem;color:#5a6478;word-break:break-all}
            .types span{display:inline-block;background:#e4ecf8;color:#24364f;border-radius:.8rem;padding:0 .6rem;margin:.3rem .3rem 0 0;font-size:.85rem}
            table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #eceff4}
            th{width:14rem;font-weight:600;color:#3a4458}td.n{text-align:right;width:5rem}
            mark{background:#fff1a8;padding:0 .1rem}mark a{color:inherit}
            .abstract{background:#fff;border:1px solid #e3e7ee;border-radius:.4rem;padding:.8rem 1rem}
            .formats a{margin-right:.8rem}.muted{color:#6b7489;font-size:.9rem}
            ul.cols{columns:2;padding-left:1.2rem}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem}
            .card{background:#fff;border:1px solid #e3e7ee;border-radius:.4rem;padding:.6rem .9rem}
            .card h3{margin:.2rem 0 .4rem;font-size:1rem}.card ol{margin:0;padding-left:1.3rem}
            """;

    private final StringBuilder sb = new StringBuilder(8192);

    Html(String title, String startPath) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" \u2014 paperkg</title><style>").append(STYLE)
                .append("</style></head><body><header><strong><a href=\"").append(attr(startPath)).append("\">paperkg</a></strong>")
                .append("<a href=\"/#/dataset/paperkg/query\">SPARQL query editor</a>")
                .append("<a href=\"/.well-known/void\">VoID</a>")
                .append("<a href=\"/paperkg/ontology\">Ontology</a></header><main>\n");
    }

    static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }

    static String attr(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }

    /** Appends HTML as is: only for markup this code writes, never for data. */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    Html link(String href, String text) {
        sb.append("<a href=\"").append(attr(href)).append("\">").append(esc(text)).append("</a>");
        return this;
    }

    Html element(String tag, String text) {
        sb.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    String finish() {
        sb.append("\n<p class=\"muted\">Served by paperkg: a read-only view of the knowledge graph. "
                + "Every page is also available as RDF by content negotiation (Turtle, JSON-LD, N-Triples, RDF/XML).</p>");
        sb.append("</main></body></html>\n");
        return sb.toString();
    }
}
