package org.marsad.extract.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.extract.Claim;
import org.marsad.extract.ClaimExtractor;

/**
 * Who the report says killed: the parties of the wars of the corpus and beyond, in both languages, from
 * sentences written for this test. The wording decides, never the country; a word any side is called names
 * the party of its kind the same report names, else no one. "-" is no perpetrator.
 */
class PerpetratorsTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    /** The perpetrator of each claim, in order, "-" for none. */
    private List<String> perpetrators(String text) {
        return extractor.extract(text).claims().stream().map(Claim::perpetrator).map(p -> p == null ? "-" : p).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Yemen
        "Houthi rebels shelled the district, killing four civilians. | Houthi forces",
        "A missile fired by Ansar Allah killed three people in the city. | Houthi forces",
        "قتل ثلاثة مدنيين بقصف لجماعة الحوثي على المدينة. | Houthi forces",
        "قتل خمسة مدنيين بقذيفة أطلقها الحوثيون على الحي. | Houthi forces",
        "An airstrike by the Saudi-led military coalition killed nine people. | Saudi-led coalition",
        "قتل سبعة مدنيين بغارة لطيران التحالف العربي على السوق. | Saudi-led coalition",
        "Clashes with forces of the Southern Transitional Council killed six soldiers. | Southern Transitional Council",
        // Sudan
        "The Rapid Support Forces attacked the village, killing 31 people. | Rapid Support Forces",
        "قتل 12 مدنياً في هجوم لقوات الدعم السريع على القرية. | Rapid Support Forces",
        "An airstrike by the Sudanese army killed 40 people at the market. | Sudanese Armed Forces",
        "قتل 20 شخصاً بقصف جوي للجيش السوداني على السوق. | Sudanese Armed Forces",
        // Gaza, Lebanon
        "An Israeli strike killed eight people in the camp. | Israeli forces",
        "قتل ستة أشخاص بغارة لجيش الاحتلال الإسرائيلي على المخيم. | Israeli forces",
        "Rockets fired by Hezbollah killed two people in the town. | Hezbollah",
        "Hamas gunmen killed 14 people at the festival. | Hamas",
        // Iraq
        "Daesh militants ambushed the convoy, killing seven soldiers. | Islamic State",
        "Fighters of the Popular Mobilization Forces killed three people at the checkpoint. | Popular Mobilization Forces",
        "قتل أربعة مدنيين برصاص عناصر من الحشد الشعبي. | Popular Mobilization Forces",
        // DRC, the Sahel, Somalia, Myanmar, Ukraine
        "M23 fighters killed 17 villagers in the attack. | M23",
        "Boko Haram insurgents killed 30 farmers. | Boko Haram",
        "An al-Shabaab car bomb killed 12 people. | al-Shabaab",
        "A Myanmar military airstrike killed 20 people in the village. | Myanmar military",
        "Ukrainian shelling killed two people in the city. | Ukrainian forces"
    })
    void namesThePartyTheWordingNamesWhateverTheCountry(String text, String party) {
        assertThat(perpetrators(text)).as(text).containsOnly(party);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a word any side of several wars is called, in a report that names no party of its kind
        "Gunmen of the militia killed five people in the market. | -",
        "Rebels attacked the village, killing nine people. | -",
        "A coalition airstrike killed 11 people. | -",
        "Government forces shelled the town, killing six people. | -",
        "قتل ستة مدنيين بقصف للقوات الحكومية على البلدة. | -",
        // the one who runs, holds or speaks, or a nationality of the dead, is no perpetrator
        "The Houthi-run health ministry said 12 people were killed in the strike. | -",
        "A Houthi source said the raid killed 6 people. | -",
        "The blast killed two Russian women working at the hospital. | -",
        "A source close to Hezbollah said one of the dead was a fighter. | -",
        "Three people were killed in the Israel-Hamas war's latest round. | -",
        // a party's name before a rank is the title of one of its men, whose kin or house were hit
        "A strike killed 6 relatives of Hamas chief Khaled Mashal on Monday. | -",
        "The raid on the home of a Hezbollah commander killed four people. | -",
        "An Israeli strike killed 9 members of a Hamas commander's family. | Israeli forces"
    })
    void namesNoOneForAnAmbiguousWordOrASourceOrTheVictimsOwnSide(String text, String party) {
        assertThat(perpetrators(text)).as(text).containsOnly(party);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Saudi-led coalition struck the city again. A coalition airstrike killed 11 people. | Saudi-led coalition",
        "The US-led coalition bombed the town. A coalition airstrike killed 11 people. | international coalition",
        "CODECO militiamen raided the camp on Sunday. The rebels killed 22 displaced people. | CODECO",
        "Houthi forces advanced on the city. The rebels shelled a market, killing 8 people. | Houthi forces",
        "شن التحالف الدولي غارات على المدينة. وقتل 9 مدنيين بغارة للتحالف على السوق. | international coalition"
    })
    void readsAnAmbiguousWordAsThePartyOfItsKindTheReportNames(String text, String party) {
        assertThat(perpetrators(text)).as(text).containsOnly(party);
    }

    @Test
    void thePartiesFoughtOrCountedAmongTheDeadAreNoPerpetrators() {
        assertThat(perpetrators("Eleven fighters from the Iranian-backed Popular Mobilization Units were killed in an "
                + "ambush by ISIS.")).containsOnly("Islamic State");
        assertThat(perpetrators("ISIS attacked PMF and Iraqi Army positions, killing one Iraqi soldier and two PMF."))
                .contains("Islamic State").doesNotContain("Popular Mobilization Forces", "Iraqi security forces");
        assertThat(perpetrators("Raids by the Saudi-led coalition killed 11 civilians, a day after Houthi rebels fired "
                + "a missile at the capital.")).containsOnly("Saudi-led coalition");
        assertThat(perpetrators("Islamic State militants launched an attack on a brigade of the Popular Mobilization "
                + "Forces, killing at least 11.")).containsOnly("Islamic State");
    }

    @Test
    void everyPartyHasALabelInBothLanguages() throws IOException {
        for (String lang : List.of("en", "ar")) {
            Properties labels = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String name : Perpetrators.names()) {
                String key = "perpetrator." + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_")
                        .replaceAll("^_|_$", "");
                assertThat(labels.getProperty(key)).as(lang + " " + key).isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // tolls by party in an observatory's monthly list: each item's party is its own
        "ووثق التقرير مقتل 40 مدنياً على يد قوات النظام، بينهم 9 أطفال، فيما قتلت القوات الروسية 30 مدنياً. "
                + "| Syrian government forces; Syrian government forces; Russian forces",
        "وقتل 20 مدنياً على يد فصائل المعارضة، و15 مدنياً على يد ميليشيا \"ب ي د\". | opposition factions; SDF",
        "وقتل 12 مدنياً على يد قوات الإدارة الذاتية الكردية. | SDF",
        // a party stated but none of ours is no one, not the party of a sentence before
        "وقتل 20 مدنياً على يد فصائل المعارضة. وقتل 50 مدنياً على يد جهات أخرى. | opposition factions; -"
    })
    void eachItemOfAListOfTollsByPartyHasItsOwnParty(String text, String parties) {
        assertThat(perpetrators(text)).as(text).containsExactly(parties.split("; "));
    }
}
