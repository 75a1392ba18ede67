package org.marsad.peers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scify.jedai.blockbuilding.IBlockBuilding;
import org.scify.jedai.blockbuilding.StandardBlocking;
import org.scify.jedai.blockprocessing.IBlockProcessing;
import org.scify.jedai.blockprocessing.blockcleaning.BlockFiltering;
import org.scify.jedai.blockprocessing.blockcleaning.SizeBasedBlockPurging;
import org.scify.jedai.blockprocessing.comparisoncleaning.CardinalityNodePruning;
import org.scify.jedai.blockprocessing.comparisoncleaning.WeightedNodePruning;
import org.scify.jedai.datamodel.AbstractBlock;
import org.scify.jedai.datamodel.EntityProfile;
import org.scify.jedai.datamodel.EquivalenceCluster;
import org.scify.jedai.datamodel.SimilarityPairs;
import org.scify.jedai.entityclustering.CenterClustering;
import org.scify.jedai.entityclustering.ConnectedComponentsClustering;
import org.scify.jedai.entityclustering.IEntityClustering;
import org.scify.jedai.entityclustering.MergeCenterClustering;
import org.scify.jedai.entitymatching.IEntityMatching;
import org.scify.jedai.entitymatching.ProfileMatcher;
import org.scify.jedai.utilities.enumerations.RepresentationModel;
import org.scify.jedai.utilities.enumerations.SimilarityMetric;
import org.scify.jedai.utilities.enumerations.WeightingScheme;
import gnu.trove.iterator.TIntIterator;

/**
 * Runs a standard JedAI 3.0 Dirty-ER workflow over one benchmark file and prints one result
 * line. Usage: {@code java -cp <peers classpath> org.marsad.peers.JedaiRun FILE}.
 *
 * <p>Workflow: Standard (token) Blocking -> Size-based Block Purging -> Block Filtering ->
 * Cardinality Node Pruning -> Profile Matcher -> Connected Components Clustering.
 * Parameters were chosen once on generated-10000.csv and are fixed for all files; the
 * {@code jedai.*} system properties exist only to reproduce that tuning (run.sh sets none).
 */
public final class JedaiRun {
  static final String MODEL = System.getProperty("jedai.model", "CHARACTER_TRIGRAMS_TF_IDF");
  static final String METRIC = System.getProperty("jedai.metric", "COSINE_SIMILARITY");
  static final String BLOCKING = System.getProperty("jedai.blocking", "unicode");
  static final double PURGE = Double.parseDouble(System.getProperty("jedai.purge", "0.05"));
  static final double FILTER = Double.parseDouble(System.getProperty("jedai.filter", "0.8"));
  static final String PRUNING = System.getProperty("jedai.pruning", "cnp");
  static final String CLUSTERING = System.getProperty("jedai.clustering", "center");
  static final double THRESHOLD = Double.parseDouble(System.getProperty("jedai.threshold", "0.65"));
  /** Tuning aid only: score clusterings for a sweep of similarity thresholds. */
  static final String SWEEP = System.getProperty("jedai.sweep");

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: JedaiRun FILE");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    PrintStream out = System.out;
    System.setOut(System.err); // JedAI prints progress on stdout; keep the result line clean

    try (Common.HeapSampler heap = new Common.HeapSampler()) {
      long t0 = System.nanoTime();
      List<Common.Row> rows = Common.readCsv(file);

      // one attribute per CSV column except id and person (truth)
      List<EntityProfile> profiles = new ArrayList<>(rows.size());
      for (Common.Row r : rows) {
        EntityProfile p = new EntityProfile(r.id());
        add(p, "name", Common.norm(r.name()));
        add(p, "source", r.source());
        add(p, "sex", r.sex());
        add(p, "age", r.age());
        add(p, "date", r.date());
        add(p, "place", Common.norm(r.place()));
        add(p, "status", r.status());
        profiles.add(p);
      }

      IBlockBuilding blocking = switch (BLOCKING) {
        case "unicode" -> new UnicodeStandardBlocking(); // see class comment: Arabic tokens
        case "asis" -> new StandardBlocking(); // JedAI as shipped: ASCII-only tokens
        default -> throw new IllegalArgumentException("jedai.blocking=" + BLOCKING);
      };
      List<AbstractBlock> blocks = blocking.getBlocks(profiles);
      int built = blocks.size();
      blocks = new SizeBasedBlockPurging(PURGE).refineBlocks(blocks);
      blocks = new BlockFiltering(FILTER).refineBlocks(blocks);
      IBlockProcessing pruning = switch (PRUNING) {
        case "cnp" -> new CardinalityNodePruning();
        case "wnp" -> new WeightedNodePruning();
        case "cnp-ecbs" -> new CardinalityNodePruning(WeightingScheme.ECBS);
        case "wnp-ecbs" -> new WeightedNodePruning(WeightingScheme.ECBS);
        case "none" -> null;
        default -> throw new IllegalArgumentException("jedai.pruning=" + PRUNING);
      };
      if (pruning != null) {
        blocks = pruning.refineBlocks(blocks);
      }
      double comparisons = 0;
      for (AbstractBlock b : blocks) {
        comparisons += b.getNoOfComparisons();
      }

      IEntityMatching matcher = new ProfileMatcher(profiles,
          RepresentationModel.valueOf(MODEL), SimilarityMetric.valueOf(METRIC));
      SimilarityPairs sims = matcher.executeComparisons(blocks);

      int[] labels = cluster(clustering(THRESHOLD), sims, rows.size());
      double seconds = (System.nanoTime() - t0) / 1e9;
      long heapMb = heap.peakMb();
      System.err.printf(Locale.ROOT,
          "jedai: purge=%s filter=%s blocking=%s blocks built=%d kept=%d comparisons=%.0f model=%s metric=%s pruning=%s"
              + " clustering=%s threshold=%.2f%n",
          PURGE, FILTER, BLOCKING, built, blocks.size(), comparisons, MODEL, METRIC, PRUNING, CLUSTERING, THRESHOLD);
      Common.report(out, "JedAI-3.0", file, rows, seconds, heapMb, labels);
      if (SWEEP != null) {
        for (double th = Double.parseDouble(SWEEP); th < 0.995; th += 0.05) {
          double[] sc = Common.score(rows, cluster(clustering(th), sims, rows.size()));
          out.printf(Locale.ROOT, "sweep threshold=%.2f P=%.4f R=%.4f F1=%.4f%n",
              th, sc[0], sc[1], sc[2]);
        }
      }
    }
  }

  private static IEntityClustering clustering(double threshold) {
    return switch (CLUSTERING) {
      case "cc" -> new ConnectedComponentsClustering(threshold);
      case "center" -> new CenterClustering(threshold);
      case "mergecenter" -> new MergeCenterClustering(threshold);
      default -> throw new IllegalArgumentException("jedai.clustering=" + CLUSTERING);
    };
  }

  /** Turns JedAI's equivalence clusters into one label per record (singletons keep their own). */
  private static int[] cluster(IEntityClustering ec, SimilarityPairs sims, int n) {
    EquivalenceCluster[] clusters = ec.getDuplicates(sims);
    Common.UnionFind uf = new Common.UnionFind(n);
    for (EquivalenceCluster c : clusters) {
      TIntIterator it = c.getEntityIdsD1().iterator();
      if (!it.hasNext()) {
        continue;
      }
      int first = it.next();
      while (it.hasNext()) {
        uf.union(first, it.next());
      }
    }
    return uf.labels();
  }

  private static void add(EntityProfile p, String attr, String value) {
    if (value != null && !value.isEmpty()) {
      p.addAttribute(attr, value);
    }
  }
}
