<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Desk</name>
    <message>
        <source>The server failed to show this page. The server log has the details under request %1.</source>
        <translation>Der Server konnte diese Seite nicht anzeigen. Das Server-Log enthält die Einzelheiten unter Anfrage %1.</translation>
    </message>
    <message>
        <source>This form expired or was not sent from this page; please try again.</source>
        <translation>Dieses Formular ist abgelaufen oder wurde nicht von dieser Seite gesendet; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>That sign-in link is unknown, used or expired; ask for a new one.</source>
        <translation>Dieser Anmeldelink ist unbekannt, benutzt oder abgelaufen; fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>This browser signed in without a session (%1); close it to sign out.</source>
        <translation>Dieser Browser hat sich ohne Sitzung angemeldet (%1); schließen Sie ihn, um sich abzumelden.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Zum Inhalt springen</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to the Desk</source>
        <translation>Am Desk anmelden</translation>
    </message>
    <message>
        <source>User name or e-mail</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Or get a sign-in link</source>
        <translation>Oder einen Anmeldelink anfordern</translation>
    </message>
    <message>
        <source>We mail a link that signs you in once, within 15 minutes.</source>
        <translation>Wir senden Ihnen einen Link, mit dem Sie sich innerhalb von 15 Minuten einmal anmelden können.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Link senden</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>There is nothing here you may read yet. Ask an administrator for a role.</source>
        <translation>Hier gibt es noch nichts, das Sie lesen dürfen. Bitten Sie einen Administrator um eine Rolle.</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Noch keine Dokumente.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>No documents match.</source>
        <translation>Keine passenden Dokumente.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Back to the workspace</source>
        <translation>Zurück zum Arbeitsbereich</translation>
    </message>
    <message>
        <source>There is no DocType &quot;%1&quot; in the Desk; pick one in the workspace.</source>
        <translation>Im Desk gibt es keinen DocType „%1“; wählen Sie einen im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>This request cannot be shown</source>
        <translation>Diese Anfrage kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>Zu viele Versuche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Last modified %1</source>
        <translation>Zuletzt geändert %1</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; for %2 is unknown; use one of: %3.</source>
        <translation>Der Operator „%1“ für %2 ist unbekannt; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>Cannot sort by &quot;%1&quot;: %2 has no such field.</source>
        <translation>Sortieren nach „%1“ nicht möglich: %2 hat kein solches Feld.</translation>
    </message>
    <message>
        <source>Page &quot;%1&quot; is not a page number; showing the first page.</source>
        <translation>„%1“ ist keine Seitenzahl; die erste Seite wird angezeigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; rows per page is not a number of at least 1.</source>
        <translation>„%1“ Zeilen pro Seite ist keine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>How %1 compares</source>
        <translation>Vergleich für %1</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>Wert für %1</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 Dokument</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 Dokumente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1–%2 of %3, page %4 of %5</source>
        <translation>%1–%2 von %3, Seite %4 von %5</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Choose what to do with the selected documents: delete, submit or cancel.</source>
        <translation>Wählen Sie, was mit den ausgewählten Dokumenten geschehen soll: löschen, buchen oder stornieren.</translation>
    </message>
    <message>
        <source>Select the documents first, with the boxes in the first column.</source>
        <translation>Wählen Sie zuerst die Dokumente aus, mit den Kästchen in der ersten Spalte.</translation>
    </message>
    <message>
        <source>Select at most %1 documents at once.</source>
        <translation>Wählen Sie höchstens %1 Dokumente auf einmal aus.</translation>
    </message>
    <message>
        <source>They disappear from lists and can no longer be linked to.</source>
        <translation>Sie verschwinden aus den Listen und können nicht mehr verknüpft werden.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Dokumente löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save and submit</source>
        <translation>Speichern und buchen</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>Dokument stornieren</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Abändern</translation>
    </message>
    <message>
        <source>Saving again replaces those values with yours.</source>
        <translation>Erneutes Speichern ersetzt diese Werte durch Ihre.</translation>
    </message>
    <message>
        <source>Or open the saved version and drop your changes.</source>
        <translation>Oder öffnen Sie die gespeicherte Fassung und verwerfen Sie Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Row actions</source>
        <translation>Zeilenaktionen</translation>
    </message>
    <message>
        <source>With the selected documents</source>
        <translation>Mit den ausgewählten Dokumenten</translation>
    </message>
    <message>
        <source>Run on selected</source>
        <translation>Auf Auswahl anwenden</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Kanban</source>
        <translation>Kanban</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Drag a card to another column, or choose its column and press Move.</source>
        <translation>Ziehen Sie eine Karte in eine andere Spalte, oder wählen Sie ihre Spalte und drücken Sie „Verschieben“.</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Springen zu</translation>
    </message>
    <message>
        <source>Jump to… (Ctrl+K)</source>
        <translation>Springen zu … (Ctrl+K)</translation>
    </message>
    <message>
        <source>A DocType, a document or an action; arrow keys choose, Enter opens, Escape closes.</source>
        <translation>Ein DocType, ein Dokument oder eine Aktion; Pfeiltasten wählen aus, Eingabe öffnet, Escape schließt.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting. The page shows what it showed before.</source>
        <translation>Verbindung verloren: Sie wird wiederhergestellt. Die Seite zeigt weiterhin den bisherigen Stand.</translation>
    </message>
    <message>
        <source>the rows differ</source>
        <translation>die Zeilen unterscheiden sich</translation>
    </message>
    <message>
        <source>Someone else saved this %1 while you were editing it (it is now at version %2). Nothing was saved: your input is kept below. Where the saved document differs:</source>
        <translation>Jemand anderes hat dieses %1 gespeichert, während Sie es bearbeitet haben (es ist jetzt in Version %2). Es wurde nichts gespeichert: Ihre Eingaben sind unten erhalten. Hier weicht das gespeicherte Dokument ab:</translation>
    </message>
    <message>
        <source>A new document cannot be cancelled or amended; save it first.</source>
        <translation>Ein neues Dokument kann nicht storniert oder abgeändert werden; speichern Sie es zuerst.</translation>
    </message>
    <message>
        <source>The form asked for &quot;%1&quot;, which is no action of the Desk; use its buttons.</source>
        <translation>Das Formular hat „%1“ angefordert, was keine Aktion des Desk ist; verwenden Sie seine Schaltflächen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete %1 %2?</source>
        <translation>%1 %2 löschen?</translation>
    </message>
    <message>
        <source>It disappears from lists and can no longer be linked to.</source>
        <translation>Es verschwindet aus den Listen und kann nicht mehr verknüpft werden.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 must be valid JSON, such as {&quot;key&quot;: &quot;value&quot;} (%2)</source>
        <translation>%1 muss gültiges JSON sein, etwa {&quot;key&quot;: &quot;value&quot;} (%2)</translation>
    </message>
    <message>
        <source>give one value, not several</source>
        <translation>geben Sie einen Wert an, nicht mehrere</translation>
    </message>
    <message>
        <source>Some values are not valid; correct the fields marked below.</source>
        <translation>Einige Werte sind ungültig; korrigieren Sie die unten markierten Felder.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Move row %1 up</source>
        <translation>Zeile %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move row %1 down</source>
        <translation>Zeile %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Zeile %1 entfernen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Erstellt.</translation>
    </message>
    <message>
        <source>Saved and submitted.</source>
        <translation>Gespeichert und gebucht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Storniert.</translation>
    </message>
    <message>
        <source>This is a new draft amending the cancelled document.</source>
        <translation>Dies ist ein neuer Entwurf, der das stornierte Dokument abändert.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Submitted documents cannot be changed; cancel this one and amend it to correct it.</source>
        <translation>Gebuchte Dokumente können nicht geändert werden; stornieren Sie dieses und ändern Sie es ab, um es zu korrigieren.</translation>
    </message>
    <message>
        <source>This document is cancelled; amend it to make a corrected copy.</source>
        <translation>Dieses Dokument ist storniert; ändern Sie es ab, um eine korrigierte Kopie zu erstellen.</translation>
    </message>
    <message>
        <source>You may read this document but not change it.</source>
        <translation>Sie dürfen dieses Dokument lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>You may not read %1 of %2, which its kanban view is grouped by.</source>
        <translation>Sie dürfen %1 von %2 nicht lesen, wonach seine Kanban-Ansicht gruppiert ist.</translation>
    </message>
    <message>
        <source>Move %1 to</source>
        <translation>%1 verschieben nach</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>Showing %1 of %2 documents; the list has them all.</source>
        <translation>%1 von %2 Dokumenten werden angezeigt; die Liste enthält alle.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string of 1 to %2 characters</source>
        <translation>„%1“ muss eine Zeichenkette aus 1 bis %2 Zeichen sein</translation>
    </message>
    <message>
        <source>a message must be a JSON object: %1</source>
        <translation>eine Nachricht muss ein JSON-Objekt sein: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;ref&quot; must be a positive integer</source>
        <translation>„ref“ muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;join&quot; needs &quot;v&quot;, the protocol version (%1)</source>
        <translation>„join“ benötigt „v“, die Protokollversion (%1)</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;; use join, event, navigate or heartbeat</source>
        <translation>unbekannter Nachrichtentyp „%1“; verwenden Sie join, event, navigate oder heartbeat</translation>
    </message>
    <message>
        <source>out of order: ref %1 after %2; refs must grow</source>
        <translation>falsche Reihenfolge: ref %1 nach %2; refs müssen aufsteigen</translation>
    </message>
    <message>
        <source>out of order: already joined; open a new connection</source>
        <translation>falsche Reihenfolge: bereits beigetreten; öffnen Sie eine neue Verbindung</translation>
    </message>
    <message>
        <source>out of order: send &quot;join&quot; first</source>
        <translation>falsche Reihenfolge: senden Sie zuerst „join“</translation>
    </message>
    <message>
        <source>There is no DocType &quot;%1&quot; to link to.</source>
        <translation>Es gibt keinen DocType „%1“, auf den verknüpft werden kann.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Sign in to look documents up.</source>
        <translation>Melden Sie sich an, um Dokumente nachzuschlagen.</translation>
    </message>
    <message>
        <source>Sign in to search the Desk.</source>
        <translation>Melden Sie sich an, um den Desk zu durchsuchen.</translation>
    </message>
    <message>
        <source>The Desk speaks live protocol %1; this page speaks %2. Reloading.</source>
        <translation>Der Desk spricht Live-Protokoll %1; diese Seite spricht %2. Wird neu geladen.</translation>
    </message>
    <message>
        <source>The Desk was updated. Reloading.</source>
        <translation>Der Desk wurde aktualisiert. Wird neu geladen.</translation>
    </message>
    <message>
        <source>the Desk&apos;s live connection needs the session cookie of a signed-in page; sign in at /desk/login</source>
        <translation>die Live-Verbindung des Desk benötigt das Sitzungs-Cookie einer angemeldeten Seite; melden Sie sich unter /desk/login an</translation>
    </message>
    <message>
        <source>The page is too old to join. Reloading.</source>
        <translation>Die Seite ist zu alt zum Beitreten. Wird neu geladen.</translation>
    </message>
    <message>
        <source>the join token was not issued to this session; reload the page</source>
        <translation>das Join-Token wurde nicht für diese Sitzung ausgestellt; laden Sie die Seite neu</translation>
    </message>
    <message>
        <source>Opening another page.</source>
        <translation>Eine andere Seite wird geöffnet.</translation>
    </message>
    <message>
        <source>The list could not be refreshed; it shows what it showed before.</source>
        <translation>Die Liste konnte nicht aktualisiert werden; sie zeigt weiterhin den bisherigen Stand.</translation>
    </message>
    <message>
        <source>sign in first: the Desk&apos;s live connection needs a signed-in page</source>
        <translation>melden Sie sich zuerst an: die Live-Verbindung des Desk benötigt eine angemeldete Seite</translation>
    </message>
    <message>
        <source>out of order: &quot;change&quot; is for a form; this connection shows a list</source>
        <translation>falsche Reihenfolge: „change“ gilt für ein Formular; diese Verbindung zeigt eine Liste</translation>
    </message>
    <message>
        <source>The form could not be checked; your input is kept.</source>
        <translation>Das Formular konnte nicht geprüft werden; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your input is kept. Saving now shows the conflict first, so nothing is replaced unseen.</source>
        <translation>Ihre Eingaben bleiben erhalten. Beim Speichern wird zuerst der Konflikt angezeigt, damit nichts ungesehen ersetzt wird.</translation>
    </message>
    <message>
        <source>Your unsaved input on this page was restored.</source>
        <translation>Ihre nicht gespeicherten Eingaben auf dieser Seite wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>the rows changed</source>
        <translation>die Zeilen wurden geändert</translation>
    </message>
    <message>
        <source>Someone else saved this %1 while you had it open (it is now at version %2).</source>
        <translation>Jemand anderes hat dieses %1 gespeichert, während Sie es geöffnet hatten (es ist jetzt bei Version %2).</translation>
    </message>
    <message>
        <source>&quot;change&quot; needs &quot;values&quot;, an array of at most %1 [name, text] pairs</source>
        <translation>„change“ braucht „values“, ein Array mit höchstens %1 Paaren [Name, Text]</translation>
    </message>
    <message>
        <source>each of &quot;values&quot; must be [name, text], two strings</source>
        <translation>jeder Eintrag von „values“ muss [Name, Text] sein, zwei Zeichenketten</translation>
    </message>
    <message>
        <source>&quot;touched&quot; must be an array of at most %1 input names</source>
        <translation>„touched“ muss ein Array mit höchstens %1 Eingabenamen sein</translation>
    </message>
    <message>
        <source>&quot;touched&quot; must hold input names (strings)</source>
        <translation>„touched“ muss Eingabenamen (Zeichenketten) enthalten</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;; the Desk knows &quot;refresh&quot; and &quot;change&quot;</source>
        <translation>unbekanntes Ereignis „%1“; der Desk kennt „refresh“ und „change“</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the browser</source>
        <translation>Wie der Browser</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>no live view at &quot;%1&quot;; lists (/desk/&lt;doctype&gt;), forms (/desk/&lt;doctype&gt;/&lt;name&gt;) and calendars (/desk/&lt;doctype&gt;/view/calendar) are live</source>
        <translation>keine Live-Ansicht unter &quot;%1&quot;; live sind Listen (/desk/&lt;doctype&gt;), Formulare (/desk/&lt;doctype&gt;/&lt;name&gt;) und Kalender (/desk/&lt;doctype&gt;/view/calendar)</translation>
    </message>
    <message>
        <source>The calendar shows mode=month or mode=week, not &quot;%1&quot;.</source>
        <translation>Der Kalender zeigt mode=month oder mode=week, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The calendar&apos;s date must be a day like 2026-11-02, not &quot;%1&quot;.</source>
        <translation>Das Datum des Kalenders muss ein Tag wie 2026-11-02 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has no calendar view: its views.calendar must name a start_field.</source>
        <translation>%1 hat keine Kalenderansicht: views.calendar muss ein start_field nennen.</translation>
    </message>
    <message>
        <source>You may not read %1 of %2, which its calendar is built on.</source>
        <translation>Sie dürfen %1 von %2 nicht lesen, auf dem der Kalender beruht.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendar period</source>
        <translation>Kalenderzeitraum</translation>
    </message>
    <message>
        <source>Nothing on the calendar in this period.</source>
        <translation>In diesem Zeitraum steht nichts im Kalender.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>The first %1 of %2 records of %3 are columns; cards linked to the others are in columns of their own at the end.</source>
        <translation>Die ersten %1 von %2 Datensätzen von %3 sind Spalten; Karten, die auf andere verweisen, stehen am Ende in eigenen Spalten.</translation>
    </message>
    <message>
        <source>%1 has no kanban view: its views.kanban.group_by must name a Select or Link field.</source>
        <translation>%1 hat keine Kanban-Ansicht: views.kanban.group_by muss ein Select- oder Link-Feld nennen.</translation>
    </message>
    <message>
        <source>Move %1 a day earlier</source>
        <translation>%1 einen Tag früher legen</translation>
    </message>
    <message>
        <source>Move %1 a day later</source>
        <translation>%1 einen Tag später legen</translation>
    </message>
    <message>
        <source>Drag an entry to another day, or use its ‹ and › buttons to move it by a day.</source>
        <translation>Ziehen Sie einen Eintrag auf einen anderen Tag, oder verschieben Sie ihn mit seinen Schaltflächen ‹ und › um einen Tag.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No changes saved yet.</source>
        <translation>Noch keine Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Show older changes</source>
        <translation>Ältere Änderungen anzeigen</translation>
    </message>
    <message>
        <source>changed to</source>
        <translation>geändert in</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 submitted this</source>
        <translation>%1 hat dies gebucht</translation>
    </message>
    <message>
        <source>%1 cancelled this</source>
        <translation>%1 hat dies storniert</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 hat geändert</translation>
    </message>
    <message>
        <source>%1 created this · %2</source>
        <translation>%1 hat dies erstellt · %2</translation>
    </message>
</context>
<context>
    <name>FieldProperty</name>
    <message>
        <source>Fieldname</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>In list view</source>
        <translation>In der Listenansicht</translation>
    </message>
    <message>
        <source>In filter</source>
        <translation>Im Filter</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Vorgabewert</translation>
    </message>
    <message>
        <source>Fetch from</source>
        <translation>Übernehmen aus</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Permission level</source>
        <translation>Berechtigungsstufe</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>signed out: the credentials of this connection no longer work; sign in again</source>
        <translation>abgemeldet: die Anmeldedaten dieser Verbindung gelten nicht mehr; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>a connection may listen to %1 topics at most; unsubscribe from one first, or subscribe to the whole DocType instead of single documents</source>
        <translation>eine Verbindung darf höchstens %1 Themen abonnieren; kündigen Sie zuerst eines, oder abonnieren Sie den ganzen DocType statt einzelner Dokumente</translation>
    </message>
    <message>
        <source>overloaded: %1 events waited for this connection; read faster or listen to fewer documents, then reconnect</source>
        <translation>überlastet: %1 Ereignisse haben auf diese Verbindung gewartet; lesen Sie schneller oder abonnieren Sie weniger Dokumente, und verbinden Sie sich dann neu</translation>
    </message>
    <message>
        <source>overloaded: the server fell behind with live events; reconnect</source>
        <translation>überlastet: der Server ist mit Live-Ereignissen in Rückstand geraten; verbinden Sie sich neu</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>child</source>
        <translation>untergeordnet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>noch kein Plan</translation>
    </message>
    <message>
        <source>the DocTypes have errors (see Problems); fix them before migrating</source>
        <translation>die DocTypes enthalten Fehler (siehe Probleme); beheben Sie sie vor dem Migrieren</translation>
    </message>
    <message>
        <source>the system keychain refused: %1. Unlock it (or install and start a Secret Service such as GNOME Keyring) and try again.</source>
        <translation>der Schlüsselbund des Systems hat abgelehnt: %1. Entsperren Sie ihn (oder installieren und starten Sie einen Secret Service wie GNOME Keyring) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fm::core::ApiKeys</name>
    <message>
        <source>%1; send `Authorization: token &lt;key&gt;:&lt;secret&gt;` with a key from POST /api/v1/auth/api-keys</source>
        <translation>%1; senden Sie `Authorization: token &lt;key&gt;:&lt;secret&gt;` mit einem Schlüssel von POST /api/v1/auth/api-keys</translation>
    </message>
    <message>
        <source>the expiry %1 is in the past; give a later time, or none for a key that does not expire</source>
        <translation>der Ablaufzeitpunkt %1 liegt in der Vergangenheit; geben Sie einen späteren an oder keinen für einen Schlüssel, der nicht abläuft</translation>
    </message>
    <message>
        <source>creating an API key: </source>
        <translation>beim Anlegen eines API-Schlüssels: </translation>
    </message>
    <message>
        <source>there is no API key %1 of yours; list your keys to find its id</source>
        <translation>Sie haben keinen API-Schlüssel %1; lassen Sie Ihre Schlüssel auflisten, um seine ID zu finden</translation>
    </message>
    <message>
        <source>the API key or its secret is empty</source>
        <translation>der API-Schlüssel oder sein Geheimnis ist leer</translation>
    </message>
    <message>
        <source>the API key is unknown or its secret is wrong</source>
        <translation>der API-Schlüssel ist unbekannt oder sein Geheimnis ist falsch</translation>
    </message>
    <message>
        <source>the API key has expired</source>
        <translation>der API-Schlüssel ist abgelaufen</translation>
    </message>
    <message>
        <source>the API key&apos;s user is disabled or deleted</source>
        <translation>der Benutzer des API-Schlüssels ist deaktiviert oder gelöscht</translation>
    </message>
    <message>
        <source>the API key credentials are not in the form &lt;key&gt;:&lt;secret&gt;</source>
        <translation>die Zugangsdaten des API-Schlüssels haben nicht die Form &lt;key&gt;:&lt;secret&gt;</translation>
    </message>
</context>
<context>
    <name>fm::core::AppLoader</name>
    <message>
        <source>fix the entry in &quot;field_types&quot; of app.json</source>
        <translation>korrigieren Sie den Eintrag in &quot;field_types&quot; der app.json</translation>
    </message>
    <message>
        <source>DocType folder &quot;%1&quot; has no %1.json</source>
        <translation>der DocType-Ordner „%1“ enthält keine %1.json</translation>
    </message>
    <message>
        <source>add doctypes/%1/%1.json, or remove the folder</source>
        <translation>legen Sie doctypes/%1/%1.json an oder entfernen Sie den Ordner</translation>
    </message>
    <message>
        <source>a DocType file is named after its folder: rename %1 to %2.json</source>
        <translation>eine DocType-Datei heißt wie ihr Ordner: benennen Sie %1 in %2.json um</translation>
    </message>
    <message>
        <source>each DocType is defined by one app; to add fields to another app&apos;s DocType use an extension file</source>
        <translation>jeder DocType wird von genau einer App definiert; um einem DocType einer anderen App Felder hinzuzufügen, verwenden Sie eine Erweiterungsdatei</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; is in folder &quot;%2&quot;, but its folder must be &quot;%3&quot;</source>
        <translation>DocType „%1“ liegt im Ordner „%2“, sein Ordner muss aber „%3“ sein</translation>
    </message>
    <message>
        <source>move the file to doctypes/%1/%1.json, or rename the DocType to match the folder</source>
        <translation>verschieben Sie die Datei nach doctypes/%1/%1.json oder benennen Sie den DocType passend zum Ordner um</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; says &quot;app&quot;: &quot;%2&quot; but lives in app &quot;%3&quot;</source>
        <translation>DocType „%1“ gibt &quot;app&quot;: &quot;%2&quot; an, liegt aber in der App „%3“</translation>
    </message>
    <message>
        <source>remove &quot;app&quot; (the folder decides it) or move the DocType to app &quot;%1&quot;</source>
        <translation>entfernen Sie &quot;app&quot; (der Ordner bestimmt die App) oder verschieben Sie den DocType in die App „%1“</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of %2 uses field type &quot;%3&quot; of app &quot;%4&quot;, which app &quot;%5&quot; does not depend on</source>
        <translation>Feld „%1“ von %2 verwendet den Feldtyp „%3“ der App „%4“, von der die App „%5“ nicht abhängt</translation>
    </message>
    <message>
        <source>add &quot;%1&quot; to &quot;depends_on&quot; in the app.json of &quot;%2&quot;</source>
        <translation>fügen Sie „%1“ zu &quot;depends_on&quot; in der app.json von „%2“ hinzu</translation>
    </message>
</context>
<context>
    <name>fm::core::AppManifest</name>
    <message>
        <source>field type</source>
        <translation>Feldtyp</translation>
    </message>
    <message>
        <source>field type name &quot;%1&quot; is not allowed</source>
        <translation>der Feldtypname „%1“ ist nicht erlaubt</translation>
    </message>
    <message>
        <source>start with a capital letter and use only letters and digits, like &quot;IBAN&quot; or &quot;PostCode&quot;</source>
        <translation>beginnen Sie mit einem Großbuchstaben und verwenden Sie nur Buchstaben und Ziffern, etwa „IBAN“ oder „PostCode“</translation>
    </message>
    <message>
        <source>the pattern of field type &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>das Muster des Feldtyps „%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>fix the expression (Perl syntax; remember to double backslashes in JSON)</source>
        <translation>korrigieren Sie den Ausdruck (Perl-Syntax; in JSON sind Backslashes zu verdoppeln)</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; lists &quot;%2&quot; twice in depends_on</source>
        <translation>App „%1“ führt „%2“ zweimal in depends_on auf</translation>
    </message>
    <message>
        <source>remove the second entry</source>
        <translation>entfernen Sie den zweiten Eintrag</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>every app folder needs an app.json with at least {&quot;name&quot;: &quot;&lt;folder name&gt;&quot;}</source>
        <translation>jeder App-Ordner braucht eine app.json mit mindestens {&quot;name&quot;: &quot;&lt;Ordnername&gt;&quot;}</translation>
    </message>
    <message>
        <source>app name &quot;%1&quot; is not allowed</source>
        <translation>der App-Name „%1“ ist nicht erlaubt</translation>
    </message>
    <message>
        <source>use lower case letters, digits and &apos;_&apos;, starting with a letter, like &quot;helpdesk&quot;</source>
        <translation>verwenden Sie Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben, etwa „helpdesk“</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; lives in folder &quot;%2&quot;</source>
        <translation>App „%1“ liegt im Ordner „%2“</translation>
    </message>
    <message>
        <source>rename the folder to &quot;%1&quot; or set &quot;name&quot;: &quot;%2&quot;</source>
        <translation>benennen Sie den Ordner in „%1“ um oder setzen Sie &quot;name&quot;: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>fm::core::AppOrder</name>
    <message>
        <source>already loaded</source>
        <translation>bereits geladen</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; is defined twice: in %2 and in %3</source>
        <translation>App „%1“ ist doppelt definiert: in %2 und in %3</translation>
    </message>
    <message>
        <source>app names are unique in a project; remove one folder from the app list or rename its app</source>
        <translation>App-Namen sind in einem Projekt eindeutig; entfernen Sie einen Ordner aus der App-Liste oder benennen Sie seine App um</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; depends on app &quot;%2&quot;, which is not part of the project</source>
        <translation>App „%1“ hängt von der App „%2“ ab, die nicht zum Projekt gehört</translation>
    </message>
    <message>
        <source>did you mean &quot;%1&quot;? </source>
        <translation>meinten Sie „%1“? </translation>
    </message>
    <message>
        <source>add the folder of app &quot;%1&quot; to the project&apos;s apps, or remove it from depends_on</source>
        <translation>fügen Sie den Ordner der App „%1“ zu den Apps des Projekts hinzu oder entfernen Sie sie aus depends_on</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; is not loaded because app &quot;%2&quot;, which it depends on, could not be loaded</source>
        <translation>App „%1“ wird nicht geladen, weil die App „%2“, von der sie abhängt, nicht geladen werden konnte</translation>
    </message>
    <message>
        <source>fix the errors reported for app &quot;%1&quot; first</source>
        <translation>beheben Sie zuerst die für die App „%1“ gemeldeten Fehler</translation>
    </message>
    <message>
        <source>apps depend on each other in a cycle: %1</source>
        <translation>Apps hängen im Kreis voneinander ab: %1</translation>
    </message>
    <message>
        <source>an app cannot (even indirectly) depend on itself; remove one of these depends_on entries, e.g. &quot;%1&quot; from app &quot;%2&quot;</source>
        <translation>eine App kann (auch indirekt) nicht von sich selbst abhängen; entfernen Sie einen dieser depends_on-Einträge, z. B. „%1“ aus der App „%2“</translation>
    </message>
</context>
<context>
    <name>fm::core::CommitSignal</name>
    <message>
        <source>listening for commits on %1: %2</source>
        <translation>Warten auf Commits an %1: %2</translation>
    </message>
</context>
<context>
    <name>fm::core::ConnectionPool</name>
    <message>
        <source>the database path is empty; set it to the SQLite file to use, e.g. sites/&lt;site&gt;/db.sqlite</source>
        <translation>der Datenbankpfad ist leer; setzen Sie ihn auf die zu verwendende SQLite-Datei, z. B. sites/&lt;site&gt;/db.sqlite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain file path: every thread opens its own connection, so they must share one database file; use a file path</source>
        <translation>„%1“ ist kein einfacher Dateipfad: jeder Thread öffnet seine eigene Verbindung, daher müssen alle dieselbe Datenbankdatei verwenden; geben Sie einen Dateipfad an</translation>
    </message>
    <message>
        <source>the folder of the database file %1 does not exist; create it first (the database file itself is created on first use)</source>
        <translation>der Ordner der Datenbankdatei %1 existiert nicht; legen Sie ihn zuerst an (die Datenbankdatei selbst wird bei der ersten Verwendung angelegt)</translation>
    </message>
    <message>
        <source>the database path %1 is not a file; point it at a SQLite file</source>
        <translation>der Datenbankpfad %1 ist keine Datei; lassen Sie ihn auf eine SQLite-Datei zeigen</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed; install it (Debian: libqt6sql6-sqlite)</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert; installieren Sie ihn (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>the PostgreSQL URL is empty; set it to postgresql://user@host:port/dbname</source>
        <translation>die PostgreSQL-URL ist leer; setzen Sie sie auf postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL; write it as postgresql://user@host:port/dbname</source>
        <translation>„%1“ ist keine PostgreSQL-URL; schreiben Sie sie als postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>a PostgreSQL timeout is negative; use 0 (no limit) or more</source>
        <translation>ein PostgreSQL-Timeout ist negativ; verwenden Sie 0 (keine Grenze) oder mehr</translation>
    </message>
    <message>
        <source>the PostgreSQL password file %1 cannot be read; create it with the password as its only line, readable by this user</source>
        <translation>die PostgreSQL-Passwortdatei %1 kann nicht gelesen werden; legen Sie sie mit dem Passwort als einziger Zeile an, lesbar für diesen Benutzer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL; write it as postgresql://user@host:port/dbname</source>
        <translation>„%1“ ist keine gültige PostgreSQL-URL; schreiben Sie sie als postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL URL holds a password, which would be stored and shown in clear; remove it from the URL and set PGPASSWORD, a ~/.pgpass entry, or a password file</source>
        <translation>die PostgreSQL-URL enthält ein Passwort, das im Klartext gespeichert und angezeigt würde; entfernen Sie es aus der URL und setzen Sie PGPASSWORD, einen Eintrag in ~/.pgpass oder eine Passwortdatei</translation>
    </message>
    <message>
        <source>pool size %1 is negative; use 0 (one connection per thread, no limit) or more</source>
        <translation>die Pool-Größe %1 ist negativ; verwenden Sie 0 (eine Verbindung pro Thread, keine Grenze) oder mehr</translation>
    </message>
    <message>
        <source>busy timeout %1 ms is negative; use 0 or more milliseconds</source>
        <translation>das Busy-Timeout %1 ms ist negativ; verwenden Sie 0 oder mehr Millisekunden</translation>
    </message>
    <message>
        <source>database engine &quot;%1&quot; is not supported; set engine to &quot;sqlite&quot; or &quot;postgresql&quot;</source>
        <translation>die Datenbank-Engine „%1“ wird nicht unterstützt; setzen Sie engine auf &quot;sqlite&quot; oder &quot;postgresql&quot;</translation>
    </message>
    <message>
        <source>this process already holds the %1 database connection(s) its pool allows (pool_size in the site&apos;s database settings); raise pool_size, or run fewer threads (m start --threads)</source>
        <translation>dieser Prozess hält bereits die %1 Datenbankverbindung(en), die sein Pool erlaubt (pool_size in den Datenbankeinstellungen der Site); erhöhen Sie pool_size oder verwenden Sie weniger Threads (m start --threads)</translation>
    </message>
    <message>
        <source>opening the database %1</source>
        <translation>beim Öffnen der Datenbank %1</translation>
    </message>
</context>
<context>
    <name>fm::core::ControllerRegistry</name>
    <message>
        <source>RPC method &quot;%1&quot; of %2: a method needs a snake_case name (e.g. &quot;close_ticket&quot;) and code to run</source>
        <translation>RPC-Methode „%1“ von %2: eine Methode braucht einen Namen in snake_case (z. B. „close_ticket“) und Code, der ausgeführt wird</translation>
    </message>
    <message>
        <source>RPC method &quot;%1&quot; of %2 is registered twice; rename one</source>
        <translation>RPC-Methode „%1“ von %2 ist zweimal registriert; benennen Sie eine um</translation>
    </message>
    <message>
        <source>RPC function &quot;%1&quot;: a function needs a dotted snake_case name starting with its app (e.g. &quot;helpdesk.open_count&quot;) and code to run</source>
        <translation>RPC-Funktion „%1“: eine Funktion braucht einen Namen in snake_case mit Punkten, der mit ihrer App beginnt (z. B. „helpdesk.open_count“), und Code, der ausgeführt wird</translation>
    </message>
    <message>
        <source>RPC function &quot;%1&quot; is registered twice; rename one</source>
        <translation>RPC-Funktion „%1“ ist zweimal registriert; benennen Sie eine um</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: a job needs a dotted snake_case name starting with its app (e.g. &quot;helpdesk.tickets.close_stale&quot;) and code to run</source>
        <translation>Job „%1“: ein Job braucht einen Namen in snake_case mit Punkten, der mit seiner App beginnt (z. B. „helpdesk.tickets.close_stale“), und Code, der ausgeführt wird</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: the default timeout must be at least 1 s, retries and backoff at least 0, and the queue named</source>
        <translation>Job „%1“: das Standard-Zeitlimit muss mindestens 1 s betragen, Wiederholungen und Wartezeit mindestens 0, und die Warteschlange muss benannt sein</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is registered twice; rename one</source>
        <translation>Job „%1“ ist zweimal registriert; benennen Sie einen um</translation>
    </message>
    <message>
        <source>schedule &quot;%1&quot;: job &quot;%2&quot; is not registered; register the job (registerJob) before its schedule</source>
        <translation>Zeitplan „%1“: Job „%2“ ist nicht registriert; registrieren Sie den Job (registerJob) vor seinem Zeitplan</translation>
    </message>
    <message>
        <source>schedule &quot;%1&quot;: %2</source>
        <translation>Zeitplan „%1“: %2</translation>
    </message>
    <message>
        <source>schedule &quot;%1&quot;: &quot;%2&quot; is not a known time zone; use an IANA name such as UTC or Europe/Berlin</source>
        <translation>Zeitplan „%1“: „%2“ ist keine bekannte Zeitzone; verwenden Sie einen IANA-Namen wie UTC oder Europe/Berlin</translation>
    </message>
    <message>
        <source>schedule &quot;%1&quot; is declared twice; give one a name of its own (ScheduleDefinition::name)</source>
        <translation>Zeitplan „%1“ ist zweimal deklariert; geben Sie einem einen eigenen Namen (ScheduleDefinition::name)</translation>
    </message>
    <message>
        <source>controller plugin %1 does not exist; build the app (cmake --build) or fix the path</source>
        <translation>Controller-Plugin %1 existiert nicht; bauen Sie die App (cmake --build) oder korrigieren Sie den Pfad</translation>
    </message>
    <message>
        <source>cannot load controller plugin %1: %2</source>
        <translation>Controller-Plugin %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a Qt plugin but not a Framework M controller plugin; it must implement fm::core::ControllerPlugin with IID %2</source>
        <translation>%1 ist ein Qt-Plugin, aber kein Controller-Plugin von Framework M; es muss fm::core::ControllerPlugin mit der IID %2 implementieren</translation>
    </message>
</context>
<context>
    <name>fm::core::CronExpression</name>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>cron expression &quot;%1&quot;: %2</source>
        <translation>Cron-Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <source>the step in &quot;%1&quot; must be a whole number of at least 1</source>
        <translation>die Schrittweite in „%1“ muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; runs backwards; write it from low to high</source>
        <translation>der Bereich „%1“ läuft rückwärts; schreiben Sie ihn von klein nach groß</translation>
    </message>
    <message>
        <source>field %1 (%2): %3</source>
        <translation>Feld %1 (%2): %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a number nor a name (%2)</source>
        <translation>„%1“ ist weder eine Zahl noch ein Name (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is out of %2-%3</source>
        <translation>%1 liegt außerhalb von %2-%3</translation>
    </message>
    <message>
        <source>it is empty; write 5 fields (minute hour day-of-month month day-of-week) or @hourly, @daily, @weekly, @monthly, @yearly</source>
        <translation>er ist leer; schreiben Sie 5 Felder (Minute Stunde Tag-des-Monats Monat Wochentag) oder @hourly, @daily, @weekly, @monthly, @yearly</translation>
    </message>
    <message>
        <source>unknown shorthand &quot;%1&quot;; use @hourly, @daily, @weekly, @monthly or @yearly</source>
        <translation>unbekannte Kurzform „%1“; verwenden Sie @hourly, @daily, @weekly, @monthly oder @yearly</translation>
    </message>
    <message>
        <source>it has %1 field(s), a cron expression has 5: minute hour day-of-month month day-of-week</source>
        <translation>er hat %1 Feld(er), ein Cron-Ausdruck hat 5: Minute Stunde Tag-des-Monats Monat Wochentag</translation>
    </message>
    <message>
        <source>a list has an empty element</source>
        <translation>eine Liste hat ein leeres Element</translation>
    </message>
    <message>
        <source>it never runs: none of its months has any of its days (fields 3 and 4)</source>
        <translation>er läuft nie: keiner seiner Monate hat einen seiner Tage (Felder 3 und 4)</translation>
    </message>
</context>
<context>
    <name>fm::core::CrossCheck</name>
    <message>
        <source>did you mean &quot;%1&quot;? </source>
        <translation>meinten Sie „%1“? </translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; of %3</source>
        <translation>%1-Feld „%2“ von %3</translation>
    </message>
    <message>
        <source>%1 points at &quot;DocType&quot;, which is not a child DocType</source>
        <translation>%1 verweist auf „DocType“, der kein untergeordneter DocType ist</translation>
    </message>
    <message>
        <source>a %1 field needs a DocType with &quot;is_child&quot;: true; use a Link field to refer to DocTypes</source>
        <translation>ein %1-Feld braucht einen DocType mit &quot;is_child&quot;: true; verwenden Sie ein Link-Feld, um auf DocTypes zu verweisen</translation>
    </message>
    <message>
        <source>%1 points at DocType &quot;%2&quot;, which does not exist</source>
        <translation>%1 verweist auf den DocType „%2“, den es nicht gibt</translation>
    </message>
    <message>
        <source>name an existing DocType in &quot;options&quot;, or add the missing DocType (or the app defining it)</source>
        <translation>nennen Sie in &quot;options&quot; einen vorhandenen DocType oder fügen Sie den fehlenden DocType hinzu (oder die App, die ihn definiert)</translation>
    </message>
    <message>
        <source>%1 points at &quot;%2&quot;, which is not a child DocType</source>
        <translation>%1 verweist auf „%2“, der kein untergeordneter DocType ist</translation>
    </message>
    <message>
        <source>set &quot;is_child&quot;: true in %1, or use a Link field to refer to standalone documents</source>
        <translation>setzen Sie &quot;is_child&quot;: true in %1 oder verwenden Sie ein Link-Feld, um auf eigenständige Dokumente zu verweisen</translation>
    </message>
    <message>
        <source>%1 points at the child DocType &quot;%2&quot;</source>
        <translation>%1 verweist auf den untergeordneten DocType „%2“</translation>
    </message>
    <message>
        <source>child rows belong to their parent and cannot be linked; use a Table field, or link to the parent DocType instead</source>
        <translation>untergeordnete Zeilen gehören zu ihrem übergeordneten Dokument und können nicht verknüpft werden; verwenden Sie ein Table-Feld oder verknüpfen Sie stattdessen den übergeordneten DocType</translation>
    </message>
    <message>
        <source>DynamicLink field &quot;%1&quot; of %2 names field &quot;%3&quot;, which does not exist</source>
        <translation>DynamicLink-Feld „%1“ von %2 nennt das Feld „%3“, das es nicht gibt</translation>
    </message>
    <message>
        <source>&quot;options&quot; of a DynamicLink names a Link field of the same DocType whose options are &quot;DocType&quot;</source>
        <translation>&quot;options&quot; eines DynamicLink nennt ein Link-Feld desselben DocTypes, dessen &quot;options&quot; „DocType“ ist</translation>
    </message>
    <message>
        <source>DynamicLink field &quot;%1&quot; of %2 names field &quot;%3&quot;, which is not a Link to &quot;DocType&quot;</source>
        <translation>DynamicLink-Feld „%1“ von %2 nennt das Feld „%3“, das kein Link auf „DocType“ ist</translation>
    </message>
    <message>
        <source>make &quot;%1&quot; a Link field with &quot;options&quot;: &quot;DocType&quot; so it holds the DocType the DynamicLink points at</source>
        <translation>machen Sie „%1“ zu einem Link-Feld mit &quot;options&quot;: &quot;DocType&quot;, damit es den DocType enthält, auf den der DynamicLink verweist</translation>
    </message>
    <message>
        <source>fetch_from &quot;%1&quot; of field &quot;%2&quot; in %3 does not start with a Link field</source>
        <translation>fetch_from „%1“ des Felds „%2“ in %3 beginnt nicht mit einem Link-Feld</translation>
    </message>
    <message>
        <source>write &quot;&lt;link field&gt;.&lt;field of the linked DocType&gt;&quot;</source>
        <translation>schreiben Sie &quot;&lt;Link-Feld&gt;.&lt;Feld des verknüpften DocTypes&gt;&quot;</translation>
    </message>
    <message>
        <source>fetch_from &quot;%1&quot; of field &quot;%2&quot; in %3 names &quot;%4&quot;, which is not a field of %5</source>
        <translation>fetch_from „%1“ des Felds „%2“ in %3 nennt „%4“, das kein Feld von %5 ist</translation>
    </message>
    <message>
        <source>name a field of %1 after the dot</source>
        <translation>nennen Sie nach dem Punkt ein Feld von %1</translation>
    </message>
</context>
<context>
    <name>fm::core::DevSignIn</name>
    <message>
        <source>This development sign-in token is not valid: it is unknown, already used or older than %1 seconds. Ask for a new one with POST /api/v1/dev/sign-in.</source>
        <translation>Dieses Entwicklungs-Anmeldetoken ist ungültig: es ist unbekannt, bereits benutzt oder älter als %1 Sekunden. Fordern Sie mit POST /api/v1/dev/sign-in ein neues an.</translation>
    </message>
    <message>
        <source>The development sign-in is off: start the server with `m start --dev` and a secret of at least %1 bytes in the environment variable %2 (the Studio does this).</source>
        <translation>Die Entwicklungs-Anmeldung ist aus: starten Sie den Server mit `m start --dev` und einem Geheimnis von mindestens %1 Bytes in der Umgebungsvariablen %2 (das Studio tut dies).</translation>
    </message>
    <message>
        <source>The development sign-in is off: %1 has %2 bytes, fewer than the %3 it needs. Restart the server with a longer random secret.</source>
        <translation>Die Entwicklungs-Anmeldung ist aus: %1 hat %2 Bytes, weniger als die nötigen %3. Starten Sie den Server mit einem längeren zufälligen Geheimnis neu.</translation>
    </message>
    <message>
        <source>The secret is not the one this server was started with; send the value of %1 from the server&apos;s environment as &quot;secret&quot;.</source>
        <translation>Das Geheimnis ist nicht das, mit dem dieser Server gestartet wurde; senden Sie den Wert von %1 aus der Umgebung des Servers als „secret“.</translation>
    </message>
    <message>
        <source>&quot;next&quot; must be a path on this server starting with one &quot;/&quot; (like /desk); &quot;%1&quot; is not.</source>
        <translation>„next“ muss ein Pfad auf diesem Server sein, der mit einem „/“ beginnt (wie /desk); „%1“ ist keiner.</translation>
    </message>
</context>
<context>
    <name>fm::core::Dialect</name>
    <message>
        <source>configuring the PostgreSQL session</source>
        <translation>beim Einrichten der PostgreSQL-Sitzung</translation>
    </message>
    <message>
        <source>the PostgreSQL server is version %1; Framework M needs PostgreSQL 12 or later (15 is tested)</source>
        <translation>der PostgreSQL-Server hat Version %1; Framework M braucht PostgreSQL 12 oder neuer (getestet ist 15)</translation>
    </message>
    <message>
        <source>%1 row %2 links to a missing %3 record</source>
        <translation>%1 Zeile %2 verweist auf einen fehlenden %3-Datensatz</translation>
    </message>
    <message>
        <source>the connection is not an open PostgreSQL connection of Framework M&apos;s libpq driver; cannot prepare: %1</source>
        <translation>die Verbindung ist keine offene PostgreSQL-Verbindung des libpq-Treibers von Framework M; Vorbereiten nicht möglich: %1</translation>
    </message>
    <message>
        <source>configuring the SQLite connection</source>
        <translation>beim Einrichten der SQLite-Verbindung</translation>
    </message>
    <message>
        <source>the connection is not a SQLite connection of Qt&apos;s QSQLITE driver; cannot prepare: %1</source>
        <translation>die Verbindung ist keine SQLite-Verbindung des QSQLITE-Treibers von Qt; Vorbereiten nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>fm::core::DocTypeDiff</name>
    <message>
        <source>reordered</source>
        <translation>umsortiert</translation>
    </message>
    <message>
        <source>%1 options changed: %2</source>
        <translation>Optionen von %1 geändert: %2</translation>
    </message>
    <message>
        <source>%1 options changed: %2 -&gt; %3</source>
        <translation>Optionen von %1 geändert: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>field %1 added (%2)</source>
        <translation>Feld %1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>field %1 removed</source>
        <translation>Feld %1 entfernt</translation>
    </message>
    <message>
        <source>field %1 renamed to %2</source>
        <translation>Feld %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>field %1 renamed to %2, not recorded in renames.json: a migration drops %1 and its data; rename it with `m rename field` or the designer instead</source>
        <translation>Feld %1 in %2 umbenannt, aber nicht in renames.json verzeichnet: eine Migration löscht %1 samt seinen Daten; benennen Sie es stattdessen mit `m rename field` oder im Designer um</translation>
    </message>
    <message>
        <source>to the top</source>
        <translation>an den Anfang</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>hinter %1</translation>
    </message>
    <message>
        <source>field %1 moved %2</source>
        <translation>Feld %1 %2 verschoben</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, Spalte %2</translation>
    </message>
    <message>
        <source>layout sections: %1 -&gt; %2</source>
        <translation>Layout-Abschnitte: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>layout: %1 %2</source>
        <translation>Layout: %1 %2</translation>
    </message>
    <message>
        <source>made collapsible</source>
        <translation>einklappbar gemacht</translation>
    </message>
    <message>
        <source>no longer collapsible</source>
        <translation>nicht mehr einklappbar</translation>
    </message>
    <message>
        <source>layout: %1 taken off the form</source>
        <translation>Layout: %1 aus dem Formular genommen</translation>
    </message>
    <message>
        <source>layout: %1 moved to %2</source>
        <translation>Layout: %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>layout: the order of fields in a column changed</source>
        <translation>Layout: die Reihenfolge der Felder in einer Spalte hat sich geändert</translation>
    </message>
    <message>
        <source> (level %1)</source>
        <translation> (Ebene %1)</translation>
    </message>
    <message>
        <source> (if owner)</source>
        <translation> (wenn Eigentümer)</translation>
    </message>
    <message>
        <source>permission for %1 added: %2</source>
        <translation>Berechtigung für %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>permission for %1: %2</source>
        <translation>Berechtigung für %1: %2</translation>
    </message>
    <message>
        <source>permission for %1 removed</source>
        <translation>Berechtigung für %1 entfernt</translation>
    </message>
    <message>
        <source>DocType %1 added with %2 fields</source>
        <translation>DocType %1 mit %2 Feldern hinzugefügt</translation>
    </message>
    <message>
        <source>DocType %1 removed</source>
        <translation>DocType %1 entfernt</translation>
    </message>
    <message>
        <source>%1 (%2) is not a DocType%3: fix the file, then compare again</source>
        <translation>%1 (%2) ist kein DocType%3: korrigieren Sie die Datei und vergleichen Sie dann erneut</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
</context>
<context>
    <name>fm::core::DocTypeEdits</name>
    <message>
        <source>%1 names &quot;%2&quot;, which is not a field of %3</source>
        <translation>%1 nennt „%2“, das kein Feld von %3 ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2, not %3</source>
        <translation>„%1“ nimmt %2, nicht %3</translation>
    </message>
    <message>
        <source>unknown naming rule &quot;%1&quot;; use &quot;uuid&quot;, &quot;prompt&quot;, &quot;field:&lt;fieldname&gt;&quot; or &quot;series:&lt;pattern&gt;&quot;</source>
        <translation>unbekannte Benennungsregel „%1“; verwenden Sie &quot;uuid&quot;, &quot;prompt&quot;, &quot;field:&lt;fieldname&gt;&quot; oder &quot;series:&lt;pattern&gt;&quot;</translation>
    </message>
    <message>
        <source>a permission rule needs a role, e.g. &quot;System Manager&quot;</source>
        <translation>eine Berechtigungsregel braucht eine Rolle, z. B. „System Manager“</translation>
    </message>
    <message>
        <source>permlevel %1 is outside 0..9; use a level from 0 (the default) to 9</source>
        <translation>permlevel %1 liegt außerhalb von 0..9; verwenden Sie eine Ebene von 0 (Standard) bis 9</translation>
    </message>
    <message>
        <source>%1 already has a rule for &quot;%2&quot; at level %3%4; change that rule instead</source>
        <translation>%1 hat bereits eine Regel für „%2“ auf Ebene %3%4; ändern Sie stattdessen diese Regel</translation>
    </message>
    <message>
        <source> (if owner)</source>
        <translation> (wenn Eigentümer)</translation>
    </message>
    <message>
        <source>there is no %1 %2; there are %3</source>
        <translation>%1 %2 existiert nicht; vorhanden: %3</translation>
    </message>
    <message>
        <source>an index needs at least one field, e.g. &quot;status&quot;</source>
        <translation>ein Index braucht mindestens ein Feld, z. B. „status“</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>ein Index</translation>
    </message>
    <message>
        <source>an index lists &quot;%1&quot; twice; list each field once</source>
        <translation>ein Index führt „%1“ zweimal auf; nennen Sie jedes Feld nur einmal</translation>
    </message>
    <message>
        <source>index name &quot;%1&quot; is not an SQL identifier; use lowercase letters, digits and &apos;_&apos;, e.g. &quot;idx_status&quot;</source>
        <translation>der Indexname „%1“ ist kein SQL-Bezeichner; verwenden Sie Kleinbuchstaben, Ziffern und &apos;_&apos;, z. B. „idx_status“</translation>
    </message>
    <message>
        <source>%1 already has an index on %2</source>
        <translation>%1 hat bereits einen Index auf %2</translation>
    </message>
    <message>
        <source>%1 names %2 field &quot;%3&quot;; name a field of type %4</source>
        <translation>%1 nennt das %2-Feld „%3“; nennen Sie ein Feld vom Typ %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DocType setting</source>
        <translation>„%1“ ist keine DocType-Einstellung</translation>
    </message>
    <message>
        <source>a DocType is renamed with its own operation</source>
        <translation>ein DocType wird mit einer eigenen Operation umbenannt</translation>
    </message>
    <message>
        <source>true or false (or 0 or 1)</source>
        <translation>true oder false (oder 0 oder 1)</translation>
    </message>
    <message>
        <source>a child DocType cannot also be %1; clear &quot;%2&quot; first</source>
        <translation>ein untergeordneter DocType kann nicht zugleich %1 sein; leeren Sie zuerst „%2“</translation>
    </message>
    <message>
        <source>a list of fieldnames</source>
        <translation>eine Liste von Feldnamen</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>unknown concurrency &quot;%1&quot;; use &quot;optimistic&quot; (the default) or &quot;none&quot;</source>
        <translation>unbekannte Nebenläufigkeit „%1“; verwenden Sie &quot;optimistic&quot; (Standard) oder &quot;none&quot;</translation>
    </message>
    <message>
        <source>&quot;sort&quot; &quot;%1&quot; is not &quot;&lt;field&gt; asc&quot; or &quot;&lt;field&gt; desc&quot;; write e.g. &quot;modified desc&quot;</source>
        <translation>&quot;sort&quot; „%1“ ist nicht &quot;&lt;field&gt; asc&quot; oder &quot;&lt;field&gt; desc&quot;; schreiben Sie z. B. &quot;modified desc&quot;</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>the list view</source>
        <translation>die Listenansicht</translation>
    </message>
    <message>
        <source>kanban &quot;group_by&quot;</source>
        <translation>Kanban &quot;group_by&quot;</translation>
    </message>
    <message>
        <source>calendar &quot;start_field&quot;</source>
        <translation>Kalender &quot;start_field&quot;</translation>
    </message>
    <message>
        <source>calendar &quot;end_field&quot;</source>
        <translation>Kalender &quot;end_field&quot;</translation>
    </message>
    <message>
        <source>calendar &quot;title_field&quot;</source>
        <translation>Kalender &quot;title_field&quot;</translation>
    </message>
    <message>
        <source>a calendar view needs a start field before an end or title field; choose the Date field events start on</source>
        <translation>eine Kalenderansicht braucht ein Startfeld, bevor sie ein End- oder Titelfeld bekommt; wählen Sie das Date-Feld, an dem Termine beginnen</translation>
    </message>
</context>
<context>
    <name>fm::core::DocTypeExtension</name>
    <message>
        <source>stored data and other apps use the name; add a new field instead</source>
        <translation>gespeicherte Daten und andere Apps verwenden den Namen; fügen Sie stattdessen ein neues Feld hinzu</translation>
    </message>
    <message>
        <source>the column and its data depend on the type; add a new field of the type you need and hide this one with &quot;hidden&quot;: true</source>
        <translation>die Spalte und ihre Daten hängen vom Typ ab; fügen Sie ein neues Feld des benötigten Typs hinzu und blenden Sie dieses mit &quot;hidden&quot;: true aus</translation>
    </message>
    <message>
        <source>stored values depend on the options; add a new field with the options you need and hide this one with &quot;hidden&quot;: true</source>
        <translation>gespeicherte Werte hängen von den Optionen ab; fügen Sie ein neues Feld mit den benötigten Optionen hinzu und blenden Sie dieses mit &quot;hidden&quot;: true aus</translation>
    </message>
    <message>
        <source> (defined in %1:%2)</source>
        <translation> (definiert in %1:%2)</translation>
    </message>
    <message>
        <source>an extension file</source>
        <translation>eine Erweiterungsdatei</translation>
    </message>
    <message>
        <source>an extension cannot remove fields of the DocType it extends</source>
        <translation>eine Erweiterung kann keine Felder des DocTypes entfernen, den sie erweitert</translation>
    </message>
    <message>
        <source>the base app and its data rely on its fields; hide a field instead: &quot;field_overrides&quot;: {&quot;&lt;fieldname&gt;&quot;: {&quot;hidden&quot;: true}}</source>
        <translation>die Basis-App und ihre Daten sind auf deren Felder angewiesen; blenden Sie stattdessen ein Feld aus: &quot;field_overrides&quot;: {&quot;&lt;fieldname&gt;&quot;: {&quot;hidden&quot;: true}}</translation>
    </message>
    <message>
        <source>&quot;&lt;name of the DocType to extend&gt;&quot;</source>
        <translation>&quot;&lt;Name des zu erweiternden DocTypes&gt;&quot;</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; extends DocType &quot;%2&quot;, which does not exist</source>
        <translation>App „%1“ erweitert den DocType „%2“, den es nicht gibt</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; extends DocType &quot;%2&quot; of app &quot;%3&quot;, but does not depend on app &quot;%3&quot;</source>
        <translation>App „%1“ erweitert den DocType „%2“ der App „%3“, hängt aber nicht von der App „%3“ ab</translation>
    </message>
    <message>
        <source>add &quot;%1&quot; to &quot;depends_on&quot; in the app.json of &quot;%2&quot;, so that it loads first</source>
        <translation>fügen Sie „%1“ zu &quot;depends_on&quot; in der app.json von „%2“ hinzu, damit sie zuerst geladen wird</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; already has a field &quot;%2&quot;%3</source>
        <translation>DocType „%1“ hat bereits ein Feld „%2“%3</translation>
    </message>
    <message>
        <source>choose another fieldname, e.g. &quot;%1_%2&quot;; to change the existing field use &quot;field_overrides&quot;</source>
        <translation>wählen Sie einen anderen Feldnamen, z. B. „%1_%2“; um das vorhandene Feld zu ändern, verwenden Sie &quot;field_overrides&quot;</translation>
    </message>
    <message>
        <source>&quot;insert_after&quot; names &quot;%1&quot;, which is not a field of DocType &quot;%2&quot;</source>
        <translation>&quot;insert_after&quot; nennt „%1“, das kein Feld des DocTypes „%2“ ist</translation>
    </message>
    <message>
        <source>&quot;field_overrides&quot; names &quot;%1&quot;, which is not a field of DocType &quot;%2&quot;</source>
        <translation>&quot;field_overrides&quot; nennt „%1“, das kein Feld des DocTypes „%2“ ist</translation>
    </message>
    <message>
        <source>a field override</source>
        <translation>eine Feldüberschreibung</translation>
    </message>
    <message>
        <source>an extension cannot change the &quot;%1&quot; of field &quot;%2&quot; in DocType &quot;%3&quot;</source>
        <translation>eine Erweiterung kann „%1“ des Felds „%2“ im DocType „%3“ nicht ändern</translation>
    </message>
    <message>
        <source>field override</source>
        <translation>Feldüberschreibung</translation>
    </message>
    <message>
        <source>cannot read the extension file: %1</source>
        <translation>die Erweiterungsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>check that the file exists and is readable</source>
        <translation>prüfen Sie, ob die Datei existiert und lesbar ist</translation>
    </message>
</context>
<context>
    <name>fm::core::DocTypeFormat</name>
    <message>
        <source>the canonical form of this file would not load back into the same DocType</source>
        <translation>die kanonische Form dieser Datei würde nicht wieder als derselbe DocType geladen</translation>
    </message>
    <message>
        <source>leave the file as it is and report this as a bug of Framework M&apos;s DocType writer</source>
        <translation>lassen Sie die Datei, wie sie ist, und melden Sie dies als Fehler im DocType-Schreiber von Framework M</translation>
    </message>
</context>
<context>
    <name>fm::core::DocTypeLoader</name>
    <message>
        <source>format_version %1 is not supported; this version of Framework M reads format 1</source>
        <translation>format_version %1 wird nicht unterstützt; diese Version von Framework M liest Format 1</translation>
    </message>
    <message>
        <source>write &quot;format_version&quot;: 1, or upgrade Framework M</source>
        <translation>schreiben Sie &quot;format_version&quot;: 1 oder aktualisieren Sie Framework M</translation>
    </message>
    <message>
        <source>the DocType</source>
        <translation>der DocType</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DocType name</source>
        <translation>„%1“ ist kein gültiger DocType-Name</translation>
    </message>
    <message>
        <source>use at most 64 characters of Title Case words of letters and digits separated by single spaces, e.g. &quot;Support Ticket&quot;</source>
        <translation>verwenden Sie höchstens 64 Zeichen: Wörter aus Buchstaben und Ziffern mit großem Anfangsbuchstaben, getrennt durch einzelne Leerzeichen, z. B. „Support Ticket“</translation>
    </message>
    <message>
        <source>a child DocType (&quot;is_child&quot;: true) cannot also be &quot;%1&quot;</source>
        <translation>ein untergeordneter DocType (&quot;is_child&quot;: true) kann nicht zugleich „%1“ sein</translation>
    </message>
    <message>
        <source>remove &quot;%1&quot;; child rows follow their parent document</source>
        <translation>entfernen Sie „%1“; untergeordnete Zeilen folgen ihrem übergeordneten Dokument</translation>
    </message>
    <message>
        <source>unknown concurrency &quot;%1&quot;</source>
        <translation>unbekannte Nebenläufigkeit „%1“</translation>
    </message>
    <message>
        <source>use &quot;optimistic&quot; (the default) or &quot;none&quot;</source>
        <translation>verwenden Sie &quot;optimistic&quot; (Standard) oder &quot;none&quot;</translation>
    </message>
    <message>
        <source>the DocType has no fields</source>
        <translation>der DocType hat keine Felder</translation>
    </message>
    <message>
        <source>add at least one field, e.g. {&quot;fieldname&quot;: &quot;title&quot;, &quot;fieldtype&quot;: &quot;Data&quot;}</source>
        <translation>fügen Sie mindestens ein Feld hinzu, z. B. {&quot;fieldname&quot;: &quot;title&quot;, &quot;fieldtype&quot;: &quot;Data&quot;}</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>check that the file exists and is readable</source>
        <translation>prüfen Sie, ob die Datei existiert und lesbar ist</translation>
    </message>
    <message>
        <source>a DocType file holds one JSON object, not %1</source>
        <translation>eine DocType-Datei enthält ein JSON-Objekt, nicht %1</translation>
    </message>
    <message>
        <source>write the DocType as { &quot;name&quot;: ..., &quot;fields&quot;: [...] }</source>
        <translation>schreiben Sie den DocType als { &quot;name&quot;: ..., &quot;fields&quot;: [...] }</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette „%1“</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>permlevel %1 is outside 0..9</source>
        <translation>permlevel %1 liegt außerhalb von 0..9</translation>
    </message>
    <message>
        <source>use a level from 0 (the default) to 9</source>
        <translation>verwenden Sie eine Ebene von 0 (Standard) bis 9</translation>
    </message>
    <message>
        <source>did you mean &quot;%1&quot;?</source>
        <translation>meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>verwenden Sie eines von: %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>unbekannter Schlüssel „%1“ (%2)</translation>
    </message>
    <message>
        <source>remove it; the keys of a %1 are: %2</source>
        <translation>entfernen Sie ihn; gültige Schlüssel (%1): %2</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 hat kein „%2“</translation>
    </message>
    <message>
        <source>add &quot;%1&quot;: %2</source>
        <translation>fügen Sie &quot;%1&quot;: %2 hinzu</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>write it as %1</source>
        <translation>schreiben Sie es als %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false (or 0 or 1)</source>
        <translation>true oder false (oder 0 oder 1)</translation>
    </message>
    <message>
        <source>true or false, without quotes</source>
        <translation>true oder false, ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a number without quotes, e.g. 10</source>
        <translation>eine Zahl ohne Anführungszeichen, z. B. 10</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number without quotes, e.g. 1</source>
        <translation>eine Zahl ohne Anführungszeichen, z. B. 1</translation>
    </message>
    <message>
        <source>each element of &quot;%1&quot;</source>
        <translation>jedes Element von „%1“</translation>
    </message>
    <message>
        <source>no validators</source>
        <translation>keine Prüfungen</translation>
    </message>
    <message>
        <source>%1 fields take no &quot;options&quot;; it is ignored</source>
        <translation>%1-Felder nehmen keine &quot;options&quot;; sie werden ignoriert</translation>
    </message>
    <message>
        <source>remove &quot;options&quot;</source>
        <translation>entfernen Sie &quot;options&quot;</translation>
    </message>
    <message>
        <source>&quot;options&quot;: &quot;Open\nClosed&quot; (one choice per line)</source>
        <translation>&quot;options&quot;: &quot;Open\nClosed&quot; (eine Auswahl pro Zeile)</translation>
    </message>
    <message>
        <source>&quot;options&quot;: &quot;Customer&quot; (the DocType it refers to)</source>
        <translation>&quot;options&quot;: &quot;Customer&quot; (der DocType, auf den es verweist)</translation>
    </message>
    <message>
        <source>&quot;options&quot;: &quot;reference_type&quot; (a Link field to &quot;DocType&quot;)</source>
        <translation>&quot;options&quot;: &quot;reference_type&quot; (ein Link-Feld auf „DocType“)</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; needs &quot;options&quot;</source>
        <translation>%1-Feld „%2“ braucht &quot;options&quot;</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>fügen Sie %1 hinzu</translation>
    </message>
    <message>
        <source>&quot;options&quot; of %1 field &quot;%2&quot; must name a DocType, and &quot;%3&quot; is not a DocType name</source>
        <translation>&quot;options&quot; des %1-Felds „%2“ muss einen DocType nennen, und „%3“ ist kein DocType-Name</translation>
    </message>
    <message>
        <source>write the DocType&apos;s name in Title Case, e.g. &quot;Sales Invoice&quot;</source>
        <translation>schreiben Sie den Namen des DocTypes mit großen Anfangsbuchstaben, z. B. „Sales Invoice“</translation>
    </message>
    <message>
        <source>the default of %1 field &quot;%2&quot; must be %3, not %4</source>
        <translation>der Standardwert des %1-Felds „%2“ muss %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>write e.g. &quot;default&quot;: %1</source>
        <translation>schreiben Sie z. B. &quot;default&quot;: %1</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; cannot have a default</source>
        <translation>%1-Feld „%2“ kann keinen Standardwert haben</translation>
    </message>
    <message>
        <source>remove &quot;default&quot;; rows are added by users</source>
        <translation>entfernen Sie &quot;default&quot;; Zeilen werden von Benutzern hinzugefügt</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot; or &quot;Today&quot;</source>
        <translation>ein Datum &quot;YYYY-MM-DD&quot; oder &quot;Today&quot;</translation>
    </message>
    <message>
        <source>an ISO date-time or &quot;now&quot;</source>
        <translation>ein ISO-Datum mit Uhrzeit oder &quot;now&quot;</translation>
    </message>
    <message>
        <source>a time &quot;HH:MM:SS&quot; or &quot;now&quot;</source>
        <translation>eine Uhrzeit &quot;HH:MM:SS&quot; oder &quot;now&quot;</translation>
    </message>
    <message>
        <source>the default %1 of field &quot;%2&quot; lies outside its min/max range</source>
        <translation>der Standardwert %1 des Felds „%2“ liegt außerhalb seines min/max-Bereichs</translation>
    </message>
    <message>
        <source>choose a default between &quot;min&quot; and &quot;max&quot;</source>
        <translation>wählen Sie einen Standardwert zwischen &quot;min&quot; und &quot;max&quot;</translation>
    </message>
    <message>
        <source>the default &quot;%1&quot; of Select field &quot;%2&quot; is not one of its options</source>
        <translation>der Standardwert „%1“ des Select-Felds „%2“ ist keine seiner Optionen</translation>
    </message>
    <message>
        <source>the default of field &quot;%1&quot; is %2 characters long, more than its &quot;length&quot; %3</source>
        <translation>der Standardwert des Felds „%1“ ist %2 Zeichen lang, mehr als seine &quot;length&quot; %3</translation>
    </message>
    <message>
        <source>shorten the default or raise &quot;length&quot;</source>
        <translation>kürzen Sie den Standardwert oder erhöhen Sie &quot;length&quot;</translation>
    </message>
    <message>
        <source>the default &quot;%1&quot; of field &quot;%2&quot; does not match the pattern %3</source>
        <translation>der Standardwert „%1“ des Felds „%2“ passt nicht zum Muster %3</translation>
    </message>
    <message>
        <source>change the default so that it matches the pattern</source>
        <translation>ändern Sie den Standardwert so, dass er zum Muster passt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2 field &quot;%3&quot;</source>
        <translation>„%1“ gilt nicht für das %2-Feld „%3“</translation>
    </message>
    <message>
        <source>remove &quot;%1&quot;; %2 fields take %3</source>
        <translation>entfernen Sie „%1“; %2-Felder nehmen %3</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; cannot be unique</source>
        <translation>%1-Feld „%2“ kann nicht eindeutig sein</translation>
    </message>
    <message>
        <source>remove &quot;unique&quot;; %1 values have no column to constrain</source>
        <translation>entfernen Sie &quot;unique&quot;; %1-Werte haben keine Spalte, die sich einschränken ließe</translation>
    </message>
    <message>
        <source>each field</source>
        <translation>jedes Feld</translation>
    </message>
    <message>
        <source>this field</source>
        <translation>dieses Feld</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fieldname</source>
        <translation>„%1“ ist kein gültiger Feldname</translation>
    </message>
    <message>
        <source>use at most 64 lowercase letters, digits and &apos;_&apos;, starting with a letter%1</source>
        <translation>verwenden Sie höchstens 64 Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben%1</translation>
    </message>
    <message>
        <source>, e.g. &quot;%1&quot;</source>
        <translation>, z. B. „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a standard column every DocType has</source>
        <translation>„%1“ ist eine Standardspalte, die jeder DocType hat</translation>
    </message>
    <message>
        <source>choose another fieldname; reserved are: %1</source>
        <translation>wählen Sie einen anderen Feldnamen; reserviert sind: %1</translation>
    </message>
    <message>
        <source>unknown fieldtype &quot;%1&quot;</source>
        <translation>unbekannter Feldtyp „%1“</translation>
    </message>
    <message>
        <source>&quot;max&quot; %1 is less than &quot;min&quot; %2</source>
        <translation>&quot;max&quot; %1 ist kleiner als &quot;min&quot; %2</translation>
    </message>
    <message>
        <source>swap them, or raise &quot;max&quot; to at least %1</source>
        <translation>vertauschen Sie die beiden oder erhöhen Sie &quot;max&quot; auf mindestens %1</translation>
    </message>
    <message>
        <source>&quot;length&quot; must be greater than 0, not %1</source>
        <translation>&quot;length&quot; muss größer als 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>give the maximum number of characters, e.g. 140</source>
        <translation>geben Sie die größte Zeichenzahl an, z. B. 140</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is not a valid regular expression: %1 at offset %2 of &quot;%3&quot;</source>
        <translation>&quot;pattern&quot; ist kein gültiger regulärer Ausdruck: %1 an Position %2 von „%3“</translation>
    </message>
    <message>
        <source>fix the expression (Perl syntax; in JSON a backslash is written \\)</source>
        <translation>korrigieren Sie den Ausdruck (Perl-Syntax; in JSON wird ein Backslash als \\ geschrieben)</translation>
    </message>
    <message>
        <source>&quot;insert_after&quot; is only allowed in DocType extension files</source>
        <translation>&quot;insert_after&quot; ist nur in DocType-Erweiterungsdateien erlaubt</translation>
    </message>
    <message>
        <source>remove it; in a DocType the order of &quot;fields&quot; and &quot;layout&quot; places the field</source>
        <translation>entfernen Sie es; in einem DocType bestimmt die Reihenfolge von &quot;fields&quot; und &quot;layout&quot; den Platz des Felds</translation>
    </message>
    <message>
        <source>&quot;insert_after&quot; must name a field, and &quot;%1&quot; is not a fieldname</source>
        <translation>&quot;insert_after&quot; muss ein Feld nennen, und „%1“ ist kein Feldname</translation>
    </message>
    <message>
        <source>write the fieldname of the field to follow</source>
        <translation>schreiben Sie den Feldnamen des Felds, hinter dem es stehen soll</translation>
    </message>
    <message>
        <source>fieldname &quot;%1&quot; is used twice; the first is on line %2</source>
        <translation>der Feldname „%1“ wird zweimal verwendet; das erste Mal in Zeile %2</translation>
    </message>
    <message>
        <source>rename one of the two fields</source>
        <translation>benennen Sie eines der beiden Felder um</translation>
    </message>
    <message>
        <source>child DocType &quot;%1&quot; cannot hold the %2 field &quot;%3&quot;: tables do not nest</source>
        <translation>der untergeordnete DocType „%1“ kann das %2-Feld „%3“ nicht enthalten: Tabellen lassen sich nicht verschachteln</translation>
    </message>
    <message>
        <source>link to another DocType with a Link field instead</source>
        <translation>verknüpfen Sie stattdessen mit einem Link-Feld einen anderen DocType</translation>
    </message>
    <message>
        <source>&quot;options&quot; of DynamicLink field &quot;%1&quot; must name a Link field to &quot;DocType&quot; in this DocType, and &quot;%2&quot; is not one</source>
        <translation>&quot;options&quot; des DynamicLink-Felds „%1“ muss ein Link-Feld auf „DocType“ in diesem DocType nennen, und „%2“ ist keines</translation>
    </message>
    <message>
        <source>add a Link field with &quot;options&quot;: &quot;DocType&quot; and name it here</source>
        <translation>fügen Sie ein Link-Feld mit &quot;options&quot;: &quot;DocType&quot; hinzu und nennen Sie es hier</translation>
    </message>
    <message>
        <source>&quot;fetch_from&quot; &quot;%1&quot; is not &lt;link_field&gt;.&lt;target_field&gt;</source>
        <translation>&quot;fetch_from&quot; „%1“ hat nicht die Form &lt;link_field&gt;.&lt;target_field&gt;</translation>
    </message>
    <message>
        <source>write the Link field of this DocType, a dot and the field of the linked DocType, e.g. &quot;customer.customer_name&quot;</source>
        <translation>schreiben Sie das Link-Feld dieses DocTypes, einen Punkt und das Feld des verknüpften DocTypes, z. B. „customer.customer_name“</translation>
    </message>
    <message>
        <source>&quot;fetch_from&quot; of field &quot;%1&quot; goes through &quot;%2&quot;, which is not a Link field of this DocType</source>
        <translation>&quot;fetch_from&quot; des Felds „%1“ führt über „%2“, das kein Link-Feld dieses DocTypes ist</translation>
    </message>
    <message>
        <source>add a Link field and fetch through it</source>
        <translation>fügen Sie ein Link-Feld hinzu und holen Sie den Wert darüber</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not a field of this DocType</source>
        <translation>%1 nennt „%2“, das kein Feld dieses DocTypes ist</translation>
    </message>
    <message>
        <source>%1 names %2 field &quot;%3&quot;</source>
        <translation>%1 nennt das %2-Feld „%3“</translation>
    </message>
    <message>
        <source>name a field of type %1</source>
        <translation>nennen Sie ein Feld vom Typ %1</translation>
    </message>
    <message>
        <source>date parts are YYYY, YY, MM, DD; the counter is one run of &apos;#&apos;; parts are separated by &apos;.&apos;, e.g. &quot;series:INV-.YYYY.-.#####&quot;</source>
        <translation>Datumsteile sind YYYY, YY, MM, DD; der Zähler ist eine Folge von &apos;#&apos;; Teile werden durch &apos;.&apos; getrennt, z. B. &quot;series:INV-.YYYY.-.#####&quot;</translation>
    </message>
    <message>
        <source>unknown naming rule &quot;%1&quot;</source>
        <translation>unbekannte Benennungsregel „%1“</translation>
    </message>
    <message>
        <source>use &quot;uuid&quot;, &quot;prompt&quot;, &quot;field:&lt;fieldname&gt;&quot; or &quot;series:&lt;pattern&gt;&quot;%1</source>
        <translation>verwenden Sie &quot;uuid&quot;, &quot;prompt&quot;, &quot;field:&lt;fieldname&gt;&quot; oder &quot;series:&lt;pattern&gt;&quot;%1</translation>
    </message>
    <message>
        <source>each layout section</source>
        <translation>jeder Layout-Abschnitt</translation>
    </message>
    <message>
        <source>layout section</source>
        <translation>Layout-Abschnitt</translation>
    </message>
    <message>
        <source>this layout section</source>
        <translation>dieser Layout-Abschnitt</translation>
    </message>
    <message>
        <source>each layout column</source>
        <translation>jede Layout-Spalte</translation>
    </message>
    <message>
        <source>each entry of a layout column</source>
        <translation>jeder Eintrag einer Layout-Spalte</translation>
    </message>
    <message>
        <source>the layout places &quot;%1&quot;, which is not a field of this DocType</source>
        <translation>das Layout platziert „%1“, das kein Feld dieses DocTypes ist</translation>
    </message>
    <message>
        <source>the layout places &quot;%1&quot; a second time (first on line %2)</source>
        <translation>das Layout platziert „%1“ ein zweites Mal (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>remove one of the two places</source>
        <translation>entfernen Sie eine der beiden Stellen</translation>
    </message>
    <message>
        <source>the layout leaves out %1: %2</source>
        <translation>das Layout lässt %1 aus: %2</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>ein Feld</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>place every field in a column of a section, or remove &quot;layout&quot; to show the fields in their order</source>
        <translation>platzieren Sie jedes Feld in einer Spalte eines Abschnitts oder entfernen Sie &quot;layout&quot;, um die Felder in ihrer Reihenfolge anzuzeigen</translation>
    </message>
    <message>
        <source>each permission rule</source>
        <translation>jede Berechtigungsregel</translation>
    </message>
    <message>
        <source>permission rule</source>
        <translation>Berechtigungsregel</translation>
    </message>
    <message>
        <source>this permission rule</source>
        <translation>diese Berechtigungsregel</translation>
    </message>
    <message>
        <source>&quot;role&quot; is empty</source>
        <translation>&quot;role&quot; ist leer</translation>
    </message>
    <message>
        <source>name the role this rule grants to</source>
        <translation>nennen Sie die Rolle, der diese Regel Rechte gibt</translation>
    </message>
    <message>
        <source>each index</source>
        <translation>jeder Index</translation>
    </message>
    <message>
        <source>index name &quot;%1&quot; is not a SQL identifier</source>
        <translation>der Indexname „%1“ ist kein SQL-Bezeichner</translation>
    </message>
    <message>
        <source>use lowercase letters, digits and &apos;_&apos;, e.g. &quot;idx_status&quot;</source>
        <translation>verwenden Sie Kleinbuchstaben, Ziffern und &apos;_&apos;, z. B. „idx_status“</translation>
    </message>
    <message>
        <source>this index</source>
        <translation>dieser Index</translation>
    </message>
    <message>
        <source>the index has no fields</source>
        <translation>der Index hat keine Felder</translation>
    </message>
    <message>
        <source>list the fields to index, e.g. [&quot;status&quot;]</source>
        <translation>nennen Sie die zu indizierenden Felder, z. B. [&quot;status&quot;]</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>ein Index</translation>
    </message>
    <message>
        <source>&quot;views&quot; object</source>
        <translation>„views“-Objekt</translation>
    </message>
    <message>
        <source>list view</source>
        <translation>Listenansicht</translation>
    </message>
    <message>
        <source>the list view</source>
        <translation>die Listenansicht</translation>
    </message>
    <message>
        <source>kanban view</source>
        <translation>Kanban-Ansicht</translation>
    </message>
    <message>
        <source>the kanban view</source>
        <translation>die Kanban-Ansicht</translation>
    </message>
    <message>
        <source>calendar view</source>
        <translation>Kalenderansicht</translation>
    </message>
    <message>
        <source>the calendar view</source>
        <translation>die Kalenderansicht</translation>
    </message>
    <message>
        <source>&quot;sort&quot; &quot;%1&quot; is not &quot;&lt;field&gt; asc&quot; or &quot;&lt;field&gt; desc&quot;</source>
        <translation>&quot;sort&quot; „%1“ ist nicht &quot;&lt;field&gt; asc&quot; oder &quot;&lt;field&gt; desc&quot;</translation>
    </message>
    <message>
        <source>write e.g. &quot;modified desc&quot;</source>
        <translation>schreiben Sie z. B. &quot;modified desc&quot;</translation>
    </message>
</context>
<context>
    <name>fm::core::DocumentAccess</name>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 existiert nicht</translation>
    </message>
    <message>
        <source>DocType %1 does not exist</source>
        <translation>DocType %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a child table; read and change its rows through their parent %2</source>
        <translation>%1 ist eine Untertabelle; lesen und ändern Sie ihre Zeilen über ihr übergeordnetes %2</translation>
    </message>
    <message>
        <source>%1 may not read some fields of %2 that the list names; leave them out of fields, filters and order_by</source>
        <translation>%1 darf einige Felder von %2, die die Liste nennt, nicht lesen; lassen Sie sie aus fields, filters und order_by weg</translation>
    </message>
    <message>
        <source>%1 may not change some fields of %2 (their permission level is above the user&apos;s); leave them out or ask an administrator</source>
        <translation>%1 darf einige Felder von %2 nicht ändern (ihre Berechtigungsstufe liegt über der des Benutzers); lassen Sie sie weg oder fragen Sie einen Administrator</translation>
    </message>
    <message>
        <source>say which %1 to update: give its name</source>
        <translation>geben Sie an, welches %1 geändert werden soll: nennen Sie seinen Namen</translation>
    </message>
</context>
<context>
    <name>fm::core::DocumentChecks</name>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 hat kein Feld „%2“</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>%1 must be a list of rows</source>
        <translation>%1 muss eine Liste von Zeilen sein</translation>
    </message>
    <message>
        <source>row %1 of %2 must be an object</source>
        <translation>Zeile %1 von %2 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.%2 fetches from %3, which %4 does not have; run `m check`</source>
        <translation>%1.%2 holt seinen Wert aus %3, das %4 nicht hat; führen Sie `m check` aus</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist ein Pflichtfeld</translation>
    </message>
    <message>
        <source>%1 needs %2 to say which DocType it links to</source>
        <translation>%1 braucht %2, um anzugeben, auf welchen DocType es verweist</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist; pick an existing %1</source>
        <translation>%1 „%2“ existiert nicht; wählen Sie ein vorhandenes %1</translation>
    </message>
    <message>
        <source>another %1</source>
        <translation>ein anderes %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already used by %3</source>
        <translation>%1 „%2“ wird bereits von %3 verwendet</translation>
    </message>
    <message>
        <source>%1: %2; pick another value</source>
        <translation>%1: %2; wählen Sie einen anderen Wert</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid: %n problem(s); see fields</source>
        <translation>
            <numerusform>%1 ist ungültig: %n Problem; siehe fields</numerusform>
            <numerusform>%1 ist ungültig: %n Probleme; siehe fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::core::DocumentService</name>
    <message>
        <source>recording the %1 event of %2 %3</source>
        <translation>beim Aufzeichnen des Ereignisses %1 von %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 existiert nicht</translation>
    </message>
    <message>
        <source>document %1 of %2 (nothing was saved)</source>
        <translation>Dokument %1 von %2 (nichts wurde gespeichert)</translation>
    </message>
    <message>
        <source>say which %1 to update: give its name</source>
        <translation>geben Sie an, welches %1 geändert werden soll: nennen Sie seinen Namen</translation>
    </message>
    <message>
        <source>say which %1 to check: give its name</source>
        <translation>geben Sie an, welches %1 geprüft werden soll: nennen Sie seinen Namen</translation>
    </message>
    <message>
        <source>%1 is not submittable; set &quot;is_submittable&quot;: true in its DocType to use submit and cancel</source>
        <translation>%1 ist nicht buchbar; setzen Sie „is_submittable“: true in seinem DocType, um buchen und stornieren zu verwenden</translation>
    </message>
    <message>
        <source>%1 %2 is submitted; only draft documents can be submitted</source>
        <translation>%1 %2 ist gebucht; nur Entwürfe können gebucht werden</translation>
    </message>
    <message>
        <source>%1 %2 is cancelled; only draft documents can be submitted</source>
        <translation>%1 %2 ist storniert; nur Entwürfe können gebucht werden</translation>
    </message>
    <message>
        <source>%1 %2 is a draft; only submitted documents can be cancelled</source>
        <translation>%1 %2 ist ein Entwurf; nur gebuchte Dokumente können storniert werden</translation>
    </message>
    <message>
        <source>%1 %2 is cancelled; only submitted documents can be cancelled</source>
        <translation>%1 %2 ist storniert; nur gebuchte Dokumente können storniert werden</translation>
    </message>
    <message>
        <source>only cancelled documents can be amended; %1 %2 is not cancelled</source>
        <translation>nur stornierte Dokumente können abgeändert werden; %1 %2 ist nicht storniert</translation>
    </message>
    <message>
        <source>%1 is a child table; save its rows through their parent document</source>
        <translation>%1 ist eine Untertabelle; speichern Sie ihre Zeilen über ihr übergeordnetes Dokument</translation>
    </message>
    <message>
        <source>%1 %2 is submitted and cannot be edited; cancel it and amend a copy</source>
        <translation>%1 %2 ist gebucht und kann nicht bearbeitet werden; stornieren Sie es und ändern Sie eine Kopie ab</translation>
    </message>
    <message>
        <source>%1 %2 is cancelled and cannot be edited; cancel it and amend a copy</source>
        <translation>%1 %2 ist storniert und kann nicht bearbeitet werden; stornieren Sie es und ändern Sie eine Kopie ab</translation>
    </message>
    <message>
        <source>%1 %2 was changed since you read it (you have version %3, it is at %4); reload it and apply your change again</source>
        <translation>%1 %2 wurde geändert, seit Sie es gelesen haben (Sie haben Version %3, es ist bei %4); laden Sie es neu und wenden Sie Ihre Änderung erneut an</translation>
    </message>
    <message>
        <source>cannot delete %1 %2: a %3 links to it through &quot;%4&quot;; delete those %3 documents or change their &quot;%4&quot; first</source>
        <translation>%1 %2 kann nicht gelöscht werden: ein %3 verweist über „%4“ darauf; löschen Sie zuerst diese %3-Dokumente oder ändern Sie ihr „%4“</translation>
    </message>
    <message>
        <source>%1 %2 is submitted; cancel it before deleting it</source>
        <translation>%1 %2 ist gebucht; stornieren Sie es, bevor Sie es löschen</translation>
    </message>
    <message>
        <source>%1 %2 hook</source>
        <translation>%1 %2-Hook</translation>
    </message>
    <message>
        <source>%1 failed: %2; nothing was saved</source>
        <translation>%1 fehlgeschlagen: %2; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 failed with an unknown exception; nothing was saved</source>
        <translation>%1 mit einer unbekannten Ausnahme fehlgeschlagen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 tracks changes, which needs the core Version DocType</source>
        <translation>%1 verfolgt Änderungen, wofür der Kern-DocType Version nötig ist</translation>
    </message>
    <message>
        <source>recording the change of %1 %2</source>
        <translation>beim Aufzeichnen der Änderung von %1 %2</translation>
    </message>
</context>
<context>
    <name>fm::core::DocumentShares</name>
    <message>
        <source>log in to share %1 %2</source>
        <translation>melden Sie sich an, um %1 %2 freizugeben</translation>
    </message>
    <message>
        <source>%1 may not share %2 %3: %4</source>
        <translation>%1 darf %2 %3 nicht freigeben: %4</translation>
    </message>
    <message>
        <source>say what to share and with whom: give &quot;doctype&quot;, &quot;name&quot; and &quot;user&quot;</source>
        <translation>geben Sie an, was mit wem geteilt werden soll: nennen Sie „doctype“, „name“ und „user“</translation>
    </message>
    <message>
        <source>only its owner, an administrator or a user it was shared with to share further may</source>
        <translation>das dürfen nur sein Besitzer, ein Administrator oder ein Benutzer, für den es mit dem Recht zum Weitergeben freigegeben wurde</translation>
    </message>
    <message>
        <source>the user cannot write it, so cannot pass write on; share it with &quot;write&quot;: false</source>
        <translation>der Benutzer kann es nicht schreiben und daher das Schreibrecht nicht weitergeben; geben Sie es mit „write“: false frei</translation>
    </message>
    <message>
        <source>only its owner, an administrator or the user it was shared with may take a share back</source>
        <translation>nur sein Besitzer, ein Administrator oder der Benutzer, für den es freigegeben wurde, darf eine Freigabe zurücknehmen</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>fm::core::EventOutbox</name>
    <message>
        <source>the event outbox is missing (%1); run `m migrate` to create it</source>
        <translation>der Ereignis-Ausgang fehlt (%1); führen Sie `m migrate` aus, um ihn anzulegen</translation>
    </message>
    <message>
        <source>the event outbox returned no sequence</source>
        <translation>der Ereignis-Ausgang hat keine Sequenznummer geliefert</translation>
    </message>
</context>
<context>
    <name>fm::core::EventRelay</name>
    <message>
        <source>name the event consumer to resume, e.g. &quot;server&quot;</source>
        <translation>nennen Sie den Ereignis-Verbraucher, der fortgesetzt werden soll, z. B. „server“</translation>
    </message>
</context>
<context>
    <name>fm::core::FieldAccess</name>
    <message>
        <source>%1 is at permission level %2, which your roles do not grant; leave it out or ask an administrator</source>
        <translation>%1 hat die Berechtigungsstufe %2, die Ihre Rollen nicht gewähren; lassen Sie es weg oder fragen Sie einen Administrator</translation>
    </message>
</context>
<context>
    <name>fm::core::FieldEdits</name>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 hat kein Feld „%2“</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>unbekannter Feldtyp „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fieldname; use at most 64 lowercase letters, digits and &apos;_&apos;, starting with a letter, e.g. &quot;%2&quot;</source>
        <translation>„%1“ ist kein gültiger Feldname; verwenden Sie höchstens 64 Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben, z. B. „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a standard column every DocType has; choose another fieldname, e.g. &quot;%2&quot;</source>
        <translation>„%1“ ist eine Standardspalte, die jeder DocType hat; wählen Sie einen anderen Feldnamen, z. B. „%2“</translation>
    </message>
    <message>
        <source>%1 already has a field &quot;%2&quot;; choose another fieldname, e.g. &quot;%3&quot;</source>
        <translation>%1 hat bereits ein Feld „%2“; wählen Sie einen anderen Feldnamen, z. B. „%3“</translation>
    </message>
    <message>
        <source>cannot move field &quot;%1&quot; to position %2; %3 has %4 fields (positions 0 to %5)</source>
        <translation>Feld „%1“ kann nicht an Position %2 verschoben werden; %3 hat %4 Felder (Positionen 0 bis %5)</translation>
    </message>
    <message>
        <source>list view column</source>
        <translation>Spalte der Listenansicht</translation>
    </message>
    <message>
        <source>kanban group_by</source>
        <translation>Kanban group_by</translation>
    </message>
    <message>
        <source>calendar view</source>
        <translation>Kalenderansicht</translation>
    </message>
    <message>
        <source>calendar end_field</source>
        <translation>Kalender end_field</translation>
    </message>
    <message>
        <source>calendar title_field</source>
        <translation>Kalender title_field</translation>
    </message>
    <message>
        <source>sort (now &quot;modified desc&quot;)</source>
        <translation>Sortierung (jetzt &quot;modified desc&quot;)</translation>
    </message>
    <message>
        <source>naming by field (now uuid)</source>
        <translation>Benennung nach Feld (jetzt uuid)</translation>
    </message>
    <message>
        <source>index on %1</source>
        <translation>Index auf %1</translation>
    </message>
    <message>
        <source>fetch_from of %1</source>
        <translation>fetch_from von %1</translation>
    </message>
</context>
<context>
    <name>fm::core::FieldProperties</name>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>ein JSON-Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field property</source>
        <translation>„%1“ ist keine Feldeigenschaft</translation>
    </message>
    <message>
        <source>a fieldname is changed by renaming the field, so that its data and the references to it follow</source>
        <translation>ein Feldname wird durch Umbenennen des Felds geändert, damit seine Daten und die Verweise darauf folgen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2, not %3</source>
        <translation>„%1“ nimmt %2, nicht %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2 field &quot;%3&quot;</source>
        <translation>„%1“ gilt nicht für das %2-Feld „%3“</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>unbekannter Feldtyp „%1“</translation>
    </message>
    <message>
        <source>permlevel %1 is outside 0..9; use a level from 0 (the default) to 9</source>
        <translation>permlevel %1 liegt außerhalb von 0..9; verwenden Sie eine Ebene von 0 (Standard) bis 9</translation>
    </message>
    <message>
        <source>&quot;length&quot; must be a whole number greater than 0, not %1; give the maximum number of characters, e.g. 140</source>
        <translation>&quot;length&quot; muss eine ganze Zahl größer als 0 sein, nicht %1; geben Sie die größte Zeichenzahl an, z. B. 140</translation>
    </message>
</context>
<context>
    <name>fm::core::FieldTypeRegistry</name>
    <message>
        <source>a field type needs a name</source>
        <translation>ein Feldtyp braucht einen Namen</translation>
    </message>
    <message>
        <source>field type &quot;%1&quot; is already registered by app &quot;%2&quot;; choose another name</source>
        <translation>der Feldtyp „%1“ ist bereits von der App „%2“ registriert; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>field type &quot;%1&quot; names base &quot;%2&quot;, which is not a built-in type; use one of: %3</source>
        <translation>der Feldtyp „%1“ nennt die Basis „%2“, die kein eingebauter Typ ist; verwenden Sie einen von: %3</translation>
    </message>
    <message>
        <source>field type &quot;%1&quot; cannot derive from the table type &quot;%2&quot;</source>
        <translation>der Feldtyp „%1“ kann nicht vom Tabellentyp „%2“ abgeleitet werden</translation>
    </message>
</context>
<context>
    <name>fm::core::FieldValidator</name>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD</source>
        <translation>%1 muss ein Datum der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO 8601, e.g. 2026-11-26T14:30:00Z</source>
        <translation>%1 muss ein Datum mit Uhrzeit nach ISO 8601 sein, z. B. 2026-11-26T14:30:00Z</translation>
    </message>
    <message>
        <source>%1 must fall between the years 0001 and 9999 in UTC</source>
        <translation>%1 muss in UTC zwischen den Jahren 0001 und 9999 liegen</translation>
    </message>
    <message>
        <source>%1 must be a time as HH:MM or HH:MM:SS</source>
        <translation>%1 muss eine Uhrzeit der Form HH:MM oder HH:MM:SS sein</translation>
    </message>
    <message>
        <source>%1 must be an email address</source>
        <translation>%1 muss eine E-Mail-Adresse sein</translation>
    </message>
    <message>
        <source>%1 must be a phone number</source>
        <translation>%1 muss eine Telefonnummer sein</translation>
    </message>
    <message>
        <source>%1 must be a colour as #RGB or #RRGGBB</source>
        <translation>%1 muss eine Farbe der Form #RGB oder #RRGGBB sein</translation>
    </message>
    <message>
        <source>%1 must be a full URL such as https://example.com</source>
        <translation>%1 muss eine vollständige URL wie https://example.com sein</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 muss eines davon sein: %2</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most allowed is %3</source>
        <translation>%1 ist %2 Zeichen lang; erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 passt nicht zum Muster %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a list or object</source>
        <translation>%1 muss ein einzelner Wert sein, keine Liste und kein Objekt</translation>
    </message>
    <message>
        <source>%1 holds rows; pass a list of objects</source>
        <translation>%1 enthält Zeilen; übergeben Sie eine Liste von Objekten</translation>
    </message>
</context>
<context>
    <name>fm::core::FileChanges</name>
    <message>
        <source>%1 has changed since (or is gone)</source>
        <translation>%1 hat sich inzwischen geändert (oder ist verschwunden)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 already exists; move it away first</source>
        <translation>%1 existiert bereits; verschieben Sie es zuerst</translation>
    </message>
    <message>
        <source>cannot create %1: its folder is not writable</source>
        <translation>%1 kann nicht angelegt werden: sein Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a writable file</source>
        <translation>%1 kann nicht geschrieben werden: es ist keine beschreibbare Datei</translation>
    </message>
    <message>
        <source>cannot write %1: its folder is missing or not writable</source>
        <translation>%1 kann nicht geschrieben werden: sein Ordner fehlt oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fm::core::FileTransaction</name>
    <message>
        <source>cannot create %1: %2 is a file, not a folder; move it away</source>
        <translation>%1 kann nicht angelegt werden: %2 ist eine Datei, kein Ordner; verschieben Sie sie</translation>
    </message>
    <message>
        <source>cannot create %1; check the permissions of %2</source>
        <translation>%1 kann nicht angelegt werden; prüfen Sie die Zugriffsrechte von %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder; move it away</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner; verschieben Sie ihn</translation>
    </message>
    <message>
        <source>cannot read %1 (%2); check its permissions</source>
        <translation>%1 kann nicht gelesen werden (%2); prüfen Sie die Zugriffsrechte</translation>
    </message>
    <message>
        <source>cannot write %1 (%2); check the folder&apos;s permissions</source>
        <translation>%1 kann nicht geschrieben werden (%2); prüfen Sie die Zugriffsrechte des Ordners</translation>
    </message>
</context>
<context>
    <name>fm::core::JobQueue</name>
    <message>
        <source>there is no job &quot;%1&quot;; `m job list` shows the site&apos;s jobs</source>
        <translation>es gibt keinen Job „%1“; `m job list` zeigt die Jobs der Site</translation>
    </message>
    <message>
        <source>a queue name is 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>ein Warteschlangenname besteht aus 1 bis 64 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>the timeout is a number of seconds, at least 1</source>
        <translation>das Zeitlimit ist eine Anzahl Sekunden, mindestens 1</translation>
    </message>
    <message>
        <source>retries are a count, 0 or more</source>
        <translation>Wiederholungen sind eine Anzahl, 0 oder mehr</translation>
    </message>
    <message>
        <source>the backoff is a number of seconds, 0 or more</source>
        <translation>die Wartezeit ist eine Anzahl Sekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>a job needs the user who enqueues it</source>
        <translation>ein Job braucht den Benutzer, der ihn einreiht</translation>
    </message>
    <message>
        <source>a unique key has at most 255 characters</source>
        <translation>ein eindeutiger Schlüssel hat höchstens 255 Zeichen</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; was not enqueued: its options are invalid</source>
        <translation>Job „%1“ wurde nicht eingereiht: seine Optionen sind ungültig</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; was not enqueued: its arguments are invalid: %2</source>
        <translation>Job „%1“ wurde nicht eingereiht: seine Argumente sind ungültig: %2</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not registered; no job is registered (an app registers its jobs from its plugin with ControllerRegistry::registerJob)</source>
        <translation>Job „%1“ ist nicht registriert; es ist kein Job registriert (eine App registriert ihre Jobs aus ihrem Plugin mit ControllerRegistry::registerJob)</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not registered; registered jobs: %2 (an app registers its jobs from its plugin with ControllerRegistry::registerJob)</source>
        <translation>Job „%1“ ist nicht registriert; registrierte Jobs: %2 (eine App registriert ihre Jobs aus ihrem Plugin mit ControllerRegistry::registerJob)</translation>
    </message>
    <message>
        <source>job %1 (%2) has already succeeded; only a queued or running job can be cancelled</source>
        <translation>Job %1 (%2) ist bereits erfolgreich beendet; nur ein wartender oder laufender Job kann abgebrochen werden</translation>
    </message>
    <message>
        <source>job %1 (%2) has already failed; only a queued or running job can be cancelled (retry it to run it again)</source>
        <translation>Job %1 (%2) ist bereits fehlgeschlagen; nur ein wartender oder laufender Job kann abgebrochen werden (wiederholen Sie ihn, um ihn erneut auszuführen)</translation>
    </message>
    <message>
        <source>job %1 (%2) has already been cancelled; only a queued or running job can be cancelled (retry it to run it again)</source>
        <translation>Job %1 (%2) wurde bereits abgebrochen; nur ein wartender oder laufender Job kann abgebrochen werden (wiederholen Sie ihn, um ihn erneut auszuführen)</translation>
    </message>
    <message>
        <source>job %1 (%2) is %3; only a failed or cancelled job can be retried</source>
        <translation>Job %1 (%2) ist %3; nur ein fehlgeschlagener oder abgebrochener Job kann wiederholt werden</translation>
    </message>
    <message>
        <source>job %1 with unique key &quot;%2&quot; is already %3; wait for it or cancel it first</source>
        <translation>Job %1 mit dem eindeutigen Schlüssel „%2“ ist bereits %3; warten Sie auf ihn oder brechen Sie ihn zuerst ab</translation>
    </message>
    <message>
        <source>a job just enqueued could not be claimed</source>
        <translation>ein gerade eingereihter Job konnte nicht übernommen werden</translation>
    </message>
</context>
<context>
    <name>fm::core::JsonSource</name>
    <message>
        <source>key &quot;%1&quot; appears twice in this object (first on line %2); only the last one counts</source>
        <translation>der Schlüssel „%1“ kommt in diesem Objekt zweimal vor (zuerst in Zeile %2); nur der letzte zählt</translation>
    </message>
    <message>
        <source>remove one of the two &quot;%1&quot; entries</source>
        <translation>entfernen Sie einen der beiden „%1“-Einträge</translation>
    </message>
    <message>
        <source>write a JSON object: { ... }</source>
        <translation>schreiben Sie ein JSON-Objekt: { ... }</translation>
    </message>
    <message>
        <source>member names are strings in double quotes; remove a trailing comma before &apos;}&apos;</source>
        <translation>Namen von Einträgen sind Zeichenketten in doppelten Anführungszeichen; entfernen Sie ein abschließendes Komma vor &apos;}&apos;</translation>
    </message>
    <message>
        <source>put &apos;:&apos; between a member&apos;s name and its value</source>
        <translation>setzen Sie &apos;:&apos; zwischen den Namen eines Eintrags und seinen Wert</translation>
    </message>
    <message>
        <source>separate members with &apos;,&apos; or close the object with &apos;}&apos;</source>
        <translation>trennen Sie Einträge mit &apos;,&apos; oder schließen Sie das Objekt mit &apos;}&apos;</translation>
    </message>
    <message>
        <source>separate elements with &apos;,&apos; or close the array with &apos;]&apos;</source>
        <translation>trennen Sie Elemente mit &apos;,&apos; oder schließen Sie das Array mit &apos;]&apos;</translation>
    </message>
    <message>
        <source>write a backslash inside a string as \\</source>
        <translation>schreiben Sie einen Backslash in einer Zeichenkette als \\</translation>
    </message>
    <message>
        <source>close the string with &apos;&quot;&apos;</source>
        <translation>schließen Sie die Zeichenkette mit &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>a file holds exactly one JSON value; remove what follows it</source>
        <translation>eine Datei enthält genau einen JSON-Wert; entfernen Sie, was darauf folgt</translation>
    </message>
    <message>
        <source>values are &quot;strings&quot;, numbers, true, false, null, {objects} or [arrays]</source>
        <translation>Werte sind &quot;Zeichenketten&quot;, Zahlen, true, false, null, {Objekte} oder [Arrays]</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>fm::core::LayoutEdits</name>
    <message>
        <source>%1 %2 does not exist: there is none</source>
        <translation>%1 %2 existiert nicht: es gibt keine Einträge</translation>
    </message>
    <message>
        <source>%1 %2 does not exist; valid are 0 to %3</source>
        <translation>%1 %2 existiert nicht; gültig sind 0 bis %3</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; has no field &quot;%2&quot;%3</source>
        <translation>DocType „%1“ hat kein Feld „%2“%3</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>section position</source>
        <translation>Abschnittsposition</translation>
    </message>
    <message>
        <source>the last section cannot be removed: a form needs one; rename it or add another section first</source>
        <translation>der letzte Abschnitt kann nicht entfernt werden: ein Formular braucht einen; benennen Sie ihn um oder fügen Sie zuerst einen weiteren Abschnitt hinzu</translation>
    </message>
    <message>
        <source>moving to</source>
        <translation>beim Verschieben nach</translation>
    </message>
    <message>
        <source>column position</source>
        <translation>Spaltenposition</translation>
    </message>
    <message>
        <source>the last column of a section cannot be removed; remove the section instead</source>
        <translation>die letzte Spalte eines Abschnitts kann nicht entfernt werden; entfernen Sie stattdessen den Abschnitt</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not placed in the layout</source>
        <translation>Feld „%1“ ist im Layout nicht platziert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fieldname a field can have; use lowercase letters, digits and &apos;_&apos;, e.g. &quot;%2&quot;</source>
        <translation>„%1“ ist kein Feldname, den ein Feld haben kann; verwenden Sie Kleinbuchstaben, Ziffern und &apos;_&apos;, z. B. „%2“</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; already has a field &quot;%2&quot;; use &quot;%3&quot;</source>
        <translation>DocType „%1“ hat bereits ein Feld „%2“; verwenden Sie „%3“</translation>
    </message>
</context>
<context>
    <name>fm::core::MagicLink</name>
    <message>
        <source>Hello %1,

use this link to sign in. It works once, within %2 minutes:

%3

If you did not ask for it, ignore this e-mail: nobody can sign in with your account without the link.
</source>
        <translation>Hallo %1,

mit diesem Link melden Sie sich an. Er funktioniert einmal, innerhalb von %2 Minuten:

%3

Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: ohne den Link kann sich niemand mit Ihrem Konto anmelden.
</translation>
    </message>
    <message>
        <source>This sign-in link is not valid: it is unknown, already used or expired. Ask for a new one.</source>
        <translation>Dieser Anmeldelink ist ungültig: er ist unbekannt, bereits benutzt oder abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Your sign-in link</source>
        <translation>Ihr Anmeldelink</translation>
    </message>
</context>
<context>
    <name>fm::core::MailSettings</name>
    <message>
        <source>unknown key &quot;%1&quot; in %2; the keys are %3</source>
        <translation>unbekannter Schlüssel „%1“ in %2; die Schlüssel sind %3</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4</source>
        <translation>%1.%2 muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>smtp.host must name the SMTP server, e.g. &quot;smtp.example.com&quot; or &quot;127.0.0.1&quot;</source>
        <translation>smtp.host muss den SMTP-Server nennen, z. B. „smtp.example.com“ oder „127.0.0.1“</translation>
    </message>
    <message>
        <source>smtp.security &quot;%1&quot; is not one of starttls (the default, port 587), tls (port 465) or none</source>
        <translation>smtp.security „%1“ ist keines von starttls (die Vorgabe, Port 587), tls (Port 465) oder none</translation>
    </message>
    <message>
        <source>give smtp.password_env or smtp.password_file, not both</source>
        <translation>geben Sie smtp.password_env oder smtp.password_file an, nicht beides</translation>
    </message>
    <message>
        <source>a password needs smtp.user, the name to sign in with</source>
        <translation>ein Passwort braucht smtp.user, den Namen für die Anmeldung</translation>
    </message>
    <message>
        <source>smtp.user needs a password: name an environment variable in &quot;password_env&quot; or a file in &quot;password_file&quot;</source>
        <translation>smtp.user braucht ein Passwort: nennen Sie eine Umgebungsvariable in „password_env“ oder eine Datei in „password_file“</translation>
    </message>
    <message>
        <source>smtp.ca_file %1 does not exist</source>
        <translation>smtp.ca_file %1 existiert nicht</translation>
    </message>
    <message>
        <source>the SMTP password is read from the environment variable %1 (site.json mail.smtp.password_env), which is not set for this process; set it where `m start` and `m worker` run</source>
        <translation>das SMTP-Passwort wird aus der Umgebungsvariablen %1 gelesen (site.json mail.smtp.password_env), die für diesen Prozess nicht gesetzt ist; setzen Sie sie dort, wo `m start` und `m worker` laufen</translation>
    </message>
    <message>
        <source>cannot read the SMTP password file %1 (site.json mail.smtp.password_file): %2</source>
        <translation>die SMTP-Passwortdatei %1 kann nicht gelesen werden (site.json mail.smtp.password_file): %2</translation>
    </message>
    <message>
        <source>must be an object, e.g. {&quot;smtp&quot;: {&quot;host&quot;: &quot;smtp.example.com&quot;}, &quot;from&quot;: &quot;noreply@example.com&quot;}</source>
        <translation>muss ein Objekt sein, z. B. {&quot;smtp&quot;: {&quot;host&quot;: &quot;smtp.example.com&quot;}, &quot;from&quot;: &quot;noreply@example.com&quot;}</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; fix the file by hand</source>
        <translation>%1 ist kein JSON-Objekt; korrigieren Sie die Datei von Hand</translation>
    </message>
</context>
<context>
    <name>fm::core::MetaRegistry</name>
    <message>
        <source>app &quot;%1&quot;</source>
        <translation>App „%1“</translation>
    </message>
    <message>
        <source>a DocType without a name cannot be registered; set its name</source>
        <translation>ein DocType ohne Namen kann nicht registriert werden; geben Sie ihm einen Namen</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; is defined twice</source>
        <translation>DocType „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>DocTypes &quot;%1&quot; and &quot;%2&quot; share the table name &quot;%3&quot;</source>
        <translation>die DocTypes „%1“ und „%2“ teilen sich den Tabellennamen „%3“</translation>
    </message>
    <message>
        <source>%1: in %2 and in %3; rename one of them or remove the copy</source>
        <translation>%1: in %2 und in %3; benennen Sie einen davon um oder entfernen Sie die Kopie</translation>
    </message>
</context>
<context>
    <name>fm::core::Migrator</name>
    <message>
        <source>the database schema changed since this plan was made; plan again (m migrate --plan) and apply the new plan</source>
        <translation>das Datenbankschema hat sich geändert, seit dieser Plan erstellt wurde; planen Sie neu (m migrate --plan) und wenden Sie den neuen Plan an</translation>
    </message>
    <message>
        <source>%1: %2 failed, nothing was migrated</source>
        <translation>%1: %2 fehlgeschlagen, nichts wurde migriert</translation>
    </message>
    <message>
        <source>the migration would leave links to missing records, so nothing was migrated; fix these rows and migrate again:
  %1</source>
        <translation>die Migration würde Verweise auf fehlende Datensätze hinterlassen, daher wurde nichts migriert; korrigieren Sie diese Zeilen und migrieren Sie erneut:
  %1</translation>
    </message>
    <message>
        <source>cannot count history rows</source>
        <translation>die Zeilen des Verlaufs können nicht gezählt werden</translation>
    </message>
    <message>
        <source>a migration cannot run inside another transaction; apply it before opening one on this thread</source>
        <translation>eine Migration kann nicht innerhalb einer anderen Transaktion laufen; wenden Sie sie an, bevor Sie auf diesem Thread eine Transaktion öffnen</translation>
    </message>
</context>
<context>
    <name>fm::core::NamingPattern</name>
    <message>
        <source>naming pattern &quot;%1&quot;: %2</source>
        <translation>Benennungsmuster „%1“: %2</translation>
    </message>
    <message>
        <source>&apos;}&apos; without a &apos;{&apos; in &quot;%1&quot;; write placeholders as {fieldname}</source>
        <translation>&apos;}&apos; ohne &apos;{&apos; in „%1“; schreiben Sie Platzhalter als {fieldname}</translation>
    </message>
    <message>
        <source>&apos;{&apos; is not closed in &quot;%1&quot;; write placeholders as {fieldname}</source>
        <translation>&apos;{&apos; wird in „%1“ nicht geschlossen; schreiben Sie Platzhalter als {fieldname}</translation>
    </message>
    <message>
        <source>empty placeholder {} in &quot;%1&quot;; put a fieldname inside the braces</source>
        <translation>leerer Platzhalter {} in „%1“; schreiben Sie einen Feldnamen in die Klammern</translation>
    </message>
    <message>
        <source>the pattern is empty; write e.g. &quot;INV-.YYYY.-.#####&quot;</source>
        <translation>das Muster ist leer; schreiben Sie z. B. &quot;INV-.YYYY.-.#####&quot;</translation>
    </message>
    <message>
        <source>it has an empty part (two dots in a row, or a dot at an end); remove the extra &apos;.&apos;</source>
        <translation>es hat einen leeren Teil (zwei Punkte hintereinander oder einen Punkt am Anfang oder Ende); entfernen Sie den überzähligen &apos;.&apos;</translation>
    </message>
    <message>
        <source>the counter &quot;%1&quot; has %2 digits; use at most %3 &apos;#&apos;</source>
        <translation>der Zähler „%1“ hat %2 Stellen; verwenden Sie höchstens %3 &apos;#&apos;</translation>
    </message>
    <message>
        <source>it has more than one counter (&apos;#&apos; run); keep exactly one</source>
        <translation>es hat mehr als einen Zähler (Folge von &apos;#&apos;); behalten Sie genau einen</translation>
    </message>
    <message>
        <source>&apos;#&apos; is mixed with text in &quot;%1&quot;; put the counter in a part of its own, e.g. &quot;INV-.####&quot;</source>
        <translation>&apos;#&apos; ist in „%1“ mit Text vermischt; setzen Sie den Zähler in einen eigenen Teil, z. B. &quot;INV-.####&quot;</translation>
    </message>
    <message>
        <source>placeholder {%1} names no field of this DocType; %2</source>
        <translation>der Platzhalter {%1} nennt kein Feld dieses DocTypes; %2</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>verwenden Sie eines von: %1</translation>
    </message>
    <message>
        <source>did you mean {%1}?</source>
        <translation>meinten Sie {%1}?</translation>
    </message>
    <message>
        <source>it has no counter; add a part of &apos;#&apos;, e.g. &quot;%1.####&quot;</source>
        <translation>es hat keinen Zähler; fügen Sie einen Teil aus &apos;#&apos; hinzu, z. B. &quot;%1.####&quot;</translation>
    </message>
</context>
<context>
    <name>fm::core::NamingService</name>
    <message>
        <source>naming series need the naming_counter table: %1; run `m migrate`</source>
        <translation>Nummernkreise brauchen die Tabelle naming_counter: %1; führen Sie `m migrate` aus</translation>
    </message>
    <message>
        <source>naming counter %1 returned no value</source>
        <translation>Nummernzähler %1 hat keinen Wert geliefert</translation>
    </message>
    <message>
        <source>%1 is required to name the document</source>
        <translation>%1 wird benötigt, um das Dokument zu benennen</translation>
    </message>
    <message>
        <source>%1 is named by prompt; give it a value</source>
        <translation>%1 wird per Eingabe benannt; geben Sie einen Namen an</translation>
    </message>
    <message>
        <source>%1 is named by its field &quot;%2&quot;; give it a value</source>
        <translation>%1 wird nach seinem Feld „%2“ benannt; geben Sie ihm einen Wert</translation>
    </message>
    <message>
        <source>%1 is named by the series %2; give it a value</source>
        <translation>%1 wird nach dem Nummernkreis %2 benannt; geben Sie einen Wert an</translation>
    </message>
</context>
<context>
    <name>fm::core::Notification</name>
    <message>
        <source>Notification: %1</source>
        <translation>Notification: %1</translation>
    </message>
    <message>
        <source>%1 uses &quot;%2&quot;: templates print every value HTML-escaped with {{...}}, without partials or other delimiters</source>
        <translation>%1 verwendet „%2“: Vorlagen geben jeden Wert HTML-maskiert mit {{...}} aus, ohne Partials oder andere Begrenzer</translation>
    </message>
    <message>
        <source>%1 is not a valid template: %2</source>
        <translation>%1 ist keine gültige Vorlage: %2</translation>
    </message>
    <message>
        <source>%1 uses {{%2}}, but %3 has no field &quot;%4&quot;</source>
        <translation>%1 verwendet {{%2}}, aber %3 hat kein Feld „%4“</translation>
    </message>
    <message>
        <source>%1 uses {{%2}}; a template knows doc.&lt;field&gt;, event, user, doctype, name and changed</source>
        <translation>%1 verwendet {{%2}}; eine Vorlage kennt doc.&lt;field&gt;, event, user, doctype, name und changed</translation>
    </message>
    <message>
        <source>the template does not parse: %1</source>
        <translation>die Vorlage lässt sich nicht einlesen: %1</translation>
    </message>
    <message>
        <source>the template cannot be rendered: %1</source>
        <translation>die Vorlage kann nicht ausgegeben werden: %1</translation>
    </message>
    <message>
        <source>name the DocType whose events notify</source>
        <translation>nennen Sie den DocType, dessen Ereignisse benachrichtigen</translation>
    </message>
    <message>
        <source>a notification cannot watch %1 (what it writes would trigger it again); choose a business DocType</source>
        <translation>eine Benachrichtigung kann %1 nicht beobachten (was sie schreibt, würde sie erneut auslösen); wählen Sie einen fachlichen DocType</translation>
    </message>
    <message>
        <source>the condition uses the list API&apos;s filters ([[&quot;field&quot;, &quot;op&quot;, value]] or {&quot;field&quot;: value}): %1</source>
        <translation>die Bedingung verwendet die Filter der Listen-API ([[&quot;field&quot;, &quot;op&quot;, value]] oder {&quot;field&quot;: value}): %1</translation>
    </message>
    <message>
        <source>say who is notified: roles, users, or the document&apos;s owner</source>
        <translation>geben Sie an, wer benachrichtigt wird: Rollen, Benutzer oder der Besitzer des Dokuments</translation>
    </message>
    <message>
        <source>choose a channel: in-app, e-mail or both</source>
        <translation>wählen Sie einen Kanal: in der App, E-Mail oder beides</translation>
    </message>
    <message>
        <source>the subject is required</source>
        <translation>der Betreff ist ein Pflichtfeld</translation>
    </message>
</context>
<context>
    <name>fm::core::NotificationDelivery</name>
    <message>
        <source>Notification: %1</source>
        <translation>Notification: %1</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; does not exist (or is a child table); name a DocType of this site</source>
        <translation>DocType „%1“ existiert nicht (oder ist eine Untertabelle); nennen Sie einen DocType dieser Site</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 hat kein Feld „%2“</translation>
    </message>
    <message>
        <source>the condition names &quot;%1&quot;, which %2 does not have</source>
        <translation>die Bedingung nennt „%1“, das %2 nicht hat</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;; give user names separated by commas</source>
        <translation>es gibt keinen Benutzer „%1“; geben Sie Benutzernamen durch Kommas getrennt an</translation>
    </message>
    <message>
        <source>there is no role &quot;%1&quot;; give role names separated by commas</source>
        <translation>es gibt keine Rolle „%1“; geben Sie Rollennamen durch Kommas getrennt an</translation>
    </message>
</context>
<context>
    <name>fm::core::NotificationInbox</name>
    <message>
        <source>you have no notification &quot;%1&quot;</source>
        <translation>Sie haben keine Benachrichtigung „%1“</translation>
    </message>
</context>
<context>
    <name>fm::core::PasswordHasher</name>
    <message>
        <source>the password is empty; give a password</source>
        <translation>das Passwort ist leer; geben Sie ein Passwort an</translation>
    </message>
    <message>
        <source>the password is longer than %1 bytes; give a shorter one</source>
        <translation>das Passwort ist länger als %1 Bytes; geben Sie ein kürzeres an</translation>
    </message>
    <message>
        <source>libsodium could not be initialised; check the system&apos;s random number source</source>
        <translation>libsodium konnte nicht initialisiert werden; prüfen Sie die Zufallszahlenquelle des Systems</translation>
    </message>
    <message>
        <source>hashing the password ran out of memory (it needs %1 MiB); free memory on the server</source>
        <translation>beim Hashen des Passworts ging der Speicher aus (es braucht %1 MiB); geben Sie Speicher auf dem Server frei</translation>
    </message>
</context>
<context>
    <name>fm::core::PasswordLogin</name>
    <message>
        <source>the user name (or e-mail) or the password is wrong; check both and try again</source>
        <translation>der Benutzername (oder die E-Mail-Adresse) oder das Passwort ist falsch; prüfen Sie beides und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the new password is too short; give at least %1 characters</source>
        <translation>das neue Passwort ist zu kurz; geben Sie mindestens %1 Zeichen an</translation>
    </message>
    <message>
        <source>give at least %1 characters</source>
        <translation>geben Sie mindestens %1 Zeichen an</translation>
    </message>
    <message>
        <source>the new password is longer than %1 bytes; give a shorter one</source>
        <translation>das neue Passwort ist länger als %1 Bytes; geben Sie ein kürzeres an</translation>
    </message>
    <message>
        <source>give at most %1 bytes</source>
        <translation>geben Sie höchstens %1 Bytes an</translation>
    </message>
    <message>
        <source>the new password looks like an argon2id hash; choose another</source>
        <translation>das neue Passwort sieht aus wie ein argon2id-Hash; wählen Sie ein anderes</translation>
    </message>
    <message>
        <source>choose another password</source>
        <translation>wählen Sie ein anderes Passwort</translation>
    </message>
</context>
<context>
    <name>fm::core::PermissionEngine</name>
    <message>
        <source>read</source>
        <comment>permission action: may not read Ticket</comment>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <comment>permission action: may not write Ticket</comment>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>create</source>
        <comment>permission action: may not create Ticket</comment>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>delete</source>
        <comment>permission action: may not delete Ticket</comment>
        <translation>löschen</translation>
    </message>
    <message>
        <source>submit</source>
        <comment>permission action: may not submit Ticket</comment>
        <translation>buchen</translation>
    </message>
    <message>
        <source>cancel</source>
        <comment>permission action: may not cancel Ticket</comment>
        <translation>stornieren</translation>
    </message>
    <message>
        <source>amend</source>
        <comment>permission action: may not amend Ticket</comment>
        <translation>abändern</translation>
    </message>
    <message>
        <source>select</source>
        <comment>permission action: may not select Ticket</comment>
        <translation>auswählen</translation>
    </message>
    <message>
        <source>share</source>
        <comment>permission action: may not share Ticket</comment>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>report</source>
        <comment>permission action: may not report Ticket</comment>
        <translation>in Berichten auswerten</translation>
    </message>
    <message>
        <source>export</source>
        <comment>permission action: may not export Ticket</comment>
        <translation>exportieren</translation>
    </message>
    <message>
        <source>import</source>
        <comment>permission action: may not import Ticket</comment>
        <translation>importieren</translation>
    </message>
    <message>
        <source>print</source>
        <comment>permission action: may not print Ticket</comment>
        <translation>drucken</translation>
    </message>
    <message>
        <source>email</source>
        <comment>permission action: may not email Ticket</comment>
        <translation>per E-Mail versenden</translation>
    </message>
    <message>
        <source>DocType %1 does not exist</source>
        <translation>DocType %1 existiert nicht</translation>
    </message>
    <message>
        <source>log in to %1 %2: guests may not</source>
        <translation>Gäste dürfen %2 nicht %1; melden Sie sich an</translation>
    </message>
    <message>
        <source>%1 may not %2 %3; ask an administrator for a role that allows it</source>
        <translation>%1 darf %3 nicht %2; bitten Sie einen Administrator um eine Rolle, die das erlaubt</translation>
    </message>
</context>
<context>
    <name>fm::core::PgDriver</name>
    <message>
        <source>the connection is closed</source>
        <translation>die Verbindung ist geschlossen</translation>
    </message>
    <message>
        <source>the connection to PostgreSQL was lost inside a transaction, which the server rolled back; roll back and run the transaction again</source>
        <translation>die Verbindung zu PostgreSQL ging innerhalb einer Transaktion verloren, die der Server zurückgerollt hat; rollen Sie zurück und führen Sie die Transaktion erneut aus</translation>
    </message>
    <message>
        <source>the PostgreSQL server did not answer</source>
        <translation>der PostgreSQL-Server hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>fm::core::Project</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3); fix the file by hand</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3); korrigieren Sie die Datei von Hand</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation>%1 muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no Framework M project here: %1 has no m.json, nor has any folder above it; run inside a project, pass --project &lt;dir&gt;, or create one with `m new project &lt;dir&gt;`</source>
        <translation>hier ist kein Framework-M-Projekt: weder %1 noch ein Ordner darüber hat eine m.json; arbeiten Sie in einem Projekt, übergeben Sie --project &lt;dir&gt; oder legen Sie eines mit `m new project &lt;dir&gt;` an</translation>
    </message>
    <message>
        <source>%1 already holds a project (m.json)</source>
        <translation>%1 enthält bereits ein Projekt (m.json)</translation>
    </message>
    <message>
        <source>cannot create folders in %1</source>
        <translation>in %1 können keine Ordner angelegt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid app name; use lower case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>„%1“ ist kein gültiger App-Name; verwenden Sie Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>which site? pass --site &lt;name&gt; or set &quot;default_site&quot; in m.json (sites here: %1)</source>
        <translation>welche Site? Übergeben Sie --site &lt;name&gt; oder setzen Sie &quot;default_site&quot; in m.json (Sites hier: %1)</translation>
    </message>
    <message>
        <source>none; create one with `m new site &lt;name&gt;`</source>
        <translation>keine; legen Sie eine mit `m new site &lt;name&gt;` an</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; does not exist in %2; create it with `m new site %1`</source>
        <translation>die Site „%1“ existiert nicht in %2; legen Sie sie mit `m new site %1` an</translation>
    </message>
    <message>
        <source>%1/site.json: database.%2 is %3, not a whole number of 0 or more; fix it or remove it for the default</source>
        <translation>%1/site.json: database.%2 ist %3, keine ganze Zahl ab 0; korrigieren oder entfernen Sie den Eintrag für den Standardwert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid site name; use lower case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>„%1“ ist kein gültiger Site-Name; verwenden Sie Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; already exists in %2</source>
        <translation>die Site „%1“ existiert bereits in %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>fm::core::ProjectModel</name>
    <message>
        <source>cannot read %1: %2; check that it exists and is readable</source>
        <translation>%1 kann nicht gelesen werden: %2; prüfen Sie, ob die Datei existiert und lesbar ist</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; is not in the project; a renamed DocType keeps its name until it is renamed as a whole</source>
        <translation>DocType „%1“ ist nicht im Projekt; ein umbenannter DocType behält seinen Namen, bis er als Ganzes umbenannt wird</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; belongs to the built-in app core and cannot be edited; extend it from your app instead</source>
        <translation>DocType „%1“ gehört zur eingebauten App core und kann nicht bearbeitet werden; erweitern Sie ihn stattdessen aus Ihrer App</translation>
    </message>
    <message>
        <source>no DocType &quot;%1&quot; to save</source>
        <translation>kein DocType „%1“ zum Speichern</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; belongs to the built-in app core and is not saved</source>
        <translation>DocType „%1“ gehört zur eingebauten App core und wird nicht gespeichert</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was changed, check the folder&apos;s permissions</source>
        <translation>%1 kann nicht geschrieben werden: %2; nichts wurde geändert, prüfen Sie die Zugriffsrechte des Ordners</translation>
    </message>
    <message>
        <source>%1 was saved, but its renames could not be recorded in %2 (%3); save it again once the file is writable, or a teammate&apos;s `m migrate` will drop and add the column</source>
        <translation>%1 wurde gespeichert, aber seine Umbenennungen konnten nicht in %2 verzeichnet werden (%3); speichern Sie erneut, sobald die Datei beschreibbar ist, sonst löscht `m migrate` bei anderen im Team die Spalte und legt sie neu an</translation>
    </message>
    <message>
        <source>no DocType &quot;%1&quot; to reload</source>
        <translation>kein DocType „%1“ zum Neuladen</translation>
    </message>
    <message>
        <source>%1 no longer holds DocType &quot;%2&quot;; fix the file (see Problems) and reload it</source>
        <translation>%1 enthält den DocType „%2“ nicht mehr; korrigieren Sie die Datei (siehe Probleme) und laden Sie sie neu</translation>
    </message>
    <message>
        <source>the change rewrites %1, which %2 unsaved changes; save or revert them first</source>
        <translation>die Änderung schreibt %1 neu, in dem %2 ungespeicherte Änderungen hat; speichern oder verwerfen Sie diese zuerst</translation>
    </message>
</context>
<context>
    <name>fm::core::Query</name>
    <message>
        <source>filter %1: %2</source>
        <translation>Filter %1: %2</translation>
    </message>
    <message>
        <source>write it as [&quot;field&quot;, &quot;operator&quot;, value]</source>
        <translation>schreiben Sie ihn als [&quot;field&quot;, &quot;operator&quot;, value]</translation>
    </message>
    <message>
        <source>&quot;is&quot; takes &quot;set&quot; or &quot;not set&quot;</source>
        <translation>„is“ nimmt „set“ oder „not set“</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; use one of: %2</source>
        <translation>unbekannter Operator „%1“; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty list</source>
        <translation>„%1“ braucht eine nicht leere Liste</translation>
    </message>
    <message>
        <source>&quot;between&quot; needs [low, high]</source>
        <translation>„between“ braucht [low, high]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a single value</source>
        <translation>„%1“ braucht einen einzelnen Wert</translation>
    </message>
    <message>
        <source>a list takes at most %1 filters and this one has %2; narrow it down, or use &quot;in&quot; for many values of one field</source>
        <translation>eine Liste nimmt höchstens %1 Filter, diese hat %2; schränken Sie sie ein oder verwenden Sie „in“ für viele Werte eines Felds</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes at most %2 values and this one has %3; split the list over several requests</source>
        <translation>„%1“ nimmt höchstens %2 Werte, dieser hat %3; verteilen Sie die Liste auf mehrere Anfragen</translation>
    </message>
    <message>
        <source>filter on &quot;%1&quot;: use [[&quot;%1&quot;, &quot;in&quot;, [...]]] for lists</source>
        <translation>Filter auf „%1“: verwenden Sie [[&quot;%1&quot;, &quot;in&quot;, [...]]] für Listen</translation>
    </message>
    <message>
        <source>filters must be a list of [field, operator, value]</source>
        <translation>filters muss eine Liste von [field, operator, value] sein</translation>
    </message>
    <message>
        <source>order_by &quot;%1&quot;: write &quot;field asc&quot; or &quot;field desc&quot;</source>
        <translation>order_by „%1“: schreiben Sie „field asc“ oder „field desc“</translation>
    </message>
    <message>
        <source>fields must be a list of fieldnames</source>
        <translation>fields muss eine Liste von Feldnamen sein</translation>
    </message>
</context>
<context>
    <name>fm::core::QueryCompiler</name>
    <message>
        <source>%1: &quot;%2&quot; is not a field of %3</source>
        <translation>%1: „%2“ ist kein Feld von %3</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a Password field of %3 and cannot be filtered or sorted on</source>
        <translation>%1: „%2“ ist ein Password-Feld von %3; danach kann nicht gefiltert oder sortiert werden</translation>
    </message>
    <message>
        <source>filter on &quot;%1&quot;: %2</source>
        <translation>Filter auf „%1“: %2</translation>
    </message>
    <message>
        <source>filter on &quot;%1&quot;: compare with a value, or use &quot;is set&quot; / &quot;is not set&quot; for empty fields</source>
        <translation>Filter auf „%1“: vergleichen Sie mit einem Wert oder verwenden Sie „is set“ / „is not set“ für leere Felder</translation>
    </message>
    <message>
        <source>unsupported filter operator</source>
        <translation>nicht unterstützter Filteroperator</translation>
    </message>
</context>
<context>
    <name>fm::core::RateLimiter</name>
    <message>
        <source>too many failed attempts (%1 within %2 seconds); wait %3 seconds and try again</source>
        <translation>zu viele fehlgeschlagene Versuche (%1 innerhalb von %2 Sekunden); warten Sie %3 Sekunden und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>fm::core::RenameFiles</name>
    <message>
        <source>%1 extends &quot;%2&quot;</source>
        <translation>%1 erweitert „%2“</translation>
    </message>
    <message>
        <source>%1 names field &quot;%2&quot; or &quot;%3&quot; of &quot;%4&quot;</source>
        <translation>%1 nennt das Feld „%2“ oder „%3“ von „%4“</translation>
    </message>
    <message>
        <source>DocType extension files name what is renamed, and the rename cannot rewrite them:
  %1
edit them by hand together with the DocType, or rename after changing them; nothing was renamed</source>
        <translation>DocType-Erweiterungsdateien nennen, was umbenannt wird, und die Umbenennung kann sie nicht umschreiben:
  %1
bearbeiten Sie sie von Hand zusammen mit dem DocType oder benennen Sie um, nachdem Sie sie geändert haben; nichts wurde umbenannt</translation>
    </message>
    <message>
        <source>the rename would change DocType &quot;%1&quot; of the built-in app core; it cannot</source>
        <translation>die Umbenennung würde den DocType „%1“ der eingebauten App core ändern; das ist nicht möglich</translation>
    </message>
    <message>
        <source>%1 has errors; fix them first:
%2</source>
        <translation>%1 enthält Fehler; beheben Sie sie zuerst:
%2</translation>
    </message>
</context>
<context>
    <name>fm::core::RenameLog</name>
    <message>
        <source>&quot;%1&quot; is not a valid fieldname</source>
        <translation>„%1“ ist kein gültiger Feldname</translation>
    </message>
    <message>
        <source>use at most 64 lowercase letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>verwenden Sie höchstens 64 Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DocType name</source>
        <translation>„%1“ ist kein gültiger DocType-Name</translation>
    </message>
    <message>
        <source>use Title Case words of letters and digits separated by single spaces, e.g. &quot;Support Ticket&quot;</source>
        <translation>verwenden Sie Wörter aus Buchstaben und Ziffern mit großem Anfangsbuchstaben, getrennt durch einzelne Leerzeichen, z. B. „Support Ticket“</translation>
    </message>
    <message>
        <source>each rename</source>
        <translation>jede Umbenennung</translation>
    </message>
    <message>
        <source>this rename</source>
        <translation>diese Umbenennung</translation>
    </message>
    <message>
        <source>see docs/guide/migrations.md, &quot;Renames&quot;</source>
        <translation>siehe docs/guide/migrations.md, „Renames“</translation>
    </message>
    <message>
        <source>unknown rename kind &quot;%1&quot;</source>
        <translation>unbekannte Art der Umbenennung „%1“</translation>
    </message>
    <message>
        <source>use &quot;field&quot; or &quot;doctype&quot;; %1</source>
        <translation>verwenden Sie &quot;field&quot; oder &quot;doctype&quot;; %1</translation>
    </message>
    <message>
        <source>a field rename</source>
        <translation>eine Feldumbenennung</translation>
    </message>
    <message>
        <source>a DocType rename has no &quot;doctype&quot;: &quot;from&quot; and &quot;to&quot; are the DocType&apos;s names</source>
        <translation>eine DocType-Umbenennung hat kein &quot;doctype&quot;: &quot;from&quot; und &quot;to&quot; sind die Namen des DocTypes</translation>
    </message>
    <message>
        <source>remove &quot;doctype&quot;</source>
        <translation>entfernen Sie &quot;doctype&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a standard column every DocType has</source>
        <translation>„%1“ ist eine Standardspalte, die jeder DocType hat</translation>
    </message>
    <message>
        <source>a field cannot be renamed to it; fix the record</source>
        <translation>ein Feld kann nicht so umbenannt werden; korrigieren Sie den Eintrag</translation>
    </message>
    <message>
        <source>the rename keeps the name &quot;%1&quot;</source>
        <translation>die Umbenennung behält den Namen „%1“</translation>
    </message>
    <message>
        <source>remove the record; it changes nothing</source>
        <translation>entfernen Sie den Eintrag; er ändert nichts</translation>
    </message>
    <message>
        <source>&quot;at&quot; &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;at&quot; „%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>write the UTC time of the rename, e.g. &quot;2026-03-01T09:30:00.000Z&quot;</source>
        <translation>schreiben Sie die UTC-Zeit der Umbenennung, z. B. &quot;2026-03-01T09:30:00.000Z&quot;</translation>
    </message>
    <message>
        <source>the %1 is recorded twice (first on line %2)</source>
        <translation>die %1 ist doppelt verzeichnet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 renames &quot;%2&quot; to &quot;%3&quot;, but line %4 already renamed it to &quot;%5&quot;</source>
        <translation>%1 benennt „%2“ in „%3“ um, aber Zeile %4 hat es bereits in „%5“ umbenannt</translation>
    </message>
    <message>
        <source>this record (DocType %1)</source>
        <translation>dieser Eintrag (DocType %1)</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>dieser Eintrag</translation>
    </message>
    <message>
        <source>two branches renamed the same thing: keep the record that matches the DocType files and remove the other line</source>
        <translation>zwei Branches haben dasselbe umbenannt: behalten Sie den Eintrag, der zu den DocType-Dateien passt, und entfernen Sie die andere Zeile</translation>
    </message>
    <message>
        <source>rename of field %1.%2 to %3</source>
        <translation>Umbenennung des Felds %1.%2 in %3</translation>
    </message>
    <message>
        <source>rename of DocType %1 to %2</source>
        <translation>Umbenennung des DocTypes %1 in %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>check the file&apos;s permissions</source>
        <translation>prüfen Sie die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <source>a renames file</source>
        <translation>eine Umbenennungsdatei</translation>
    </message>
    <message>
        <source>renames file</source>
        <translation>Umbenennungsdatei</translation>
    </message>
    <message>
        <source>format_version %1 is not supported; this version of Framework M reads format 1</source>
        <translation>format_version %1 wird nicht unterstützt; diese Version von Framework M liest Format 1</translation>
    </message>
    <message>
        <source>write &quot;format_version&quot;: 1, or upgrade Framework M</source>
        <translation>schreiben Sie &quot;format_version&quot;: 1 oder aktualisieren Sie Framework M</translation>
    </message>
    <message>
        <source>the renames file</source>
        <translation>die Umbenennungsdatei</translation>
    </message>
</context>
<context>
    <name>fm::core::Renames</name>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; belongs to the built-in app core, whose %2 cannot be renamed; add a field to it in an extension file instead (docs/guide/apps.md)</source>
        <translation>DocType „%1“ gehört zur eingebauten App core, deren %2 nicht umbenannt werden können; fügen Sie stattdessen in einer Erweiterungsdatei ein Feld hinzu (docs/guide/apps.md)</translation>
    </message>
    <message>
        <source>there is no DocType &quot;%1&quot; in the project%2</source>
        <translation>im Projekt gibt es keinen DocType „%1“%2</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; has no field &quot;%2&quot;%3</source>
        <translation>DocType „%1“ hat kein Feld „%2“%3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; already has that name; give the new name</source>
        <translation>Feld „%1“ hat diesen Namen bereits; geben Sie den neuen Namen an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fieldname: use at most 64 lowercase letters, digits and &apos;_&apos;, starting with a letter%2</source>
        <translation>„%1“ ist kein gültiger Feldname: verwenden Sie höchstens 64 Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben%2</translation>
    </message>
    <message>
        <source>, e.g. &quot;%1&quot;</source>
        <translation>, z. B. „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a standard column every DocType has; choose another name (reserved are: %2)</source>
        <translation>„%1“ ist eine Standardspalte, die jeder DocType hat; wählen Sie einen anderen Namen (reserviert sind: %2)</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; already has a field &quot;%2&quot;; choose another name, or rename or remove that field first</source>
        <translation>DocType „%1“ hat bereits ein Feld „%2“; wählen Sie einen anderen Namen oder benennen Sie jenes Feld zuerst um oder entfernen Sie es</translation>
    </message>
    <message>
        <source>field %1 -&gt; %2</source>
        <translation>Feld %1 -&gt; %2</translation>
    </message>
    <message>
        <source>options of %1</source>
        <translation>Optionen von %1</translation>
    </message>
    <message>
        <source>fetch_from of %1</source>
        <translation>fetch_from von %1</translation>
    </message>
    <message>
        <source>depends_on of %1</source>
        <translation>depends_on von %1</translation>
    </message>
    <message>
        <source>depends_on of %1.%2 still mentions &quot;%3&quot; where the rename cannot tell if it means the field: check &quot;%4&quot;</source>
        <translation>depends_on von %1.%2 erwähnt noch „%3“, wobei die Umbenennung nicht erkennen kann, ob das Feld gemeint ist: prüfen Sie „%4“</translation>
    </message>
    <message>
        <source>DocTypes</source>
        <translation>DocTypes</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; already has that name; give the new name</source>
        <translation>DocType „%1“ hat diesen Namen bereits; geben Sie den neuen Namen an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DocType name: use at most 64 characters of Title Case words of letters and digits separated by single spaces, e.g. &quot;Support Ticket&quot;</source>
        <translation>„%1“ ist kein gültiger DocType-Name: verwenden Sie höchstens 64 Zeichen: Wörter aus Buchstaben und Ziffern mit großem Anfangsbuchstaben, getrennt durch einzelne Leerzeichen, z. B. „Support Ticket“</translation>
    </message>
    <message>
        <source>&quot;DocType&quot; is reserved: Link fields with &quot;options&quot;: &quot;DocType&quot; name any DocType; choose another name</source>
        <translation>„DocType“ ist reserviert: Link-Felder mit &quot;options&quot;: &quot;DocType&quot; nennen beliebige DocTypes; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is taken by DocType &quot;%2&quot;%3 (the table name &quot;%4&quot; too); choose another name</source>
        <translation>der Name „%1“ ist bereits vom DocType „%2“%3 belegt (der Tabellenname „%4“ ebenfalls); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source> of app &quot;%1&quot;</source>
        <translation> der App „%1“</translation>
    </message>
    <message>
        <source>name %1 -&gt; %2</source>
        <translation>Name %1 -&gt; %2</translation>
    </message>
    <message>
        <source>the label of %1 is still &quot;%2&quot;; change it if it should follow the name</source>
        <translation>die Beschriftung von %1 lautet noch „%2“; ändern Sie sie, wenn sie dem Namen folgen soll</translation>
    </message>
    <message>
        <source>default of %1</source>
        <translation>Standardwert von %1</translation>
    </message>
</context>
<context>
    <name>fm::core::Repository</name>
    <message>
        <source>%1 %2 already exists; choose another name</source>
        <translation>%1 %2 existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else; reload it and apply your change again</source>
        <translation>%1 %2 wurde von jemand anderem geändert; laden Sie es neu und wenden Sie Ihre Änderung erneut an</translation>
    </message>
</context>
<context>
    <name>fm::core::RpcAccess</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed with an unknown exception</source>
        <translation>%1 ist mit einer unbekannten Ausnahme fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 has no RPC method &quot;%2&quot;. %3</source>
        <translation>%1 hat keine RPC-Methode „%2“. %3</translation>
    </message>
    <message>
        <source>It whitelists none.</source>
        <translation>Es gibt keine Methode frei.</translation>
    </message>
    <message>
        <source>Whitelisted: %1.</source>
        <translation>Freigegeben: %1.</translation>
    </message>
    <message>
        <source>A DocType method runs on one document: send {&quot;name&quot;: &quot;&lt;document name&gt;&quot;, &quot;args&quot;: {...}}.</source>
        <translation>Eine DocType-Methode läuft auf einem Dokument: senden Sie {&quot;name&quot;: &quot;&lt;document name&gt;&quot;, &quot;args&quot;: {...}}.</translation>
    </message>
    <message>
        <source>%1 needs a signed-in user: log in (POST /api/v1/auth/login) or send a token.</source>
        <translation>%1 braucht einen angemeldeten Benutzer: melden Sie sich an (POST /api/v1/auth/login) oder senden Sie ein Token.</translation>
    </message>
    <message>
        <source>%1 names no roles, so only administrators may call it; its app may open it with roles (&quot;All&quot; for every signed-in user).</source>
        <translation>%1 nennt keine Rollen, daher dürfen nur Administratoren es aufrufen; seine App kann es mit Rollen öffnen („All“ für jeden angemeldeten Benutzer).</translation>
    </message>
    <message>
        <source>%1 may be called by the roles %2; %3 has none of them.</source>
        <translation>%1 darf von den Rollen %2 aufgerufen werden; %3 hat keine davon.</translation>
    </message>
    <message>
        <source>No RPC function &quot;%1&quot;; GET /api/openapi.json lists the registered ones.</source>
        <translation>Keine RPC-Funktion „%1“; GET /api/openapi.json listet die registrierten auf.</translation>
    </message>
</context>
<context>
    <name>fm::core::Scaffold</name>
    <message>
        <source>cannot read %1 (%2); check its permissions</source>
        <translation>%1 kann nicht gelesen werden (%2); prüfen Sie die Zugriffsrechte</translation>
    </message>
    <message>
        <source>the project name is empty; give the project a name, e.g. the name of its folder</source>
        <translation>der Projektname ist leer; geben Sie dem Projekt einen Namen, z. B. den seines Ordners</translation>
    </message>
    <message>
        <source>%1 is a file; pick a folder for the project</source>
        <translation>%1 ist eine Datei; wählen Sie einen Ordner für das Projekt</translation>
    </message>
    <message>
        <source>%1 already holds a project (m.json); open it, or pick another folder</source>
        <translation>%1 enthält bereits ein Projekt (m.json); öffnen Sie es oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid app name; use lower case letters, digits and &apos;_&apos;, starting with a letter, like &quot;helpdesk&quot;</source>
        <translation>„%1“ ist kein gültiger App-Name; verwenden Sie Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben, etwa „helpdesk“</translation>
    </message>
    <message>
        <source>&quot;core&quot; is the built-in app of Framework M; choose another name</source>
        <translation>„core“ ist die eingebaute App von Framework M; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; already exists (%2); choose another name</source>
        <translation>die App „%1“ existiert bereits (%2); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>a module name of app &quot;%1&quot; is blank; name each module, e.g. &quot;%2&quot;</source>
        <translation>ein Modulname der App „%1“ ist leer; benennen Sie jedes Modul, z. B. „%2“</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; is listed twice; name each module once</source>
        <translation>das Modul „%1“ ist zweimal aufgeführt; nennen Sie jedes Modul nur einmal</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; is not valid: %2</source>
        <translation>DocType „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>the project has none yet</source>
        <translation>das Projekt hat noch keine</translation>
    </message>
    <message>
        <source>the project&apos;s apps: %1</source>
        <translation>die Apps des Projekts: %1</translation>
    </message>
    <message>
        <source>no app given for the DocType (%1); name one of them, or create an app first</source>
        <translation>für den DocType ist keine App angegeben (%1); nennen Sie eine davon oder legen Sie zuerst eine App an</translation>
    </message>
    <message>
        <source>&quot;core&quot; is the built-in app, not one of the project&apos;s</source>
        <translation>„core“ ist die eingebaute App, keine des Projekts</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; is not in this project</source>
        <translation>die App „%1“ ist nicht in diesem Projekt</translation>
    </message>
    <message>
        <source>%1 (%2); choose one of them, or create the app first</source>
        <translation>%1 (%2); wählen Sie eine davon oder legen Sie die App zuerst an</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; is in m.json but was not loaded; check that %2 holds its app.json</source>
        <translation>die App „%1“ steht in m.json, wurde aber nicht geladen; prüfen Sie, ob %2 ihre app.json enthält</translation>
    </message>
    <message>
        <source>a DocType cannot be both a child and submittable: child rows are submitted with their parent document; choose one</source>
        <translation>ein DocType kann nicht zugleich untergeordnet und buchbar sein: untergeordnete Zeilen werden mit ihrem übergeordneten Dokument gebucht; wählen Sie eines</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; is not a module of app &quot;%2&quot; (its modules: %3); choose one of them, or add it to &quot;modules&quot; in %4</source>
        <translation>„%1“ ist kein Modul der App „%2“ (ihre Module: %3); wählen Sie eines davon oder fügen Sie es zu &quot;modules&quot; in %4 hinzu</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; already exists (in app &quot;%2&quot;); edit it, or choose another name</source>
        <translation>DocType „%1“ existiert bereits (in der App „%2“); bearbeiten Sie ihn oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>%1 already exists; move it away, or choose another name</source>
        <translation>%1 existiert bereits; verschieben Sie es oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>fix them before adding a DocType</source>
        <translation>beheben Sie sie, bevor Sie einen DocType hinzufügen</translation>
    </message>
    <message>
        <source>the project&apos;s DocTypes have errors, the first: %1; %2</source>
        <translation>die DocTypes des Projekts enthalten Fehler, der erste: %1; %2</translation>
    </message>
    <message>
        <source>the project&apos;s DocTypes have errors; %1</source>
        <translation>die DocTypes des Projekts enthalten Fehler; %1</translation>
    </message>
    <message>
        <source>creating the user Administrator failed</source>
        <translation>das Anlegen des Benutzers Administrator ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid site name; use lower case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter, like &quot;dev&quot;</source>
        <translation>„%1“ ist kein gültiger Site-Name; verwenden Sie Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben, etwa „dev“</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; already exists in %2; choose another name, or work on the existing site</source>
        <translation>die Site „%1“ existiert bereits in %2; wählen Sie einen anderen Namen oder arbeiten Sie mit der vorhandenen Site</translation>
    </message>
    <message>
        <source>setting up the new site &quot;%1&quot; failed, so it was not created</source>
        <translation>das Einrichten der neuen Site „%1“ ist fehlgeschlagen, daher wurde sie nicht angelegt</translation>
    </message>
    <message>
        <source>fix them, then create the site</source>
        <translation>beheben Sie sie und legen Sie dann die Site an</translation>
    </message>
</context>
<context>
    <name>fm::core::ScheduledJobController</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use an IANA name such as UTC or Europe/Berlin</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen IANA-Namen wie UTC oder Europe/Berlin</translation>
    </message>
</context>
<context>
    <name>fm::core::SessionStore</name>
    <message>
        <source>%1; log in again (POST /api/v1/auth/login)</source>
        <translation>%1; melden Sie sich erneut an (POST /api/v1/auth/login)</translation>
    </message>
    <message>
        <source>a session must last longer than 0 seconds; give a positive lifetime</source>
        <translation>eine Sitzung muss länger als 0 Sekunden dauern; geben Sie eine positive Lebensdauer an</translation>
    </message>
    <message>
        <source>starting a session: </source>
        <translation>beim Beginnen einer Sitzung: </translation>
    </message>
    <message>
        <source>the session token is empty</source>
        <translation>das Sitzungstoken ist leer</translation>
    </message>
    <message>
        <source>the session is unknown or was revoked</source>
        <translation>die Sitzung ist unbekannt oder wurde widerrufen</translation>
    </message>
    <message>
        <source>the session has expired</source>
        <translation>die Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <source>the session&apos;s user is disabled or deleted</source>
        <translation>der Benutzer der Sitzung ist deaktiviert oder gelöscht</translation>
    </message>
    <message>
        <source>there is no session %1 of yours; list your sessions to find its id</source>
        <translation>Sie haben keine Sitzung %1; lassen Sie Ihre Sitzungen auflisten, um ihre ID zu finden</translation>
    </message>
</context>
<context>
    <name>fm::core::SignIn</name>
    <message>
        <source>this needs a login in the last %1 minutes; log in again (POST /api/v1/auth/login) or re-enter your password as &quot;%2&quot; in the body</source>
        <translation>dies erfordert eine Anmeldung innerhalb der letzten %1 Minuten; melden Sie sich erneut an (POST /api/v1/auth/login) oder geben Sie Ihr Passwort als „%2“ im Body erneut ein</translation>
    </message>
    <message>
        <source>the password in &quot;%1&quot; is wrong; re-enter your current password, or log in again</source>
        <translation>das Passwort in „%1“ ist falsch; geben Sie Ihr aktuelles Passwort erneut ein oder melden Sie sich erneut an</translation>
    </message>
</context>
<context>
    <name>fm::core::SiteContext</name>
    <message>
        <source>the project&apos;s DocTypes have errors; run `m check` to see them all</source>
        <translation>die DocTypes des Projekts enthalten Fehler; führen Sie `m check` aus, um alle zu sehen</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; has C++ controllers but its plugin %1_controllers was not found in %2; build the app, or its hooks will not run</source>
        <translation>die App „%1“ hat C++-Controller, aber ihr Plugin %1_controllers wurde in %2 nicht gefunden; bauen Sie die App, sonst laufen ihre Hooks nicht</translation>
    </message>
</context>
<context>
    <name>fm::core::SiteCopy</name>
    <message>
        <source>the table %1 cannot be copied: its required column %2 links to %3, which is copied after it; make the Link optional</source>
        <translation>die Tabelle %1 kann nicht kopiert werden: ihre Pflichtspalte %2 verweist auf %3, die erst danach kopiert wird; machen Sie den Link optional</translation>
    </message>
    <message>
        <source>copying %1 &quot;%2&quot;</source>
        <translation>beim Kopieren von %1 „%2“</translation>
    </message>
    <message>
        <source>the copy is incomplete: %1 &quot;%2&quot; is missing in the target; nothing was copied</source>
        <translation>die Kopie ist unvollständig: %1 „%2“ fehlt im Ziel; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>the copy differs from the source: %1 &quot;%2&quot;, field %3 is %4 in the source but %5 in the target; nothing was copied</source>
        <translation>die Kopie weicht von der Quelle ab: %1 „%2“, Feld %3 ist %4 in der Quelle, aber %5 im Ziel; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>  %1: %2 row(s), %3 compared</source>
        <translation>  %1: %2 Zeile(n), %3 verglichen</translation>
    </message>
    <message>
        <source> (replaced %1)</source>
        <translation> (%1 ersetzt)</translation>
    </message>
    <message>
        <source>%1 row(s) in %2 DocType(s) copied; row counts equal, %3 row(s) compared field by field.
</source>
        <translation>%1 Zeile(n) in %2 DocType(s) kopiert; Zeilenzahlen gleich, %3 Zeile(n) Feld für Feld verglichen.
</translation>
    </message>
    <message>
        <source>reading the site&apos;s schema</source>
        <translation>beim Lesen des Schemas der Site</translation>
    </message>
    <message>
        <source>the site&apos;s database is behind its DocTypes (%1 pending step(s)); run `m migrate` for the site, then copy</source>
        <translation>die Datenbank der Site ist hinter ihren DocTypes zurück (%1 ausstehende(r) Schritt(e)); führen Sie `m migrate` für die Site aus und kopieren Sie dann</translation>
    </message>
    <message>
        <source>reading the target&apos;s schema</source>
        <translation>beim Lesen des Schemas des Ziels</translation>
    </message>
    <message>
        <source>the target database already holds documents: %1; copy into an empty database, or pass --replace to delete them first</source>
        <translation>die Zieldatenbank enthält bereits Dokumente: %1; kopieren Sie in eine leere Datenbank oder übergeben Sie --replace, um sie zuerst zu löschen</translation>
    </message>
    <message>
        <source>migrating the target</source>
        <translation>beim Migrieren des Ziels</translation>
    </message>
    <message>
        <source>the copy is incomplete: %1 has %2 row(s) in the source but %3 in the target; nothing was copied</source>
        <translation>die Kopie ist unvollständig: %1 hat %2 Zeile(n) in der Quelle, aber %3 im Ziel; nichts wurde kopiert</translation>
    </message>
</context>
<context>
    <name>fm::core::Sql</name>
    <message>
        <source>another record already has this value</source>
        <translation>ein anderer Datensatz hat diesen Wert bereits</translation>
    </message>
    <message>
        <source>a unique value</source>
        <translation>ein eindeutiger Wert</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>der Wert von %1</translation>
    </message>
    <message>
        <source>another record already has %1; choose a different value (%2)</source>
        <translation>ein anderer Datensatz hat bereits %1; wählen Sie einen anderen Wert (%2)</translation>
    </message>
    <message>
        <source>a linked record does not exist, or the record is still linked from another one; check the Link values (%1)</source>
        <translation>ein verknüpfter Datensatz existiert nicht, oder der Datensatz wird noch von einem anderen verknüpft; prüfen Sie die Link-Werte (%1)</translation>
    </message>
    <message>
        <source>the database is locked by another writer and stayed locked past the busy timeout; retry the operation, or raise busy_timeout if this happens often (%1)</source>
        <translation>die Datenbank ist von einem anderen Schreiber gesperrt und blieb über das Busy-Timeout hinaus gesperrt; wiederholen Sie den Vorgang oder erhöhen Sie busy_timeout, wenn das öfter vorkommt (%1)</translation>
    </message>
    <message>
        <source>the statement ran past the statement timeout and was cancelled; retry it, or raise statement_timeout_ms in the site&apos;s database settings (%1)</source>
        <translation>die Anweisung lief über das Statement-Timeout hinaus und wurde abgebrochen; wiederholen Sie sie oder erhöhen Sie statement_timeout_ms in den Datenbankeinstellungen der Site (%1)</translation>
    </message>
    <message>
        <source>the database refused the statement: %1</source>
        <translation>die Datenbank hat die Anweisung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>fm::core::TableCache</name>
    <message>
        <source>DocType &quot;%1&quot; does not exist</source>
        <translation>DocType „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>fm::core::Tokens</name>
    <message>
        <source>the token is empty; give a token</source>
        <translation>das Token ist leer; geben Sie ein Token an</translation>
    </message>
    <message>
        <source>the token key has %1 bytes; use %2 to %3 bytes</source>
        <translation>der Token-Schlüssel hat %1 Bytes; verwenden Sie %2 bis %3 Bytes</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>hashing the token failed</source>
        <translation>das Hashen des Tokens ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fm::core::Transaction</name>
    <message>
        <source>cannot begin a transaction on a closed connection; take the connection from ConnectionPool::connection()</source>
        <translation>auf einer geschlossenen Verbindung kann keine Transaktion beginnen; holen Sie die Verbindung von ConnectionPool::connection()</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>beim Beginnen einer Transaktion</translation>
    </message>
    <message>
        <source>commit on a transaction that already ended; begin a new one</source>
        <translation>Commit einer Transaktion, die bereits beendet ist; beginnen Sie eine neue</translation>
    </message>
    <message>
        <source>the enclosing transaction ended before this nested one; end nested transactions first</source>
        <translation>die umgebende Transaktion endete vor dieser verschachtelten; beenden Sie zuerst die verschachtelten Transaktionen</translation>
    </message>
    <message>
        <source>committing a nested transaction</source>
        <translation>beim Commit einer verschachtelten Transaktion</translation>
    </message>
    <message>
        <source>committing the transaction</source>
        <translation>beim Commit der Transaktion</translation>
    </message>
</context>
<context>
    <name>fm::core::UserAccounts</name>
    <message>
        <source>there is no catalogue for the language &quot;%1&quot;; choose one of %2, or an empty language to follow the browser&apos;s Accept-Language</source>
        <translation>für die Sprache &quot;%1&quot; gibt es keinen Katalog; wählen Sie eine von %2 oder eine leere Sprache, um dem Accept-Language des Browsers zu folgen</translation>
    </message>
    <message>
        <source>the username is empty; give one</source>
        <translation>der Benutzername ist leer; geben Sie einen an</translation>
    </message>
    <message>
        <source>the password for %1 is empty; give a password, or none to have one generated</source>
        <translation>das Passwort für %1 ist leer; geben Sie ein Passwort an oder keines, damit eines erzeugt wird</translation>
    </message>
    <message>
        <source>user %1 already exists; choose another name, or change that user with `m doc update User`</source>
        <translation>Benutzer %1 existiert bereits; wählen Sie einen anderen Namen oder ändern Sie diesen Benutzer mit `m doc update User`</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; does not exist; create it first (`m doc insert Role --data &apos;{&quot;role_name&quot;: &quot;%1&quot;}&apos;`)</source>
        <translation>Rolle „%1“ existiert nicht; legen Sie sie zuerst an (`m doc insert Role --data &apos;{&quot;role_name&quot;: &quot;%1&quot;}&apos;`)</translation>
    </message>
</context>
<context>
    <name>fm::core::VersionHistory</name>
    <message>
        <source>a page of versions holds 1 to %1 entries from an offset of 0 or more; you asked for %2 from %3</source>
        <translation>eine Seite mit Versionen enthält 1 bis %1 Einträge ab einem Offset von 0 oder mehr; angefragt wurden %2 ab %3</translation>
    </message>
</context>
<context>
    <name>fm::core::Webhook</name>
    <message>
        <source>Webhook: %1</source>
        <translation>Webhook: %1</translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; is not an http:// or https:// URL with a host; other schemes (file, ftp, ...) are refused</source>
        <translation>die URL „%1“ ist keine http://- oder https://-URL mit Host; andere Schemata (file, ftp, ...) werden abgelehnt</translation>
    </message>
    <message>
        <source>the URL must not carry a user name or password; send credentials in Headers (e.g. Authorization)</source>
        <translation>die URL darf keinen Benutzernamen und kein Passwort enthalten; senden Sie Zugangsdaten in Headers (z. B. Authorization)</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;; use insert, update, delete, submit, cancel or amend, separated by commas (empty: every type)</source>
        <translation>unbekannter Ereignistyp „%1“; verwenden Sie insert, update, delete, submit, cancel oder amend, durch Kommas getrennt (leer: jeder Typ)</translation>
    </message>
    <message>
        <source>Headers must be a JSON object of strings, e.g. {&quot;Authorization&quot;: &quot;Bearer ...&quot;}</source>
        <translation>Headers muss ein JSON-Objekt aus Zeichenketten sein, z. B. {&quot;Authorization&quot;: &quot;Bearer ...&quot;}</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; must be a plain name with a one-line string value</source>
        <translation>Header „%1“ muss ein einfacher Name mit einem einzeiligen Zeichenkettenwert sein</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; is set by the delivery itself and cannot be replaced; remove it from Headers</source>
        <translation>Header „%1“ setzt die Zustellung selbst und kann nicht ersetzt werden; entfernen Sie ihn aus Headers</translation>
    </message>
    <message>
        <source>name the DocType whose events are sent</source>
        <translation>nennen Sie den DocType, dessen Ereignisse gesendet werden</translation>
    </message>
    <message>
        <source>a webhook cannot watch %1 (its own deliveries would trigger it again); choose a business DocType</source>
        <translation>ein Webhook kann %1 nicht beobachten (seine eigenen Zustellungen würden ihn erneut auslösen); wählen Sie einen fachlichen DocType</translation>
    </message>
    <message>
        <source>Filters use the list API&apos;s syntax ([[&quot;field&quot;, &quot;op&quot;, value]] or {&quot;field&quot;: value}): %1</source>
        <translation>Filters verwendet die Syntax der Listen-API ([[&quot;field&quot;, &quot;op&quot;, value]] oder {&quot;field&quot;: value}): %1</translation>
    </message>
    <message>
        <source>the method must be POST, PUT or PATCH</source>
        <translation>die Methode muss POST, PUT oder PATCH sein</translation>
    </message>
    <message>
        <source>the timeout must be between 1 and 300 seconds</source>
        <translation>das Zeitlimit muss zwischen 1 und 300 Sekunden liegen</translation>
    </message>
</context>
<context>
    <name>fm::core::WebhookDelivery</name>
    <message>
        <source>DocType &quot;%1&quot; does not exist; name a DocType of this site</source>
        <translation>DocType „%1“ existiert nicht; nennen Sie einen DocType dieser Site</translation>
    </message>
    <message>
        <source>Webhook: %1</source>
        <translation>Webhook: %1</translation>
    </message>
</context>
<context>
    <name>fm::core::WebhookDispatcher</name>
    <message>
        <source>its filters cannot be evaluated: %1</source>
        <translation>seine Filter können nicht ausgewertet werden: %1</translation>
    </message>
</context>
<context>
    <name>fm::server::api::Auth</name>
    <message>
        <source>&quot;%1&quot; cannot be changed here: PATCH /api/v1/auth/me takes only &quot;language&quot;; the rest of a User is changed by a System Manager</source>
        <translation>&quot;%1&quot; kann hier nicht geändert werden: PATCH /api/v1/auth/me nimmt nur &quot;language&quot;; den Rest eines Benutzers ändert ein System Manager</translation>
    </message>
</context>
<context>
    <name>fm::server::http::Response</name>
    <message>
        <source>Internal server error. The server log has the details under request id %1.</source>
        <translation>Interner Serverfehler. Das Server-Log enthält die Einzelheiten unter der Anfrage-ID %1.</translation>
    </message>
</context>
<context>
    <name>fm::server::http::Server</name>
    <message>
        <source>The request body has %1 bytes; this server takes at most %2. Send less per request (split a bulk import) or raise &quot;max_body_bytes&quot; in site.json.</source>
        <translation>Der Anfragerumpf hat %1 Bytes; dieser Server nimmt höchstens %2 an. Senden Sie weniger pro Anfrage (teilen Sie einen Massenimport auf) oder erhöhen Sie „max_body_bytes“ in site.json.</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3.</source>
        <translation>%1 ist auf %2 nicht erlaubt; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>No route for %1 %2: check the method and the path (/api/docs lists every route).</source>
        <translation>Keine Route für %1 %2: prüfen Sie die Methode und den Pfad (/api/docs listet alle Routen auf).</translation>
    </message>
    <message>
        <source>the server is stopping; reconnect</source>
        <translation>der Server wird beendet; verbinden Sie sich neu</translation>
    </message>
</context>
<context>
    <name>fm::server::http::WebSocketConnection</name>
    <message>
        <source>too many messages before the connection was accepted</source>
        <translation>zu viele Nachrichten, bevor die Verbindung angenommen wurde</translation>
    </message>
    <message>
        <source>binary messages are not accepted; send JSON text</source>
        <translation>Binärnachrichten werden nicht angenommen; senden Sie JSON-Text</translation>
    </message>
    <message>
        <source>no answer to pings for %1 s</source>
        <translation>keine Antwort auf Pings seit %1 s</translation>
    </message>
</context>
<context>
    <name>fm::studio::CodeView</name>
    <message>
        <source>Generate controller</source>
        <translation>Controller erzeugen</translation>
    </message>
    <message>
        <source>Write the controller, its test and reference page as `m generate` does; code outside the generated regions is kept</source>
        <translation>Controller, Test und Referenzseite wie `m generate` schreiben; Code außerhalb der erzeugten Bereiche bleibt erhalten</translation>
    </message>
    <message>
        <source>Save or reload %1 first: generating merges into the file on disk</source>
        <translation>Speichern oder laden Sie %1 zuerst neu: das Erzeugen führt in die Datei auf der Festplatte zusammen</translation>
    </message>
    <message>
        <source>Generated: %1 created, %2 updated, %3 unchanged</source>
        <translation>Erzeugt: %1 neu, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DocType of the project&apos;s apps; only those have controllers to generate</source>
        <translation>„%1“ ist kein DocType der Apps des Projekts; nur für diese lassen sich Controller erzeugen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; has errors; fix them (see Problems), then generate: %2</source>
        <translation>DocType „%1“ enthält Fehler; beheben Sie sie (siehe Probleme) und erzeugen Sie dann: %2</translation>
    </message>
</context>
<context>
    <name>fm::studio::CommandPalette</name>
    <message>
        <source>Type a command</source>
        <translation>Befehl eingeben</translation>
    </message>
</context>
<context>
    <name>fm::studio::DocTypeCombo</name>
    <message>
        <source>Type to search DocTypes</source>
        <translation>Tippen, um DocTypes zu suchen</translation>
    </message>
</context>
<context>
    <name>fm::studio::DocTypeEditor</name>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>1 error in %1</source>
        <translation>1 Fehler in %1</translation>
    </message>
    <message>
        <source>%1 errors in %2</source>
        <translation>%1 Fehler in %2</translation>
    </message>
    <message>
        <source>%1; it can be saved only with &quot;Save with errors&quot;. Line %2: %3</source>
        <translation>%1; die Datei kann nur mit „Mit Fehlern speichern“ gespeichert werden. Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>fm::studio::DocTypePage</name>
    <message>
        <source>Rename field</source>
        <translation>Feld umbenennen</translation>
    </message>
    <message>
        <source>New fieldname for &quot;%1&quot;. References in this and other DocTypes follow, and the column keeps its data when the site is migrated.</source>
        <translation>Neuer Feldname für „%1“. Verweise in diesem und anderen DocTypes werden angepasst, und die Spalte behält ihre Daten, wenn die Site migriert wird.</translation>
    </message>
    <message>
        <source>DocType %1 has unsaved changes. Save them before closing?</source>
        <translation>DocType %1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>fm::studio::EditorArea</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Double-click a DocType in the Project dock to open it.
Press %1 to find any command.</source>
        <translation>Doppelklicken Sie auf einen DocType im Projekt-Dock, um ihn zu öffnen.
Drücken Sie %1, um einen beliebigen Befehl zu finden.</translation>
    </message>
</context>
<context>
    <name>fm::studio::EditorPage</name>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before closing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>This editor</source>
        <translation>Dieser Editor</translation>
    </message>
</context>
<context>
    <name>fm::studio::Erd</name>
    <message>
        <source>the diagram shows nothing to export</source>
        <translation>das Diagramm zeigt nichts, das exportiert werden könnte</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 picture</source>
        <translation>nicht genug Speicher für ein Bild mit %1 x %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Entity-relationship diagram</source>
        <translation>Entity-Relationship-Diagramm</translation>
    </message>
    <message>
        <source>Exported by m-studio</source>
        <translation>Exportiert von m-studio</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; is not in the project</source>
        <translation>DocType „%1“ ist nicht im Projekt</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; belongs to the built-in app and cannot be changed; draw the relation from one of the project&apos;s DocTypes</source>
        <translation>DocType „%1“ gehört zur eingebauten App und kann nicht geändert werden; ziehen Sie die Beziehung von einem DocType des Projekts aus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DocType a field can point at</source>
        <translation>„%1“ ist kein DocType, auf den ein Feld verweisen kann</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a child DocType and cannot hold a table of &quot;%2&quot;; draw the relation from its parent DocType</source>
        <translation>„%1“ ist ein untergeordneter DocType und kann keine Tabelle von „%2“ enthalten; ziehen Sie die Beziehung von seinem übergeordneten DocType aus</translation>
    </message>
    <message>
        <source>Add %1 &quot;%2&quot; to %3</source>
        <translation>%1 „%2“ zu %3 hinzufügen</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; has no Link or Table field &quot;%2&quot;</source>
        <translation>DocType „%1“ hat kein Link- oder Table-Feld „%2“</translation>
    </message>
    <message>
        <source>Remove %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ entfernen</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the diagram with &quot;%1&quot; (is the libgvc layout plugin installed?); nodes are placed in a grid</source>
        <translation>Graphviz konnte das Diagramm nicht mit „%1“ anordnen (ist das Layout-Plugin von libgvc installiert?); die Knoten werden in einem Raster platziert</translation>
    </message>
    <message>
        <source>erd.positions line %1 is not &quot;DocType&lt;TAB&gt;x&lt;TAB&gt;y&quot;: fix the line (a merge conflict?) or delete it</source>
        <translation>Zeile %1 von erd.positions hat nicht die Form „DocType&lt;TAB&gt;x&lt;TAB&gt;y“: korrigieren Sie die Zeile (ein Merge-Konflikt?) oder löschen Sie sie</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>fm::studio::FetchFromPicker</name>
    <message>
        <source>Link field to fetch through</source>
        <translation>Link-Feld, über das übernommen wird</translation>
    </message>
    <message>
        <source>Field of the linked DocType</source>
        <translation>Feld des verknüpften DocTypes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(Feld wählen)</translation>
    </message>
</context>
<context>
    <name>fm::studio::FieldListModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>in list</source>
        <translation>in Liste</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Fieldname</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Add field %1</source>
        <translation>Feld %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move field %1</source>
        <translation>Feld %1 verschieben</translation>
    </message>
    <message>
        <source>Remove field %1</source>
        <translation>Feld %1 entfernen</translation>
    </message>
</context>
<context>
    <name>fm::studio::FieldTypePalette</name>
    <message>
        <source>Field types</source>
        <translation>Feldtypen</translation>
    </message>
</context>
<context>
    <name>fm::studio::FieldTypePaletteModel</name>
    <message>
        <source>%1: drag into the field list, or double-click to append</source>
        <translation>%1: in die Feldliste ziehen oder zum Anhängen doppelklicken</translation>
    </message>
    <message>
        <source>%1 (from app %2, based on %3): drag into the field list</source>
        <translation>%1 (aus App %2, basiert auf %3): in die Feldliste ziehen</translation>
    </message>
</context>
<context>
    <name>fm::studio::FieldsPage</name>
    <message>
        <source>Fields of %1</source>
        <translation>Felder von %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected field and the references to it</source>
        <translation>Das ausgewählte Feld und die Verweise darauf entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Drag a type from the palette into the list, or double-click it to append a field.</source>
        <translation>Ziehen Sie einen Typ aus der Palette in die Liste oder doppelklicken Sie darauf, um ein Feld anzuhängen.</translation>
    </message>
</context>
<context>
    <name>fm::studio::FormPreview</name>
    <message>
        <source>What the Desk form will look like (read-only)</source>
        <translation>So wird das Desk-Formular aussehen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Collapsible: the form can fold this section away</source>
        <translation>Einklappbar: das Formular kann diesen Abschnitt einklappen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(rows of %1)</source>
        <translation>(Zeilen von %1)</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>ein Datensatz</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen …</translation>
    </message>
    <message>
        <source>e.g. 1h 30m</source>
        <translation>z. B. 1h 30m</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
</context>
<context>
    <name>fm::studio::IndexesModel</name>
    <message>
        <source>(derived)</source>
        <translation>(abgeleitet)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change index on %1</source>
        <translation>Index auf %1 ändern</translation>
    </message>
    <message>
        <source>Add index on %1</source>
        <translation>Index auf %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove index %1</source>
        <translation>Index %1 entfernen</translation>
    </message>
</context>
<context>
    <name>fm::studio::IndexesPanel</name>
    <message>
        <source>Double-click the columns to edit them, separated by commas</source>
        <translation>Doppelklicken Sie auf die Spalten, um sie zu bearbeiten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Add index</source>
        <translation>Index hinzufügen</translation>
    </message>
    <message>
        <source>Remove index</source>
        <translation>Index entfernen</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Auf:</translation>
    </message>
</context>
<context>
    <name>fm::studio::JsonEditor</name>
    <message>
        <source>Go to the problem</source>
        <translation>Zum Problem gehen</translation>
    </message>
    <message>
        <source>The name must stay &quot;%1&quot;: a DocType is renamed with DocType &gt; Rename, which also renames its table and updates the DocTypes that refer to it</source>
        <translation>Der Name muss „%1“ bleiben: ein DocType wird mit DocType &gt; Umbenennen umbenannt, das auch seine Tabelle umbenennt und die DocTypes aktualisiert, die auf ihn verweisen</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>fm::studio::Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The Studio speaks the new language from its next start.</source>
        <translation>Das Studio verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>fm::studio::LayoutCommands</name>
    <message>
        <source>DocType &quot;%1&quot; is no longer in the project</source>
        <translation>DocType „%1“ ist nicht mehr im Projekt</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; belongs to the built-in app and cannot be changed</source>
        <translation>DocType „%1“ gehört zur eingebauten App und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Remove section &quot;%1&quot;</source>
        <translation>Abschnitt „%1“ entfernen</translation>
    </message>
    <message>
        <source>Rename section &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Abschnitt „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Make section &quot;%1&quot; collapsible</source>
        <translation>Abschnitt „%1“ einklappbar machen</translation>
    </message>
    <message>
        <source>Make section &quot;%1&quot; always open</source>
        <translation>Abschnitt „%1“ immer geöffnet lassen</translation>
    </message>
    <message>
        <source>Move section &quot;%1&quot;</source>
        <translation>Abschnitt „%1“ verschieben</translation>
    </message>
    <message>
        <source>Add a column to section &quot;%1&quot;</source>
        <translation>Spalte zu Abschnitt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove column %1 of section &quot;%2&quot;</source>
        <translation>Spalte %1 von Abschnitt „%2“ entfernen</translation>
    </message>
    <message>
        <source>Move column %1 of section &quot;%2&quot;</source>
        <translation>Spalte %1 von Abschnitt „%2“ verschieben</translation>
    </message>
    <message>
        <source>Move field &quot;%1&quot;</source>
        <translation>Feld „%1“ verschieben</translation>
    </message>
    <message>
        <source>Place field &quot;%1&quot;</source>
        <translation>Feld „%1“ platzieren</translation>
    </message>
    <message>
        <source>Move field &quot;%1&quot; to the tray</source>
        <translation>Feld „%1“ in die Ablage verschieben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field type of this project</source>
        <translation>„%1“ ist kein Feldtyp dieses Projekts</translation>
    </message>
    <message>
        <source>Add %1 field &quot;%2&quot;</source>
        <translation>%1-Feld „%2“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>fm::studio::LayoutEditor</name>
    <message>
        <source>Sections and columns</source>
        <translation>Abschnitte und Spalten</translation>
    </message>
    <message>
        <source>Fields not on the form yet: drag them into a column, or drag a field here to take it off the form</source>
        <translation>Felder, die noch nicht im Formular sind: ziehen Sie sie in eine Spalte, oder ziehen Sie ein Feld hierher, um es aus dem Formular zu nehmen</translation>
    </message>
    <message>
        <source>Form preview</source>
        <translation>Formularvorschau</translation>
    </message>
    <message>
        <source>Not on the form: none</source>
        <translation>Nicht im Formular: keine</translation>
    </message>
    <message numerus="yes">
        <source>Not on the form (%n)</source>
        <translation>
            <numerusform>Nicht im Formular (%n)</numerusform>
            <numerusform>Nicht im Formular (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::studio::LayoutGrid</name>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Abschnitt ohne Titel</translation>
    </message>
    <message>
        <source>The section&apos;s heading on the form; empty for none</source>
        <translation>Die Überschrift des Abschnitts im Formular; leer für keine</translation>
    </message>
    <message>
        <source>Collapsible</source>
        <translation>Einklappbar</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>Abschnitt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>Abschnitt nach unten verschieben</translation>
    </message>
    <message>
        <source>+ Column</source>
        <translation>+ Spalte</translation>
    </message>
    <message>
        <source>Add a column at the right</source>
        <translation>Rechts eine Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Remove the section; its fields go to the tray</source>
        <translation>Abschnitt entfernen; seine Felder kommen in die Ablage</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Move the column left</source>
        <translation>Spalte nach links verschieben</translation>
    </message>
    <message>
        <source>Move the column right</source>
        <translation>Spalte nach rechts verschieben</translation>
    </message>
    <message>
        <source>Remove the column; its fields go to the tray</source>
        <translation>Spalte entfernen; ihre Felder kommen in die Ablage</translation>
    </message>
</context>
<context>
    <name>fm::studio::LayoutModel</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fm::studio::Main</name>
    <message>
        <source>Framework M Studio %1: design DocTypes visually, see their problems as you type, and save clean files.</source>
        <translation>Framework M Studio %1: DocTypes visuell entwerfen, ihre Probleme schon beim Tippen sehen und saubere Dateien speichern.</translation>
    </message>
    <message>
        <source>The project folder to open (holding m.json).</source>
        <translation>Der zu öffnende Projektordner (mit m.json).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Run `m-studio --help` for the options.</source>
        <translation>Führen Sie `m-studio --help` aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>expected one project folder, got %1</source>
        <translation>ein Projektordner erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>fm::studio::MainWindow</name>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program while you have unsaved edits.

Reload it (your edits are lost), or keep your edits (saving them overwrites the other change)?</source>
        <translation>%1 wurde von einem anderen Programm geändert, während Sie ungespeicherte Änderungen haben.

Neu laden (Ihre Änderungen gehen verloren) oder Ihre Änderungen behalten (Speichern überschreibt die andere Änderung)?</translation>
    </message>
    <message>
        <source>Reload failed</source>
        <translation>Neu laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was deleted by another program</source>
        <translation>%1 wurde von einem anderen Programm gelöscht</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Datei gelöscht</translation>
    </message>
    <message>
        <source>%1 was deleted by another program.

Keep the DocType open (saving it writes the file again), or close its editor?</source>
        <translation>%1 wurde von einem anderen Programm gelöscht.

Den DocType geöffnet lassen (Speichern schreibt die Datei erneut) oder seinen Editor schließen?</translation>
    </message>
    <message>
        <source>ERD</source>
        <translation>ERD</translation>
    </message>
    <message>
        <source>&amp;ERD</source>
        <translation>&amp;ERD</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No workspaces cloned yet</source>
        <translation>Noch keine Arbeitsbereiche geklont</translation>
    </message>
    <message>
        <source>The project is checked out at commit %1 to look at it (read-only): switch to a branch in the Git dock to save.</source>
        <translation>Das Projekt ist zum Ansehen bei Commit %1 ausgecheckt (schreibgeschützt): wechseln Sie im Git-Dock zu einem Branch, um zu speichern.</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>&amp;Git</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>Refresh Git Status</source>
        <translation>Git-Status aktualisieren</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Commit …</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Clone &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich klonen …</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Clone Workspace…</source>
        <translation>Arbeitsbereich klonen …</translation>
    </message>
    <message>
        <source>Git History</source>
        <translation>Git-Verlauf</translation>
    </message>
    <message>
        <source>Check Out Read-Only</source>
        <translation>Schreibgeschützt auschecken</translation>
    </message>
    <message>
        <source>Check out commit %1 to look at the project as it was? Saving is refused until you switch to a branch again (Git dock, branch menu).</source>
        <translation>Commit %1 auschecken, um das Projekt so anzusehen, wie es damals war? Speichern wird abgelehnt, bis Sie wieder zu einem Branch wechseln (Git-Dock, Branch-Menü).</translation>
    </message>
    <message>
        <source>Desk Preview</source>
        <translation>Desk-Vorschau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>Vorheriges Problem</translation>
    </message>
    <message>
        <source>New DocType</source>
        <translation>Neuer DocType</translation>
    </message>
    <message>
        <source>Name of the new DocType in app %1:</source>
        <translation>Name des neuen DocTypes in App %1:</translation>
    </message>
    <message>
        <source>Name of the new DocType in module %1 of app %2:</source>
        <translation>Name des neuen DocTypes in Modul %1 der App %2:</translation>
    </message>
    <message>
        <source>New App</source>
        <translation>Neue App</translation>
    </message>
    <message>
        <source>Name of the new app (lower case letters, digits and &apos;_&apos;):</source>
        <translation>Name der neuen App (Kleinbuchstaben, Ziffern und &apos;_&apos;):</translation>
    </message>
    <message>
        <source>Rename DocType</source>
        <translation>DocType umbenennen</translation>
    </message>
    <message>
        <source>New name for %1 (its table and the references to it follow):</source>
        <translation>Neuer Name für %1 (seine Tabelle und die Verweise darauf werden angepasst):</translation>
    </message>
    <message>
        <source>Delete DocType</source>
        <translation>DocType löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its folder (the JSON file, controller and tests) is removed from disk; its table stays in the database until you migrate, and DocTypes that link to it will show problems.</source>
        <translation>%1 löschen? Sein Ordner (die JSON-Datei, Controller und Tests) wird von der Festplatte entfernt; seine Tabelle bleibt in der Datenbank, bis Sie migrieren, und DocTypes, die auf ihn verweisen, zeigen Probleme.</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Das ist nicht möglich</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;New DocType…</source>
        <translation>&amp;Neuer DocType …</translation>
    </message>
    <message>
        <source>New &amp;App…</source>
        <translation>Neue &amp;App …</translation>
    </message>
    <message>
        <source>&amp;Rename DocType…</source>
        <translation>DocType &amp;umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete DocType…</source>
        <translation>DocType &amp;löschen …</translation>
    </message>
    <message>
        <source>Reveal in &amp;File Manager</source>
        <translation>Im &amp;Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Filter DocTypes</source>
        <translation>DocTypes filtern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>DocType</source>
        <translation>DocType</translation>
    </message>
    <message>
        <source>Show &amp;Migration Plan</source>
        <translation>&amp;Migrationsplan anzeigen</translation>
    </message>
    <message>
        <source>Migrate &amp;Site</source>
        <translation>&amp;Site migrieren</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message>
        <source>server starting…</source>
        <translation>Server startet …</translation>
    </message>
    <message>
        <source>server running :%1</source>
        <translation>Server läuft :%1</translation>
    </message>
    <message>
        <source>server failed</source>
        <translation>Server fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>Server s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Restart Server</source>
        <translation>Server neu sta&amp;rten</translation>
    </message>
    <message>
        <source>Restart After &amp;Save</source>
        <translation>Nach dem Speichern neu s&amp;tarten</translation>
    </message>
    <message>
        <source>When a DocType is saved while the server runs, apply the safe migrations and restart it</source>
        <translation>Wenn ein DocType gespeichert wird, während der Server läuft, die sicheren Migrationen anwenden und ihn neu starten</translation>
    </message>
    <message>
        <source>Server Log</source>
        <translation>Server-Log</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened as a Framework M project.</source>
        <translation>„%1“ kann nicht als Framework-M-Projekt geöffnet werden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>These DocTypes have unsaved changes: %1. Save them?</source>
        <translation>Diese DocTypes haben ungespeicherte Änderungen: %1. Speichern?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Framework M Studio</source>
        <translation>Framework M Studio</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;DocType</source>
        <translation>Doc&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>A&amp;lle speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>Close &amp;Project</source>
        <translation>&amp;Projekt schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;About Framework M Studio</source>
        <translation>Ü&amp;ber Framework M Studio</translation>
    </message>
    <message>
        <source>About Framework M Studio</source>
        <translation>Über Framework M Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Framework M Studio %1&lt;/h3&gt;&lt;p&gt;Design DocTypes visually: fields, layout, permissions and the database changes they make.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Framework M Studio %1&lt;/h3&gt;&lt;p&gt;DocTypes visuell entwerfen: Felder, Layout, Berechtigungen und die Datenbankänderungen, die sie bewirken.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Select a DocType or a field to see its properties.</source>
        <translation>Wählen Sie einen DocType oder ein Feld, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&lt;no changes&gt;</source>
        <translation>&lt;keine Änderungen&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>Zuletzt verwendete Projekte &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Recent &amp;Projects</source>
        <translation>&amp;Zuletzt verwendete Projekte</translation>
    </message>
</context>
<context>
    <name>fm::studio::MigrationPlanDialog</name>
    <message>
        <source>Migration Plan</source>
        <translation>Migrationsplan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Migrate Site</source>
        <translation>Site &amp;migrieren</translation>
    </message>
    <message>
        <source>Apply the plan of the files as saved to the default site: safe steps; warning steps after a confirmation; dangerous steps never (run them with `m migrate` by hand).</source>
        <translation>Den Plan der gespeicherten Dateien auf die Standard-Site anwenden: sichere Schritte; Schritte mit Warnung nach Bestätigung; gefährliche Schritte nie (führen Sie diese von Hand mit `m migrate` aus).</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planen …</translation>
    </message>
    <message>
        <source>Apply warning steps?</source>
        <translation>Schritte mit Warnung anwenden?</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n warning step(s) (see why in the plan). Apply them too? Safe steps are applied either way; dangerous ones never.</source>
        <translation>
            <numerusform>Der Plan hat %n Schritt mit Warnung (der Plan nennt den Grund). Auch diesen anwenden? Sichere Schritte werden in jedem Fall angewendet, gefährliche nie.</numerusform>
            <numerusform>Der Plan hat %n Schritte mit Warnung (der Plan nennt die Gründe). Auch diese anwenden? Sichere Schritte werden in jedem Fall angewendet, gefährliche nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrating…</source>
        <translation>Migrieren …</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>Site migrated: %1 step(s) applied, %2 left.</source>
        <translation>Site migriert: %1 Schritt(e) angewendet, %2 übrig.</translation>
    </message>
    <message>
        <source>Migration failed: %1</source>
        <translation>Migration fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fm::studio::MigrationPlanModel</name>
    <message>
        <source>Safe</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Dangerous</source>
        <translation>Gefährlich</translation>
    </message>
    <message>
        <source>%1 — by hand: %2</source>
        <translation>%1 — von Hand: %2</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Why / manual path</source>
        <translation>Grund / Weg von Hand</translation>
    </message>
</context>
<context>
    <name>fm::studio::MigrationPlanView</name>
    <message>
        <source>The site&apos;s schema matches the DocTypes: nothing to migrate.</source>
        <translation>Das Schema der Site entspricht den DocTypes: nichts zu migrieren.</translation>
    </message>
    <message>
        <source>%1 safe, %2 warning, %3 dangerous step(s).</source>
        <translation>%1 sichere(r), %2 mit Warnung, %3 gefährliche(r) Schritt(e).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Grund:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;By hand:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Von Hand:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fm::studio::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>e.g. helpdesk</source>
        <translation>z. B. helpdesk</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Create &amp;in:</source>
        <translation>Erstellen &amp;in:</translation>
    </message>
    <message>
        <source>Create the Project In</source>
        <translation>Projekt erstellen in</translation>
    </message>
    <message>
        <source>Name the project; it also names its folder.</source>
        <translation>Benennen Sie das Projekt; der Name benennt auch seinen Ordner.</translation>
    </message>
    <message>
        <source>The name becomes a folder name: leave out &apos;/&apos;, &apos;\&apos; and dots on their own.</source>
        <translation>Der Name wird zum Ordnernamen: lassen Sie &apos;/&apos;, &apos;\&apos; und alleinstehende Punkte weg.</translation>
    </message>
    <message>
        <source>Pick an existing folder to create the project in.</source>
        <translation>Wählen Sie einen vorhandenen Ordner, in dem das Projekt erstellt wird.</translation>
    </message>
    <message>
        <source>%1 is a file; pick another name.</source>
        <translation>%1 ist eine Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 already holds a project; open it instead, or pick another name.</source>
        <translation>%1 enthält bereits ein Projekt; öffnen Sie es stattdessen oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation>Erstellt %1</translation>
    </message>
</context>
<context>
    <name>fm::studio::OptionsListEditor</name>
    <message>
        <source>Choices</source>
        <translation>Auswahlwerte</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move the choice up</source>
        <translation>Auswahlwert nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the choice down</source>
        <translation>Auswahlwert nach unten verschieben</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Auswahlwert %1</translation>
    </message>
</context>
<context>
    <name>fm::studio::PermissionsModel</name>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Abändern</translation>
    </message>
    <message>
        <source>Only for documents the user created</source>
        <translation>Nur für Dokumente, die der Benutzer erstellt hat</translation>
    </message>
    <message>
        <source>Only for submittable DocTypes (Settings)</source>
        <translation>Nur für buchbare DocTypes (Einstellungen)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>If owner</source>
        <translation>Wenn Eigentümer</translation>
    </message>
    <message>
        <source>Allow %1 to %2</source>
        <translation>%2 für %1 erlauben</translation>
    </message>
    <message>
        <source>Withdraw %1 from %2</source>
        <translation>%1 für %2 entziehen</translation>
    </message>
    <message>
        <source>Set if owner of %1&apos;s rule</source>
        <translation>„Wenn Eigentümer“ der Regel von %1 setzen</translation>
    </message>
    <message>
        <source>Set role of %1&apos;s rule to %2</source>
        <translation>Rolle der Regel von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set level of %1&apos;s rule to %2</source>
        <translation>Stufe der Regel von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Add permission rule for %1</source>
        <translation>Berechtigungsregel für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove permission rule for %1</source>
        <translation>Berechtigungsregel für %1 entfernen</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>fm::studio::PermissionsPanel</name>
    <message>
        <source>Permission rules of %1</source>
        <translation>Berechtigungsregeln von %1</translation>
    </message>
    <message>
        <source>Role, or a new role&apos;s name</source>
        <translation>Rolle oder Name einer neuen Rolle</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Each rule grants the checked actions to a role, for the fields of its level. &quot;If owner&quot; limits it to the documents the user created.</source>
        <translation>Jede Regel gewährt einer Rolle die angehakten Aktionen für die Felder ihrer Stufe. „Wenn Eigentümer“ beschränkt sie auf die Dokumente, die der Benutzer erstellt hat.</translation>
    </message>
</context>
<context>
    <name>fm::studio::PlanComputer</name>
    <message>
        <source>Planning the migration of the site…</source>
        <translation>Die Migration der Site wird geplant …</translation>
    </message>
    <message>
        <source>Migrating the site…</source>
        <translation>Die Site wird migriert …</translation>
    </message>
</context>
<context>
    <name>fm::studio::ProblemIndex</name>
    <message>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>fm::studio::ProblemsModel</name>
    <message>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>fm::studio::ProjectOperations</name>
    <message>
        <source>This Studio cannot do that yet: no handler for the operation.</source>
        <translation>Dieses Studio kann das noch nicht: für den Vorgang gibt es keine Behandlung.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>%1 belongs to the built-in app and cannot be deleted.</source>
        <translation>%1 gehört zur eingebauten App und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 has C++ code (%2); remove its folder by hand, then run `m generate` so the app&apos;s plugin forgets it.</source>
        <translation>%1 hat C++-Code (%2); entfernen Sie seinen Ordner von Hand und führen Sie dann `m generate` aus, damit das Plugin der App ihn vergisst.</translation>
    </message>
    <message>
        <source>Cannot remove %1; check its permissions.</source>
        <translation>%1 kann nicht entfernt werden; prüfen Sie seine Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Cannot undo the rename</source>
        <translation>Umbenennen kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Cannot redo the rename</source>
        <translation>Umbenennen kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1.

The step is taken off the undo stack: rename the DocType again instead, or use Git.</source>
        <translation>%1.

Der Schritt wird aus dem Rückgängig-Verlauf entfernt: benennen Sie den DocType stattdessen erneut um oder verwenden Sie Git.</translation>
    </message>
    <message>
        <source>Rename DocType %1 to %2</source>
        <translation>DocType %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>fm::studio::ProjectTreeModel</name>
    <message>
        <source>(no module)</source>
        <translation>(kein Modul)</translation>
    </message>
    <message>
        <source>App %1
%2</source>
        <translation>App %1
%2</translation>
    </message>
    <message>
        <source>Module %1 of app %2</source>
        <translation>Modul %1 der App %2</translation>
    </message>
    <message>
        <source>DocType %1 (module %2)</source>
        <translation>DocType %1 (Modul %2)</translation>
    </message>
    <message>
        <source>Child DocType: its rows live inside another DocType&apos;s Table field.</source>
        <translation>Untergeordneter DocType: seine Zeilen liegen im Table-Feld eines anderen DocTypes.</translation>
    </message>
    <message>
        <source>Submittable: documents go Draft, Submitted, Cancelled.</source>
        <translation>Buchbar: Dokumente durchlaufen Entwurf, Gebucht, Storniert.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
</context>
<context>
    <name>fm::studio::ProjectTreeView</name>
    <message>
        <source>Filter DocTypes</source>
        <translation>DocTypes filtern</translation>
    </message>
</context>
<context>
    <name>fm::studio::PropertyEditor</name>
    <message>
        <source>Select a field to see its properties.</source>
        <translation>Wählen Sie ein Feld, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
</context>
<context>
    <name>fm::studio::PropertyRows</name>
    <message>
        <source>(choose a Link field to &quot;DocType&quot;)</source>
        <translation>(ein Link-Feld auf „DocType“ wählen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>angehakt</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht angehakt</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Rename the field, its data and the references to it</source>
        <translation>Das Feld, seine Daten und die Verweise darauf umbenennen</translation>
    </message>
</context>
<context>
    <name>fm::studio::RenameCommand</name>
    <message>
        <source>Rename field %1 to %2</source>
        <translation>Feld %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>fm::studio::SaveDialog</name>
    <message>
        <source>Save %1: schema changes</source>
        <translation>%1 speichern: Schemaänderungen</translation>
    </message>
    <message>
        <source>Saving %1 changes what the database of site &quot;%2&quot; must look like. &lt;b&gt;Save and migrate&lt;/b&gt; applies the safe steps now; &lt;b&gt;Save&lt;/b&gt; only writes the files (run &lt;code&gt;m migrate&lt;/code&gt; later).</source>
        <translation>Das Speichern von %1 ändert, wie die Datenbank der Site „%2“ aussehen muss. &lt;b&gt;Speichern und migrieren&lt;/b&gt; wendet die sicheren Schritte jetzt an; &lt;b&gt;Speichern&lt;/b&gt; schreibt nur die Dateien (führen Sie später &lt;code&gt;m migrate&lt;/code&gt; aus).</translation>
    </message>
    <message numerus="yes">
        <source>Also apply the %n warning step(s): I have read why each is risky</source>
        <translation>
            <numerusform>Auch den %n Schritt mit Warnung anwenden: ich habe gelesen, warum er riskant ist</numerusform>
            <numerusform>Auch die %n Schritte mit Warnung anwenden: ich habe gelesen, warum jeder riskant ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangerous step(s) will not be applied: the Studio never drops or narrows data. Each row says how to do it by hand.</source>
        <translation>
            <numerusform>%n gefährlicher Schritt wird nicht angewendet: das Studio löscht oder verengt nie Daten. Die Zeile sagt, wie es von Hand geht.</numerusform>
            <numerusform>%n gefährliche Schritte werden nicht angewendet: das Studio löscht oder verengt nie Daten. Jede Zeile sagt, wie es von Hand geht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and migrate</source>
        <translation>Speichern und migrieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>fm::studio::SaveFlow</name>
    <message>
        <source>Planning the migration of the site…</source>
        <translation>Die Migration der Site wird geplant …</translation>
    </message>
    <message numerus="yes">
        <source>%n DocType(s)</source>
        <translation>
            <numerusform>%n DocType</numerusform>
            <numerusform>%n DocTypes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1; no site to migrate: %2</source>
        <translation>%1 gespeichert; keine Site zum Migrieren: %2</translation>
    </message>
    <message>
        <source>Saved %1 with errors; the site is not migrated</source>
        <translation>%1 mit Fehlern gespeichert; die Site wird nicht migriert</translation>
    </message>
    <message>
        <source>Saved %1; the site&apos;s schema needs no change</source>
        <translation>%1 gespeichert; das Schema der Site braucht keine Änderung</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1; run `m migrate` to apply %n step(s)</source>
        <translation>
            <numerusform>%1 gespeichert; führen Sie `m migrate` aus, um %n Schritt anzuwenden</numerusform>
            <numerusform>%1 gespeichert; führen Sie `m migrate` aus, um %n Schritte anzuwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>Save with errors?</source>
        <translation>Mit Fehlern speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) remain; `m check` fails and the server will not start until they are fixed.</source>
        <translation>
            <numerusform>%n Fehler bleibt; `m check` schlägt fehl, und der Server startet nicht, bis er behoben ist.</numerusform>
            <numerusform>%n Fehler bleiben; `m check` schlägt fehl, und der Server startet nicht, bis sie behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save with errors</source>
        <translation>Mit Fehlern speichern</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Migration failed</source>
        <translation>Migration fehlgeschlagen</translation>
    </message>
    <message>
        <source>The files are saved, but the site was not migrated: %1</source>
        <translation>Die Dateien sind gespeichert, aber die Site wurde nicht migriert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved and migrated: %n step(s) applied</source>
        <translation>
            <numerusform>Gespeichert und migriert: %n Schritt angewendet</numerusform>
            <numerusform>Gespeichert und migriert: %n Schritte angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved and migrated: %1 step(s) applied, %2 left for you (see the Migration plan)</source>
        <translation>Gespeichert und migriert: %1 Schritt(e) angewendet, %2 bleiben für Sie (siehe Migrationsplan)</translation>
    </message>
</context>
<context>
    <name>fm::studio::ServerLogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>fm::studio::ServerLogView</name>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Search the log (path, user, request id, text)</source>
        <translation>Das Log durchsuchen (Pfad, Benutzer, Anfrage-ID, Text)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Das Log durchsuchen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Das Log leeren</translation>
    </message>
</context>
<context>
    <name>fm::studio::ServerPanel</name>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Site to run</source>
        <translation>Auszuführende Site</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>port </source>
        <translation>Port </translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port the server listens on (on 127.0.0.1), from its next start. &quot;auto&quot; picks a free one each time; choose one when something outside the Studio must reach the server at a fixed address.</source>
        <translation>Der Port, auf dem der Server ab seinem nächsten Start lauscht (auf 127.0.0.1). „automatisch“ wählt jedes Mal einen freien; legen Sie einen fest, wenn etwas außerhalb des Studios den Server unter einer festen Adresse erreichen muss.</translation>
    </message>
    <message>
        <source>The site&apos;s database is behind the DocTypes. Apply the safe steps and start, or start without them.</source>
        <translation>Die Datenbank der Site ist nicht auf dem Stand der DocTypes. Die sicheren Schritte anwenden und starten oder ohne sie starten.</translation>
    </message>
    <message>
        <source>Apply and start</source>
        <translation>Anwenden und starten</translation>
    </message>
    <message>
        <source>Start without migrating</source>
        <translation>Ohne Migration starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; created. The Administrator&apos;s password is in the system keychain (service &quot;%2&quot;); the server starts now.</source>
        <translation>Site „%1“ erstellt. Das Passwort des Administrators liegt im Schlüsselbund des Systems (Dienst „%2“); der Server startet jetzt.</translation>
    </message>
    <message>
        <source>(no default site)</source>
        <translation>(keine Standard-Site)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>Läuft auf %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Läuft auf &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Create a site…</source>
        <translation>Eine Site erstellen …</translation>
    </message>
    <message>
        <source>Create site &quot;%1&quot;…</source>
        <translation>Site „%1“ erstellen …</translation>
    </message>
    <message numerus="yes">
        <source>Also apply the %n warning step(s): I have read why each is risky</source>
        <translation>
            <numerusform>Auch den %n Schritt mit Warnung anwenden: ich habe gelesen, warum er riskant ist</numerusform>
            <numerusform>Auch die %n Schritte mit Warnung anwenden: ich habe gelesen, warum jeder riskant ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangerous step(s) will not be applied: the Studio never drops or narrows data. Each row says how to do it by hand.</source>
        <translation>
            <numerusform>%n gefährlicher Schritt wird nicht angewendet: das Studio löscht oder verengt nie Daten. Die Zeile sagt, wie es von Hand geht.</numerusform>
            <numerusform>%n gefährliche Schritte werden nicht angewendet: das Studio löscht oder verengt nie Daten. Jede Zeile sagt, wie es von Hand geht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create site</source>
        <translation>Site erstellen</translation>
    </message>
    <message>
        <source>Create the site &quot;%1&quot; in this project?</source>
        <translation>Die Site „%1“ in diesem Projekt erstellen?</translation>
    </message>
    <message>
        <source>Its SQLite database gets every DocType&apos;s table and a user Administrator whose password is generated and kept in the system keychain (service &quot;%1&quot;), never in a project file.</source>
        <translation>Ihre SQLite-Datenbank erhält die Tabelle jedes DocTypes und einen Benutzer Administrator, dessen Passwort erzeugt und im Schlüsselbund des Systems (Dienst „%1“) aufbewahrt wird, nie in einer Projektdatei.</translation>
    </message>
    <message>
        <source>Creating site &quot;%1&quot;…</source>
        <translation>Site „%1“ wird erstellt …</translation>
    </message>
</context>
<context>
    <name>fm::studio::ServerProcess</name>
    <message numerus="yes">
        <source>The server did not answer on /health within %n second(s); its log has the details. Stop other heavy programs or start again.</source>
        <translation>
            <numerusform>Der Server hat innerhalb von %n Sekunde nicht auf /health geantwortet; sein Log enthält die Einzelheiten. Beenden Sie andere rechenintensive Programme oder starten Sie erneut.</numerusform>
            <numerusform>Der Server hat innerhalb von %n Sekunden nicht auf /health geantwortet; sein Log enthält die Einzelheiten. Beenden Sie andere rechenintensive Programme oder starten Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not stop within %n second(s); killing it.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde angehalten; er wird beendet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden angehalten; er wird beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open; open one, then start the server.</source>
        <translation>Es ist kein Projekt geöffnet; öffnen Sie eines und starten Sie dann den Server.</translation>
    </message>
    <message>
        <source>The server program `m` was not found at %1. It is installed beside m-studio: reinstall Framework M (in a source tree, build the target fm_server).</source>
        <translation>Das Serverprogramm `m` wurde nicht unter %1 gefunden. Es wird neben m-studio installiert: installieren Sie Framework M neu (in einem Quellbaum: bauen Sie das Target fm_server).</translation>
    </message>
    <message>
        <source>The project has no default site. Create a site (the Server dock offers to), then start again.</source>
        <translation>Das Projekt hat keine Standard-Site. Erstellen Sie eine Site (das Server-Dock bietet es an) und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; does not exist (no %2). Create it (the Server dock offers to), or choose another site.</source>
        <translation>Die Site „%1“ existiert nicht (kein %2). Erstellen Sie sie (das Server-Dock bietet es an) oder wählen Sie eine andere Site.</translation>
    </message>
    <message>
        <source>Starting the server for site &quot;%1&quot;: checking its migrations…</source>
        <translation>Der Server für Site „%1“ wird gestartet: ihre Migrationen werden geprüft …</translation>
    </message>
    <message>
        <source>The server cannot start: %1</source>
        <translation>Der Server kann nicht starten: %1</translation>
    </message>
    <message>
        <source>The migrations of site &quot;%1&quot; could not be planned: %2</source>
        <translation>Die Migrationen der Site „%1“ konnten nicht geplant werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The site &quot;%1&quot; has %n pending migration step(s); apply them in the Server dock or with `m migrate`, then start again.</source>
        <translation>
            <numerusform>Die Site „%1“ hat %n ausstehenden Migrationsschritt; wenden Sie ihn im Server-Dock oder mit `m migrate` an und starten Sie dann erneut.</numerusform>
            <numerusform>Die Site „%1“ hat %n ausstehende Migrationsschritte; wenden Sie sie im Server-Dock oder mit `m migrate` an und starten Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site &quot;%1&quot; has %n pending migration step(s): apply them or start without them.</source>
        <translation>
            <numerusform>Die Site „%1“ hat %n ausstehenden Migrationsschritt: wenden Sie ihn an oder starten Sie ohne ihn.</numerusform>
            <numerusform>Die Site „%1“ hat %n ausstehende Migrationsschritte: wenden Sie sie an oder starten Sie ohne sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the safe and warning migration steps…</source>
        <translation>Die sicheren Migrationsschritte und die mit Warnung werden angewendet …</translation>
    </message>
    <message>
        <source>Applying the safe migration steps…</source>
        <translation>Die sicheren Migrationsschritte werden angewendet …</translation>
    </message>
    <message>
        <source>The migration of site &quot;%1&quot; failed, so the server was not started: %2</source>
        <translation>Die Migration der Site „%1“ ist fehlgeschlagen, daher wurde der Server nicht gestartet: %2</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration step(s).</source>
        <translation>
            <numerusform>%n Migrationsschritt angewendet.</numerusform>
            <numerusform>%n Migrationsschritte angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) left pending: warning steps need your confirmation and dangerous ones are never applied from the Studio (see the Migration plan, or `m migrate`).</source>
        <translation>
            <numerusform>%n Schritt steht noch aus: Schritte mit Warnung brauchen Ihre Bestätigung, und gefährliche werden vom Studio nie angewendet (siehe Migrationsplan oder `m migrate`).</numerusform>
            <numerusform>%n Schritte stehen noch aus: Schritte mit Warnung brauchen Ihre Bestätigung, und gefährliche werden vom Studio nie angewendet (siehe Migrationsplan oder `m migrate`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting without the %n pending migration step(s): requests that touch the changed DocTypes may fail.</source>
        <translation>
            <numerusform>Start ohne den %n ausstehenden Migrationsschritt: Anfragen, die die geänderten DocTypes betreffen, können fehlschlagen.</numerusform>
            <numerusform>Start ohne die %n ausstehenden Migrationsschritte: Anfragen, die die geänderten DocTypes betreffen, können fehlschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was not started: the %n pending migration step(s) of site &quot;%1&quot; were not applied. Apply them, start without them, or run `m migrate`.</source>
        <translation>
            <numerusform>Der Server wurde nicht gestartet: der %n ausstehende Migrationsschritt der Site „%1“ wurde nicht angewendet. Wenden Sie ihn an, starten Sie ohne ihn oder führen Sie `m migrate` aus.</numerusform>
            <numerusform>Der Server wurde nicht gestartet: die %n ausstehenden Migrationsschritte der Site „%1“ wurden nicht angewendet. Wenden Sie sie an, starten Sie ohne sie oder führen Sie `m migrate` aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server program %1 could not be started: %2</source>
        <translation>Das Serverprogramm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The server of site &quot;%1&quot; is running at %2 (started in %3 ms).</source>
        <translation>Der Server der Site „%1“ läuft auf %2 (gestartet in %3 ms).</translation>
    </message>
    <message>
        <source>The server stopped.</source>
        <translation>Der Server wurde beendet.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program. Stop that program, or set the port to 0 so the Studio picks a free one.</source>
        <translation>Port %1 wird von einem anderen Programm verwendet. Beenden Sie dieses Programm oder setzen Sie den Port auf 0, damit das Studio einen freien wählt.</translation>
    </message>
    <message>
        <source>(it printed nothing on standard error)</source>
        <translation>(er hat nichts auf die Standardfehlerausgabe geschrieben)</translation>
    </message>
    <message>
        <source>The server stopped unexpectedly (it crashed or was killed). Its last lines:
%1</source>
        <translation>Der Server wurde unerwartet beendet (abgestürzt oder abgebrochen). Seine letzten Zeilen:
%1</translation>
    </message>
    <message>
        <source>The server exited with code %1. Its last lines:
%2</source>
        <translation>Der Server wurde mit Code %1 beendet. Seine letzten Zeilen:
%2</translation>
    </message>
    <message>
        <source>Stopping the server…</source>
        <translation>Der Server wird angehalten …</translation>
    </message>
</context>
<context>
    <name>fm::studio::SettingsPanel</name>
    <message>
        <source>Random (UUID)</source>
        <translation>Zufällig (UUID)</translation>
    </message>
    <message>
        <source>Series (e.g. TKT-00001)</source>
        <translation>Nummernkreis (z. B. TKT-00001)</translation>
    </message>
    <message>
        <source>Value of a field</source>
        <translation>Wert eines Feldes</translation>
    </message>
    <message>
        <source>Typed by the user</source>
        <translation>Vom Benutzer eingegeben</translation>
    </message>
    <message>
        <source>Parts separated by &apos;.&apos;: YYYY, YY, MM, DD, one run of &apos;#&apos; for the counter, text with {fieldname} placeholders</source>
        <translation>Durch &apos;.&apos; getrennte Teile: YYYY, YY, MM, DD, eine Folge von &apos;#&apos; für den Zähler, Text mit Platzhaltern {fieldname}</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <source>DocType</source>
        <translation>DocType</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Child table: its records are rows of another DocType</source>
        <translation>Untertabelle: ihre Datensätze sind Zeilen eines anderen DocTypes</translation>
    </message>
    <message>
        <source>Submittable: draft, submitted, cancelled</source>
        <translation>Buchbar: Entwurf, gebucht, storniert</translation>
    </message>
    <message>
        <source>Single: one record only (settings)</source>
        <translation>Einzeln: nur ein Datensatz (Einstellungen)</translation>
    </message>
    <message>
        <source>Track changes: keep a version history</source>
        <translation>Änderungen verfolgen: einen Versionsverlauf führen</translation>
    </message>
    <message>
        <source>REST API resource</source>
        <translation>REST-API-Ressource</translation>
    </message>
    <message>
        <source>Naming</source>
        <translation>Benennung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Next names</source>
        <translation>Nächste Namen</translation>
    </message>
    <message>
        <source>Title, search and sort</source>
        <translation>Titel, Suche und Sortierung</translation>
    </message>
    <message>
        <source>Title field</source>
        <translation>Titelfeld</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Suchfelder</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(Feld wählen)</translation>
    </message>
    <message>
        <source>No names: %1</source>
        <translation>Keine Namen: %1</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in each new document</source>
        <translation>Der Wert von „%1“ in jedem neuen Dokument</translation>
    </message>
    <message>
        <source>Typed by the user for each new document</source>
        <translation>Vom Benutzer für jedes neue Dokument eingegeben</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
</context>
<context>
    <name>fm::studio::SiteCreator</name>
    <message>
        <source>&quot;%1&quot; is not a valid site name: use lower case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>„%1“ ist kein gültiger Site-Name: verwenden Sie Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; was not created: %2</source>
        <translation>Die Site „%1“ wurde nicht erstellt: %2</translation>
    </message>
</context>
<context>
    <name>fm::studio::SourceFileView</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>%1 does not exist yet: &quot;Generate controller&quot; creates it.</source>
        <translation>%1 existiert noch nicht: „Controller erzeugen“ legt es an.</translation>
    </message>
    <message>
        <source>No file yet</source>
        <translation>Noch keine Datei</translation>
    </message>
    <message>
        <source>%1 does not exist yet; generate it first</source>
        <translation>%1 existiert noch nicht; erzeugen Sie es zuerst</translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>fm::studio::StartPage</name>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt …</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <source>Framework M Studio</source>
        <translation>Framework M Studio</translation>
    </message>
    <message>
        <source>Design DocTypes, see every problem as you type, and save files that stay clean in Git.</source>
        <translation>DocTypes entwerfen, jedes Problem schon beim Tippen sehen und Dateien speichern, die in Git sauber bleiben.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>%1 no longer holds a project</source>
        <translation>%1 enthält kein Projekt mehr</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <source>There is no project in %1 any more. Remove it from the list?</source>
        <translation>In %1 gibt es kein Projekt mehr. Aus der Liste entfernen?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>fm::studio::TrayModel</name>
    <message>
        <source>%1 (%2) is not on the form yet: drag it into a column</source>
        <translation>%1 (%2) ist noch nicht im Formular: ziehen Sie es in eine Spalte</translation>
    </message>
</context>
<context>
    <name>fm::studio::ViewsPanel</name>
    <message>
        <source>Check the columns of the list view; drag to order them</source>
        <translation>Haken Sie die Spalten der Listenansicht an; ziehen Sie sie, um sie zu ordnen</translation>
    </message>
    <message>
        <source>List columns</source>
        <translation>Listenspalten</translation>
    </message>
    <message>
        <source>Kanban groups by</source>
        <translation>Kanban gruppiert nach</translation>
    </message>
    <message>
        <source>Calendar starts on</source>
        <translation>Kalender beginnt mit</translation>
    </message>
    <message>
        <source>Calendar ends on</source>
        <translation>Kalender endet mit</translation>
    </message>
    <message>
        <source>Calendar shows</source>
        <translation>Kalender zeigt</translation>
    </message>
    <message>
        <source>Set list columns of %1</source>
        <translation>Listenspalten von %1 setzen</translation>
    </message>
    <message>
        <source>Set kanban group_by of %1</source>
        <translation>Kanban-group_by von %1 setzen</translation>
    </message>
    <message>
        <source>Set calendar of %1</source>
        <translation>Kalender von %1 setzen</translation>
    </message>
    <message>
        <source>(no kanban board)</source>
        <translation>(keine Kanban-Tafel)</translation>
    </message>
    <message>
        <source>(no calendar)</source>
        <translation>(kein Kalender)</translation>
    </message>
    <message>
        <source>(same day)</source>
        <translation>(derselbe Tag)</translation>
    </message>
    <message>
        <source>(the name)</source>
        <translation>(der Name)</translation>
    </message>
</context>
<context>
    <name>fm::studio::applyEdit</name>
    <message>
        <source>DocType &quot;%1&quot; is no longer in the project</source>
        <translation>DocType „%1“ ist nicht mehr im Projekt</translation>
    </message>
</context>
<context>
    <name>fm::studio::erd::ErdWidget</name>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Show only the selected DocType and its neighbours</source>
        <translation>Nur den ausgewählten DocType und seine Nachbarn zeigen</translation>
    </message>
    <message>
        <source>Show one app or module</source>
        <translation>Eine App oder ein Modul zeigen</translation>
    </message>
    <message>
        <source>Search DocTypes and fields</source>
        <translation>DocTypes und Felder durchsuchen</translation>
    </message>
    <message>
        <source> hop(s)</source>
        <translation> Schritt(e)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Zoom auf Einpassen</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Lay out every node not placed by hand</source>
        <translation>Jeden nicht von Hand platzierten Knoten anordnen</translation>
    </message>
    <message>
        <source>Unpin All</source>
        <translation>Alle lösen</translation>
    </message>
    <message>
        <source>Forget the positions placed by hand and lay out everything</source>
        <translation>Die von Hand gesetzten Positionen vergessen und alles neu anordnen</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG …</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG …</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Als SVG exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n DocType(s), %1 relation(s); laid out by %2 in %3 ms</source>
        <translation>
            <numerusform>%n DocType, %1 Beziehung(en); angeordnet von %2 in %3 ms</numerusform>
            <numerusform>%n DocTypes, %1 Beziehung(en); angeordnet von %2 in %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Anordnen …</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a DocType to focus on</source>
        <translation>Wählen Sie einen DocType für den Fokus</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>fm::studio::erd::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu bewegen</translation>
    </message>
</context>
<context>
    <name>fm::studio::erd::RelationDialog</name>
    <message>
        <source>New %1 field</source>
        <translation>Neues %1-Feld</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gets a Table field holding rows of the child DocType &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; erhält ein Table-Feld mit Zeilen des untergeordneten DocTypes &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gets a Link field pointing at &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; erhält ein Link-Feld, das auf &lt;b&gt;%2&lt;/b&gt; verweist.</translation>
    </message>
    <message>
        <source>&amp;Fieldname:</source>
        <translation>&amp;Feldname:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
</context>
<context>
    <name>fm::studio::git::CloneDialog</name>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Clone Workspace</source>
        <translation>Arbeitsbereich klonen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Clone Into</source>
        <translation>Klonen nach</translation>
    </message>
    <message>
        <source>Clone a project from a Git server (HTTPS or SSH URL) and open it. Credentials are asked when the server wants them and kept in the system keychain.</source>
        <translation>Ein Projekt von einem Git-Server klonen (HTTPS- oder SSH-URL) und öffnen. Zugangsdaten werden abgefragt, wenn der Server sie verlangt, und im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Repository URL:</source>
        <translation>Repository-URL:</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>In Ordner:</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>Receiving objects: %1/%2</source>
        <translation>Objekte empfangen: %1/%2</translation>
    </message>
    <message>
        <source>Clones into %1</source>
        <translation>Klont nach %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 …</translation>
    </message>
    <message>
        <source>Cloned %1 into %2</source>
        <translation>%1 nach %2 geklont</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Abbrechen …</translation>
    </message>
</context>
<context>
    <name>fm::studio::git::CommitEditor</name>
    <message>
        <source>Amend last commit</source>
        <translation>Letzten Commit ändern</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Summary of the change (50 characters)

Why it was made</source>
        <translation>Zusammenfassung der Änderung (50 Zeichen)

Warum sie gemacht wurde</translation>
    </message>
    <message>
        <source>Commit the staged files (Ctrl+Return)</source>
        <translation>Die vorgemerkten Dateien committen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Write a summary line</source>
        <translation>Schreiben Sie eine Zusammenfassungszeile</translation>
    </message>
    <message>
        <source>Summary: %1 characters; tools cut it at %2</source>
        <translation>Zusammenfassung: %1 Zeichen; Werkzeuge kürzen bei %2</translation>
    </message>
    <message>
        <source>Summary: %1 characters; aim for %2</source>
        <translation>Zusammenfassung: %1 Zeichen; Ziel sind %2</translation>
    </message>
    <message>
        <source>Summary: %1/%2</source>
        <translation>Zusammenfassung: %1/%2</translation>
    </message>
    <message>
        <source>; leave the second line empty</source>
        <translation>; lassen Sie die zweite Zeile leer</translation>
    </message>
</context>
<context>
    <name>fm::studio::git::CredentialDialog</name>
    <message>
        <source>SSH Key</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Sign In to Git Server</source>
        <translation>Am Git-Server anmelden</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>SSH Private Key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation>Passwort oder Token:</translation>
    </message>
    <message>
        <source>Saved in the system keychain, never in a file, and used for this server from now on.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in einer Datei, und ab jetzt für diesen Server verwendet.</translation>
    </message>
    <message>
        <source>Unknown SSH Server</source>
        <translation>Unbekannter SSH-Server</translation>
    </message>
    <message>
        <source>The Studio has not connected to %1 before. Its SSH key fingerprint is

%2

Compare it with the one your Git host publishes. Connect and remember this key?</source>
        <translation>Das Studio war noch nie mit %1 verbunden. Der Fingerabdruck seines SSH-Schlüssels ist

%2

Vergleichen Sie ihn mit dem, den Ihr Git-Host veröffentlicht. Verbinden und diesen Schlüssel merken?</translation>
    </message>
</context>
<context>
    <name>fm::studio::git::GitPanel</name>
    <message>
        <source>Stage</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <source>Unstage</source>
        <translation>Nicht mehr vormerken</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the repository&apos;s status again</source>
        <translation>Den Status des Repositorys neu einlesen</translation>
    </message>
    <message>
        <source>Add the selected files&apos; changes to the next commit</source>
        <translation>Die Änderungen der ausgewählten Dateien für den nächsten Commit vormerken</translation>
    </message>
    <message>
        <source>Take the selected files out of the next commit</source>
        <translation>Die ausgewählten Dateien aus dem nächsten Commit herausnehmen</translation>
    </message>
    <message>
        <source>Throw away the selected files&apos; unstaged changes</source>
        <translation>Die nicht vorgemerkten Änderungen der ausgewählten Dateien verwerfen</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>DocType</source>
        <translation>DocType</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Reading Git status…</source>
        <translation>Git-Status wird gelesen …</translation>
    </message>
    <message>
        <source>Not under Git</source>
        <translation>Nicht unter Git</translation>
    </message>
    <message>
        <source> · tracks %1</source>
        <translation> · folgt %1</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>In Konflikt</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>Nicht versioniert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n files selected</source>
        <translation>
            <numerusform>%n Datei ausgewählt</numerusform>
            <numerusform>%n Dateien ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is conflicted: yours (ours) above =======, the remote&apos;s (theirs) below.
Right-click it to keep one side, or edit it and Mark Resolved.

%2</source>
        <translation>%1 hat einen Konflikt: Ihre Version (ours) über =======, die entfernte (theirs) darunter.
Klicken Sie mit der rechten Maustaste, um eine Seite zu behalten, oder bearbeiten Sie die Datei und wählen Sie „Als gelöst markieren“.

%2</translation>
    </message>
    <message>
        <source>%1 is a binary file: no text diff</source>
        <translation>%1 ist eine Binärdatei: kein Text-Diff</translation>
    </message>
    <message>
        <source>No changes in %1 on this side</source>
        <translation>Keine Änderungen in %1 auf dieser Seite</translation>
    </message>
    <message>
        <source>The DocType itself did not change (only the file&apos;s formatting).</source>
        <translation>Der DocType selbst hat sich nicht geändert (nur die Formatierung der Datei).</translation>
    </message>
    <message>
        <source>Fetch and merge the commits of %1</source>
        <translation>Die Commits von %1 holen und zusammenführen</translation>
    </message>
    <message>
        <source>Push this branch to %1 and track it</source>
        <translation>Diesen Branch zu %1 pushen und ihm folgen</translation>
    </message>
    <message>
        <source>Push your commits to %1</source>
        <translation>Ihre Commits zu %1 pushen</translation>
    </message>
    <message>
        <source>Who is committing?</source>
        <translation>Wer committet?</translation>
    </message>
    <message>
        <source>Git has no author set. It is saved in your Git configuration (~/.gitconfig) and asked only once.</source>
        <translation>In Git ist kein Autor eingestellt. Er wird in Ihrer Git-Konfiguration (~/.gitconfig) gespeichert und nur einmal abgefragt.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>These DocTypes have unsaved changes: %1.
Save them first so Git sees them?</source>
        <translation>Diese DocTypes haben ungespeicherte Änderungen: %1.
Zuerst speichern, damit Git sie sieht?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Throw away the changes to %1? This cannot be undone.</source>
        <translation>Die Änderungen an %1 verwerfen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 cancelled: unsaved changes</source>
        <translation>%1 abgebrochen: ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 cancelled: the DocTypes were not saved</source>
        <translation>%1 abgebrochen: die DocTypes wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>Staged %1</source>
        <translation>%1 vorgemerkt</translation>
    </message>
    <message>
        <source>Unstaged %1</source>
        <translation>Vormerkung von %1 aufgehoben</translation>
    </message>
    <message>
        <source>Discarded the changes to %1</source>
        <translation>Die Änderungen an %1 wurden verworfen</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Amended the last commit (%1)</source>
        <translation>Letzten Commit geändert (%1)</translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation>%1 committet</translation>
    </message>
    <message>
        <source>Created and switched to %1</source>
        <translation>%1 erstellt und dorthin gewechselt</translation>
    </message>
    <message>
        <source>Switching branches</source>
        <translation>Branch wechseln</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Zu %1 gewechselt</translation>
    </message>
    <message>
        <source>Checking out a commit</source>
        <translation>Einen Commit auschecken</translation>
    </message>
    <message>
        <source>Checked out commit %1 to look at it (read-only); switch to a branch to edit again</source>
        <translation>Commit %1 zum Ansehen ausgecheckt (schreibgeschützt); wechseln Sie zu einem Branch, um wieder zu bearbeiten</translation>
    </message>
    <message>
        <source>Staged hunk %1 of %2</source>
        <translation>Änderungsblock %1 von %2 vorgemerkt</translation>
    </message>
    <message>
        <source>Unstaged hunk %1 of %2</source>
        <translation>Vormerkung von Änderungsblock %1 von %2 aufgehoben</translation>
    </message>
    <message>
        <source>Unstage This Hunk</source>
        <translation>Diesen Änderungsblock nicht mehr vormerken</translation>
    </message>
    <message>
        <source>Stage This Hunk</source>
        <translation>Diesen Änderungsblock vormerken</translation>
    </message>
    <message>
        <source>Deleted branch %1</source>
        <translation>Branch %1 gelöscht</translation>
    </message>
    <message>
        <source>Switch To</source>
        <translation>Wechseln zu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation>Branch löschen</translation>
    </message>
    <message>
        <source>Delete branch %1?</source>
        <translation>Branch %1 löschen?</translation>
    </message>
    <message>
        <source>New Branch…</source>
        <translation>Neuer Branch …</translation>
    </message>
    <message>
        <source>New branch</source>
        <translation>Neuer Branch</translation>
    </message>
    <message>
        <source>Name of the branch (created at the current commit):</source>
        <translation>Name des Branches (wird beim aktuellen Commit erstellt):</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Download the remote&apos;s new commits without changing your files</source>
        <translation>Die neuen Commits des entfernten Repositorys herunterladen, ohne Ihre Dateien zu ändern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 %2/%3 objects</source>
        <translation>%1 %2/%3 Objekte</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Abbrechen …</translation>
    </message>
    <message>
        <source>Pull stopped on conflicts in %1. Resolve each file (right-click: Use Ours, Use Theirs, or edit it and Mark Resolved), then commit.</source>
        <translation>Pull wegen Konflikten in %1 angehalten. Lösen Sie jede Datei (Rechtsklick: Unsere verwenden, Ihre verwenden, oder bearbeiten und „Als gelöst markieren“) und committen Sie dann.</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Fetch läuft</translation>
    </message>
    <message numerus="yes">
        <source>Fetched from %1: %n new commit(s) to pull</source>
        <translation>
            <numerusform>Fetch von %1: %n neuer Commit zum Pullen</numerusform>
            <numerusform>Fetch von %1: %n neue Commits zum Pullen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetched from %1: nothing new</source>
        <translation>Fetch von %1: nichts Neues</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Pull läuft</translation>
    </message>
    <message>
        <source>Already up to date with %1</source>
        <translation>Bereits auf dem Stand von %1</translation>
    </message>
    <message>
        <source>Pulled %1 (fast-forward to %2)</source>
        <translation>%1 gepullt (Fast-Forward auf %2)</translation>
    </message>
    <message>
        <source>Pulled %1 and merged it (commit %2)</source>
        <translation>%1 gepullt und zusammengeführt (Commit %2)</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Push läuft</translation>
    </message>
    <message>
        <source>Pushed %1 to %2; it now tracks %2/%1</source>
        <translation>%1 zu %2 gepusht; er folgt jetzt %2/%1</translation>
    </message>
    <message>
        <source>Pushed %1 to %2</source>
        <translation>%1 zu %2 gepusht</translation>
    </message>
    <message>
        <source>your version (ours)</source>
        <translation>Ihre Version (ours)</translation>
    </message>
    <message>
        <source>the remote&apos;s version (theirs)</source>
        <translation>die entfernte Version (theirs)</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>Replace %1 with %2? What the file holds now, conflict markers and any edits to it, is lost.</source>
        <translation>%1 durch %2 ersetzen? Was die Datei jetzt enthält, Konfliktmarkierungen und alle Bearbeitungen, geht verloren.</translation>
    </message>
    <message>
        <source>Resolved %1 with %2</source>
        <translation>%1 gelöst mit %2</translation>
    </message>
    <message>
        <source>Marked %1 as resolved</source>
        <translation>%1 als gelöst markiert</translation>
    </message>
    <message>
        <source>Use Ours (Keep My Version)</source>
        <translation>Unsere verwenden (meine Version behalten)</translation>
    </message>
    <message>
        <source>Use Theirs (Take the Remote&apos;s Version)</source>
        <translation>Ihre verwenden (die entfernte Version übernehmen)</translation>
    </message>
    <message>
        <source>Mark Resolved (After Editing)</source>
        <translation>Als gelöst markieren (nach dem Bearbeiten)</translation>
    </message>
    <message>
        <source>Discard Changes…</source>
        <translation>Änderungen verwerfen …</translation>
    </message>
</context>
<context>
    <name>fm::studio::git::HistoryView</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commits of the current branch</source>
        <translation>Commits des aktuellen Branches</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Files the commit changed</source>
        <translation>Dateien, die der Commit geändert hat</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>DocType</source>
        <translation>DocType</translation>
    </message>
    <message>
        <source>Check Out Read-Only</source>
        <translation>Schreibgeschützt auschecken</translation>
    </message>
    <message>
        <source>Look at the project as it was in this commit; saving is refused until you switch to a branch again</source>
        <translation>Das Projekt so ansehen, wie es in diesem Commit war; Speichern wird abgelehnt, bis Sie wieder zu einem Branch wechseln</translation>
    </message>
    <message>
        <source>Copy Commit Id</source>
        <translation>Commit-ID kopieren</translation>
    </message>
    <message>
        <source>The newest %1 commits are shown.</source>
        <translation>Die neuesten %1 Commits werden angezeigt.</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <source>%1 is a binary file: no text diff</source>
        <translation>%1 ist eine Binärdatei: kein Text-Diff</translation>
    </message>
    <message>
        <source>The DocType itself did not change (only the file&apos;s formatting).</source>
        <translation>Der DocType selbst hat sich nicht geändert (nur die Formatierung der Datei).</translation>
    </message>
</context>
<context>
    <name>fm::studio::git::SyncRunner</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The SSH host key of %1 changed since you trusted it (now %2). Ask the server&apos;s administrator whether that is expected; if it is, remove the old key from the Studio&apos;s settings (git/sshHostKeys) and try again.</source>
        <translation>Der SSH-Host-Schlüssel von %1 hat sich geändert, seit Sie ihm vertraut haben (jetzt %2). Fragen Sie den Administrator des Servers, ob das zu erwarten ist; wenn ja, entfernen Sie den alten Schlüssel aus den Einstellungen des Studios (git/sshHostKeys) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the SSH key saved for %1, so it was removed from the keychain. Choose the key and enter its passphrase again.</source>
        <translation>Der Server hat den für %1 gespeicherten SSH-Schlüssel abgelehnt, daher wurde er aus dem Schlüsselbund entfernt. Wählen Sie den Schlüssel und geben Sie seine Passphrase erneut ein.</translation>
    </message>
    <message>
        <source>The server refused the user name or token saved for %1 (wrong or revoked), so it was removed from the keychain. Enter them again.</source>
        <translation>Der Server hat den für %1 gespeicherten Benutzernamen oder Token abgelehnt (falsch oder widerrufen), daher wurde er aus dem Schlüsselbund entfernt. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The server refused that SSH key or passphrase. Try again.</source>
        <translation>Der Server hat diesen SSH-Schlüssel oder diese Passphrase abgelehnt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused that user name or token. Enter them again.</source>
        <translation>Der Server hat diesen Benutzernamen oder Token abgelehnt. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>%1 wants an SSH key.</source>
        <translation>%1 verlangt einen SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 wants a user name and password (or access token).</source>
        <translation>%1 verlangt einen Benutzernamen und ein Passwort (oder ein Zugriffstoken).</translation>
    </message>
    <message>
        <source>Cancelled: no credentials given</source>
        <translation>Abgebrochen: keine Zugangsdaten angegeben</translation>
    </message>
</context>
<context>
    <name>fm::studio::preview::DeskPreview</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Zurück zur vorherigen Seite</translation>
    </message>
    <message>
        <source>Forward to the next page</source>
        <translation>Vor zur nächsten Seite</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Die Seite neu laden</translation>
    </message>
    <message>
        <source>Open this page in the system&apos;s web browser, signed in as the developer</source>
        <translation>Diese Seite im Webbrowser des Systems öffnen, als Entwickler angemeldet</translation>
    </message>
    <message>
        <source>console: %1</source>
        <translation>Konsole: %1</translation>
    </message>
    <message>
        <source>console: %1 (%2)</source>
        <translation>Konsole: %1 (%2)</translation>
    </message>
    <message>
        <source>Start the server to see the Desk here.</source>
        <translation>Starten Sie den Server, um hier den Desk zu sehen.</translation>
    </message>
    <message>
        <source>The server is stopped: this page is what it showed last. Start the server to see the Desk again.</source>
        <translation>Der Server ist gestoppt: diese Seite hat er zuletzt gezeigt. Starten Sie den Server, um den Desk wieder zu sehen.</translation>
    </message>
    <message>
        <source>The page %1 answered HTTP %2.</source>
        <translation>Die Seite %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Desk Preview</source>
        <translation>Desk-Vorschau</translation>
    </message>
</context>
<context>
    <name>fm::studio::preview::PreviewDock</name>
    <message>
        <source>This Studio has no server launcher, so there is no server to preview. Run `m start --dev` in the project and open http://127.0.0.1:8000/api/docs in a browser instead.</source>
        <translation>Dieses Studio hat keinen Server-Starter, daher gibt es keinen Server für die Vorschau. Führen Sie stattdessen `m start --dev` im Projekt aus und öffnen Sie http://127.0.0.1:8000/api/docs in einem Browser.</translation>
    </message>
</context>
<context>
    <name>fm::studio::preview::PreviewSession</name>
    <message>
        <source>The preview is not signed in: the server refused the development sign-in (%1).</source>
        <translation>Die Vorschau ist nicht angemeldet: der Server hat die Entwicklungsanmeldung abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>fm::vcs::GitRepository</name>
    <message>
        <source>there is no branch &quot;%1&quot;</source>
        <translation>es gibt keinen Branch „%1“</translation>
    </message>
    <message>
        <source>pick one of the listed branches</source>
        <translation>wählen Sie einen der aufgeführten Branches</translation>
    </message>
    <message>
        <source>branch &quot;%1&quot; has no commit</source>
        <translation>Branch „%1“ hat keinen Commit</translation>
    </message>
    <message>
        <source>cannot list the branches</source>
        <translation>die Branches können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid branch name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;/&apos;, without spaces, &quot;..&quot; or a leading &apos;-&apos;</source>
        <translation>„%1“ ist kein gültiger Branch-Name: verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;/&apos;, ohne Leerzeichen, &quot;..&quot; oder ein führendes &apos;-&apos;</translation>
    </message>
    <message>
        <source>the current branch has no commits yet: make the first commit, then create branches</source>
        <translation>der aktuelle Branch hat noch keine Commits: erstellen Sie den ersten Commit und legen Sie dann Branches an</translation>
    </message>
    <message>
        <source>unknown revision &quot;%1&quot;</source>
        <translation>unbekannte Revision „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a commit</source>
        <translation>„%1“ ist kein Commit</translation>
    </message>
    <message>
        <source>cannot create branch &quot;%1&quot;</source>
        <translation>Branch „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>pick another name or switch to it</source>
        <translation>wählen Sie einen anderen Namen oder wechseln Sie zu ihm</translation>
    </message>
    <message>
        <source>cannot make &quot;%1&quot; the current branch</source>
        <translation>„%1“ kann nicht zum aktuellen Branch gemacht werden</translation>
    </message>
    <message>
        <source>give a commit id, a branch or HEAD~N</source>
        <translation>geben Sie eine Commit-ID, einen Branch oder HEAD~N an</translation>
    </message>
    <message>
        <source>cannot check out commit %1</source>
        <translation>Commit %1 kann nicht ausgecheckt werden</translation>
    </message>
    <message>
        <source>cannot switch to %1 while files are conflicted: resolve and commit them first</source>
        <translation>zu %1 kann nicht gewechselt werden, solange Dateien in Konflikt sind: lösen Sie die Konflikte und erstellen Sie zuerst einen Commit</translation>
    </message>
    <message>
        <source>cannot switch to %1: it would overwrite your changes to %2; commit or discard them first</source>
        <translation>zu %1 kann nicht gewechselt werden: Ihre Änderungen an %2 würden überschrieben; erstellen Sie zuerst einen Commit oder verwerfen Sie sie</translation>
    </message>
    <message>
        <source>cannot switch to %1</source>
        <translation>zu %1 kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: it is the current branch; switch to another branch first</source>
        <translation>„%1“ kann nicht gelöscht werden: es ist der aktuelle Branch; wechseln Sie zuerst zu einem anderen Branch</translation>
    </message>
    <message>
        <source>branch &quot;%1&quot; has commits that are not in the current branch; merge it first, or delete it anyway to lose them</source>
        <translation>Branch „%1“ hat Commits, die nicht im aktuellen Branch sind; führen Sie ihn zuerst zusammen oder löschen Sie ihn trotzdem, um sie zu verwerfen</translation>
    </message>
    <message>
        <source>cannot delete branch &quot;%1&quot;</source>
        <translation>Branch „%1“ kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot read the history</source>
        <translation>der Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>set your name and email with `git config --global user.name &quot;Your Name&quot;` and `git config --global user.email you@example.com` (or in the Studio&apos;s commit dialog)</source>
        <translation>setzen Sie Ihren Namen und Ihre E-Mail-Adresse mit `git config --global user.name &quot;Ihr Name&quot;` und `git config --global user.email sie@example.com` (oder im Commit-Dialog des Studios)</translation>
    </message>
    <message>
        <source>the author &quot;%1 &lt;%2&gt;&quot; is not valid</source>
        <translation>der Autor „%1 &lt;%2&gt;“ ist ungültig</translation>
    </message>
    <message>
        <source>use a name and an email without angle brackets</source>
        <translation>verwenden Sie einen Namen und eine E-Mail-Adresse ohne spitze Klammern</translation>
    </message>
    <message>
        <source>cannot read the commit message</source>
        <translation>die Commit-Nachricht kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the commit message is empty: write a summary line that says what the change does</source>
        <translation>die Commit-Nachricht ist leer: schreiben Sie eine Zusammenfassungszeile, die sagt, was die Änderung bewirkt</translation>
    </message>
    <message>
        <source>there are unresolved conflicts: resolve each conflicted file and stage it, then commit</source>
        <translation>es gibt ungelöste Konflikte: lösen Sie jede Datei in Konflikt und merken Sie sie vor, dann erstellen Sie den Commit</translation>
    </message>
    <message>
        <source>cannot write the staged files as a tree</source>
        <translation>die vorgemerkten Dateien können nicht als Baum geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the staged tree</source>
        <translation>der vorgemerkte Baum kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot stage %1: there is no such file in the working tree or the index; refresh the list</source>
        <translation>%1 kann nicht vorgemerkt werden: weder im Arbeitsverzeichnis noch im Index gibt es diese Datei; aktualisieren Sie die Liste</translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation>%1 kann nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>cannot write the Git index</source>
        <translation>der Git-Index kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>if another Git program is running, wait for it; else remove .git/index.lock</source>
        <translation>wenn ein anderes Git-Programm läuft, warten Sie darauf; sonst entfernen Sie .git/index.lock</translation>
    </message>
    <message>
        <source>cannot unstage %1</source>
        <translation>%1 kann nicht aus der Vormerkung genommen werden</translation>
    </message>
    <message>
        <source>cannot delete %1: check its permissions</source>
        <translation>%1 kann nicht gelöscht werden: prüfen Sie die Zugriffsrechte</translation>
    </message>
    <message>
        <source>cannot discard the changes of %1</source>
        <translation>die Änderungen an %1 können nicht verworfen werden</translation>
    </message>
    <message>
        <source>no Git author is set: %1</source>
        <translation>kein Git-Autor gesetzt: %1</translation>
    </message>
    <message>
        <source>cannot read the Git author</source>
        <translation>der Git-Autor kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>give a name and an email address (name@example.com), without angle brackets</source>
        <translation>geben Sie einen Namen und eine E-Mail-Adresse (name@example.com) ohne spitze Klammern an</translation>
    </message>
    <message>
        <source>cannot open the Git configuration</source>
        <translation>die Git-Konfiguration kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot write the Git author</source>
        <translation>der Git-Autor kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>check that the configuration file is writable</source>
        <translation>prüfen Sie, ob die Konfigurationsdatei beschreibbar ist</translation>
    </message>
    <message>
        <source>the branch has no commits yet: make the first commit</source>
        <translation>der Branch hat noch keine Commits: erstellen Sie den ersten Commit</translation>
    </message>
    <message>
        <source>nothing is staged: stage the files to commit first</source>
        <translation>nichts ist vorgemerkt: merken Sie zuerst die Dateien für den Commit vor</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>der Commit ist nicht möglich</translation>
    </message>
    <message>
        <source>there is no commit to amend yet: make the first commit</source>
        <translation>es gibt noch keinen Commit zum Ändern: erstellen Sie den ersten Commit</translation>
    </message>
    <message>
        <source>cannot amend the last commit</source>
        <translation>der letzte Commit kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot compute the diff of %1</source>
        <translation>der Diff von %1 kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>cannot read the diff of %1</source>
        <translation>der Diff von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>give a branch, a tag, a commit id or HEAD~N</source>
        <translation>geben Sie einen Branch, ein Tag, eine Commit-ID oder HEAD~N an</translation>
    </message>
    <message>
        <source>cannot read %1 from Git</source>
        <translation>%1 kann nicht aus Git gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the files of %1</source>
        <translation>die Dateien von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the parent of %1</source>
        <translation>der Vorgänger von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot compute the changes of %1</source>
        <translation>die Änderungen von %1 können nicht berechnet werden</translation>
    </message>
    <message>
        <source>cannot read HEAD&apos;s files</source>
        <translation>die Dateien von HEAD können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has no %2 changes</source>
        <translation>%1 hat keine %2 Änderungen</translation>
    </message>
    <message>
        <source>unstaged</source>
        <translation>nicht vorgemerkten</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>vorgemerkten</translation>
    </message>
    <message>
        <source>%1 is new, deleted or binary: stage or unstage it whole</source>
        <translation>%1 ist neu, gelöscht oder binär: merken Sie die Datei als Ganzes vor oder nehmen Sie sie als Ganzes aus der Vormerkung</translation>
    </message>
    <message>
        <source>%1 has no hunk %2 (it has %3); refresh the diff and try again</source>
        <translation>%1 hat keinen Hunk %2 (es hat %3); aktualisieren Sie den Diff und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot apply that hunk of %1 to the index</source>
        <translation>dieser Hunk von %1 kann nicht auf den Index angewendet werden</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 ist nicht in %2</translation>
    </message>
    <message>
        <source>%1 is a folder in %2, not a file</source>
        <translation>%1 ist in %2 ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is not staged</source>
        <translation>%1 ist nicht vorgemerkt</translation>
    </message>
    <message>
        <source>cannot compare %1 with the working tree</source>
        <translation>%1 kann nicht mit dem Arbeitsverzeichnis verglichen werden</translation>
    </message>
    <message>
        <source>files you changed</source>
        <translation>von Ihnen geänderte Dateien</translation>
    </message>
    <message>
        <source>cannot pull: it would overwrite your uncommitted changes to %1; commit (or discard) them first, then pull again</source>
        <translation>Pull nicht möglich: Ihre nicht committeten Änderungen an %1 würden überschrieben; erstellen Sie zuerst einen Commit (oder verwerfen Sie sie) und führen Sie den Pull dann erneut aus</translation>
    </message>
    <message>
        <source>a merge is in progress: resolve the conflicted files and commit, then pull again</source>
        <translation>ein Merge läuft: lösen Sie die Konflikte in den Dateien, erstellen Sie einen Commit und führen Sie den Pull dann erneut aus</translation>
    </message>
    <message>
        <source>there are unresolved conflicts: resolve them and commit, then pull again</source>
        <translation>es gibt ungelöste Konflikte: lösen Sie sie, erstellen Sie einen Commit und führen Sie den Pull dann erneut aus</translation>
    </message>
    <message>
        <source>the branch has no commits yet: clone the project instead, or commit and push first</source>
        <translation>der Branch hat noch keine Commits: klonen Sie stattdessen das Projekt, oder erstellen Sie zuerst einen Commit und führen Sie einen Push aus</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>HEAD is detached: switch to a branch, then pull</source>
        <translation>HEAD ist losgelöst: wechseln Sie zu einem Branch und führen Sie dann den Pull aus</translation>
    </message>
    <message>
        <source>%1 has no branch &quot;%2&quot; to pull from: push this branch first</source>
        <translation>%1 hat keinen Branch „%2“ für den Pull: führen Sie zuerst einen Push dieses Branches aus</translation>
    </message>
    <message>
        <source>cannot set %1 as the upstream of %2</source>
        <translation>%1 kann nicht als Upstream von %2 gesetzt werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation>%1 kann nicht mit %2 verglichen werden</translation>
    </message>
    <message>
        <source>cannot check out %1</source>
        <translation>%1 kann nicht ausgecheckt werden</translation>
    </message>
    <message>
        <source>cannot move %1 forward</source>
        <translation>%1 kann nicht vorgerückt werden</translation>
    </message>
    <message>
        <source>cannot pull: %1 and %2 have no commit in common (unrelated histories); check that the remote is the right repository</source>
        <translation>Pull nicht möglich: %1 und %2 haben keinen gemeinsamen Commit (unabhängige Verläufe); prüfen Sie, ob das Remote das richtige Repository ist</translation>
    </message>
    <message>
        <source>cannot merge %1</source>
        <translation>%1 kann nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>%1 is not conflicted: refresh the list</source>
        <translation>%1 ist nicht in Konflikt: aktualisieren Sie die Liste</translation>
    </message>
    <message>
        <source>cannot resolve %1</source>
        <translation>%1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>cannot read %1&apos;s version of %2</source>
        <translation>die Version %1 von %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>our</source>
        <translation>der lokalen Seite („ours“)</translation>
    </message>
    <message>
        <source>their</source>
        <translation>der fremden Seite („theirs“)</translation>
    </message>
    <message>
        <source>cannot write %1: check its permissions</source>
        <translation>%1 kann nicht geschrieben werden: prüfen Sie die Zugriffsrechte</translation>
    </message>
    <message>
        <source>%1 still has conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;): edit it to keep what you want, or use ours or theirs</source>
        <translation>%1 enthält noch Konfliktmarkierungen (&lt;&lt;&lt;&lt;&lt;&lt;&lt; und &gt;&gt;&gt;&gt;&gt;&gt;&gt;): bearbeiten Sie die Datei, um zu behalten, was Sie möchten, oder verwenden Sie „ours“ oder „theirs“</translation>
    </message>
    <message>
        <source>there is no remote &quot;%1&quot;</source>
        <translation>es gibt kein Remote „%1“</translation>
    </message>
    <message>
        <source>add it with its URL first</source>
        <translation>fügen Sie es zuerst mit seiner URL hinzu</translation>
    </message>
    <message>
        <source>cannot list the remotes</source>
        <translation>die Remotes können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>the remote&apos;s URL is empty: give an https:// or SSH URL</source>
        <translation>die URL des Remotes ist leer: geben Sie eine https://- oder SSH-URL an</translation>
    </message>
    <message>
        <source>cannot add remote &quot;%1&quot;</source>
        <translation>Remote „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>pick another name</source>
        <translation>wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>use a name without spaces</source>
        <translation>verwenden Sie einen Namen ohne Leerzeichen</translation>
    </message>
    <message>
        <source>this repository has no remote: add one (git remote add origin &lt;URL&gt;) or clone the project from its server</source>
        <translation>dieses Repository hat kein Remote: fügen Sie eines hinzu (git remote add origin &lt;URL&gt;) oder klonen Sie das Projekt von seinem Server</translation>
    </message>
    <message>
        <source>this repository has several remotes and none is &quot;origin&quot;: set the branch&apos;s upstream (push to one of them) first</source>
        <translation>dieses Repository hat mehrere Remotes und keines heißt „origin“: setzen Sie zuerst den Upstream des Branches (Push zu einem davon)</translation>
    </message>
    <message>
        <source>cannot fetch from %1</source>
        <translation>Fetch von %1 nicht möglich</translation>
    </message>
    <message>
        <source>nothing to push: the branch has no commits yet; commit first</source>
        <translation>nichts für einen Push: der Branch hat noch keine Commits; erstellen Sie zuerst einen Commit</translation>
    </message>
    <message>
        <source>HEAD is detached: switch to a branch, then push it</source>
        <translation>HEAD ist losgelöst: wechseln Sie zu einem Branch und führen Sie dann den Push aus</translation>
    </message>
    <message>
        <source>cannot push %1 to %2</source>
        <translation>Push von %1 nach %2 nicht möglich</translation>
    </message>
    <message>
        <source>%1: the server refused %2; ask its administrator (a hook or a protected branch)</source>
        <translation>%1: der Server hat %2 abgelehnt; fragen Sie seinen Administrator (ein Hook oder ein geschützter Branch)</translation>
    </message>
    <message>
        <source>pushed, but cannot set %1 as the upstream</source>
        <translation>Push ausgeführt, aber %1 kann nicht als Upstream gesetzt werden</translation>
    </message>
    <message>
        <source>the URL is empty: give the repository&apos;s https:// or SSH URL</source>
        <translation>die URL ist leer: geben Sie die https://- oder SSH-URL des Repositorys an</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new or an empty folder to clone into</source>
        <translation>%1 ist nicht leer: wählen Sie einen neuen oder leeren Ordner zum Klonen</translation>
    </message>
    <message>
        <source>%1 is a file: choose a folder</source>
        <translation>%1 ist eine Datei: wählen Sie einen Ordner</translation>
    </message>
    <message>
        <source>cannot clone %1</source>
        <translation>%1 kann nicht geklont werden</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: the server wants an SSH key: add one to your SSH agent, or give the key file and its passphrase</source>
        <translation>%1: der Server verlangt einen SSH-Schlüssel: fügen Sie einen zu Ihrem SSH-Agenten hinzu oder geben Sie die Schlüsseldatei und ihre Passphrase an</translation>
    </message>
    <message>
        <source>%1: the server wants a user name and password (or token): enter them</source>
        <translation>%1: der Server verlangt Benutzernamen und Passwort (oder Token): geben Sie sie ein</translation>
    </message>
    <message>
        <source>%1: the server refused the SSH key (or its passphrase is wrong); choose the key and enter its passphrase again</source>
        <translation>%1: der Server hat den SSH-Schlüssel abgelehnt (oder seine Passphrase ist falsch); wählen Sie den Schlüssel und geben Sie die Passphrase erneut ein</translation>
    </message>
    <message>
        <source>%1: the server refused the user name or token; enter them again</source>
        <translation>%1: der Server hat Benutzernamen oder Token abgelehnt; geben Sie sie erneut ein</translation>
    </message>
    <message>
        <source>%1: the remote has commits you do not have: fetch (or pull) first, then push again</source>
        <translation>%1: das Remote hat Commits, die Sie nicht haben: führen Sie zuerst einen Fetch (oder Pull) aus und dann erneut den Push</translation>
    </message>
    <message>
        <source>%1: the SSH host key of %2 (%3) is not known on this computer; connect once with `ssh` (it asks to add the key to ~/.ssh/known_hosts), check its fingerprint, then try again</source>
        <translation>%1: der SSH-Host-Schlüssel von %2 (%3) ist auf diesem Rechner unbekannt; verbinden Sie sich einmal mit `ssh` (es fragt, ob der Schlüssel zu ~/.ssh/known_hosts hinzugefügt werden soll), prüfen Sie seinen Fingerabdruck und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: install its certificate authority on this computer, or check the URL</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut: installieren Sie seine Zertifizierungsstelle auf diesem Rechner oder prüfen Sie die URL</translation>
    </message>
    <message>
        <source>check the user name and token</source>
        <translation>prüfen Sie Benutzernamen und Token</translation>
    </message>
    <message>
        <source>check the URL and that the server can be reached</source>
        <translation>prüfen Sie die URL und ob der Server erreichbar ist</translation>
    </message>
    <message>
        <source>%1 is a bare repository: open a clone with a working tree</source>
        <translation>%1 ist ein Bare-Repository: öffnen Sie einen Klon mit Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>%1 is not a Git repository</source>
        <translation>%1 ist kein Git-Repository</translation>
    </message>
    <message>
        <source>run `git init` there or open the folder of a clone</source>
        <translation>führen Sie dort `git init` aus oder öffnen Sie den Ordner eines Klons</translation>
    </message>
    <message>
        <source>no Git repository contains %1</source>
        <translation>kein Git-Repository enthält %1</translation>
    </message>
    <message>
        <source>run `git init` in the project folder to put it under version control</source>
        <translation>führen Sie `git init` im Projektordner aus, um es unter Versionskontrolle zu stellen</translation>
    </message>
    <message>
        <source>cannot create %1: check its parent&apos;s permissions</source>
        <translation>%1 kann nicht angelegt werden: prüfen Sie die Zugriffsrechte des übergeordneten Ordners</translation>
    </message>
    <message>
        <source>cannot create a Git repository in %1</source>
        <translation>in %1 kann kein Git-Repository angelegt werden</translation>
    </message>
    <message>
        <source>HEAD does not point at a commit</source>
        <translation>HEAD zeigt auf keinen Commit</translation>
    </message>
    <message>
        <source>cannot read the Git index</source>
        <translation>der Git-Index kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the status of the working tree</source>
        <translation>der Status des Arbeitsverzeichnisses kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>nicht versioniert</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>in Konflikt</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>losgelöst bei %1</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (noch keine Commits)</translation>
    </message>
</context>
<context>
    <name>m</name>
    <message>
        <source>%1, %2 in %3</source>
        <extracomment>The summary line of `m check`: &quot;2 errors, 1 warning in 5 DocTypes&quot;.</extracomment>
        <translation>%1, %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DocType(s)</source>
        <translation>
            <numerusform>%n DocType</numerusform>
            <numerusform>%n DocTypes</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking project &quot;%1&quot;: apps %2</source>
        <translation>Prüfe Projekt „%1“: Apps %2</translation>
    </message>
    <message>
        <source>note: %1 is not an app of a project (m.json); it was checked with the built-in app core only</source>
        <translation>Hinweis: %1 ist keine App eines Projekts (m.json); sie wurde nur mit der eingebauten App core geprüft</translation>
    </message>
    <message>
        <source>Checking app %1</source>
        <translation>Prüfe App %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %1: %n rename(s)</source>
        <translation>
            <numerusform>Prüfe %1: %n Umbenennung</numerusform>
            <numerusform>Prüfe %1: %n Umbenennungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 alone: Link and Table targets, fetch_from through Links and the other checks between DocTypes are skipped (run `m check` in the project for them)</source>
        <translation>Prüfe %1 allein: Link- und Table-Ziele, fetch_from über Links und die anderen Prüfungen zwischen DocTypes werden übersprungen (führen Sie dafür `m check` im Projekt aus)</translation>
    </message>
    <message>
        <source>error: `m check` takes at most one path</source>
        <translation>Fehler: `m check` nimmt höchstens einen Pfad</translation>
    </message>
    <message>
        <source>Run `m %1 --help` for its options.</source>
        <translation>Führen Sie `m %1 --help` aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Report every problem in the DocTypes (exit 1 on errors)</source>
        <translation>Jedes Problem in den DocTypes melden (Exit-Code 1 bei Fehlern)</translation>
    </message>
    <message>
        <source>A DocType .json file, an app folder or a project folder (default: the project).</source>
        <translation>Eine DocType-.json-Datei, ein App-Ordner oder ein Projektordner (Vorgabe: das Projekt).</translation>
    </message>
    <message>
        <source>Project folder (default: the one around the working directory).</source>
        <translation>Projektordner (Vorgabe: der, der das Arbeitsverzeichnis enthält).</translation>
    </message>
    <message>
        <source>Site to work on (default: &quot;default_site&quot; in m.json).</source>
        <translation>Zu bearbeitende Site (Vorgabe: „default_site“ in m.json).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>reading JSON from standard input; end with Ctrl-D</source>
        <translation>JSON wird von der Standardeingabe gelesen; mit Strg-D beenden</translation>
    </message>
    <message>
        <source>the input is not valid JSON%1; pass a JSON object with --data &apos;{...}&apos; or on standard input</source>
        <translation>die Eingabe ist kein gültiges JSON%1; übergeben Sie ein JSON-Objekt mit --data &apos;{...}&apos; oder auf der Standardeingabe</translation>
    </message>
    <message>
        <source> (it is empty)</source>
        <translation> (sie ist leer)</translation>
    </message>
    <message>
        <source> (%1 at byte %2)</source>
        <translation> (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>none of the things %1 reads</source>
        <translation>nichts, was %1 liest</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 is %2; pass a DocType .json file, an app folder (with app.json) or a project folder (with m.json)</source>
        <translation>%1 ist %2; übergeben Sie eine DocType-.json-Datei, einen App-Ordner (mit app.json) oder einen Projektordner (mit m.json)</translation>
    </message>
    <message>
        <source>Describe DocType changes since a commit (default HEAD) in DocType terms</source>
        <translation>DocType-Änderungen seit einem Commit (Vorgabe HEAD) in DocType-Begriffen beschreiben</translation>
    </message>
    <message>
        <source>A commit, branch or tag to compare the working tree with (default: HEAD).</source>
        <translation>Ein Commit, Branch oder Tag, mit dem das Arbeitsverzeichnis verglichen wird (Vorgabe: HEAD).</translation>
    </message>
    <message>
        <source>Act as this user (default: Administrator).</source>
        <translation>Als dieser Benutzer handeln (Vorgabe: Administrator).</translation>
    </message>
    <message>
        <source>The document as JSON (default: read standard input).</source>
        <translation>Das Dokument als JSON (Vorgabe: von der Standardeingabe lesen).</translation>
    </message>
    <message>
        <source>every item of the list must be a JSON object</source>
        <translation>jedes Element der Liste muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>--%1 is not valid JSON: %2</source>
        <translation>--%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of 0 or more</source>
        <translation>--%1 muss eine ganze Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <source>the changes must be a JSON object</source>
        <translation>die Änderungen müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Also find soft-deleted documents.</source>
        <translation>Auch weich gelöschte Dokumente finden.</translation>
    </message>
    <message>
        <source>[[field, op, value], ...]</source>
        <translation>[[Feld, Operator, Wert], ...]</translation>
    </message>
    <message>
        <source>[&quot;field&quot;, ...]</source>
        <translation>[&quot;Feld&quot;, ...]</translation>
    </message>
    <message>
        <source>&quot;field desc, other&quot;</source>
        <translation>&quot;Feld desc, anderes&quot;</translation>
    </message>
    <message>
        <source>Rows per page (default 20).</source>
        <translation>Zeilen pro Seite (Vorgabe 20).</translation>
    </message>
    <message>
        <source>Rows to skip.</source>
        <translation>Zu überspringende Zeilen.</translation>
    </message>
    <message>
        <source>Remove the row instead of marking it deleted.</source>
        <translation>Die Zeile entfernen, statt sie als gelöscht zu markieren.</translation>
    </message>
    <message>
        <source>Rewrite DocType files in the canonical form (--check: only report)</source>
        <translation>DocType-Dateien in die kanonische Form umschreiben (--check: nur melden)</translation>
    </message>
    <message>
        <source>Change nothing; list the files that are not in the canonical form and exit 1 if there are any.</source>
        <translation>Nichts ändern; die Dateien auflisten, die nicht in kanonischer Form sind, und mit 1 beenden, wenn es welche gibt.</translation>
    </message>
    <message>
        <source>no DocType &quot;%1&quot; in this project; %2</source>
        <translation>kein DocType „%1“ in diesem Projekt; %2</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; belongs to the built-in app core, which has no files to generate; pick a DocType of the project&apos;s apps</source>
        <translation>DocType „%1“ gehört zur eingebauten App core, die keine Dateien zum Erzeugen hat; wählen Sie einen DocType der Apps des Projekts</translation>
    </message>
    <message>
        <source>DocType &quot;%1&quot; belongs to app &quot;%2&quot;, not to &quot;%3&quot;; pass --app %2 or leave --app out</source>
        <translation>DocType „%1“ gehört zur App „%2“, nicht zu „%3“; übergeben Sie --app %2 oder lassen Sie --app weg</translation>
    </message>
    <message>
        <source>the project has no apps, so there is nothing to generate; create one with `m new app &lt;name&gt;`</source>
        <translation>das Projekt hat keine Apps, daher gibt es nichts zu erzeugen; legen Sie eine mit `m new app &lt;name&gt;` an</translation>
    </message>
    <message>
        <source>Regenerate scaffolds, plugin sources and reference pages</source>
        <translation>Gerüste, Plugin-Quellen und Referenzseiten neu erzeugen</translation>
    </message>
    <message>
        <source>Only this app&apos;s files.</source>
        <translation>Nur die Dateien dieser App.</translation>
    </message>
    <message>
        <source>Only this DocType&apos;s files (and its app&apos;s plugin).</source>
        <translation>Nur die Dateien dieses DocTypes (und das Plugin seiner App).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON list of documents, each with a &quot;doctype&quot; key%2</source>
        <translation>%1 muss eine JSON-Liste von Dokumenten enthalten, jedes mit einem Schlüssel „doctype“%2</translation>
    </message>
    <message>
        <source>item %1 of %2 has no &quot;doctype&quot;; add it (nothing was imported)</source>
        <translation>Element %1 von %2 hat kein „doctype“; ergänzen Sie es (nichts wurde importiert)</translation>
    </message>
    <message>
        <source>Insert a JSON file of documents in one transaction</source>
        <translation>Eine JSON-Datei mit Dokumenten in einer Transaktion einfügen</translation>
    </message>
    <message>
        <source>JSON list of documents with a &quot;doctype&quot; key.</source>
        <translation>JSON-Liste von Dokumenten mit einem Schlüssel „doctype“.</translation>
    </message>
    <message>
        <source>Show the version, the project, its apps and sites</source>
        <translation>Die Version, das Projekt, seine Apps und Sites anzeigen</translation>
    </message>
    <message>
        <source>The registered job, e.g. helpdesk.tickets.close_stale.</source>
        <translation>Der registrierte Job, z. B. helpdesk.tickets.close_stale.</translation>
    </message>
    <message>
        <source>The job&apos;s arguments, a JSON object.</source>
        <translation>Die Argumente des Jobs, ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Run with this user&apos;s permissions (default: Administrator).</source>
        <translation>Mit den Berechtigungen dieses Benutzers ausführen (Vorgabe: Administrator).</translation>
    </message>
    <message>
        <source>Run as the system principal (full rights; logged).</source>
        <translation>Als System-Principal ausführen (volle Rechte; protokolliert).</translation>
    </message>
    <message>
        <source>Seconds before it is stopped.</source>
        <translation>Sekunden, bevor er angehalten wird.</translation>
    </message>
    <message>
        <source>Retries after a failed attempt.</source>
        <translation>Wiederholungen nach einem fehlgeschlagenen Versuch.</translation>
    </message>
    <message>
        <source>Seconds before the first retry (doubling after).</source>
        <translation>Sekunden bis zur ersten Wiederholung (danach jeweils verdoppelt).</translation>
    </message>
    <message>
        <source>While a job with this key is queued or running, return it instead of adding one.</source>
        <translation>Solange ein Job mit diesem Schlüssel wartet oder läuft, diesen zurückgeben, statt einen neuen hinzuzufügen.</translation>
    </message>
    <message>
        <source>The queue (default: the job&apos;s).</source>
        <translation>Die Warteschlange (Vorgabe: die des Jobs).</translation>
    </message>
    <message>
        <source>Higher runs first (default 0).</source>
        <translation>Höhere laufen zuerst (Vorgabe 0).</translation>
    </message>
    <message>
        <source>Seconds to wait before it is due (m job enqueue only).</source>
        <translation>Sekunden, bis er fällig ist (nur m job enqueue).</translation>
    </message>
    <message>
        <source>Print the job as JSON.</source>
        <translation>Den Job als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The job&apos;s id.</source>
        <translation>Die ID des Jobs.</translation>
    </message>
    <message>
        <source>Only Queued, Running, Succeeded, Failed or Cancelled jobs.</source>
        <translation>Nur Jobs im Status Queued, Running, Succeeded, Failed oder Cancelled.</translation>
    </message>
    <message>
        <source>Only this queue.</source>
        <translation>Nur diese Warteschlange.</translation>
    </message>
    <message>
        <source>Only this job function.</source>
        <translation>Nur diese Job-Funktion.</translation>
    </message>
    <message>
        <source>How many (default %1).</source>
        <translation>Wie viele (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Show the queued e-mails, newest first (the dev mailbox)</source>
        <translation>Die wartenden E-Mails anzeigen, neueste zuerst (das Entwickler-Postfach)</translation>
    </message>
    <message>
        <source>Print the Email Queue documents as a JSON array.</source>
        <translation>Die Email-Queue-Dokumente als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Schema of site &quot;%1&quot; is up to date.</source>
        <translation>Das Schema der Site „%1“ ist aktuell.</translation>
    </message>
    <message>
        <source>Schema of site &quot;%1&quot; is up to date; nothing to do.</source>
        <translation>Das Schema der Site „%1“ ist aktuell; nichts zu tun.</translation>
    </message>
    <message>
        <source>Bring the site&apos;s database in line with the DocTypes</source>
        <translation>Die Datenbank der Site auf den Stand der DocTypes bringen</translation>
    </message>
    <message>
        <source>Show the steps (safe, warning, dangerous) and change nothing.</source>
        <translation>Die Schritte anzeigen (sicher, mit Warnung, gefährlich) und nichts ändern.</translation>
    </message>
    <message>
        <source>Also apply warning steps (type widening, new required columns, new unique constraints).</source>
        <translation>Auch Schritte mit Warnung anwenden (Typ-Erweiterung, neue Pflichtspalten, neue Eindeutigkeitsbedingungen).</translation>
    </message>
    <message>
        <source>error: missing %1</source>
        <translation>Fehler: %1 fehlt</translation>
    </message>
    <message>
        <source>error: expected one %1</source>
        <translation>Fehler: genau ein Argument erwartet: %1</translation>
    </message>
    <message>
        <source>project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>the project name is empty; pass --name &lt;name&gt;</source>
        <translation>der Projektname ist leer; übergeben Sie --name &lt;Name&gt;</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; in %2:</source>
        <translation>Projekt „%1“ in %2 erstellt:</translation>
    </message>
    <message>
        <source>  m.json, apps/, sites/, .gitignore (ignores sites/ and build/)</source>
        <translation>  m.json, apps/, sites/, .gitignore (ignoriert sites/ und build/)</translation>
    </message>
    <message>
        <source>Next: cd %1 &amp;&amp; m new app &lt;name&gt; &amp;&amp; m new site &lt;name&gt;</source>
        <translation>Weiter: cd %1 &amp;&amp; m new app &lt;Name&gt; &amp;&amp; m new site &lt;Name&gt;</translation>
    </message>
    <message>
        <source>app name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>Site-Name</translation>
    </message>
    <message>
        <source>--admin-password is empty; give a password, or leave the option out to have one generated</source>
        <translation>--admin-password ist leer; geben Sie ein Passwort an oder lassen Sie die Option weg, damit eines erzeugt wird</translation>
    </message>
    <message>
        <source>Created site &quot;%1&quot; in %2 (SQLite database %3).</source>
        <translation>Site „%1“ in %2 erstellt (SQLite-Datenbank %3).</translation>
    </message>
    <message>
        <source>Migrated it with the DocTypes of %1:</source>
        <translation>Mit den DocTypes von %1 migriert:</translation>
    </message>
    <message>
        <source>Created the user Administrator (role %1).</source>
        <translation>Benutzer Administrator erstellt (Rolle %1).</translation>
    </message>
    <message>
        <source>Administrator password (shown once, store it now): %1</source>
        <translation>Passwort des Administrators (wird nur einmal angezeigt, bewahren Sie es jetzt auf): %1</translation>
    </message>
    <message>
        <source>Set &quot;default_site&quot; to &quot;%1&quot; in m.json.</source>
        <translation>„default_site“ in m.json auf „%1“ gesetzt.</translation>
    </message>
    <message>
        <source>Create a project folder (m.json, apps/, sites/)</source>
        <translation>Einen Projektordner anlegen (m.json, apps/, sites/)</translation>
    </message>
    <message>
        <source>Folder to create the project in.</source>
        <translation>Ordner, in dem das Projekt angelegt wird.</translation>
    </message>
    <message>
        <source>Project name (default: the folder&apos;s name).</source>
        <translation>Projektname (Vorgabe: der Name des Ordners).</translation>
    </message>
    <message>
        <source>Create an app in the project</source>
        <translation>Eine App im Projekt anlegen</translation>
    </message>
    <message>
        <source>App name: lower case letters, digits and &apos;_&apos;, e.g. helpdesk.</source>
        <translation>App-Name: Kleinbuchstaben, Ziffern und &apos;_&apos;, z. B. helpdesk.</translation>
    </message>
    <message>
        <source>Create a site with its database, migrated</source>
        <translation>Eine Site mit ihrer Datenbank anlegen, migriert</translation>
    </message>
    <message>
        <source>Site name: lower case letters, digits, &apos;_&apos; or &apos;-&apos;, e.g. dev.</source>
        <translation>Site-Name: Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;, z. B. dev.</translation>
    </message>
    <message>
        <source>Password of the user Administrator (default: $M_ADMIN_PASSWORD, else a generated one, printed once).</source>
        <translation>Passwort des Benutzers Administrator (Vorgabe: $M_ADMIN_PASSWORD, sonst ein erzeugtes, einmal ausgegeben).</translation>
    </message>
    <message>
        <source>the project has no apps yet; create one with `m new app &lt;name&gt;` first</source>
        <translation>das Projekt hat noch keine Apps; legen Sie zuerst eine mit `m new app &lt;name&gt;` an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of the apps listed; answer with a number or a name from the list, or pass --app &lt;name&gt;</source>
        <translation>„%1“ ist keine der aufgeführten Apps; antworten Sie mit einer Nummer oder einem Namen aus der Liste oder übergeben Sie --app &lt;name&gt;</translation>
    </message>
    <message>
        <source>cannot tell which app: pass --app &lt;name&gt;</source>
        <translation>unklar, welche App: übergeben Sie --app &lt;name&gt;</translation>
    </message>
    <message>
        <source>Create a DocType with its controller and test scaffolds</source>
        <translation>Einen DocType mit Controller- und Testgerüst anlegen</translation>
    </message>
    <message>
        <source>DocType name in Title Case, e.g. &quot;Support Ticket&quot;.</source>
        <translation>DocType-Name in Title Case, z. B. „Support Ticket“.</translation>
    </message>
    <message>
        <source>App that gets the DocType (asked on a terminal when left out).</source>
        <translation>App, die den DocType erhält (wird im Terminal abgefragt, wenn weggelassen).</translation>
    </message>
    <message>
        <source>Documents are submitted (and cancelled, amended).</source>
        <translation>Dokumente werden gebucht (und storniert, abgeändert).</translation>
    </message>
    <message>
        <source>the project has none yet</source>
        <translation>das Projekt hat noch keine</translation>
    </message>
    <message>
        <source>the project&apos;s apps: %1</source>
        <translation>die Apps des Projekts: %1</translation>
    </message>
    <message>
        <source>&quot;core&quot; is the built-in app, not one of the project&apos;s</source>
        <translation>„core“ ist die eingebaute App, keine des Projekts</translation>
    </message>
    <message>
        <source>app &quot;%1&quot; is not in this project</source>
        <translation>App „%1“ ist nicht in diesem Projekt</translation>
    </message>
    <message>
        <source>%1 (%2); pass --app with one of them, or create an app with `m new app &lt;name&gt;`</source>
        <translation>%1 (%2); übergeben Sie --app mit einer davon oder legen Sie eine App mit `m new app &lt;name&gt;` an</translation>
    </message>
    <message>
        <source>the project&apos;s DocTypes have errors (above); %1</source>
        <translation>die DocTypes des Projekts enthalten Fehler (siehe oben); %1</translation>
    </message>
    <message>
        <source>DocType of the field, e.g. Ticket.</source>
        <translation>DocType des Feldes, z. B. Ticket.</translation>
    </message>
    <message>
        <source>Current fieldname.</source>
        <translation>Aktueller Feldname.</translation>
    </message>
    <message>
        <source>New fieldname.</source>
        <translation>Neuer Feldname.</translation>
    </message>
    <message>
        <source>Current DocType name.</source>
        <translation>Aktueller DocType-Name.</translation>
    </message>
    <message>
        <source>New DocType name, in Title Case.</source>
        <translation>Neuer DocType-Name, in Title Case.</translation>
    </message>
    <message>
        <source>Print what would change and write nothing.</source>
        <translation>Ausgeben, was sich ändern würde, und nichts schreiben.</translation>
    </message>
    <message>
        <source>cannot create the signal pipe: %1. Raise the open-files limit (ulimit -n) and try again.</source>
        <translation>die Signal-Pipe kann nicht angelegt werden: %1. Erhöhen Sie die Grenze für offene Dateien (ulimit -n) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>cannot handle signal %1: %2</source>
        <translation>Signal %1 kann nicht behandelt werden: %2</translation>
    </message>
    <message>
        <source>error: --host &quot;%1&quot; is not an IP address; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>Fehler: --host „%1“ ist keine IP-Adresse; verwenden Sie z. B. 127.0.0.1 oder 0.0.0.0.</translation>
    </message>
    <message>
        <source>error: --port &quot;%1&quot; is not a port number; use 1 to 65535 (0 picks a free one).</source>
        <translation>Fehler: --port „%1“ ist keine Portnummer; verwenden Sie 1 bis 65535 (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>error: --threads &quot;%1&quot; is not a thread count; use 1 to 256.</source>
        <translation>Fehler: --threads „%1“ ist keine Thread-Anzahl; verwenden Sie 1 bis 256.</translation>
    </message>
    <message>
        <source>Run the HTTP server on the site</source>
        <translation>Den HTTP-Server für die Site ausführen</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).</source>
        <translation>Adresse, auf der gelauscht wird (Vorgabe 127.0.0.1; 0.0.0.0 für alle Schnittstellen).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8000; 0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (Vorgabe 8000; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Worker threads for request handlers (default: the number of cores, at least 2).</source>
        <translation>Worker-Threads für die Anfragebearbeitung (Vorgabe: die Anzahl der Kerne, mindestens 2).</translation>
    </message>
    <message>
        <source>Also run background jobs in this process (one at a time, every queue), for development; production runs m worker beside the server.</source>
        <translation>Auch Hintergrundjobs in diesem Prozess ausführen (einen nach dem anderen, aus jeder Warteschlange), für die Entwicklung; im Betrieb läuft m worker neben dem Server.</translation>
    </message>
    <message>
        <source>Development mode: the dev mailbox and other development routes are served (never in production).</source>
        <translation>Entwicklungsmodus: das Entwickler-Postfach und andere Entwicklungsrouten werden bereitgestellt (nie im Betrieb).</translation>
    </message>
    <message>
        <source>error: expected one &lt;email&gt;, got %1</source>
        <translation>Fehler: genau eine &lt;email&gt; erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>error: give the user at least one role with --role &lt;role&gt;, e.g. --role &quot;%1&quot;</source>
        <translation>Fehler: geben Sie dem Benutzer mindestens eine Rolle mit --role &lt;Rolle&gt;, z. B. --role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Created user %1 with role(s) %2 on site &quot;%3&quot;.</source>
        <translation>Benutzer %1 mit Rolle(n) %2 auf Site „%3“ erstellt.</translation>
    </message>
    <message>
        <source>Password (shown once, store it now): %1</source>
        <translation>Passwort (wird nur einmal angezeigt, bewahren Sie es jetzt auf): %1</translation>
    </message>
    <message>
        <source>Create a user on a site, with roles and a password</source>
        <translation>Einen Benutzer auf einer Site anlegen, mit Rollen und einem Passwort</translation>
    </message>
    <message>
        <source>E-mail address; also the login name.</source>
        <translation>E-Mail-Adresse; zugleich der Anmeldename.</translation>
    </message>
    <message>
        <source>A role the user holds (repeat for more); it must exist.</source>
        <translation>Eine Rolle des Benutzers (für weitere wiederholen); sie muss existieren.</translation>
    </message>
    <message>
        <source>The password (default: a generated one, printed once).</source>
        <translation>Das Passwort (Vorgabe: ein erzeugtes, einmal ausgegeben).</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>Der vollständige Name des Benutzers.</translation>
    </message>
    <message>
        <source>Run background jobs of the site until stopped</source>
        <translation>Hintergrundjobs der Site ausführen, bis angehalten wird</translation>
    </message>
    <message>
        <source>Comma-separated queues to take jobs from (default: every queue).</source>
        <translation>Durch Kommas getrennte Warteschlangen, aus denen Jobs genommen werden (Vorgabe: alle).</translation>
    </message>
    <message>
        <source>Jobs run at the same time, each on its own thread (default 1).</source>
        <translation>Gleichzeitig laufende Jobs, jeder in einem eigenen Thread (Vorgabe 1).</translation>
    </message>
    <message>
        <source>How long a claimed job stays this worker&apos;s without a renewal (default 30): after a crash, its jobs run again once this has passed.</source>
        <translation>Wie lange ein übernommener Job ohne Erneuerung bei diesem Worker bleibt (Vorgabe 30): nach einem Absturz laufen seine Jobs erneut, sobald diese Zeit verstrichen ist.</translation>
    </message>
    <message>
        <source>On SIGTERM or Ctrl+C, how long running jobs may finish before they are released to the queue (default %1).</source>
        <translation>Bei SIGTERM oder Strg+C: wie lange laufende Jobs noch fertig werden dürfen, bevor sie an die Warteschlange zurückgegeben werden (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Wait between looks at an empty queue (default 250).</source>
        <translation>Wartezeit zwischen zwei Blicken in eine leere Warteschlange (Vorgabe 250).</translation>
    </message>
    <message>
        <source>Do not enqueue scheduled jobs (Scheduled Job) from this worker; by default every worker does, and each due run is enqueued once.</source>
        <translation>Keine geplanten Jobs (Scheduled Job) von diesem Worker einreihen; standardmäßig tut das jeder Worker, und jeder fällige Lauf wird einmal eingereiht.</translation>
    </message>
    <message>
        <source>Usage: m &lt;command&gt; [options]</source>
        <translation>Aufruf: m &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Framework M %1: metadata-driven business applications.</source>
        <translation>Framework M %1: metadatengesteuerte Geschäftsanwendungen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run `m &lt;command&gt; --help` for a command&apos;s options.
Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.</source>
        <translation>Führen Sie `m &lt;Befehl&gt; --help` aus, um die Optionen eines Befehls zu sehen.
Exit-Codes: 0 Erfolg, 1 der Befehl ist fehlgeschlagen, 2 die Befehlszeile ist falsch.</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>Fehler: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>Fehler: unbekannter Befehl „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>Run `m --help` for the list of commands.</source>
        <translation>Führen Sie `m --help` aus, um die Liste der Befehle zu sehen.</translation>
    </message>
    <message>
        <source>error: expected one argument: &lt;file&gt;</source>
        <translation>Fehler: genau ein Argument erwartet: &lt;Datei&gt;</translation>
    </message>
    <message>
        <source>Imported %1 document(s) into site &quot;%2&quot;:</source>
        <translation>%1 Dokument(e) in Site „%2“ importiert:</translation>
    </message>
    <message>
        <source>Project: none (%1)</source>
        <translation>Projekt: keins (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Project: %1 at %2</source>
        <translation>Projekt: %1 in %2</translation>
    </message>
    <message>
        <source>Apps: %1</source>
        <translation>Apps: %1</translation>
    </message>
    <message>
        <source>Sites: %1 (default: %2)</source>
        <translation>Sites: %1 (Standard: %2)</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Database: %1 %2 (%3 bytes)</source>
        <translation>Datenbank: %1 %2 (%3 Bytes)</translation>
    </message>
    <message>
        <source>DocTypes: %1</source>
        <translation>DocTypes: %1</translation>
    </message>
    <message>
        <source>Schema: up to date</source>
        <translation>Schema: aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Schema: %n pending step(s); run `m migrate --plan`</source>
        <translation>
            <numerusform>Schema: %n ausstehender Schritt; führen Sie `m migrate --plan` aus</numerusform>
            <numerusform>Schema: %n ausstehende Schritte; führen Sie `m migrate --plan` aus</numerusform>
        </translation>
    </message>
    <message>
        <source>--db takes a PostgreSQL URL (postgresql://user@host:port/dbname); leave it out for the SQLite file db.sqlite</source>
        <translation>--db erwartet eine PostgreSQL-URL (postgresql://benutzer@host:port/datenbank); ohne die Option wird die SQLite-Datei db.sqlite verwendet</translation>
    </message>
    <message>
        <source>Created site &quot;%1&quot; in %2 (PostgreSQL database %3).</source>
        <translation>Site „%1“ in %2 erstellt (PostgreSQL-Datenbank %3).</translation>
    </message>
    <message>
        <source>error: --threads %1 needs %2 database connections (one per thread and one for the server itself), but the site&apos;s pool_size is %3; raise pool_size in site.json or lower --threads.</source>
        <translation>Fehler: --threads %1 braucht %2 Datenbankverbindungen (eine je Thread und eine für den Server selbst), aber pool_size der Site ist %3; erhöhen Sie pool_size in site.json oder verringern Sie --threads.</translation>
    </message>
    <message>
        <source>error: give the target with --to: a PostgreSQL URL (postgresql://user@host:port/dbname) or a SQLite file path.</source>
        <translation>Fehler: Geben Sie das Ziel mit --to an: eine PostgreSQL-URL (postgresql://benutzer@host:port/datenbank) oder den Pfad einer SQLite-Datei.</translation>
    </message>
    <message>
        <source>error: --sample &quot;%1&quot; is not a number of rows; use 0 or more.</source>
        <translation>Fehler: --sample „%1“ ist keine Zeilenzahl; verwenden Sie 0 oder mehr.</translation>
    </message>
    <message>
        <source>--to names the site&apos;s own database; give another one to copy into</source>
        <translation>--to nennt die eigene Datenbank der Site; geben Sie eine andere an, in die kopiert werden soll</translation>
    </message>
    <message>
        <source>Copied site &quot;%1&quot; from %2 to %3:</source>
        <translation>Site „%1“ von %2 nach %3 kopiert:</translation>
    </message>
    <message>
        <source>The site still uses %1; to switch, set &quot;database&quot; in %2 to the new database and restart its servers and workers.</source>
        <translation>Die Site verwendet weiter %1; zum Wechseln setzen Sie „database“ in %2 auf die neue Datenbank und starten Sie ihre Server und Worker neu.</translation>
    </message>
    <message>
        <source>Copy the site&apos;s documents into another database (SQLite or PostgreSQL)</source>
        <translation>Die Dokumente der Site in eine andere Datenbank kopieren (SQLite oder PostgreSQL)</translation>
    </message>
    <message>
        <source>The database to copy into: postgresql://user@host:port/dbname (password from PGPASSWORD or ~/.pgpass) or a SQLite file.</source>
        <translation>Die Datenbank, in die kopiert wird: postgresql://benutzer@host:port/datenbank (Passwort aus PGPASSWORD oder ~/.pgpass) oder eine SQLite-Datei.</translation>
    </message>
    <message>
        <source>Delete the documents the target already holds instead of refusing to copy.</source>
        <translation>Die Dokumente, die das Ziel schon enthält, löschen, statt das Kopieren abzulehnen.</translation>
    </message>
    <message>
        <source>Rows per DocType compared field by field after the copy (default 20).</source>
        <translation>Zeilen je DocType, die nach dem Kopieren Feld für Feld verglichen werden (Standard 20).</translation>
    </message>
    <message>
        <source>error: --concurrency %1 needs %2 database connections (one per job thread, one for the lease heartbeat and the scheduler, one for the worker itself), but the site&apos;s pool_size is %3; raise pool_size in site.json or lower --concurrency.</source>
        <translation>Fehler: --concurrency %1 braucht %2 Datenbankverbindungen (eine je Job-Thread, eine für den Lease-Heartbeat und den Scheduler, eine für den Worker selbst), aber pool_size der Site ist %3; erhöhen Sie pool_size in site.json oder senken Sie --concurrency.</translation>
    </message>
    <message>
        <source>Insert a document (or a list, all or none) from JSON</source>
        <translation>Ein Dokument (oder eine Liste, alle oder keines) aus JSON einfügen</translation>
    </message>
    <message>
        <source>Print a document with its child rows</source>
        <translation>Ein Dokument mit seinen Unterzeilen ausgeben</translation>
    </message>
    <message>
        <source>List documents with filters, fields, order, paging</source>
        <translation>Dokumente auflisten, mit Filtern, Feldern, Sortierung und Seiten</translation>
    </message>
    <message>
        <source>Merge JSON values into a document (_version checks staleness)</source>
        <translation>JSON-Werte in ein Dokument übernehmen (_version prüft, ob es veraltet ist)</translation>
    </message>
    <message>
        <source>Delete a document (soft unless --hard)</source>
        <translation>Ein Dokument löschen (nur als gelöscht markiert, außer mit --hard)</translation>
    </message>
    <message>
        <source>Submit a draft of a submittable DocType</source>
        <translation>Einen Entwurf eines buchbaren DocTypes buchen</translation>
    </message>
    <message>
        <source>Cancel a submitted document</source>
        <translation>Ein gebuchtes Dokument stornieren</translation>
    </message>
    <message>
        <source>Create an amended draft of a cancelled document</source>
        <translation>Einen abgeänderten Entwurf eines stornierten Dokuments anlegen</translation>
    </message>
    <message>
        <source>attempts %1</source>
        <translation>Versuche %1</translation>
    </message>
    <message>
        <source>error: --limit takes a whole number of at least 1, got &quot;%1&quot;</source>
        <translation>Fehler: --limit nimmt eine ganze Zahl von mindestens 1, erhalten: „%1“</translation>
    </message>
    <message>
        <source>error: --status is one of Queued, Running, Succeeded, Failed, Cancelled</source>
        <translation>Fehler: --status ist eines von Queued, Running, Succeeded, Failed, Cancelled</translation>
    </message>
    <message>
        <source>No job on site &quot;%1&quot; matches.</source>
        <translation>Kein Job auf Site „%1“ passt.</translation>
    </message>
    <message>
        <source>error: give one job id (m job list shows them)</source>
        <translation>Fehler: geben Sie eine Job-ID an (m job list zeigt sie)</translation>
    </message>
    <message>
        <source>Job %1 (%2) is now %3.</source>
        <translation>Job %1 (%2) ist jetzt %3.</translation>
    </message>
    <message>
        <source>error: --%1 takes a whole number, got &quot;%2&quot;</source>
        <translation>Fehler: --%1 nimmt eine ganze Zahl, erhalten: „%2“</translation>
    </message>
    <message>
        <source>error: give one job name (e.g. helpdesk.tickets.close_stale)</source>
        <translation>Fehler: geben Sie einen Jobnamen an (z. B. helpdesk.tickets.close_stale)</translation>
    </message>
    <message>
        <source>error: --args takes a JSON object, e.g. &apos;{&quot;days&quot;: 7}&apos; (%1)</source>
        <translation>Fehler: --args nimmt ein JSON-Objekt, z. B. &apos;{&quot;days&quot;: 7}&apos; (%1)</translation>
    </message>
    <message>
        <source>error: --args takes a JSON object, e.g. &apos;{&quot;days&quot;: 7}&apos;</source>
        <translation>Fehler: --args nimmt ein JSON-Objekt, z. B. &apos;{&quot;days&quot;: 7}&apos;</translation>
    </message>
    <message>
        <source>Queued job %1 (%2, queue %3).</source>
        <translation>Job %1 eingereiht (%2, Warteschlange %3).</translation>
    </message>
    <message>
        <source>Already active with this unique key: job %1 (%2, queue %3).</source>
        <translation>Mit diesem eindeutigen Schlüssel bereits aktiv: Job %1 (%2, Warteschlange %3).</translation>
    </message>
    <message>
        <source>error: m job run runs the job now; use m job enqueue --delay to run it later</source>
        <translation>Fehler: m job run führt den Job sofort aus; verwenden Sie m job enqueue --delay, um ihn später auszuführen</translation>
    </message>
    <message>
        <source>Show background jobs, newest first</source>
        <translation>Hintergrund-Jobs anzeigen, neueste zuerst</translation>
    </message>
    <message>
        <source>Print the jobs as JSON.</source>
        <translation>Die Jobs als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show one job</source>
        <translation>Einen Job anzeigen</translation>
    </message>
    <message>
        <source>Queue a job for a worker (m worker, m start --with-worker)</source>
        <translation>Einen Job für einen Worker einreihen (m worker, m start --with-worker)</translation>
    </message>
    <message>
        <source>Run a job now, in this process, recorded in the Job Log</source>
        <translation>Einen Job sofort in diesem Prozess ausführen, im Job Log festgehalten</translation>
    </message>
    <message>
        <source>Cancel a queued or running job</source>
        <translation>Einen wartenden oder laufenden Job abbrechen</translation>
    </message>
    <message>
        <source>Queue a failed or cancelled job again</source>
        <translation>Einen fehlgeschlagenen oder abgebrochenen Job erneut einreihen</translation>
    </message>
    <message>
        <source>No e-mail queued on site &quot;%1&quot;.</source>
        <translation>Keine E-Mail wartet auf Site „%1“.</translation>
    </message>
    <message>
        <source>error: name the mails to send (m mail list shows them), or pass --pending for every mail that is Not Sent</source>
        <translation>Fehler: nennen Sie die zu sendenden E-Mails (m mail list zeigt sie) oder übergeben Sie --pending für jede E-Mail im Status Not Sent</translation>
    </message>
    <message>
        <source>error: site &quot;%1&quot; has no SMTP server; add &quot;mail&quot;: {&quot;smtp&quot;: {...}, &quot;from&quot;: ...} to its site.json (docs/guide/email.md)</source>
        <translation>Fehler: Site „%1“ hat keinen SMTP-Server; fügen Sie &quot;mail&quot;: {&quot;smtp&quot;: {...}, &quot;from&quot;: ...} zu ihrer site.json hinzu (docs/guide/email.md)</translation>
    </message>
    <message>
        <source>skipped %1: it is %2</source>
        <translation>%1 übersprungen: Status ist %2</translation>
    </message>
    <message>
        <source>%1 mail(s) queued for sending on site &quot;%2&quot;; a worker (m worker) sends them.</source>
        <translation>%1 E-Mail(s) auf Site „%2“ zum Senden eingereiht; ein Worker (m worker) sendet sie.</translation>
    </message>
    <message>
        <source>How many e-mails to show (default %1).</source>
        <translation>Wie viele E-Mails angezeigt werden (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Queue mails for the SMTP sender (by name, or every Not Sent one)</source>
        <translation>E-Mails für den SMTP-Versand einreihen (nach Namen oder jede im Status Not Sent)</translation>
    </message>
    <message>
        <source>Email Queue documents to send.</source>
        <translation>Zu sendende Email-Queue-Dokumente.</translation>
    </message>
    <message>
        <source>Every mail that is Not Sent (e.g. queued before the site had an SMTP server).</source>
        <translation>Jede E-Mail im Status Not Sent (z. B. eingereiht, bevor die Site einen SMTP-Server hatte).</translation>
    </message>
    <message>
        <source>error: --%1 takes a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>Fehler: --%1 nimmt eine ganze Zahl von %2 bis %3, erhalten: „%4“</translation>
    </message>
    <message>
        <source>Mail: no SMTP server in site.json; queued mails stay in the mailbox.</source>
        <translation>E-Mail: kein SMTP-Server in site.json; eingereihte E-Mails bleiben im Postfach.</translation>
    </message>
    <message>
        <source>Mail: sent through %1:%2 as %3.</source>
        <translation>E-Mail: Versand über %1:%2 als %3.</translation>
    </message>
    <message>
        <source>warning: mail: %1 (mails fail and are retried until this is fixed)</source>
        <translation>Warnung: E-Mail: %1 (E-Mails schlagen fehl und werden erneut versucht, bis dies behoben ist)</translation>
    </message>
    <message numerus="yes">
        <source>Stopping the worker: letting %n running job(s) finish (up to %1 s).</source>
        <translation>
            <numerusform>Worker wird beendet: %n laufender Job darf fertig werden (bis zu %1 s).</numerusform>
            <numerusform>Worker wird beendet: %n laufende Jobs dürfen fertig werden (bis zu %1 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n job(s) did not finish in time; they were released to the queue and run again elsewhere.</source>
        <translation>
            <numerusform>Warnung: %n Job wurde nicht rechtzeitig fertig; er wurde an die Warteschlange zurückgegeben und läuft anderswo erneut.</numerusform>
            <numerusform>Warnung: %n Jobs wurden nicht rechtzeitig fertig; sie wurden an die Warteschlange zurückgegeben und laufen anderswo erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>error: --grace-seconds takes a whole number from 0 to 3600, got &quot;%1&quot;</source>
        <translation>Fehler: --grace-seconds nimmt eine ganze Zahl von 0 bis 3600, erhalten: „%1“</translation>
    </message>
    <message>
        <source>(all)</source>
        <comment>every job queue</comment>
        <translation>(alle)</translation>
    </message>
    <message numerus="yes">
        <source>%n job function(s) registered</source>
        <translation>
            <numerusform>%n Jobfunktion registriert</numerusform>
            <numerusform>%n Jobfunktionen registriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job function(s) registered: %1</source>
        <translation>
            <numerusform>%n Jobfunktion registriert: %1</numerusform>
            <numerusform>%n Jobfunktionen registriert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scheduler on (%n schedule(s) declared by apps)</source>
        <translation>
            <numerusform>Scheduler an (%n Zeitplan von Apps deklariert)</numerusform>
            <numerusform>Scheduler an (%n Zeitpläne von Apps deklariert)</numerusform>
        </translation>
    </message>
    <message>
        <source>scheduler off</source>
        <translation>Scheduler aus</translation>
    </message>
    <message>
        <source>Worker %1 on site &quot;%2&quot;: queues %3, %4 at a time, lease %5 s; %6; %7. Ctrl+C stops.</source>
        <translation>Worker %1 auf Site „%2“: Warteschlangen %3, %4 gleichzeitig, Lease %5 s; %6; %7. Strg+C beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Worker stopped after %n job(s).</source>
        <translation>
            <numerusform>Worker nach %n Job beendet.</numerusform>
            <numerusform>Worker nach %n Jobs beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>error: expected %1 argument(s): &lt;%2&gt;, got %3</source>
        <translation>Fehler: %1 Argument(e) erwartet: &lt;%2&gt;, erhalten: %3</translation>
    </message>
</context>
</TS>
