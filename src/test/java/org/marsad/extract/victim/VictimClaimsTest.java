package org.marsad.extract.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.marsad.extract.ClaimExtractor;
import org.marsad.extract.ClaimJson;
import org.marsad.extract.Extraction;
import org.marsad.extract.Group;

class VictimClaimsTest {

    @Test
    void aListIsCountedByTheFigureItSpellsOut() {
        Extraction e = new ClaimExtractor().extract(
                "قتل ثلاثة مدنيين بقصف على البلدة، وهم: سامر خالد العلي، ومنى حسن، ويوسف عبد الله القاسم.");
        assertEquals(1, e.claims().size());
        assertEquals(3, e.victims().size());
        e.victims().forEach(v -> assertEquals(0, v.claim()));
    }

    @Test
    void aNamedVictimNoFigureCountsIsAClaimOfOne() {
        Extraction e = new ClaimExtractor().extract("استشهد الشاب جميل منصور برصاص قناص في الحي الشرقي.");
        assertEquals(1, e.victims().size());
        int index = e.victims().get(0).claim();
        assertEquals(1, e.claims().get(index).count());
        assertEquals(Group.MAN, e.claims().get(index).group());
    }

    @Test
    void moreNamesThanTheFigureCountsGetClaimsOfTheirOwn() {
        Extraction e = new ClaimExtractor().extract(
                "قتل مدنيان بقصف على البلدة، وهم: سامر خالد العلي، ومنى حسن، ويوسف عبد الله القاسم.");
        assertEquals(3, e.victims().size());
        assertEquals(0, e.victims().get(0).claim());
        assertEquals(0, e.victims().get(1).claim());
        assertEquals(1, e.claims().get(e.victims().get(2).claim()).count());
    }

    @Test
    void claimJsonAlwaysHasAVictimsArray() {
        String none = ClaimJson.line(new ClaimExtractor().extract("قتل خمسة مدنيين في قصف على البلدة."));
        assertEquals(true, none.contains("\"victims\":[]"));
        String one = ClaimJson.line(new ClaimExtractor().extract("استشهد الشاب جميل منصور برصاص قناص."));
        assertEquals(true, one.contains("\"name\":\"جميل منصور\""), one);
        assertEquals(true, one.contains("\"claim\":"), one);
    }

    @Test
    void aNamedChildIsNotTakenIntoTheFightersFigureBeforeHim() {
        Extraction e = new ClaimExtractor().extract(
                "قتل 3 عناصر من الفصائل في الاشتباكات، واستشهد الطفل سامر خالد العلي بقذيفة على منزله.");
        assertEquals(1, e.victims().size());
        int claim = e.victims().get(0).claim();
        assertEquals(org.marsad.extract.Group.CHILD, e.claims().get(claim).group(), e.claims().toString());
        assertEquals(1, e.claims().get(claim).count());
    }

    @Test
    void aYoungManReadFromHisTitleMayStillBeOneOfTheChildren() {
        assertEquals(true, VictimClaims.mayCount(org.marsad.extract.Group.CHILD, new NamedVictim("سامر العلي",
                VictimOutcome.KILLED, "M", null, org.marsad.extract.Group.MAN, null, null, null, 0, 10, null)));
        assertEquals(false, VictimClaims.mayCount(org.marsad.extract.Group.WOMAN, new NamedVictim("سامر العلي",
                VictimOutcome.KILLED, "M", 9, org.marsad.extract.Group.CHILD, null, null, null, 0, 10, null)));
    }
}
