package org.marsad.extract.victim.latin;

import java.util.Map;
import java.util.Set;

/**
 * The English words the stages of the Latin-script reader share: capitalised words that start no name, the
 * particles inside names, kinship nouns with the sex they state, casualty words, speakers and roles. A word
 * one stage alone reads stays in that stage.
 */
final class LatinWords {

    private LatinWords() {
    }

    static final Set<String> CAP_STOP = set("the", "a", "an", "his", "her", "their", "he", "she",
            "they", "it", "its", "in", "on", "at", "also", "among", "according", "after", "before", "during",
            "when", "while", "but", "and", "or", "this", "that", "these", "those", "there", "we", "i", "you", "our",
            "israeli", "israel", "israelis", "lebanese", "lebanon", "syrian", "syria", "syrians", "palestinian",
            "palestinians", "gaza", "hezbollah", "hamas", "iraqi", "iraq", "yemen", "yemeni", "iranian", "iran",
            "turkish", "turkey", "russian", "russia", "american", "us", "un", "australian", "australia", "polish",
            "poland", "british", "britain", "kurdish", "arab", "muslim", "shi", "sunni", "coalition", "sdf", "isis",
            "islamic", "state", "army", "forces", "force", "ministry", "health", "civil", "defence", "defense",
            "news", "agency", "post", "press", "reuters", "afp", "bbc", "hospital", "camp", "city", "street",
            "road", "square", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "god", "ramadan", "twitter", "facebook", "telegram", "airwars", "euphrates",
            "democratic", "national", "media", "network", "observatory", "human", "rights", "red", "crescent",
            "cross", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "central",
            "province", "village", "town", "district", "governorate", "both", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "children", "family", "relatives", "neighbours",
            "world", "kitchen", "central", "hollander", "unicef", "who", "if", "as", "so", "then", "because",
            "although", "however", "meanwhile", "later", "earlier", "since", "until", "with", "without", "from",
            "for", "of", "to", "by", "was", "were", "is", "are", "be", "been", "had", "has", "have", "not", "no",
            "all", "some", "many", "most", "more", "other", "another", "each", "every", "any", "what", "which",
            "where", "why", "how", "here", "now", "today", "yesterday", "asked", "over", "under", "about", "up",
            "ministry", "council", "committee", "group", "office", "department", "union", "party", "movement",
            "brigade", "brigades", "units", "militia", "regime", "government", "authorities", "police", "guard",
            "president", "minister", "prime", "foreign", "spokesman", "spokeswoman", "mayor", "doctor",
            "hospitals", "school", "university", "mosque", "church", "market", "building", "house", "home",
            // news agencies and outlets are the sources of a report, never its victims
            "agence", "presse", "associated", "anadolu", "xinhua", "jazeera", "arabiya", "sana", "tass", "sputnik",
            "cnn", "times", "guardian", "telegraph", "independent",
            // monitors and institutions that report deaths: "Amnesty International reported two deaths"
            "amnesty", "international", "watch", "organization", "organisation", "institute", "centre", "center",
            "foundation", "commission", "mission", "nations", "united", "new",
            // who gives the figures, named after a headline's colon ("Five dead, 15 wounded …: Governor")
            "governor", "officials", "official", "sources", "medics", "witnesses", "residents", "monitor",
            "security", "military", "activists", "rescuers", "paramedics", "monitors",
            // the parties of the wars beyond Syria, capitalized as names are
            "houthi", "houthis", "ansar", "rapid", "support", "rsf", "saf", "sudanese", "popular", "mobilization",
            "mobilisation", "pmf", "pmu", "hashd", "daesh", "isil", "shabaab", "boko", "haram", "codeco", "adf",
            "wagner", "junta", "tatmadaw", "arakan", "idf", "qassam", "jihad",
            // "Killed on his sofa: Suspected Islamic Jihad commander …": a headline's doubt, no one's name
            "suspected", "alleged");

    static final Set<String> PARTICLES = set("al", "el", "bin", "ibn", "bint", "abu", "abou", "umm",
            "abdul", "abdel", "abd", "ben", "ould", "da", "de", "van", "von", "bani", "beni");

    static final Map<String, String> KIN = Map.ofEntries(Map.entry("wife", "F"), Map.entry("husband", "M"),
            Map.entry("son", "M"), Map.entry("daughter", "F"), Map.entry("mother", "F"), Map.entry("father", "M"),
            Map.entry("brother", "M"), Map.entry("sister", "F"), Map.entry("niece", "F"), Map.entry("nephew", "M"),
            Map.entry("grandson", "M"), Map.entry("granddaughter", "F"), Map.entry("cousin", ""),
            Map.entry("uncle", "M"), Map.entry("aunt", "F"), Map.entry("child", ""), Map.entry("children", ""),
            Map.entry("sons", "M"), Map.entry("daughters", "F"), Map.entry("brothers", "M"),
            Map.entry("sisters", "F"), Map.entry("grandmother", "F"), Map.entry("grandfather", "M"),
            Map.entry("mother-in-law", "F"), Map.entry("father-in-law", "M"), Map.entry("boy", "M"),
            Map.entry("girl", "F"));

    static final Set<String> KILLED = set("killed", "died", "dead", "death", "deaths", "bodies", "body",
            "victim", "victims", "perished", "slain", "martyred", "killing", "killings", "funeral", "shot", "lost");

    static final Set<String> INJURED = set("wounded", "injured", "hurt", "injuries", "wounds");

    static final Set<String> SPEAKERS = set("said", "told", "says", "according", "spokesman",
            "spokeswoman", "spokesperson", "minister", "mayor", "official", "officials", "reporter", "correspondent",
            "editor", "editing", "reporting", "director", "chief", "president", "footballer", "choreographer",
            "by", "head", "ambassador", "commander", "envoy", "secretary", "mp", "lawmaker", "wrote", "tweeted",
            "from", "with", "founder", "ceo", "chef", "owner", "at", "in", "to");

    /** Verbs whose subject tells of deaths rather than suffers them. */
    static final Set<String> REPORTING = set("reported", "reports", "announced", "documented", "recorded",
            "cited", "stated", "confirmed", "counted", "registered");

    static final Set<String> SURVIVED = set("survived", "survivor", "survivors", "rescued", "unharmed",
            "escaped");

    /** Words before a colon after which what follows is speech, not a list of the dead. */
    static final Set<String> SPEECH = set("said", "says", "told", "wrote", "tweeted", "added", "stated",
            "reads", "read", "saying", "tells", "posted");

    /** Occupations written before a name ("journalist X", "Paramedic X"): no part of it. */
    static final Set<String> ROLES = set("journalist", "journalists", "photographer", "photojournalist",
            "cameraman", "paramedic", "paramedics", "nurse", "medic", "medics", "teacher", "student", "activist",
            "farmer", "fisherman", "poet", "writer", "rescuer", "volunteer", "worker", "fighter", "soldier",
            "commander", "sergeant", "captain", "lieutenant", "colonel", "major", "general", "pharmacist",
            "surgeon", "anesthesiologist", "academic", "lawyer", "footballer", "athlete", "blogger", "filmmaker",
            "aid", "humanitarian", "civil", "defence", "defense", "member", "official", "senior", "field");

    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
