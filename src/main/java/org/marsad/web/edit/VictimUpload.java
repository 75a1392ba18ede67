package org.marsad.web.edit;

import org.marsad.web.Refusal;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.marsad.InputError;
import org.marsad.link.LinkageCsv;
import org.marsad.link.Sex;
import org.marsad.link.Status;
import org.marsad.link.VictimImport;
import org.marsad.store.Database;
import org.marsad.store.victim.Victims;
import org.marsad.web.Access;
import org.marsad.web.Forms;
import org.marsad.web.Messages;
import org.marsad.web.Views;

/**
 * The victims CSV upload: a file (Linkage CSV, as {@code import victims} reads it) is checked whole and its
 * first rows shown, or its errors by line, before anything is written; confirmed, it is imported as the
 * command line imports it (one transaction; rows already there are left as they are) and the page says
 * how many were added and how many were already present.
 */
final class VictimUpload {
    /** Rows shown before the import is confirmed. */
    static final int PREVIEW_ROWS = 10;
    /** The largest list taken through the browser (a million-row list goes through {@code import victims}). */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    record PreviewRow(String id, String name, String sex, String age, String date, String place, String status) {
    }

    private final Database db;

    VictimUpload(Database db) {
        this.db = db;
    }

    void register(Javalin app) {
        app.get("/victims/upload", ctx -> Views.render(ctx, "upload.mustache", Views.model(ctx)), Access.EDITOR);
        app.post("/victims/upload", this::preview, Access.EDITOR);
        app.post("/victims/upload/import", this::write, Access.EDITOR);
    }

    private void preview(Context ctx) {
        String source = Forms.required(ctx.formParam("source"), "source");
        UploadedFile file = ctx.uploadedFile("file");
        String name = file == null ? "upload.csv" : file.filename();
        String text = file == null ? Forms.required(ctx.formParam("csv"), "file") : text(file);
        CsvCheck.Result checked = CsvCheck.check(text, name);
        Map<String, Object> m = Views.model(ctx);
        m.put("source", source);
        m.put("filename", name);
        if (!checked.errors().isEmpty()) {
            refuse(ctx, m, checked);
        } else {
            m.put("csv", text);
            m.put("rowCount", Views.words(ctx).number(checked.rows().size()));
            Messages t = Views.words(ctx);
            m.put("preview", checked.rows().stream().limit(PREVIEW_ROWS).map(r -> row(r, t)).toList());
        }
        Views.render(ctx, "upload.mustache", m);
    }

    private void write(Context ctx) {
        String source = Forms.required(ctx.formParam("source"), "source");
        String name = Forms.text(ctx.formParam("filename"));
        CsvCheck.Result checked = CsvCheck.check(Forms.required(ctx.formParam("csv"), "csv"), name == null ? "upload.csv" : name);
        if (!checked.errors().isEmpty()) {
            Map<String, Object> m = Views.model(ctx);
            m.put("source", source);
            refuse(ctx, m, checked);
            Views.render(ctx, "upload.mustache", m);
            return;
        }
        String text = Forms.required(ctx.formParam("csv"), "csv");
        // audited as the command's imports are: the file's name and the SHA-256 of what was uploaded
        String sha256 = java.util.HexFormat.of().formatHex(sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Victims.ImportResult result = VictimImport.run(db, checked.rows(), source, PlaceCodes::of,
                new VictimImport.ListFile(name == null ? "upload.csv" : name, sha256), org.marsad.web.Guard.actor(ctx));
        Map<String, Object> m = Views.model(ctx);
        m.put("source", source);
        m.put("added", Views.words(ctx).number(result.added()));
        m.put("present", Views.words(ctx).number(result.unchanged()));
        m.put("done", true);
        Views.render(ctx, "upload.mustache", m);
    }

    /** The file's errors by line, in the reader's language; nothing is written. */
    private static void refuse(Context ctx, Map<String, Object> m, CsvCheck.Result checked) {
        Messages t = Views.words(ctx);
        m.put("errors", checked.errors().stream().map(e -> e.in(t)).toList());
        m.put("hasErrors", true);
        ctx.status(400);
    }

    private static PreviewRow row(LinkageCsv.Row r, Messages t) {
        var v = r.record();
        return new PreviewRow(v.id(), v.name(), v.sex() == null ? null : t.label("sex", v.sex() == Sex.FEMALE ? "F" : "M"),
                v.age() == null ? null : v.age().toString(), v.date() == null ? null : v.date().toString(), v.place(),
                v.status() == null ? null : t.label("victimstatus", v.status() == Status.FIGHTER ? "fighter" : "civilian"));
    }

    /** The file's text: UTF-8 only, and no larger than {@link #MAX_BYTES}, as the command line reads it. */
    private static String text(UploadedFile file) {
        if (file.size() > MAX_BYTES) {
            throw new Refusal(413, "upload.list_too_large", file.filename(), MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = file.content()) {
            byte[] bytes = in.readAllBytes();
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(400, "upload.list_not_utf8", file.filename());
        } catch (IOException e) {
            throw new Refusal(400, "upload.unreadable");
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
