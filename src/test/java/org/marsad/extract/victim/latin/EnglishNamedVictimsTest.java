package org.marsad.extract.victim.latin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Group;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.extract.victim.NamedVictimFinder;

/**
 * Named victims as English reports not written for us name them, one sentence each, written for these
 * tests: organisations and compound adjectives are no victims; ages and sex come from the words around a name.
 */
class EnglishNamedVictimsTest {

    private static List<String> described(String text) {
        return NamedVictimFinder.find(text).stream()
                .map(v -> v.outcome().code() + ":" + v.name() + ":" + v.sex() + ":" + v.age() + ":" + v.group().code())
                .toList();
    }

    @Test
    void anOrganisationThatReportsDeathsIsNoVictim() {
        assertEquals(List.of(), described("Save The Children International on Monday reported three deaths in the camp."));
        assertEquals(List.of(), described("MSF Counted The Dead In Two Hospitals after the raid, killed in the night."));
    }

    @Test
    void aPlaceBeforeAHyphenatedAdjectiveIsNoVictim() {
        assertEquals(List.of(), described("London-based monitors said strikes killed at least six civilians."));
        assertEquals(List.of(), described("The Saudi-led coalition said the raid killed no civilians."));
    }

    @Test
    void theAgeWrittenBeforeANameIsItsAge() {
        assertEquals(List.of("killed:Lina:null:3:child", "killed:Omar:null:14:child"),
                described("The dead included three-year-old Lina and 14-year-old Omar."));
        assertEquals(List.of("killed:Karim Haddad Saleh:null:61:person"),
                described("A shell hit the orchard, killing 61-year old Karim Haddad Saleh."));
        assertEquals(List.of("killed:Nour:null:0:child"), described("The blast killed eight-month-old Nour."));
    }

    @Test
    void anAppositionGivesAgeAndSex() {
        assertEquals(List.of("killed:Samira Yousef Haddad:F:24:woman"),
                described("Samira Yousef Haddad, a 24-year-old woman, was killed by a sniper."));
        assertEquals(List.of("injured:Walid Adel Saleh:M:15:child"),
                described("Walid Adel Saleh, a 15-year-old boy, was wounded in the shelling."));
    }

    @Test
    void anAgeAroundANumberIsThatAge() {
        assertEquals(List.of("injured:Mariam Ali Hassan:F:80:woman"),
                described("The strike injured their grandmother, Mariam Ali Hassan, aged about 80."));
    }

    @Test
    void kinDescribedByAgeOrderStillNamesTheVictims() {
        assertEquals(List.of("injured:Hiba:F:11:child", "injured:Rana:F:8:child"),
                described("The rocket wounded his two younger sisters, Hiba and Rana, aged 11 and eight."));
    }

    @Test
    void groupOfAnAdultWomanNamedByApposition() {
        NamedVictim v = NamedVictimFinder.find("Dalia Omar Farouk, a 30-year-old mother, died of her wounds.").get(0);
        assertEquals("F", v.sex());
        assertEquals(30, v.age());
        assertEquals(Group.WOMAN, v.group());
    }

    @Test
    void aRelativeWhoSpeaksIsNoVictim() {
        assertEquals(List.of("killed:Rami Haddad:null:null:person"),
                described("Rami Haddad was killed by a sniper on Tuesday, his brother Samir Haddad said."));
        assertEquals(List.of("killed:Lina Khalil:null:null:person"),
                described("Lina Khalil died in the blast, her cousin Mona Saleh told reporters."));
        // the speaker named after "said" and the possessive of the dead
        assertEquals(List.of(), described("\"We pulled the bodies of the children out of the ruins,\" said Saleh's "
                + "cousin, Omar Saleh, a teacher who lives nearby."));
        assertEquals(List.of("killed:Omar Saleh:null:null:person"),
                described("A strike killed Saleh's cousin, Omar Saleh, on Monday."));
    }

    @Test
    void aNameAfterIncludingIsOneOfTheCasualtiesToldBeforeIt() {
        assertEquals(List.of("killed:Noor Abbas:null:null:person"), described("Seven people were killed in the "
                + "strike, including Noor Abbas, sister of the village mayor. He also reported several wounded."));
        assertEquals(List.of(), described("Officials including Karim Haddad said the strike killed four people."));
        assertEquals(List.of("killed:Samir Nassar:null:null:person"), described("\"There are 8 martyrs from the "
                + "strike, including Samir Nassar, brother of the mayor,\" the official told reporters."));
    }

    @Test
    void theOwnerOfAHomeHitIsAVictimWhenTheVerbTakesHim() {
        assertEquals(List.of("killed:Karim Haddad:M:null:person"),
                described("Jets struck the home of Karim Haddad, killing him, his wife and two daughters."));
        assertEquals(List.of(), described("Jets struck the home of Karim Haddad, killing four of his neighbours."));
    }

    @Test
    void aHeadlineInTitleCaseNamesNoOne() {
        assertEquals(List.of(), described("Drone Strike Hits Village Mourners Killing Eight Women\nThe raid killed eight women."));
        assertEquals(List.of(), described("Four dead, 12 wounded in missile strike on city: Governor"));
        assertEquals(List.of(), described("Nine soldiers killed in militia ambush: Security sources\nNine soldiers died."));
        assertEquals(List.of(), described("Seven villagers were killed by Rapid Support fighters on Monday."));
    }

    @Test
    void aMonitorsDashedRecordsNameTheVictimsWhoseFateTheyGive() {
        assertEquals(List.of("killed:Karim Saleh Al Hamad:M:null:person", "injured:Huda Saleh:F:34:person"),
                described("The victims were named as:\n- Karim Saleh Al Hamad Age unknown male killed\n"
                        + "- Huda Saleh Age 34 female injured\n- Omar Khalil Al Nasser Age unknown male"));
    }

    @Test
    void whoKillsIsNoVictim() {
        // the subject of an active casualty verb is the perpetrator: "has killed", ", killing", "killed 25 …"
        assertEquals(List.of(), described("Jund Alqadim has killed more than 9,000 people since 2012."));
        assertEquals(List.of(), described("Suspected Qadim militants killed 25 fishermen near the lake."));
        assertEquals(List.of(), described("Armed Valley Fighters stormed the village on Saturday, killing several people."));
        assertEquals(List.of("killed:Hamid Saleh Omar:null:null:person"),
                described("Hamid Saleh Omar was killed in the strike."));
        assertEquals(List.of("killed:Hamid Saleh Omar:null:null:person"),
                described("Hamid Saleh Omar died of his wounds in hospital."));
    }

    @Test
    void aDatelineIsNoVictim() {
        assertEquals(List.of(), described("Port Selim: A woman was killed and nine civilians were wounded in the shelling."));
    }

    @Test
    void theOutletAndRoleBeforeANameAreNoPartOfIt() {
        assertEquals(List.of("injured:Karim Nasser:null:null:person"),
                described("Halab TV journalist Karim Nasser was among those injured in the blast."));
    }

    @Test
    void fatallyWoundedIsKilled() {
        assertEquals(List.of("killed:Samir Adel Nouri:null:null:person"),
                described("The shells hit the houses, fatally wounding Samir Adel Nouri and three other boys."));
    }

    @Test
    void theSubjectOfAReportedClauseIsAVictimWhenAPassiveCasualtyVerbFollows() {
        assertEquals(List.of("killed:Karim Nasser:null:20:person"),
                described("The health ministry said on Monday Karim Nasser, 20, was killed by gunfire near the camp."));
        assertEquals(List.of("killed:Ali Hassan Haidar:null:null:person"),
                described("The group said its fighter Ali Hassan Haidar was killed in the strike."));
        assertEquals(List.of("detained:Omar Saleh:null:null:person"), described("The army said Omar Saleh was arrested."));
        assertEquals(List.of("killed:Omar Saleh:null:31:person"),
                described("The ministry said Omar Saleh, 31, was \"killed by the occupation's bullets\" in the camp."));
        // after the verb of saying, a name with no casualty verb of its own is the speaker of an inverted quote
        assertEquals(List.of(), described("\"We mourn him,\" said Karim Nasser, head of the office, after the medic was killed."));
    }

    @Test
    void aGivenNameAloneWithItsAgeAndItsFateIsAVictim() {
        assertEquals(List.of("killed:Salma:null:38:person"),
                described("Salma, 38, was killed when the shell struck the kitchen."));
        assertEquals(List.of("injured:Yazan:null:9:child"), described("Yazan, nine, was also wounded in the blast."));
        // a word alone with no age, or an age with no fate after it, names nobody
        assertEquals(List.of(), described("Rescuers, who arrived late, were killed in a second strike."));
        assertEquals(List.of(), described("Salma, 38, said the shell struck the kitchen and killed two neighbours."));
    }

    @Test
    void aNameOfFivePartsKeepsItsFamilyNameAfterAl() {
        assertEquals(List.of("killed:Rana Khalil Yousef Omar al-Masri:null:1:child"),
                described("Their daughter, one-year old Rana Khalil Yousef Omar al-Masri was also killed."));
    }
    @Test
    void theOneWhoseKinAreAmongTheDeadIsNoVictim() {
        // "the victims included Deif's wife and two-year-old daughter" (extract18 items): the family are the dead
        assertEquals(List.of(), described("A Hamas official said the victims included Dabour's wife and three-year-old son."));
        assertEquals(List.of(), described("Among the dead were Samir Khoury's two daughters."));
        assertEquals(List.of("killed:Lina Haddad:F:null:woman"),
                described("The victims included Rami Haddad's wife, Lina Haddad, and his son."));
        // the possessive of the death itself still names the dead
        assertEquals(List.of("killed:Rami Haddad:null:null:person"),
                described("Among the dead was Rami Haddad, whose body was found on Monday."));
    }
    @Test
    void whoMournsTheDeadOfAnotherClauseIsNoVictim() {
        // "Yousuf visited the graves of his family, after US airstrikes killed his brother" (extract18 items)
        assertEquals(List.of(), described("Samir Haddad buried his father on Friday, a day after a drone strike "
                + "killed his brother and two cousins."));
        assertEquals(List.of("killed:Samir Haddad:null:null:person"),
                described("Samir Haddad was killed with his brother when a drone struck their car."));
    }
    @Test
    void aRelativeClauseBetweenCommasLeavesTheVerbAfterIt() {
        // "It said Mohammad Omar Daraghmeh, whom it described as the head of …, was killed" (extract18 items)
        assertEquals(List.of("killed:Tariq Hassan Nimr:null:null:person"), described("The army said Tariq Hassan "
                + "Nimr, whom it called the leader of a cell in the camp, was killed in the exchange of fire."));
        assertEquals(List.of(), described("The army said Tariq Hassan Nimr, whom it called the leader of a cell "
                + "in the camp, was promoted after the raid."));
    }

    @Test
    void aHeadlinesDoubtIsNoName() {
        assertEquals(List.of(), described("Killed at dawn: Suspected Islamic Jihad commander hit with his family"
                + " in drone strike"));
    }
    @Test
    void anAppositionWhoseNounWasKilledNamesTheDead() {
        // "that of Wissam Tawil, a senior Hezbollah commander killed in an Israeli strike in January" (extract18)
        assertEquals(List.of("killed:Karim Saleh Darwish:null:null:person"), described("His role was as important as that of "
                + "Karim Saleh Darwish, a senior field commander killed in a drone strike in March."));
        assertEquals(List.of(), described("The post went to Karim Saleh Darwish, a senior field commander known in "
                + "the south, after the strike."));
    }
    @Test
    void theAgeBeforeAKinNounAndACommaIsTheAgeOfTheNameAfter() {
        // "named a seven-year-old child, Ahmad Mustafa Koja, as killed", "her two-year-old son, \"Yusuf Qilij\""
        // (extract18's Airwars items)
        assertEquals(List.of("killed:Hadi Omar Saleh:null:6:child"),
                described("The monitor named a six-year-old child, Hadi Omar Saleh, as killed in the shelling."));
        assertEquals(List.of("killed:Samira Haddad:null:21:person", "killed:Yusuf Haddad:M:2:child"),
                described("Samira Haddad, 21 years old, and her two-year-old son, \"Yusuf Haddad\", were both killed."));
        assertEquals(List.of("killed:Lina:null:3:child", "killed:Omar:null:14:child"),
                described("The dead included three-year-old Lina and 14-year-old Omar."));
    }

    @Test
    void theNameAfterATitleIsTheVictim() {
        // "killed Hezbollah's top military commander, Fuad Shukr", "police commando unit commander Ali
        // Abdul-Kadhim, was killed" (extract18's e19, e30)
        assertEquals(List.of("killed:Samir Kantar Haddad:null:null:person"), described("A drone strike killed the "
                + "militia's senior field commander, Samir Kantar Haddad, near the border."));
        assertEquals(List.of("killed:Karim Saleh:null:null:person"), described("A second officer, border guard unit "
                + "commander Karim Saleh, was killed by gunmen near his home."));
        // guard: a commander who speaks of the dead is no victim
        assertEquals(List.of(), described("The unit commander, Karim Saleh, said two soldiers were killed."));
    }

    @Test
    void aTollToldAsANamedPersonAndHisKinNamesHim() {
        // "Eight people, Mohammad Shafi, his wife and six of their children, are dead" (extract18's e23)
        assertEquals(List.of("killed:Karim Saleh Haddad:null:null:person"), described("\"Five people, Karim Saleh "
                + "Haddad, his wife and three of their children, are dead,\" the governor said."));
        // guard: a list of places after the people is no victim
        assertEquals(List.of(), described("Five people, Gaza City residents, were wounded in the blast."));
    }
}
