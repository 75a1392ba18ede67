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
     * The links of a page list: first, previous and next (null where there is none) keeping the request's
     * other query parameters, and where the page is ("page 3 of 50") in the reader's digits.
     */
    public record Links(String first, String previous, String next, String position) {
    }

    public Links links(Context ctx, Messages t, int total) {
        int pages = Math.max(1, (total + size - 1) / size);
        String others = others(ctx);
        return new Links(null, page > 1 ? "?" + others + "page=" + (page - 1) : null,
                page < pages ? "?" + others + "page=" + (page + 1) : null,
                t.get("pages.of", t.plain(page), t.plain(pages)));
    }

    /**
     * The links of a list paged by record number: previous is the page before record {@code firstId}, next
     * the page after {@code lastId}, each with its page number while this page's is known ({@code numbered}),
     * so that "page 3 of 50" stays right without counting the records before a page.
     */
    public Links around(Context ctx, Long firstId, Long lastId, boolean earlier, boolean later, boolean numbered,
                        String position) {
        String others = others(ctx);
        String previous = earlier && firstId != null ? "?" + others + "before=" + firstId
                + (numbered && page > 1 ? "&page=" + (page - 1) : "") : null;
        String next = later && lastId != null ? "?" + others + "after=" + lastId + (numbered ? "&page=" + (page + 1) : "") : null;
        return new Links(earlier ? "?" + others.replaceAll("&$", "") : null, previous, next, position);
    }

    /** The links of a list read onwards only (a name search): back to its first page, and on after record {@code nextAfter}. */
    public Links onwards(Context ctx, boolean pastFirst, Long nextAfter, boolean numbered, String position) {
        String others = others(ctx);
        return new Links(pastFirst ? "?" + others.replaceAll("&$", "") : null, null,
                nextAfter == null ? null : "?" + others + "after=" + nextAfter + (numbered ? "&page=" + (page + 1) : ""),
                position);
    }

    /** The request's query parameters other than those that say which page, each followed by {@code &}. */
    private static String others(Context ctx) {
        return ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("page") && !e.getKey().equals("after") && !e.getKey().equals("before"))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v) + "&"))
                .collect(java.util.stream.Collectors.joining());
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
