package org.marsad.cli;

import java.util.List;
import org.marsad.place.Gazetteer;
import org.marsad.store.Database;
import org.marsad.store.Place;
import org.marsad.store.Places;

/**
 * Opens the database a command asked for, with the gazetteer's places in its place table, so that
 * incidents, claims and victims can name p-codes and tallies can roll them up. The places are written
 * only when the table holds fewer than the gazetteer (the first use of a database, or a new gazetteer).
 */
final class Store {
    private Store() {
    }

    static Database open(Main main) {
        Database db = Database.open(main.databaseUrl());
        Places places = new Places(db);
        Gazetteer gazetteer = Gazetteer.load();
        if (places.count() < gazetteer.places().size()) {
            List<Place> rows = gazetteer.places().stream().map(p -> new Place(p.pcode(), p.parentPcode().orElse(null),
                    p.level().depth(), p.nameAr(), p.nameEn(), p.lat(), p.lon())).toList();
            places.save(rows);
        }
        return db;
    }
}
