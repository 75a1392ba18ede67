package org.marsad.place;

import java.util.List;
import org.marsad.store.Database;
import org.marsad.store.place.Places;

/**
 * Writes the gazetteer's places into a database's place table, so that incidents, claims and victims can
 * name p-codes and tallies can roll them up. Writes only when the table holds fewer places than the
 * gazetteer (a new database, or a larger gazetteer); places already there are updated in place.
 */
public final class PlaceTable {
    private PlaceTable() {
    }

    public static void seed(Database db, Gazetteer gazetteer) {
        Places places = new Places(db);
        if (places.count() >= gazetteer.places().size()) {
            return;
        }
        List<org.marsad.store.place.Place> rows = gazetteer.places().stream()
                .map(p -> new org.marsad.store.place.Place(p.pcode(), p.parentPcode().orElse(null), p.level().depth(),
                        p.nameAr(), p.nameEn(), p.lat(), p.lon()))
                .toList();
        places.save(rows);
    }
}
