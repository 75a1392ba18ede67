package org.marsad.report;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.marsad.estimate.DocumentedLists;
import org.marsad.estimate.EstimateRun;
import org.marsad.estimate.Estimates;
import org.marsad.estimate.Method;
import org.marsad.store.Database;
import org.marsad.store.place.Place;
import org.marsad.store.place.Places;
import org.marsad.tally.TallyFilter;

/** The estimate section on its own, as HTML elements for the web app's page. */
public final class EstimateReport {
    private EstimateReport() {
    }

    public static String html(Database db, TallyFilter filter, DocumentedLists.Stratum by, Method method, Lang lang,
                              Digits digits) {
        EstimateRun run = Estimates.of(db, filter, by, method);
        ResourceBundle words = ResourceBundle.getBundle("i18n.report", Locale.forLanguageTag(lang.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle labels = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        java.util.Map<String, Place> places = new Places(db).all();
        List<Block> blocks = new EstimateSection(lang, digits, words, code -> {
            Place p = places.get(code);
            if ("unknown".equals(code)) {
                return words.getString("unknown");
            }
            if (labels.containsKey("group." + code)) {
                return labels.getString("group." + code);
            }
            return p == null ? code : lang == Lang.AR ? p.nameAr() : p.nameEn();
        }).blocks(run);
        return ReportRenderer.body(blocks);
    }
}
