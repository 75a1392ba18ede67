package org.marsad.web.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.report.Digits;
import org.marsad.store.account.Account.Role;
import org.marsad.store.account.Account;
import org.marsad.web.Access;
import org.marsad.web.Api;
import org.marsad.web.Forms;
import org.marsad.web.Guard;
import org.marsad.web.Json;
import org.marsad.web.Observatory;
import org.marsad.web.Refusal;

/**
 * Accounts and the observatory's settings for scripts: what an admin does on {@code /accounts}, the same
 * checks and audit ({@link AccountAdmin}). Nothing here ever answers a password or its hash.
 */
public final class AccountsApi {
    /** An account as the API shows it. */
    record Json(String name, String role, boolean disabled, Instant createdAt, Instant disabledAt) {
        static Json of(Account a) {
            return new Json(a.name(), a.role().code(), a.disabled(), a.createdAt(), a.disabledAt());
        }
    }

    private final AccountAdmin admin;
    private final Observatory observatory;

    public AccountsApi(AccountAdmin admin, Observatory observatory) {
        this.admin = admin;
        this.observatory = observatory;
    }

    public List<Api.Route> routes() {
        return List.of(
                new Api.Route(HandlerType.GET, "/accounts", Access.ADMIN,
                        ctx -> ctx.json(admin.all().stream().map(Json::of).toList())),
                new Api.Route(HandlerType.POST, "/accounts", Access.ADMIN, this::add),
                new Api.Route(HandlerType.PATCH, "/accounts/{name}", Access.ADMIN, this::change),
                new Api.Route(HandlerType.GET, "/settings", Access.READER, ctx -> ctx.json(settings())),
                new Api.Route(HandlerType.PATCH, "/settings", Access.ADMIN, this::setSettings));
    }

    /** {@code {"name", "role", "password"}} → 201 with the account. */
    private void add(Context ctx) {
        JsonNode b = Forms.json(ctx);
        Account a = admin.add(Forms.required(b.path("name").asText(null), "name"), role(b),
                b.path("password").asText(null), Guard.actor(ctx));
        ctx.status(201).json(Json.of(a));
    }

    /**
     * Any of {@code {"role": "editor", "disabled": true, "password": "…"}}, applied in that order, each
     * audited on its own; the account is signed out of every session.
     */
    private void change(Context ctx) {
        String name = admin.existing(ctx.pathParam("name"));
        JsonNode b = Forms.json(ctx);
        if (!b.has("role") && !b.has("disabled") && !b.has("password")) {
            throw new Refusal(400, "input.account_change");
        }
        String actor = Guard.actor(ctx);
        if (b.has("role")) {
            admin.role(name, role(b), actor);
        }
        if (b.has("disabled")) {
            if (!b.get("disabled").isBoolean()) {
                throw new Refusal(400, "input.unknown", new Refusal.Field("disabled"), b.get("disabled").asText(), "true, false");
            }
            admin.disabled(name, b.get("disabled").asBoolean(), actor);
        }
        if (b.has("password")) {
            admin.reset(name, b.get("password").asText(null), actor);
        }
        ctx.json(admin.all().stream().filter(a -> a.name().equals(name)).map(Json::of).findFirst().orElseThrow());
    }

    private static Role role(JsonNode b) {
        return Forms.code(Role.class, Forms.required(b.path("role").asText(null), "role"), "role");
    }

    private Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org_name", observatory.current());
        m.put("digits", Observatory.code(observatory.digits()));
        return m;
    }

    /** {@code {"org_name"?, "digits"?: "western" | "arabic_indic"}}; each change audited. */
    private void setSettings(Context ctx) {
        JsonNode b = Forms.json(ctx);
        if (!b.has("org_name") && !b.has("digits")) {
            throw new Refusal(400, "input.settings_change");
        }
        Digits digits = b.has("digits") ? Observatory.digits(Forms.required(b.get("digits").asText(null), "digits")) : null;
        if (b.has("org_name")) {
            observatory.rename(Forms.required(b.get("org_name").asText(null), "org_name"), Guard.actor(ctx));
        }
        if (digits != null) {
            observatory.setDigits(digits, Guard.actor(ctx));
        }
        ctx.json(settings());
    }
}
