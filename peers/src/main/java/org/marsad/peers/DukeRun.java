package org.marsad.peers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.comparators.NumericComparator;
import no.priv.garshol.duke.comparators.QGramComparator;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Runs Duke 1.2 (Lucene 4 in-memory index) in deduplication mode over one benchmark file and
 * prints one result line. Usage: {@code java -cp <peers classpath> org.marsad.peers.DukeRun FILE}.
 *
 * <p>The configuration below was chosen once on generated-10000.csv and is fixed for all files.
 * System properties {@code duke.threshold}, {@code duke.name}, {@code duke.hits} exist only to
 * reproduce that tuning; run.sh does not set them.
 */
public final class DukeRun {
  static final double THRESHOLD = Double.parseDouble(System.getProperty("duke.threshold", "0.92"));
  static final String NAME_CMP = System.getProperty("duke.name", "jarowinkler");
  static final int MAX_HITS = Integer.getInteger("duke.hits", 100);
  static final double NAME_HIGH = Double.parseDouble(System.getProperty("duke.namehigh", "0.9"));
  static final boolean FUZZY = Boolean.parseBoolean(System.getProperty("duke.fuzzy", "false"));
  /** Tuning aid only: report links down to this threshold and score a sweep of thresholds. */
  static final String SWEEP = System.getProperty("duke.sweep");

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: DukeRun FILE");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    PrintStream out = System.out;
    System.setOut(System.err); // keep library chatter off the result line

    try (Common.HeapSampler heap = new Common.HeapSampler()) {
      long t0 = System.nanoTime();
      List<Common.Row> rows = Common.readCsv(file);

      ConfigurationImpl config = new ConfigurationImpl();
      List<Property> props = new ArrayList<>();
      props.add(new PropertyImpl("ID")); // identity property: never compared
      Comparator nameCmp = switch (NAME_CMP) {
        case "levenshtein" -> new Levenshtein();
        case "jarowinkler" -> new JaroWinkler();
        case "qgram" -> qgram(QGramComparator.Formula.DICE);
        case "qgram-jaccard" -> qgram(QGramComparator.Formula.JACCARD);
        case "qgram-overlap" -> qgram(QGramComparator.Formula.OVERLAP); // Duke's default formula
        default -> throw new IllegalArgumentException("duke.name=" + NAME_CMP);
      };
      // PropertyImpl(name, comparator, low, high)
      PropertyImpl name = new PropertyImpl("NAME", nameCmp, 0.05, NAME_HIGH);
      name.setLookupBehaviour(Property.Lookup.TRUE); // the Lucene candidate search uses names
      props.add(name);
      PropertyImpl sex = new PropertyImpl("SEX", new ExactComparator(), 0.05, 0.55);
      PropertyImpl status = new PropertyImpl("STATUS", new ExactComparator(), 0.3, 0.52);
      NumericComparator ageCmp = new NumericComparator();
      ageCmp.setMinRatio(0.5);
      PropertyImpl age = new PropertyImpl("AGE", ageCmp, 0.2, 0.65);
      PropertyImpl date = new PropertyImpl("DATE", new DayComparator(10), 0.2, 0.65);
      PropertyImpl place = new PropertyImpl("PLACE", new Levenshtein(), 0.4, 0.55);
      for (PropertyImpl p : List.of(sex, status, age, date, place)) {
        p.setLookupBehaviour(Property.Lookup.FALSE);
        props.add(p);
      }
      config.setProperties(props);
      config.setThreshold(SWEEP == null ? THRESHOLD : Double.parseDouble(SWEEP));

      LuceneDatabase db = new LuceneDatabase(); // path unset => Lucene RAMDirectory
      db.setMaxSearchHits(MAX_HITS);
      db.setFuzzySearch(FUZZY);
      config.setDatabase(db);
      config.validate();

      List<Record> records = new ArrayList<>(rows.size());
      Map<String, Integer> index = new HashMap<>(rows.size() * 2);
      for (int i = 0; i < rows.size(); i++) {
        Common.Row r = rows.get(i);
        RecordImpl rec = new RecordImpl();
        rec.addValue("ID", r.id());
        put(rec, "NAME", Common.norm(r.name()));
        put(rec, "SEX", r.sex());
        put(rec, "STATUS", r.status());
        put(rec, "AGE", r.age());
        put(rec, "DATE", r.date());
        put(rec, "PLACE", Common.norm(r.place()));
        records.add(rec);
        if (index.put(r.id(), i) != null) {
          throw new IllegalStateException("duplicate id " + r.id());
        }
      }

      Common.UnionFind uf = new Common.UnionFind(rows.size());
      long[] links = {0};
      List<double[]> sweep = new ArrayList<>();
      Processor processor = new Processor(config, true); // true = overwrite the (empty) index
      processor.addMatchListener(new AbstractMatchListener() {
        @Override
        public synchronized void matches(Record r1, Record r2, double confidence) {
          int a = index.get(r1.getValue("ID"));
          int b = index.get(r2.getValue("ID"));
          if (SWEEP != null) {
            sweep.add(new double[] {a, b, confidence});
          }
          uf.union(a, b);
          links[0]++;
        }
      });
      // deduplication mode: every record indexed, then matched against the whole index
      processor.deduplicate(records);
      processor.close();
      int[] labels = uf.labels();
      double seconds = (System.nanoTime() - t0) / 1e9;
      long heapMb = heap.peakMb();
      System.err.printf("duke: threshold=%.2f name=%s maxHits=%d links=%d comparisons=%d%n",
          THRESHOLD, NAME_CMP, MAX_HITS, links[0], processor.getComparisonCount());
      Common.report(out, "Duke-1.2", file, rows, seconds, heapMb, labels);
      if (SWEEP != null) {
        for (double th = Double.parseDouble(SWEEP); th < 0.995; th += 0.01) {
          Common.UnionFind u = new Common.UnionFind(rows.size());
          for (double[] l : sweep) {
            if (l[2] > th) {
              u.union((int) l[0], (int) l[1]);
            }
          }
          double[] sc = Common.score(rows, u.labels());
          out.printf(java.util.Locale.ROOT, "sweep threshold=%.2f P=%.4f R=%.4f F1=%.4f%n",
              th, sc[0], sc[1], sc[2]);
        }
      }
    }
  }

  private static QGramComparator qgram(QGramComparator.Formula formula) {
    QGramComparator q = new QGramComparator(); // q = 2 (Duke default)
    q.setFormula(formula);
    return q;
  }

  private static void put(RecordImpl rec, String prop, String value) {
    if (value != null && !value.isEmpty()) {
      rec.addValue(prop, value);
    }
  }
}
