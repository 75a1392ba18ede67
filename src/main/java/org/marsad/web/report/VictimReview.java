package org.marsad.web.report;

import org.marsad.web.Json;
import org.marsad.web.Refusal;
import org.marsad.web.Messages;
import org.marsad.web.Forms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.report.ReportVictim;
import org.marsad.store.report.ReportVictims;
import org.marsad.store.report.VictimCorrection;

/**
 * An editor's verdict on a person a report names: confirmed, rejected, or corrected (name, age, sex,
 * outcome). Shared by the report's review page and the API; a victim is always reached through its report.
 */
final class VictimReview {
    /** A named victim as the API gives it, beside the report's claims. */
    record Json(long id, String name, VictimOutcome outcome, Character sex, Integer age, String ageGroup,
                String status, LocalDate date, String placeText, String placePcode, List<Integer> span, Integer claim,
                ReviewStatus reviewStatus, String reviewedBy, Instant reviewedAt, Long personId) {
        static Json of(ReportVictim v) {
            var r = v.record();
            return new Json(v.id(), r.fullName(), v.outcome(), r.sex(), r.age(), r.ageGroup(), r.status(), r.diedOn(),
                    r.placeText(), r.placePcode(), v.span() == null ? null : List.of(v.span().start(), v.span().end()),
                    v.claim(), v.status(), v.reviewedBy(), v.reviewedAt(), r.personId());
        }
    }

    /** A named victim as the review page shows it, with the choices of its correction form. */
    record View(long id, int number, String numberText, String name, String outcome, String sex, String age,
                Integer figure, String figureText,
                String status, String statusCode, String reviewedBy, String reviewedAt, boolean counted,
                String ageValue, List<Map<String, Object>> sexes, List<Map<String, Object>> outcomes) {
    }

    private final ReportVictims victims;

    VictimReview(Database db) {
        this.victims = new ReportVictims(db);
    }

    List<ReportVictim> ofReport(long reportId) {
        return victims.ofReport(reportId);
    }

    /** The victim, if the report names them; else 404, so that a path never reaches another report's victim. */
    ReportVictim find(long reportId, long victimId) {
        return victims.find(victimId).filter(v -> v.reportId() == reportId)
                .orElseThrow(() -> new Refusal(404, "problem.report_names_no_victim", reportId, victimId));
    }

    ReportVictim review(long reportId, long victimId, ReviewStatus status, ReviewStatus seen, String actor) {
        find(reportId, victimId);
        if (status != ReviewStatus.CONFIRMED && status != ReviewStatus.REJECTED) {
            throw new Refusal(400, "problem.review_status");
        }
        return victims.review(victimId, status, seen, actor);
    }

    ReportVictim correct(long reportId, long victimId, VictimCorrection c, ReviewStatus seen, String actor) {
        find(reportId, victimId);
        return victims.correct(victimId, c, seen, actor);
    }

    /** The page's view; who reviewed is shown to signed-in accounts only. */
    static View view(ReportVictim v, int number, Messages t, boolean signedIn) {
        var r = v.record();
        String sex = r.sex() == null ? null : r.sex().toString();
        List<Map<String, Object>> sexes = List.of(
                option("", t.get("sex.unknown"), sex == null),
                option("M", t.get("sex.M"), "M".equals(sex)),
                option("F", t.get("sex.F"), "F".equals(sex)));
        List<Map<String, Object>> outcomes = java.util.Arrays.stream(VictimOutcome.values())
                .map(o -> option(o.code(), t.label("victimoutcome", o.code()), o == v.outcome())).toList();
        return new View(v.id(), number, t.plain(number), r.fullName(), t.label("victimoutcome", v.outcome().code()),
                sex == null ? null : t.get("sex." + sex), r.age() == null ? null : t.number(r.age()),
                v.claim() == null ? null : v.claim() + 1, v.claim() == null ? null : t.plain(v.claim() + 1L), t.label("status", v.status().code()), v.status().code(),
                signedIn ? v.reviewedBy() : null,
                signedIn ? t.time(v.reviewedAt()) : null,
                ReviewStatus.COUNTED.contains(v.status()) && v.outcome() == VictimOutcome.KILLED,
                r.age() == null ? "" : r.age().toString(), sexes, outcomes);
    }

    private static Map<String, Object> option(String code, String label, boolean selected) {
        return Map.of("code", code, "label", label, "selected", selected);
    }

    /** The correction a form or a JSON body gives: every field, as the editor wants it to read. */
    static VictimCorrection correction(String name, String age, String sex, String outcome) {
        String a = Forms.text(age);
        long years = a == null ? 0 : Forms.whole(a, "age");
        if (years < 0 || years >= 130) {
            throw new Refusal(400, "problem.age", a);
        }
        String s = Forms.text(sex);
        if (s != null && !s.equalsIgnoreCase("M") && !s.equalsIgnoreCase("F")) {
            throw new Refusal(400, "input.sex", s);
        }
        return new VictimCorrection(Forms.required(name, "name"), a == null ? null : (int) years,
                s == null ? null : Character.toUpperCase(s.charAt(0)),
                Forms.code(VictimOutcome.class, Forms.required(outcome, "outcome"), "outcome"));
    }
}
