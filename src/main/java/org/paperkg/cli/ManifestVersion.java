package org.paperkg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (Maven writes it), or "dev" when run from classes. */
final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[]{"paperkg " + (v == null ? "dev" : v) + " (Apache Jena " + org.apache.jena.Jena.VERSION + ")"};
    }
}
