package org.marsad.estimate;

import java.util.ArrayList;
import java.util.List;
import org.marsad.estimate.model.CaptureHistories;

/** The cautions and refusals, worded once for every place that shows them. */
final class Cautions {
    /** Fewer persons than this in a stratum and the estimate rests on a handful of overlaps. */
    static final long SMALL = 100;
    /** Fewer persons on two lists or more than this and the overlap table is mostly empty cells. */
    static final long FEW_OVERLAPS = 30;
    /** Effective draws below which the sampler's 2.5% and 97.5% quantiles are themselves uncertain. */
    static final double FEW_EFFECTIVE_DRAWS = 200;

    private Cautions() {
    }

    /** Why these lists cannot be estimated from at all, or null when they can. */
    static Caution refusal(CaptureHistories h, Method method) {
        int k = h.listCount();
        if (k < 3) {
            return new Caution(Caution.Kind.TOO_FEW_LISTS,
                    "only " + k + " list(s): multiple systems estimation needs at least 3 lists, since two lists "
                            + "cannot tell how they depend on each other",
                    "عدد القوائم (" + k + ") أقل من ثلاث: التقدير من تقاطع القوائم يحتاج ثلاث قوائم على الأقل");
        }
        if (method == Method.GRAPHS && k > 5) {
            return new Caution(Caution.Kind.TOO_MANY_LISTS,
                    "the graphs method takes 3 to 5 lists, not " + k + "; pool small lists or use lcmcr",
                    "طريقة النماذج البيانية تأخذ من ثلاث إلى خمس قوائم فقط (هنا " + k + ")");
        }
        for (int j = 0; j < k; j++) {
            if (h.onList(j) == h.documented()) {
                return new Caution(Caution.Kind.LIST_HOLDS_EVERYONE,
                        "list '" + h.lists().get(j) + "' names every documented person, so the overlaps say nothing "
                                + "about those no list names",
                        "القائمة «" + h.lists().get(j) + "» تضم كل الأشخاص الموثقين، فلا يدل تقاطع القوائم على غير الموثقين");
            }
        }
        if (h.overlapping() == 0) {
            return new Caution(Caution.Kind.NO_OVERLAP,
                    "no person is on two lists: nothing to estimate the undocumented from (are the lists linked?)",
                    "لا يظهر أي شخص في قائمتين: لا يمكن التقدير (هل رُبطت السجلات؟)");
        }
        return null;
    }

    static Caution tooSmall(long documented, long least) {
        return new Caution(Caution.Kind.TOO_SMALL,
                "only " + documented + " persons documented here; estimation needs at least " + least,
                "عدد الموثقين هنا (" + documented + ") أقل من الحد الأدنى للتقدير (" + least + ")");
    }

    static Caution unbounded() {
        return new Caution(Caution.Kind.UNBOUNDED,
                "the lists overlap too little for this model to bound the total",
                "تقاطع القوائم أضعف من أن يحدّ هذا النموذج العدد الكلي");
    }

    /** The cautions an estimate carries. */
    static List<Caution> of(CaptureHistories h, long estimate, long low, long high) {
        List<Caution> out = new ArrayList<>();
        if (h.documented() < SMALL) {
            out.add(new Caution(Caution.Kind.SMALL_STRATUM,
                    "only " + h.documented() + " persons documented: the estimate rests on very few overlaps",
                    "عدد الموثقين قليل (" + h.documented() + "): التقدير قائم على تقاطعات قليلة جداً"));
        }
        List<String> disjoint = new ArrayList<>();
        for (int a = 0; a < h.listCount(); a++) {
            for (int b = a + 1; b < h.listCount(); b++) {
                if (h.onBoth(a, b) == 0) {
                    disjoint.add(h.lists().get(a) + " & " + h.lists().get(b));
                }
            }
        }
        if (h.overlapping() < FEW_OVERLAPS || !disjoint.isEmpty()) {
            String pairs = disjoint.isEmpty() ? "" : "; lists sharing nobody: " + String.join(", ", disjoint);
            out.add(new Caution(Caution.Kind.FEW_OVERLAPS,
                    "few overlaps: " + h.overlapping() + " persons on two lists or more" + pairs,
                    "تقاطعات قليلة: عدد الأشخاص في قائمتين أو أكثر " + h.overlapping() + " فقط"
                            + (disjoint.isEmpty() ? "" : "، وقوائم لا تشترك في أحد: " + String.join("، ", disjoint))));
        }
        if (high - low > estimate) {
            out.add(new Caution(Caution.Kind.WIDE_INTERVAL,
                    "the interval (" + low + "–" + high + ") is wider than the estimate itself: read it as an order of "
                            + "magnitude",
                    "المجال (" + low + "–" + high + ") أوسع من التقدير نفسه: يُقرأ على أنه مرتبة حجم لا رقم"));
        }
        return out;
    }

    static Caution slowMixing(double effective) {
        return new Caution(Caution.Kind.SLOW_MIXING,
                String.format("the sampler kept only %.0f effective draws: run it longer before publishing the bounds",
                        effective),
                String.format("عدد السحوبات الفعالة للمُعاين قليل (%.0f): تُعاد العملية بعدد أكبر قبل نشر الحدود", effective));
    }

    static Caution heavyTail(double mass) {
        return new Caution(Caution.Kind.HEAVY_TAIL,
                String.format("%.1f%% of the posterior lies at the far end of the range searched: the upper bound is "
                        + "understated", 100 * mass),
                String.format("%.1f%% من التوزيع اللاحق عند أقصى المدى المبحوث: الحد الأعلى أقل من حقيقته", 100 * mass));
    }

    static Caution pooled(List<String> small, long below) {
        return new Caution(Caution.Kind.POOLED_LISTS,
                "lists with fewer than " + below + " records pooled into one: " + String.join(", ", small),
                "جُمعت في قائمة واحدة القوائم التي يقل عدد سجلاتها عن " + below + ": " + String.join("، ", small));
    }

    static Caution unlinked(long records) {
        return new Caution(Caution.Kind.UNLINKED,
                records + " records are not linked yet; each counts as its own person, and a missed link makes two "
                        + "persons on one list each, which raises the estimate: run 'link' first",
                "سجلات لم تُربط بعد (" + records + "): يُعدّ كل منها شخصاً، والربط الفائت يرفع التقدير، فشغّل الربط أولاً");
    }
}
