-- Issue 16: PostgreSQL's change counter lets an import move it at its end (see that dialect's V15). SQLite
-- needs nothing: an import there writes in short commits of its own. This version keeps the two schemas'
-- numbers equal, which a backup moved from one kind of database to the other requires.
SELECT 1;
