package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.block.PairList;
import org.marsad.link.synthetic.SyntheticLists;

/**
 * Linking that works from the first two records (issue 13): a new observatory starts with small lists,
 * and EM on a handful of pairs cannot learn; the prior weights carry it until the lists can teach.
 */
class SmallListsTest {

    /** Six people, each once in Arabic and once in Latin script, all fields written alike: obvious pairs. */
    private static final List<VictimRecord> OBVIOUS = List.of(
            record("a1", "محمد أحمد الحسن", "arabic", Sex.MALE, 34, "2024-03-02", "حلب"),
            record("b1", "Mohammad Ahmad al-Hasan", "latin", Sex.MALE, 34, "2024-03-02", "Aleppo"),
            record("a2", "فاطمة علي الخطيب", "arabic", Sex.FEMALE, 27, "2024-03-02", "حلب"),
            record("a3", "عمر خالد النجار", "arabic", Sex.MALE, 19, "2024-03-05", "إدلب"),
            record("b2", "Fatima Ali al-Khatib", "latin", Sex.FEMALE, 27, "2024-03-02", "Aleppo"),
            record("b3", "Omar Khaled al-Najjar", "latin", Sex.MALE, 19, "2024-03-05", "Idlib"),
            record("a4", "سارة محمود العلي", "arabic", Sex.FEMALE, 8, "2024-03-05", "إدلب"),
            record("b4", "Sara Mahmoud al-Ali", "latin", Sex.FEMALE, 8, "2024-03-05", "Idlib"),
            record("a5", "يوسف إبراهيم الشامي", "arabic", Sex.MALE, 45, "2024-03-09", "حماة"),
            record("b5", "Yousef Ibrahim al-Shami", "latin", Sex.MALE, 45, "2024-03-09", "Hama"),
            record("a6", "ليلى حسن الأحمد", "arabic", Sex.FEMALE, 31, "2024-03-11", "حمص"),
            record("b6", "Layla Hasan al-Ahmad", "latin", Sex.FEMALE, 31, "2024-03-11", "Homs"));

    private static final int[] SIZES = {2, 5, 10, 50, 500};

    /**
     * Nested prefixes of one world: the six obvious pairs, then generated lists (ordered by person, so
     * each prefix holds whole people, Arabic and Latin). Every obvious pair in a prefix is linked, and no
     * true link found at one size is lost at a larger one.
     */
    @Test
    void linksTheObviousPairsAtEverySizeAndLosesNoTrueLinkAsTheListsGrow() {
        List<VictimRecord> world = new ArrayList<>(OBVIOUS);
        List<String> truth = new ArrayList<>(OBVIOUS.stream().map(r -> "hand-" + r.id().substring(1)).toList());
        List<LabelledVictim> generated = new ArrayList<>(SyntheticLists.generate(400, 3, 13));
        generated.sort(Comparator.comparing(LabelledVictim::person).thenComparing(v -> v.record().id()));
        for (LabelledVictim v : generated) {
            world.add(v.record());
            truth.add(v.person());
        }
        Set<Long> linkedBefore = Set.of();
        for (int size : SIZES) {
            List<VictimRecord> records = world.subList(0, size);
            Linkage linkage = Linker.link(records);
            for (int i = 0; i < Math.min(size, OBVIOUS.size()); i++) {
                for (int j = i + 1; j < Math.min(size, OBVIOUS.size()); j++) {
                    assertThat(linkage.samePerson(i, j)).as("%s and %s at %d records", records.get(i).id(),
                            records.get(j).id(), size).isEqualTo(truth.get(i).equals(truth.get(j)));
                }
            }
            Set<Long> linkedNow = trueLinks(linkage, truth.subList(0, size));
            assertThat(linkedNow).as("true links of the smaller run, at %d records", size).containsAll(linkedBefore);
            linkedBefore = linkedNow;
            PairwiseScore score = PairwiseScore.of(truth.subList(0, size),
                    IntStream.range(0, size).mapToObj(linkage::personOf).toList());
            System.out.printf("small lists, %d records: %s%n", size, score);
            assertThat(score.precision()).as("precision at %d records", size).isGreaterThanOrEqualTo(0.95);
        }
    }

    /**
     * The case of issue 13: two lists of nine records linked into five persons, and four records more
     * (one of them a Latin record of a person already there) undid every link: "13 records, 13 persons",
     * the prior share learned as 0 and every name weight 0.
     */
    @Test
    void fourRecordsMoreKeepTheLinksOfTwoSmallLists() throws Exception {
        List<VictimRecord> first = LinkageCsv.read(new StringReader(NINE), "nine.csv");
        Linkage nine = Linker.link(first);
        assertThat(nine.personCount()).isEqualTo(5);
        List<VictimRecord> all = new ArrayList<>(first);
        all.addAll(LinkageCsv.read(new StringReader(FOUR_MORE), "four.csv"));
        Linkage thirteen = Linker.link(all);
        for (int i = 0; i < first.size(); i++) {
            for (int j = i + 1; j < first.size(); j++) {
                assertThat(thirteen.samePerson(i, j)).as("%s and %s", first.get(i).id(), first.get(j).id())
                        .isEqualTo(nine.samePerson(i, j));
            }
        }
        // ثائر هاني البردويل (a4) and Thaer Hani al-Bardawil (c1); Ahmad Ali Hassouna (c3) is Mahmoud's brother
        assertThat(thirteen.samePerson(3, 9)).isTrue();
        assertThat(thirteen.samePerson(0, 11)).isFalse();
        assertThat(thirteen.personCount()).isEqualTo(8);
        assertThat(thirteen.model().prior()).isGreaterThan(0.01);
    }

    static final String NINE = """
            id,name,source,sex,age,date,place,status
            a1,محمود علي حسونة,list-a,M,38,2023-12-06,رفح,
            a2,ريم علي حسونة,list-a,F,5,2023-12-06,رفح,
            a3,أسماء هاني البردويل,list-a,F,6,2024-01-18,,
            a4,ثائر هاني البردويل,list-a,M,9,2024-01-18,,
            a5,خديجة باسل الأسطل,list-a,F,13,2024-03-18,الشجاعية,
            b1,Mahmoud Ali Hassouna,list-b,M,38,2023-12-06,Rafah,
            b2,Reem Ali Hassouna,list-b,F,5,2023-12-06,Rafah,
            b3,Asmaa Hani al-Bardawil,list-b,F,6,2024-01-18,,
            b4,Khadija Basel El-Astal,list-b,F,13,2024-03-18,Shejaiya,
            """;

    static final String FOUR_MORE = """
            id,name,source,sex,age,date,place,status
            c1,Thaer Hani al-Bardawil,list-c,M,9,2024-01-18,,civilian
            c2,Miriam Awmed Astal,list-c,,5,2024-04-22,,civilian
            c3,Ahmad Ali Hassouna,list-c,M,17,2023-12-06,Rafah,
            c4,Mayar al-Batsh,list-c,F,47,2024-02-05,,civilian
            """;

    /** The linked pairs that are one person in truth, as record index pairs. */
    private static Set<Long> trueLinks(Linkage linkage, List<String> truth) {
        Set<Long> links = new HashSet<>();
        for (int i = 0; i < truth.size(); i++) {
            for (int j = i + 1; j < truth.size(); j++) {
                if (truth.get(i).equals(truth.get(j)) && linkage.samePerson(i, j)) {
                    links.add(PairList.of(i, j));
                }
            }
        }
        return links;
    }

    private static VictimRecord record(String id, String name, String list, Sex sex, int age, String date, String place) {
        return new VictimRecord(id, name, list, sex, age, LocalDate.parse(date), place, Status.CIVILIAN);
    }
}
