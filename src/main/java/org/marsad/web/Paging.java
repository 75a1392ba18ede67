package org.marsad.web;

import io.javalin.http.Context;
import java.util.List;
import org.marsad.InputError;

/** {@code ?page=&size=} of a list: pages count from 1; a page holds 20 items unless asked, at most 100. */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 100;

    public static Paging of(Context ctx) {
        int page = number(ctx, "page", 1);
        int size = number(ctx, "size", 20);
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new InputError("page must be 1 or more and size between 1 and " + MAX_SIZE);
        }
        return new Paging(page, size);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** One page of a list as the API returns it, with the total so that a client knows when to stop. */
    public record Page<T>(List<T> items, int page, int size, int total) {
    }

    public <T> Page<T> of(List<T> items, int total) {
        return new Page<>(items, page, size, total);
    }

    private static int number(Context ctx, String name, int otherwise) {
        String v = ctx.queryParam(name);
        try {
            return v == null || v.isBlank() ? otherwise : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new InputError(name + " must be a whole number, not '" + v + "'");
        }
    }
}
