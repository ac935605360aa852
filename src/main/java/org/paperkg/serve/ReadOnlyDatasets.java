package org.paperkg.serve;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.WebContent;
import org.apache.jena.web.HttpSC;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code /$/datasets} without its write doors. Fuseki's admin module answers POST (create a
 * dataset), DELETE (drop one) and more here without authentication; this server only describes
 * the datasets it serves (the same JSON the Fuseki UI reads) and refuses every other method.
 */
final class ReadOnlyDatasets extends ActionCtl {
    static final String REFUSAL = "This paperkg server does not create, change or delete datasets: it has no admin endpoints. "
            + "Build the store with 'paperkg build' and restart 'paperkg serve'.";

    /** ActionCtl sends every method to {@link #execute}: refuse all but reads here. */
    @Override
    public void validate(HttpAction action) {
        String method = action.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) ServletOps.errorMethodNotAllowed(method, REFUSAL);
    }

    @Override
    public void execGet(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execHead(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execAny(String method, HttpAction action) {
        ServletOps.errorMethodNotAllowed(method, REFUSAL);
    }

    @Override
    public void execute(HttpAction action) {
        JsonBuilder builder = new JsonBuilder();
        String name = getItemName(action);
        if (name == null || name.isEmpty() || name.equals("/")) {
            builder.startObject();
            builder.key("datasets");
            JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
            builder.finishObject();
        } else {
            DataAccessPoint dap = getItemDataAccessPoint(action);
            if (dap == null) ServletOps.errorNotFound("No such dataset: " + getItemDatasetName(action));
            JsonDescription.describe(builder, dap);
        }
        try {
            action.setResponseContentType(WebContent.contentTypeJSON);
            action.setResponseCharacterEncoding(WebContent.charsetUTF8);
            OutputStream out = action.getResponseOutputStream();
            JSON.write(out, builder.build());
            out.write('\n');
            out.flush();
            ServletOps.success(action);
        } catch (IOException e) {
            ServletOps.error(HttpSC.INTERNAL_SERVER_ERROR_500, e.getMessage());
        }
    }
}
