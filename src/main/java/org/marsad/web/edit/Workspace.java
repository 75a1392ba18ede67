package org.marsad.web.edit;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.marsad.security.FieldCipher;
import org.marsad.store.Database;
import org.marsad.store.person.PersonEdits;
import org.marsad.web.Access;
import org.marsad.web.Api.Route;
import org.marsad.web.Forms;
import org.marsad.web.Guard;

/** The documenter's workspace in one place: the edit pages' routes and the edit API's, for the app to register. */
public final class Workspace {
    private final Database db;
    private final VictimsApi victimsApi;
    private final IncidentsApi incidentsApi;
    private final SourceEditing sources;
    private final ClaimEditing claims;
    private final PersonEditing persons;

    public Workspace(Database db, FieldCipher cipher) {
        this.db = db;
        this.victimsApi = new VictimsApi(db);
        this.incidentsApi = new IncidentsApi(db);
        this.sources = new SourceEditing(db, cipher);
        this.claims = new ClaimEditing(db);
        this.persons = new PersonEditing(db);
    }

    /** The pages; the upload's and the blank forms' paths come before the records' own ({@code /victims/{id}}). */
    public void register(Javalin app) {
        new VictimUpload(db).register(app);
        new VictimPages(db).register(app);
        app.post("/victims/{id}/same", this::samePerson, Access.EDITOR);
        new IncidentPages(db).register(app);
        new DeletedPage(db).register(app);
        app.post("/sources/{id}", sources::page, Access.EDITOR);
        app.post("/claims/{id}/edit", claims::editPage, Access.EDITOR);
        app.post("/reports/{id}/claims", claims::addPage, Access.EDITOR);
        app.post("/persons/{id}/merge", persons::mergePage, Access.EDITOR);
        app.post("/persons/{id}/split", persons::splitPage, Access.EDITOR);
    }

    /** The routes under {@code /api/v1}, in the shapes of DESIGN.md's "Write API for scripts". */
    public List<Route> api() {
        return List.of(
                new Route(HandlerType.POST, "/victims", Access.EDITOR, victimsApi::create),
                new Route(HandlerType.GET, "/victims/{id}", Access.READER, victimsApi::one),
                new Route(HandlerType.PATCH, "/victims/{id}", Access.EDITOR, victimsApi::patch),
                new Route(HandlerType.DELETE, "/victims/{id}", Access.EDITOR, victimsApi::delete),
                new Route(HandlerType.POST, "/incidents", Access.EDITOR, incidentsApi::create),
                new Route(HandlerType.GET, "/incidents/{id}", Access.READER, incidentsApi::one),
                new Route(HandlerType.PATCH, "/incidents/{id}", Access.EDITOR, incidentsApi::patch),
                new Route(HandlerType.DELETE, "/incidents/{id}", Access.EDITOR, incidentsApi::delete),
                new Route(HandlerType.POST, "/incidents/{id}/merge", Access.EDITOR, incidentsApi::merge),
                new Route(HandlerType.GET, "/sources/{id}", Access.READER, sources::one),
                new Route(HandlerType.PATCH, "/sources/{id}", Access.EDITOR, sources::patch),
                new Route(HandlerType.POST, "/claims", Access.EDITOR, claims::addApi),
                new Route(HandlerType.POST, "/persons/merge", Access.EDITOR, persons::mergeApi),
                new Route(HandlerType.POST, "/persons/split", Access.EDITOR, persons::splitApi));
    }

    /** From a record's page: this record and another (by number) are one person. */
    private void samePerson(Context ctx) {
        long id = Forms.id(ctx, "id");
        long other = Forms.whole(Forms.required(ctx.formParam("other"), "other").replace("#", ""), "other");
        var r = new PersonEdits(db).mergeRecords(List.of(id, other), Guard.actor(ctx), Forms.text(ctx.formParam("note")));
        ctx.redirect("/persons/" + r.person(), HttpStatus.SEE_OTHER);
    }
}
