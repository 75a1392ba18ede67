package org.marsad.cli;

import org.marsad.place.Gazetteer;
import org.marsad.place.PlaceTable;
import org.marsad.store.Database;

/** Opens the database a command asked for, with the gazetteer's places in its place table. */
final class Store {
    private Store() {
    }

    static Database open(Main main) {
        Database db = Database.open(main.databaseUrl());
        PlaceTable.seed(db, Gazetteer.shipped());
        return db;
    }
}
