package org.marsad.web.report;

import org.marsad.web.Refusal;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.marsad.extract.ReportText;

/**
 * Reports sent to the app are checked as the command line checks files ({@link ReportText}): at most
 * 16 MB, UTF-8, no binary content, not blank. The size is checked from the request's Content-Length
 * before any of the body is read, so a 20 MB upload is refused at once instead of tying up a thread
 * reading and extracting it; Javalin's own limit stops a body sent without a length at the same size.
 */
public final class Uploads {
    /** One report at its largest, and room for the form's other fields (title, date, source, token). */
    public static final long MAX_REQUEST = ReportText.MAX_BYTES + 64 * 1024;
    private static final long MEGABYTE = 1024 * 1024;

    private Uploads() {
    }

    /** Refuses a request whose declared body is larger than any report (413), before reading it. */
    public static void refuseOversized(Context ctx) {
        HandlerType m = ctx.method();
        boolean body = m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH;
        if (body && ctx.contentLength() > MAX_REQUEST) {
            // Closing the connection spares the server reading the rest of the body to keep it open.
            ctx.header("Connection", "close");
            throw refusal(ReportText.tooLarge("the request", ctx.contentLength()));
        }
    }

    /** A report's text from a form: pasted, else the chosen file's bytes, checked as a file is. */
    static String formText(Context ctx) {
        String pasted = ctx.formParam("text");
        if (pasted != null && !pasted.isBlank()) {
            return checked(() -> ReportText.checked("the pasted text", pasted.replace("\r\n", "\n")));
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file != null && file.size() > 0) {
            if (file.size() > ReportText.MAX_BYTES) {
                throw refusal(ReportText.tooLarge(file.filename(), file.size()));
            }
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new Refusal(400, "upload.unreadable");
            }
            return checked(() -> ReportText.decode(file.filename(), bytes));
        }
        throw new Refusal(400, "upload.empty");
    }

    /** A request's body as text: UTF-8 and no binary content, as a report file must be. */
    static String body(Context ctx) {
        byte[] raw = ctx.bodyAsBytes();
        return checked(() -> ReportText.decode("the request body", raw));
    }

    /** A report's text sent as a JSON string, checked as a pasted one is. */
    static String jsonText(String text) {
        if (text == null) {
            throw new Refusal(400, "upload.empty");
        }
        return checked(() -> ReportText.checked("text", text));
    }

    private static String checked(java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (ReportText.Refused r) {
            throw refusal(r);
        }
    }

    /** The refusal of {@link ReportText} in the reader's words: 413 for the size, 400 for the rest. */
    public static Refusal refusal(ReportText.Refused r) {
        return switch (r.reason()) {
            case TOO_LARGE -> new Refusal(413, "upload.too_large", (r.at() + MEGABYTE - 1) / MEGABYTE,
                    ReportText.MAX_BYTES / MEGABYTE);
            case BINARY -> new Refusal(400, "upload.binary", r.at());
            case NOT_UTF8 -> new Refusal(400, "upload.not_utf8", r.at());
            case EMPTY -> new Refusal(400, "upload.empty");
        };
    }
}
