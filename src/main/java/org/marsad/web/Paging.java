package org.marsad.web;

import io.javalin.http.Context;
import java.util.List;

/** {@code ?page=&size=} of a list: pages count from 1; a page holds 20 items unless asked, at most 100. */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static Paging of(Context ctx) {
        int page = number(ctx, "page", 1);
        int size = number(ctx, "size", DEFAULT_SIZE);
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new Refusal(400, "input.paging", MAX_SIZE);
        }
        return new Paging(page, size);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** One page of a list as the API returns it, with the total so that a client knows when to stop. */
    public record Page<T>(List<T> items, int page, int size, int total) {
    }

    /**
     * The links of a page list: previous and next (null at the ends) keeping the request's other query
     * parameters, and "page 3 of 50" in the reader's digits.
     */
    public record Links(String previous, String next, String position) {
    }

    public Links links(Context ctx, Messages t, int total) {
        int pages = Math.max(1, (total + size - 1) / size);
        String others = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals("page"))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v) + "&"))
                .collect(java.util.stream.Collectors.joining());
        return new Links(page > 1 ? "?" + others + "page=" + (page - 1) : null,
                page < pages ? "?" + others + "page=" + (page + 1) : null,
                t.get("pages.of", t.plain(page), t.plain(pages)));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public <T> Page<T> of(List<T> items, int total) {
        return new Page<>(items, page, size, total);
    }

    private static int number(Context ctx, String name, int otherwise) {
        String v = ctx.queryParam(name);
        try {
            return v == null || v.isBlank() ? otherwise : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new Refusal(400, "input.whole", new Refusal.Field(name), v);
        }
    }
}
