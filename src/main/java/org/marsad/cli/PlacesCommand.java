package org.marsad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.InputError;
import org.marsad.place.AdminLevel;
import org.marsad.place.Candidate;
import org.marsad.place.Gazetteer;
import org.marsad.place.Place;
import org.marsad.place.PlaceResolver;
import org.marsad.place.bench.ResolverBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad places find|show|bench}: the gazetteer and the place resolver from the command line. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Look up Syrian places: OCHA p-codes, Arabic and English names, hierarchy down to the community.",
        subcommands = {PlacesCommand.Find.class, PlacesCommand.Show.class, PlacesCommand.Bench.class})
public final class PlacesCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    enum Format { json, text }

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = "Resolve a place as reports write it (\"ريف دير الزور الشرقي\", \"Raqqa city\") to p-codes, best first.")
    static final class Find implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The place mention; several words are joined.")
        List<String> text;

        @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() throws JsonProcessingException {
            String mention = String.join(" ", text);
            List<Candidate> candidates = PlaceResolver.shipped().resolve(mention);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(JSON.writeValueAsString(candidates.stream().map(PlacesCommand::json).toList()));
            } else {
                candidates.forEach(c -> out.printf("%s\t%s\t%s\t%s\t%s\t%.2f\t%s%n", c.pcode(), c.level().label(),
                        c.nameAr(), c.nameEn(), c.adm1(), c.score(), c.note()));
            }
            out.flush();
            if (candidates.isEmpty()) {
                spec.commandLine().getErr().println("marsad: no place found in \"" + mention
                        + "\" (none scored " + PlaceResolver.MIN_SCORE + " or more); keep the mention as text");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one place by its p-code, as JSON.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PCODE", description = "An OCHA p-code, e.g. SY11 or SY110100.")
        String pcode;

        @Override
        public Integer call() throws JsonProcessingException {
            Gazetteer gazetteer = Gazetteer.shipped();
            Place place = gazetteer.place(pcode.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> new InputError(
                    "no place with p-code " + pcode + " (p-codes look like SY11, SY1101, SY110100)"));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("pcode", place.pcode());
            row.put("level", place.level().label());
            row.put("name_ar", place.nameAr());
            row.put("name_en", place.nameEn());
            row.put("adm1", gazetteer.adm1(place.pcode()).map(Place::pcode).orElse(place.pcode()));
            row.put("ancestors", gazetteer.ancestors(place.pcode()).stream().map(Place::pcode).toList());
            row.put("lat", place.lat());
            row.put("lon", place.lon());
            row.put("population", place.population() == 0 ? null : place.population());
            row.put("seat_of", place.seat() == 0 ? null : AdminLevel.ofDepth(place.seat()).label());
            row.put("aliases", place.aliases());
            spec.commandLine().getOut().println(JSON.writeValueAsString(row));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Measure the gazetteer's load time and the resolver's speed; prints the numbers.")
    static final class Bench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--mentions", defaultValue = "100000", description = "Mentions to resolve (default: ${DEFAULT-VALUE})")
        int mentions;

        @Option(names = "--no-memo", description = "Resolve every mention anew, even one asked before (the resolver's own work)")
        boolean noMemo;

        @Override
        public Integer call() {
            if (mentions < 1) {
                throw new InputError("--mentions must be at least 1, got " + mentions);
            }
            ResolverBenchmark.Result r = ResolverBenchmark.run(mentions, !noMemo);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("gazetteer load (first in this JVM, every table built): %s; %d classes loaded; later loads %.1f ms wall (median of 9)%n",
                    cost(r.load()), r.classes(), r.warmLoadMillis());
            out.printf("mentions: %,d, %,d of them distinct; %s%n", r.mentions(), r.distinct(), r.remember()
                    ? String.format("resolved anew (not remembered): %,d in the first pass, %,d in the second", r.anewFirst(), r.anewCompiled())
                    : "every mention resolved anew (--no-memo)");
            out.printf("resolve %,d mentions, first pass in this JVM: %s%n", r.mentions(), cost(r.first()));
            out.printf("resolve %,d mentions, compiled (second pass): %s%n", r.mentions(), cost(r.compiled()));
            out.printf("mentions: %,d with a candidate; %,d of %,d made from a place resolved first to it; %,d of %,d naming no Syrian place resolved to one%n",
                    r.resolved(), r.own(), r.mentions() - r.foreign(), r.wrong(), r.foreign());
            out.printf(Locale.ROOT, "machine: %d cores available, load average %.2f, Java %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.version"));
            out.flush();
            return 0;
        }
    }

    /** Wall clock, processor time of the measuring thread and of the process, compiler and collector time. */
    private static String cost(ResolverBenchmark.Cost c) {
        return String.format(Locale.ROOT, "%.0f ms wall, %.0f ms processor (this thread), %.0f ms processor (process), JIT %.0f ms processor (%.0f ms elapsed), GC %.0f ms",
                c.wallMillis(), c.threadCpuMillis(), c.processCpuMillis(), c.jitCpuMillis(), c.jitMillis(), c.gcMillis());
    }

    /** A candidate in the contract's JSON shape: pcode, level, name_ar, name_en, adm1, lat, lon, note, score. */
    private static Map<String, Object> json(Candidate c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("pcode", c.pcode());
        row.put("level", c.level().label());
        row.put("name_ar", c.nameAr());
        row.put("name_en", c.nameEn());
        row.put("adm1", c.adm1());
        row.put("lat", c.lat());
        row.put("lon", c.lon());
        row.put("note", c.note().isEmpty() ? null : c.note());
        row.put("score", c.score());
        // beside the contract's fields, after them, as Claim JSON's message_ar: the note in Arabic
        row.put("note_ar", c.note("ar").isEmpty() ? null : c.note("ar"));
        return row;
    }
}
