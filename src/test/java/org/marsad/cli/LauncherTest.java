package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./marsad}) runs a copy of the jar, so Maven rewriting {@code target/marsad.jar}
 * in place (as {@code mvn verify} does while a server runs from the same checkout) cannot pull classes
 * out from under a running program. Checked with a probe jar in a checkout of its own: the probe loads a
 * class only after its jar was overwritten.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("marsad");

    @Test
    void aRunningProgramLoadsItsClassesAfterTheJarIsRewrittenInPlace(@TempDir Path checkout) throws Exception {
        assumeTrue(Files.isRegularFile(LAUNCHER) && ToolProvider.getSystemJavaCompiler() != null
                && Files.isExecutable(Path.of("/bin/bash")), "needs the launcher, bash and a JDK");
        Files.copy(LAUNCHER, checkout.resolve("marsad"));
        Path pom = Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Path sources = Files.createDirectories(checkout.resolve("src/main"));
        Path jar = checkout.resolve("target/marsad.jar");
        writeProbeJar(checkout.resolve("probe"), jar);
        // the sources older than the jar, so the launcher runs it without building
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(pom, past);
        Files.setLastModifiedTime(sources, past);

        Process p = new ProcessBuilder("bash", checkout.resolve("marsad").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             OutputStream in = p.getOutputStream()) {
            String running = out.readLine();
            assertThat(Path.of(running)).isNotEqualTo(jar.toRealPath());
            overwriteInPlace(jar);
            in.write('\n');
            in.flush();
            assertThat(out.readLine()).isEqualTo("late class loaded");
        } finally {
            p.waitFor(30, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).isZero();
    }

    /** Truncates and rewrites the file itself (same inode), as Maven's jar plugin does. */
    private static void overwriteInPlace(Path jar) throws IOException {
        try (FileChannel c = FileChannel.open(jar, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            c.write(ByteBuffer.wrap("not a jar any more".repeat(100).getBytes(StandardCharsets.US_ASCII)));
        }
    }

    /** A jar whose main prints where it runs from, waits for a line, then loads a class it has not touched yet. */
    private static void writeProbeJar(Path src, Path jar) throws IOException {
        Files.createDirectories(src);
        Files.writeString(src.resolve("Probe.java"), """
                public class Probe {
                    public static void main(String[] a) throws Exception {
                        System.out.println(java.nio.file.Path.of(Probe.class.getProtectionDomain().getCodeSource()
                                .getLocation().toURI()).toRealPath());
                        System.out.flush();
                        System.in.read();
                        System.out.println(new Late().word());
                    }
                }
                """);
        Files.writeString(src.resolve("Late.java"), """
                public class Late {
                    String word() { return "late class loaded"; }
                }
                """);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", src.toString(),
                src.resolve("Probe.java").toString(), src.resolve("Late.java").toString());
        assertThat(status).isZero();
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Probe");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (String name : List.of("Probe.class", "Late.class")) {
                out.putNextEntry(new JarEntry(name));
                out.write(Files.readAllBytes(src.resolve(name)));
                out.closeEntry();
            }
        }
    }
}
