package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into {@code marsad-version.properties} at build time. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/marsad-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"marsad " + p.getProperty("version", "unknown")};
    }
}
