package org.marsad.store.place;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.marsad.store.Columns;
import org.marsad.store.Database;

/** The gazetteer's places as stored, so that incidents, claims and victims can refer to their p-codes. */
public final class Places {
    private final Database db;
    private final Jdbi jdbi;

    public Places(Database db) {
        this.db = db;
        this.jdbi = db.jdbi();
    }

    /**
     * Inserts the places that are missing and updates those that changed, parents before children;
     * running it again with the same places changes nothing. A bulk write: the first commands on a new
     * database seed the gazetteer, and six imports started together on one failed while another held
     * SQLite's write lock (WritesUnderLoadBenchmark), so it waits for the lock as an import does.
     */
    public void save(Collection<Place> places) {
        List<Place> ordered = places.stream()
                .sorted(java.util.Comparator.comparingInt(Place::level).thenComparing(Place::pcode)).toList();
        org.marsad.store.BulkWrites.inTransaction(db, h -> {
            var batch = h.prepareBatch("INSERT INTO place (pcode, parent_pcode, level, name_ar, name_en, lat, lon) "
                    + "VALUES (:pcode, :parent, :level, :ar, :en, :lat, :lon) ON CONFLICT (pcode) DO UPDATE SET "
                    + "parent_pcode = excluded.parent_pcode, level = excluded.level, name_ar = excluded.name_ar, "
                    + "name_en = excluded.name_en, lat = excluded.lat, lon = excluded.lon");
            for (Place p : ordered) {
                batch.bind("pcode", p.pcode()).bind("parent", p.parentPcode()).bind("level", p.level())
                        .bind("ar", p.nameAr()).bind("en", p.nameEn()).bind("lat", p.lat()).bind("lon", p.lon()).add();
            }
            if (!ordered.isEmpty()) {
                batch.execute();
            }
            return null;
        });
    }

    public Optional<Place> find(String pcode) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM place WHERE pcode = :pcode")
                .bind("pcode", pcode).map(Places::map).findOne());
    }

    /** Every place, by p-code. */
    public java.util.Map<String, Place> all() {
        java.util.Map<String, Place> all = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT * FROM place").map(Places::map).forEach(p -> all.put(p.pcode(), p)));
        return all;
    }

    private static Place map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Place(rs.getString("pcode"), rs.getString("parent_pcode"), rs.getInt("level"),
                rs.getString("name_ar"), rs.getString("name_en"), Columns.doubleOrNull(rs, "lat"),
                Columns.doubleOrNull(rs, "lon"));
    }

    /** The places of one level (1 governorate … 4 community), by p-code. */
    public List<Place> atLevel(int level) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM place WHERE level = :level ORDER BY pcode")
                .bind("level", level).map(Places::map).list());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM place").mapTo(Integer.class).one());
    }
}
