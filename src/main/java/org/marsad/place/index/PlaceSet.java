package org.marsad.place.index;

import org.marsad.place.Place;

/**
 * The places of one key in the order added, without repeats: an array, as most keys name one place and a
 * load makes some 45,000 of these (a hash set each was a fifth of what a load allocated).
 */
final class PlaceSet extends java.util.AbstractSet<Place> {
    private Place[] places;
    private int size;

    PlaceSet(Place first) {
        places = new Place[] {first};
        size = 1;
    }

    @Override
    public boolean add(Place place) {
        if (contains(place)) {
            return false;
        }
        if (size == places.length) {
            places = java.util.Arrays.copyOf(places, size * 2);
        }
        places[size++] = place;
        return true;
    }

    @Override
    public boolean contains(Object o) {
        for (int i = 0; i < size; i++) {
            if (places[i].equals(o)) {
                return true;
            }
        }
        return false;
    }

    /** One object, not a list view and its iterator: the resolver walks these sets for every name it reads. */
    @Override
    public java.util.Iterator<Place> iterator() {
        return new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Place next() {
                if (next >= size) {
                    throw new java.util.NoSuchElementException();
                }
                return places[next++];
            }
        };
    }

    @Override
    public int size() {
        return size;
    }
}
