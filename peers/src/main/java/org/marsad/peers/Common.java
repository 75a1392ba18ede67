package org.marsad.peers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Shared plumbing for the peer runners: CSV reading, the (tool-neutral) text normalisation,
 * union-find, heap sampling and pairwise scoring against the {@code person} truth column.
 *
 * <p>The truth column is read here only so that {@link #score} can use it after the tool has
 * produced its clusters; it is never handed to Duke or JedAI.
 */
final class Common {
  private Common() {}

  /** One CSV row. {@code person} is the truth label and is used ONLY for scoring. */
  record Row(String id, String name, String source, String sex, String age, String date,
             String place, String status, String person) {}

  static final String[] HEADER =
      {"id", "name", "source", "sex", "age", "date", "place", "status", "person"};

  /** Reads the benchmark CSV (plain comma-separated, no quoting in these files). */
  static List<Row> readCsv(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    // a real CSV reader: place names hold commas inside quotes ("Talbeseh, Homs")
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<String> h = csv.getHeaderNames();
      for (int i = 0; i < HEADER.length; i++) {
        if (i >= h.size() || !h.get(i).replace("\uFEFF", "").trim().equals(HEADER[i])) {
          throw new IOException("unexpected header " + h);
        }
      }
      for (CSVRecord r : csv) {
        if (r.size() != HEADER.length) {
          throw new IOException("line " + r.getRecordNumber() + ": expected " + HEADER.length + " fields");
        }
        String[] f = new String[HEADER.length];
        for (int i = 0; i < f.length; i++) {
          f[i] = r.get(i).trim();
        }
        rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
      }
    }
    return rows;
  }

  /**
   * Generic, tool-neutral normalisation applied identically for both peers: NFKC, lower-case,
   * strip Arabic diacritics (harakat, superscript alef) and tatweel, and the standard Arabic
   * orthographic folding that Lucene's ArabicNormalizer also does (alef variants to bare alef,
   * teh marbuta to heh, alef maksura to yeh), punctuation/hyphens to spaces, collapse spaces.
   * There is NO transliteration between Arabic and Latin script: neither tool ships one.
   */
  static String norm(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
        continue; // harakat, superscript alef, tatweel
      }
      switch (c) {
        case '\u0622', '\u0623', '\u0625', '\u0671' -> c = '\u0627'; // alef variants
        case '\u0629' -> c = '\u0647'; // teh marbuta -> heh
        case '\u0649' -> c = '\u064A'; // alef maksura -> yeh
        default -> { }
      }
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == ' ') {
      b.setLength(n - 1);
    }
    return b.toString();
  }

  /** Union-find over record indexes 0..n-1. */
  static final class UnionFind {
    final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[ra] = rb;
      }
    }

    /** cluster label (root index) per record. */
    int[] labels() {
      int[] l = new int[parent.length];
      for (int i = 0; i < l.length; i++) {
        l[i] = find(i);
      }
      return l;
    }
  }

  /** Polls the heap every 20 ms and remembers the largest "used" value seen. */
  static final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
    private volatile boolean running = true;
    private volatile long peak;
    private final Thread thread;

    HeapSampler() {
      thread = new Thread(() -> {
        while (running) {
          sample();
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    synchronized void sample() {
      long used = mx.getHeapMemoryUsage().getUsed();
      if (used > peak) {
        peak = used;
      }
    }

    /** Final check, then the peak in MB. */
    long peakMb() {
      sample();
      return peak / (1024 * 1024);
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
    }
  }

  static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  /** Pairwise precision / recall / F1 from cluster-size counts (no pair enumeration). */
  static double[] score(List<Row> rows, int[] predicted) {
    Map<String, Integer> truthSize = new HashMap<>();
    Map<Integer, Integer> predSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String t = rows.get(i).person();
      truthSize.merge(t, 1, Integer::sum);
      predSize.merge(predicted[i], 1, Integer::sum);
      both.merge(t + '\u0000' + predicted[i], 1, Integer::sum);
    }
    long tp = 0;
    long truePairs = 0;
    long predPairs = 0;
    for (int n : both.values()) {
      tp += pairs(n);
    }
    for (int n : truthSize.values()) {
      truePairs += pairs(n);
    }
    for (int n : predSize.values()) {
      predPairs += pairs(n);
    }
    double p = predPairs == 0 ? 0.0 : (double) tp / predPairs;
    double r = truePairs == 0 ? 0.0 : (double) tp / truePairs;
    double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    return new double[] {p, r, f, tp, predPairs, truePairs, predSize.size()};
  }

  /** Prints the single result line on the given (real) stdout. */
  static void report(PrintStream out, String tool, Path file, List<Row> rows, double seconds,
                     long heapMb, int[] predicted) {
    double[] s = score(rows, predicted);
    out.printf(Locale.ROOT,
        "tool=%s file=%s records=%d seconds=%.1f heapMB=%d P=%.4f R=%.4f F1=%.4f"
            + " (clusters=%d predPairs=%d truePairs=%d tp=%d)%n",
        tool, file.getFileName(), rows.size(), seconds, heapMb, s[0], s[1], s[2],
        (long) s[6], (long) s[4], (long) s[5], (long) s[3]);
    out.flush();
  }
}
