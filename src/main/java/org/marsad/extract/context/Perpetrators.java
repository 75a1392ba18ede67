package org.marsad.extract.context;

import org.marsad.extract.document.Vocabulary;

/**
 * The perpetrator vocabulary: the name a claim records (English, as casualty datasets write it) and
 * the Arabic and English wordings reports use for that party.
 */
final class Perpetrators {

    static final Vocabulary<String> VOCABULARY = new Vocabulary<String>()
            .add("Syrian government forces", "قوات النظام", "النظام السوري", "قوات الحكومة", "القوات الحكومية",
                    "الجيش السوري", "مروحيات النظام", "طائرات النظام", "government forces", "regime forces",
                    "syrian army", "syrian government", "pro-government forces")
            .add("Russian forces", "روسية", "روسي", "الطائرات الروسية", "القوات الروسية", "russian")
            .add("international coalition", "التحالف الدولي", "التحالف", "coalition", "us-led coalition")
            .add("Islamic State", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "داعش", "islamic state", "isis", "isil")
            .add("SDF", "قوات سوريا الديمقراطية", "قسد", "sdf", "syrian democratic forces")
            .add("Turkish forces", "القوات التركية", "الجيش التركي", "مسيرة تركية", "مدفعي تركي", "القصف التركي", "turkish forces",
                    "turkish army", "turkish drone", "turkish strike", "turkish shelling")
            .add("opposition factions", "الفصائل", "الجيش الوطني", "الفصائل المقاتلة", "rebels", "opposition")
            .add("Hay'at Tahrir al-Sham", "هيئة تحرير الشام", "hts", "hayat tahrir al-sham")
            .add("Israeli forces", "إسرائيلي", "إسرائيلية", "israeli")
            .add("Saudi-led coalition", "التحالف العربي", "saudi-led coalition");

    private Perpetrators() {
    }
}
