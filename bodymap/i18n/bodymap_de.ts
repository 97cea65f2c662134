<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>View mode (&quot;both&quot;, then each view&apos;s stored name) -&gt; its checkable action. Redo answers both conventions (Ctrl+Y, and Ctrl+Shift+Z that Linux and macOS use).</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Both views</source>
        <translation>&amp;Beide Ansichten</translation>
    </message>
    <message>
        <source>&amp;Ghost of previous visit</source>
        <translation>&amp;Vorbesuch einblenden</translation>
    </message>
    <message>
        <source>Show the previous visit faintly</source>
        <translation>Den vorigen Besuch blass anzeigen</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>Show the legend on the map</source>
        <translation>Die Legende auf der Körperkarte anzeigen</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>&amp;Show archived patients</source>
        <translation>Archivierte Patienten &amp;anzeigen</translation>
    </message>
    <message>
        <source>List archived patients too, greyed</source>
        <translation>Archivierte Patienten ausgegraut mit auflisten</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Clinic name and who is charting</source>
        <translation>Praxisname und wer dokumentiert</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>Neuer &amp;Patient…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>Patient &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected patient&apos;s details</source>
        <translation>Die Angaben des gewählten Patienten bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Patient &amp;archivieren…</translation>
    </message>
    <message>
        <source>Hide the patient from the list (never deleted)</source>
        <translation>Den Patienten aus der Liste ausblenden (nie gelöscht)</translation>
    </message>
    <message>
        <source>&amp;Clinicians…</source>
        <translation>&amp;Therapeuten…</translation>
    </message>
    <message>
        <source>Add or edit clinicians and choose who is charting</source>
        <translation>Therapeuten anlegen oder bearbeiten und wählen, wer dokumentiert</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Neuer &amp;Besuch…</translation>
    </message>
    <message>
        <source>Start a visit for the patient</source>
        <translation>Einen Besuch für den Patienten beginnen</translation>
    </message>
    <message>
        <source>New visit from p&amp;revious…</source>
        <translation>Neuer Besuch aus &amp;vorigem…</translation>
    </message>
    <message>
        <source>Start a visit with the previous visit&apos;s marks carried forward</source>
        <translation>Einen Besuch mit den übernommenen Markierungen des vorigen Besuchs beginnen</translation>
    </message>
    <message>
        <source>Visit &amp;audit trail…</source>
        <translation>Änderungs&amp;protokoll des Besuchs…</translation>
    </message>
    <message>
        <source>Every recorded change to this visit: who and when</source>
        <translation>Jede erfasste Änderung an diesem Besuch: wer und wann</translation>
    </message>
    <message>
        <source>&amp;Export note…</source>
        <translation>Behandlungsnotiz e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export this visit as a PDF note</source>
        <translation>Diesen Besuch als PDF-Behandlungsnotiz exportieren</translation>
    </message>
    <message>
        <source>Export progress &amp;report…</source>
        <translation>&amp;Verlaufsbericht exportieren…</translation>
    </message>
    <message>
        <source>Export the patient&apos;s progress over visits as a PDF</source>
        <translation>Den Verlauf des Patienten über alle Besuche als PDF exportieren</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>&amp;Archiv exportieren…</translation>
    </message>
    <message>
        <source>Write patients with every visit, record and audit trail to a JSON archive</source>
        <translation>Patienten mit allen Besuchen, Dokumentationen und Änderungsprotokollen in ein JSON-Archiv schreiben</translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation>Archiv &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the records of a BodyMap archive, all or nothing</source>
        <translation>Die Datensätze eines BodyMap-Archivs hinzufügen, ganz oder gar nicht</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>Die gewählte Markierung löschen</translation>
    </message>
    <message>
        <source>Snap to catalogue &amp;site</source>
        <translation>Auf &amp;Katalogpunkt setzen</translation>
    </message>
    <message>
        <source>Move the marker onto the nearby site</source>
        <translation>Die Markierung auf den nahen Katalogpunkt setzen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Hide &amp;referral pattern</source>
        <translation>&amp;Übertragungsmuster ausblenden</translation>
    </message>
    <message>
        <source>Remove the catalogue referral overlay from the map</source>
        <translation>Das eingeblendete Übertragungsmuster aus dem Katalog von der Karte entfernen</translation>
    </message>
    <message>
        <source>Wider brush</source>
        <translation>Breiterer Pinsel</translation>
    </message>
    <message>
        <source>Narrower brush</source>
        <translation>Schmalerer Pinsel</translation>
    </message>
    <message>
        <source>&amp;About BodyMap</source>
        <translation>&amp;Über BodyMap</translation>
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
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>V&amp;isit</source>
        <translation>Be&amp;such</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>AddMarkDialog</name>
    <message>
        <source>Add trigger point</source>
        <translation>Triggerpunkt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Site or muscle:</source>
        <translation>&amp;Punkt oder Muskel:</translation>
    </message>
    <message>
        <source>A catalogue site places the point on the site; a muscle places it at the middle of the muscle as drawn on that side and view. Adjust it with the arrow keys afterwards.</source>
        <translation>Ein Katalogpunkt setzt den Triggerpunkt auf diesen Punkt; ein Muskel setzt ihn in die Mitte des Muskels, wie er auf dieser Seite und Ansicht gezeichnet ist. Danach mit den Pfeiltasten anpassen.</translation>
    </message>
    <message>
        <source>Add pain zone by body region</source>
        <translation>Schmerzzone nach Körperregion hinzufügen</translation>
    </message>
    <message>
        <source>Body &amp;region:</source>
        <translation>Körper&amp;region:</translation>
    </message>
    <message>
        <source>The zone covers the whole body region (patient-reported pain, intensity 5); change intensity and kind in the inspector (Enter).</source>
        <translation>Die Zone deckt die ganze Körperregion ab (vom Patienten angegebener Schmerz, Intensität 5); Intensität und Art im Inspektor ändern (Eingabetaste).</translation>
    </message>
</context>
<context>
    <name>AddPointCommand</name>
    <message>
        <source>Place trigger point #{number}</source>
        <extracomment>The command&apos;s text once the mark is stored (e.g. with its number); None: unchanged.</extracomment>
        <translation>Triggerpunkt Nr. {number} setzen</translation>
    </message>
</context>
<context>
    <name>AddendaSection</name>
    <message>
        <source>New addendum</source>
        <translation>Neuer Nachtrag</translation>
    </message>
    <message>
        <source>What is corrected or added, and why</source>
        <translation>Was berichtigt oder ergänzt wird, und warum</translation>
    </message>
    <message>
        <source>A&amp;dd addendum</source>
        <translation>Nachtrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Verfasser:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Addenda are for signed visits. While the visit is a draft, correct the record itself.</source>
        <translation>Nachträge gibt es für unterschriebene Besuche. Solange der Besuch ein Entwurf ist, die Dokumentation selbst berichtigen.</translation>
    </message>
    <message>
        <source>No addenda.</source>
        <translation>Keine Nachträge.</translation>
    </message>
    <message>
        <source>Add a clinician profile first: an addendum needs an author.</source>
        <translation>Zuerst ein Therapeutenprofil anlegen: ein Nachtrag braucht einen Verfasser.</translation>
    </message>
    <message>
        <source>Write the addendum text first.</source>
        <translation>Zuerst den Text des Nachtrags schreiben.</translation>
    </message>
</context>
<context>
    <name>AdverseEventsSection</name>
    <message>
        <source>&amp;No adverse events during or after this visit</source>
        <translation>&amp;Keine unerwünschten Ereignisse während oder nach diesem Besuch</translation>
    </message>
    <message>
        <source>&amp;Add adverse event</source>
        <translation>Unerwünschtes Ereignis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Severity follows {SEVERITY_SCHEME}; each type offers only the classes it can have (a pneumothorax is never mild).</source>
        <extracomment>The save in flight: table row, the event as read, the event as edited.</extracomment>
        <translation>Schweregrad nach {SEVERITY_SCHEME}; jede Art bietet nur die möglichen Stufen an (ein Pneumothorax ist nie leicht).</translation>
    </message>
    <message>
        <source>{label} (serious kind)</source>
        <translation>{label} (schwerwiegende Art)</translation>
    </message>
    <message>
        <source>e.g. pressure applied 2 min, ice, observed 15 min</source>
        <translation>z. B. 2 min Druck, Eis, 15 min beobachtet</translation>
    </message>
    <message>
        <source>e.g. resolved before leaving; 24 h</source>
        <translation>z. B. vor dem Gehen abgeklungen; 24 h</translation>
    </message>
    <message>
        <source>Details (required for “Other minor reaction”)</source>
        <translation>Einzelheiten (nötig bei „Andere leichte Reaktion“)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Time cou&amp;rse:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>This kind of event is at least {floor}.</source>
        <translation>Diese Art von Ereignis ist mindestens {floor}.</translation>
    </message>
    <message>
        <source>No adverse events</source>
        <translation>Keine unerwünschten Ereignisse</translation>
    </message>
    <message>
        <source>Add adverse event</source>
        <translation>Unerwünschtes Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Edit adverse event</source>
        <translation>Unerwünschtes Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Remove adverse event {name}</source>
        <translation>Unerwünschtes Ereignis {name} entfernen</translation>
    </message>
    <message>
        <source>Removed adverse event “{name}” — Ctrl+Z to undo</source>
        <translation>Unerwünschtes Ereignis „{name}“ entfernt — Strg+Z macht es rückgängig</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to BodyMap</source>
        <translation>Willkommen bei BodyMap</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This database has no patients yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Load three demo patients with several visits each, so you can see charted trigger points, pain zones and progress straight away? You can archive them later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diese Datenbank enthält noch keine Patienten.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drei Demo-Patienten mit je mehreren Besuchen laden, damit dokumentierte Triggerpunkte, Schmerzzonen und Verläufe gleich zu sehen sind? Sie lassen sich später archivieren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Export archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <source>Wrote {visits} visits of {patients} patient{value} to
{path}</source>
        <translation>{visits} Besuche von {patients} Patient(en) geschrieben nach
{path}</translation>
    </message>
    <message>
        <source>Import archive</source>
        <translation>Archiv importieren</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}.

{first}</source>
        <translation>Aus {name} wurde nichts importiert.

{first}</translation>
    </message>
</context>
<context>
    <name>ArchiveScopeDialog</name>
    <message>
        <source>Export archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <source>An archive holds patients with every visit: chart, clinical record, signatures, addenda and audit trail. Another BodyMap imports it without losing anything.</source>
        <translation>Ein Archiv enthält Patienten mit jedem Besuch: Körperkarte, Dokumentation, Unterschriften, Nachträge und Änderungsprotokoll. Ein anderes BodyMap importiert es ohne Verlust.</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>Nur {name}</translation>
    </message>
    <message>
        <source>Only the selected patient</source>
        <translation>Nur den gewählten Patienten</translation>
    </message>
    <message>
        <source>All patients (archived ones too) and all clinicians</source>
        <translation>Alle Patienten (auch archivierte) und alle Therapeuten</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail — {title}</source>
        <extracomment>Record keys that best say what a created or deleted record was, most telling first. Bookkeeping keys left out of a record&apos;s summary.</extracomment>
        <translation>Änderungsprotokoll — {title}</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Einträge des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>{count} recorded change{value}, newest first. The log is written by the database with each change and cannot be edited.</source>
        <translation>{count} erfasste Änderung(en), neueste zuerst. Das Protokoll schreibt die Datenbank bei jeder Änderung; es kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>No changes have been recorded for this visit.</source>
        <translation>Für diesen Besuch wurden keine Änderungen erfasst.</translation>
    </message>
</context>
<context>
    <name>BodyMapScene</name>
    <message>
        <source>Patient&apos;s {value}</source>
        <translation>Patient: {value}</translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <source>Body map: {mark}</source>
        <translation>Körperkarte: {mark}</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
</context>
<context>
    <name>BrushTool</name>
    <message>
        <source>Pain zone drawn: set kind, intensity and quality in the inspector</source>
        <translation>Schmerzzone gezeichnet: Art, Intensität und Qualität im Inspektor festlegen</translation>
    </message>
</context>
<context>
    <name>ChangeSecretDialog</name>
    <message>
        <source>Change signing secret</source>
        <extracomment>Called with (clinician id, current secret, new secret); returns an error message or None.</extracomment>
        <translation>Signaturgeheimnis ändern</translation>
    </message>
    <message>
        <source>The current secret is checked as at signing: wrong entries count towards the five-minute lockout. The new secret needs at least {minimum} characters.</source>
        <translation>Das aktuelle Geheimnis wird wie beim Unterschreiben geprüft: Fehleingaben zählen zur fünfminütigen Sperre. Das neue Geheimnis braucht mindestens {minimum} Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Therapeut:</translation>
    </message>
    <message>
        <source>C&amp;urrent secret:</source>
        <translation>&amp;Aktuelles Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;New secret:</source>
        <translation>&amp;Neues Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Repeat new secret:</source>
        <translation>Neues Geheimnis &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>The two entries of the new secret differ; type it twice.</source>
        <translation>Die beiden Eingaben des neuen Geheimnisses weichen ab; bitte zweimal gleich eingeben.</translation>
    </message>
    <message>
        <source>New secret: at least {minimum} characters.</source>
        <translation>Neues Geheimnis: mindestens {minimum} Zeichen.</translation>
    </message>
</context>
<context>
    <name>ChartEditor</name>
    <message>
        <source>Open a visit first: choose a patient and a visit on the left</source>
        <translation>Zuerst einen Besuch öffnen: links einen Patienten und einen Besuch wählen</translation>
    </message>
    <message>
        <source>This visit is signed and read-only; add an addendum instead</source>
        <translation>Dieser Besuch ist unterschrieben und schreibgeschützt; stattdessen einen Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>Nothing placed: ({x:.0f}, {y:.0f}) is outside the body outline</source>
        <translation>Nichts gesetzt: ({x:.0f}, {y:.0f}) liegt außerhalb des Körperumrisses</translation>
    </message>
    <message>
        <source>Nothing placed: no charted muscle lies under this spot</source>
        <translation>Nichts gesetzt: unter dieser Stelle liegt kein erfasster Muskel</translation>
    </message>
    <message>
        <source>the trigger point was not saved</source>
        <translation>der Triggerpunkt wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Not moved: a trigger point must lie on a charted muscle</source>
        <translation>Nicht verschoben: ein Triggerpunkt muss auf einem erfassten Muskel liegen</translation>
    </message>
    <message>
        <source>Move trigger point #{number}</source>
        <translation>Triggerpunkt Nr. {number} verschieben</translation>
    </message>
    <message>
        <source>Snap #{number} to {name}</source>
        <translation>Nr. {number} auf {name} setzen</translation>
    </message>
    <message>
        <source>Delete {value} mark(s)</source>
        <translation>{value} Markierung(en) löschen</translation>
    </message>
    <message>
        <source>{verb}: extend zone</source>
        <translation>{verb}: Zone erweitern</translation>
    </message>
    <message>
        <source>{verb}: draw pain zone</source>
        <translation>{verb}: Schmerzzone zeichnen</translation>
    </message>
    <message>
        <source>the zone was not saved</source>
        <translation>die Zone wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>the clinician</source>
        <extracomment>The signed banner&apos;s style role (bodymap/ui/theme.py). Intensity of the next new zone; the digit keys 0-9 set it (and the selected zone&apos;s).</extracomment>
        <translation>der Therapeut</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed&lt;/b&gt; by {signer} on {when} — read-only; add an addendum in the Record tab to correct</source>
        <translation>&lt;b&gt;Unterschrieben&lt;/b&gt; von {signer} am {when} — schreibgeschützt; zum Berichtigen einen Nachtrag im Reiter Dokumentation hinzufügen</translation>
    </message>
    <message>
        <source>Referral pattern of {name} ({value}): View ▸ Hide referral pattern clears it</source>
        <translation>Übertragungsmuster von {name} ({value}): Ansicht ▸ Übertragungsmuster ausblenden entfernt es</translation>
    </message>
    <message>
        <source>Select a marker or a zone to delete it</source>
        <translation>Zum Löschen eine Markierung oder Zone auswählen</translation>
    </message>
    <message>
        <source>Set zone intensity {value}</source>
        <translation>Zonenintensität {value} setzen</translation>
    </message>
    <message>
        <source>Set zone intensity</source>
        <translation>Zonenintensität setzen</translation>
    </message>
    <message>
        <source>Intensity {value}/10 for the selected zone and the next one drawn</source>
        <translation>Intensität {value}/10 für die gewählte und die nächste gezeichnete Zone</translation>
    </message>
    <message>
        <source>Intensity {value}/10 for the next zone drawn</source>
        <translation>Intensität {value}/10 für die nächste gezeichnete Zone</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>{label}: {answer}</source>
        <translation>{label}: {answer}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{label}: note</source>
        <translation>{label}: Notiz</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Type to search…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
    <message>
        <source>“{choice}” is not in the list: type part of a name and pick a suggestion</source>
        <translation>„{choice}“ steht nicht in der Liste: einen Teil des Namens tippen und einen Vorschlag wählen</translation>
    </message>
</context>
<context>
    <name>ClinicianDialog</name>
    <message>
        <source>e.g. PT, DPT, OCS</source>
        <translation>z. B. PT, MSc, OMT</translation>
    </message>
    <message>
        <source>Dry-needling course and provider</source>
        <translation>Dry-Needling-Kurs und Anbieter</translation>
    </message>
    <message>
        <source>Hours of in-person training, e.g. 54</source>
        <translation>Stunden Präsenzausbildung, z. B. 54</translation>
    </message>
    <message>
        <source>Completed on, {DATE_FORMAT_HINT}</source>
        <translation>Abgeschlossen am, {DATE_FORMAT_HINT}</translation>
    </message>
    <message>
        <source>Several regulators require proof of dry-needling training on request; it is printed on the session note.</source>
        <translation>Mehrere Aufsichtsbehörden verlangen auf Anfrage einen Nachweis der Dry-Needling-Ausbildung; er wird auf die Behandlungsnotiz gedruckt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;redentials:</source>
        <translation>&amp;Qualifikation:</translation>
    </message>
    <message>
        <source>DN training &amp;course:</source>
        <translation>DN-Aus&amp;bildungskurs:</translation>
    </message>
    <message>
        <source>Training &amp;hours:</source>
        <translation>Ausbildungs&amp;stunden:</translation>
    </message>
    <message>
        <source>Training &amp;date:</source>
        <translation>Ausbildungs&amp;datum:</translation>
    </message>
</context>
<context>
    <name>CliniciansDialog</name>
    <message>
        <source>Clinicians</source>
        <translation>Therapeuten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Chart as selected</source>
        <translation>Als Gewählte(r) &amp;dokumentieren</translation>
    </message>
    <message>
        <source>Record your changes under this clinician in the audit log</source>
        <translation>Ihre Änderungen unter diesem Therapeuten im Änderungsprotokoll erfassen</translation>
    </message>
    <message>
        <source>Your changes are logged under the clinician you chart as. Double-click a row to edit it.</source>
        <translation>Ihre Änderungen werden unter dem Therapeuten protokolliert, als der Sie dokumentieren. Doppelklick auf eine Zeile bearbeitet sie.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagert</translation>
    </message>
    <message>
        <source>{visit_caption} — the first visit, nothing to compare</source>
        <translation>{visit_caption} — der erste Besuch, nichts zu vergleichen</translation>
    </message>
    <message>
        <source>No earlier visit</source>
        <translation>Kein früherer Besuch</translation>
    </message>
    <message>
        <source>Before · {visit_caption}</source>
        <translation>Vorher · {visit_caption}</translation>
    </message>
    <message>
        <source>After · {visit_caption}</source>
        <translation>Nachher · {visit_caption}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
</context>
<context>
    <name>CompareSummary</name>
    <message>
        <source>&lt;b&gt;Patient-reported pain&lt;/b&gt;</source>
        <extracomment>The style-table colour of each status word in the comparison table.</extracomment>
        <translation>&lt;b&gt;Vom Patienten angegebener Schmerz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Areas, overlap, shift and region counts come from the pain the patient reported; the referral zones drawn from trigger points are shown apart below.</source>
        <translation>Flächen, Überlappung, Verschiebung und Regionszahlen beruhen auf dem vom Patienten angegebenen Schmerz; die von Triggerpunkten gezeichneten Übertragungszonen stehen getrennt darunter.</translation>
    </message>
    <message>
        <source>Referral zones the clinician drew from trigger points, not counted as the patient&apos;s pain: CHOIR regions {counts}</source>
        <translation>Vom Therapeuten aus Triggerpunkten gezeichnete Übertragungszonen, nicht als Schmerz des Patienten gezählt: CHOIR-Regionen {counts}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>≈ {value} cm</source>
        <translation>≈ {value} cm</translation>
    </message>
    <message>
        <source>How far the centre of the painful area moved (largest of front and back), scaled to an adult 1.70 m tall.</source>
        <translation>Wie weit sich der Mittelpunkt der schmerzhaften Fläche verschoben hat (größerer Wert von vorne und hinten), umgerechnet auf einen 1,70 m großen Erwachsenen.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>edit conflict</source>
        <translation>Bearbeitungskonflikt</translation>
    </message>
    <message>
        <source>their version</source>
        <translation>deren Fassung</translation>
    </message>
    <message>
        <source>Show their version</source>
        <translation>Deren Fassung zeigen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Deren übernehmen</translation>
    </message>
    <message>
        <source>{headline}: your change to the {noun}&apos;s {fields} is not saved yet.</source>
        <translation>{headline}: Ihre Änderung an {fields} ({noun}) ist noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>&amp;Written</source>
        <translation>&amp;Schriftlich</translation>
    </message>
    <message>
        <source>Copies a consent that covers a course of treatment; tick “re-confirmed” after checking with the patient</source>
        <translation>Übernimmt eine Einwilligung, die eine Behandlungsserie abdeckt; nach Rücksprache mit dem Patienten „erneut bestätigt“ ankreuzen</translation>
    </message>
    <message>
        <source>Consent given:</source>
        <translation>Einwilligung erteilt:</translation>
    </message>
    <message>
        <source>Obtained &amp;at:</source>
        <translation>Eingeholt &amp;am:</translation>
    </message>
    <message>
        <source>Obtained &amp;by:</source>
        <translation>Eingeholt &amp;von:</translation>
    </message>
    <message>
        <source>C&amp;overs:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>Explained to the patient</source>
        <translation>Dem Patienten erklärt</translation>
    </message>
    <message>
        <source>Risks discussed</source>
        <translation>Besprochene Risiken</translation>
    </message>
    <message>
        <source>Ve&amp;rbal</source>
        <translation>&amp;Mündlich</translation>
    </message>
    <message>
        <source>Bring forward consent from the &amp;last visit</source>
        <translation>Einwilligung vom &amp;letzten Besuch übernehmen</translation>
    </message>
    <message>
        <source>{form} consent</source>
        <translation>Einwilligung {form}</translation>
    </message>
    <message>
        <source>Tic&amp;k all risks</source>
        <translation>Alle Risiken an&amp;kreuzen</translation>
    </message>
    <message>
        <source>Risks particular to this patient that were discussed (e.g. scoliosis and thorax)</source>
        <translation>Besprochene patientenspezifische Risiken (z. B. Skoliose und Thorax)</translation>
    </message>
    <message>
        <source>Patient-specific risks &amp;discussed:</source>
        <translation>Besprochene &amp;patientenspezifische Risiken:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Some jurisdictions require written consent and a copy for the patient.</source>
        <translation>Manche Rechtsordnungen verlangen eine schriftliche Einwilligung und eine Kopie für den Patienten.</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— nicht erfasst —</translation>
    </message>
    <message>
        <source>Choose written or verbal consent to record it.</source>
        <translation>Zum Erfassen schriftliche oder mündliche Einwilligung wählen.</translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation>Einwilligung bearbeiten</translation>
    </message>
    <message>
        <source>The last visit has no consent covering a course of treatment to bring forward.</source>
        <translation>Der letzte Besuch hat keine Einwilligung für eine Behandlungsserie, die sich übernehmen ließe.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>No database there</source>
        <translation>Dort ist keine Datenbank</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no BodyMap database at&lt;/p&gt;&lt;p&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Create a new, empty database there?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Unter&lt;/p&gt;&lt;p&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;gibt es keine BodyMap-Datenbank. Dort eine neue, leere Datenbank anlegen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>{message}

Restore the newest verified backup now?</source>
        <translation>{message}

Jetzt die neueste geprüfte Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Verschlüsselte Datenbank</translation>
    </message>
    <message>
        <source>{message}

Passphrase:</source>
        <translation>{message}

Passphrase:</translation>
    </message>
    <message>
        <source>BodyMap cannot start</source>
        <translation>BodyMap kann nicht starten</translation>
    </message>
    <message>
        <source>BodyMap</source>
        <translation>BodyMap</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>New &amp;database…</source>
        <extracomment>seconds the background quick_check may take before it gives up (a huge file) how often the window asks whether the daily backup is due, and how idle it must be</extracomment>
        <translation>Neue &amp;Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>The closing backup failed: {exc}</source>
        <translation>Die Sicherung beim Schließen ist fehlgeschlagen: {exc}</translation>
    </message>
    <message>
        <source>Daily backup failed: {exc}</source>
        <translation>Tägliche Sicherung fehlgeschlagen: {exc}</translation>
    </message>
    <message>
        <source>Daily backup verified: {name}</source>
        <translation>Tägliche Sicherung geprüft: {name}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backed up and verified:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{made}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Backups are kept in the &lt;b&gt;backups&lt;/b&gt; folder beside the database: the last 10, one a day for a week and one a week for a month.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gesichert und geprüft:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{made}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Sicherungen liegen im Ordner &lt;b&gt;backups&lt;/b&gt; neben der Datenbank: die letzten 10, eine pro Tag für eine Woche und eine pro Woche für einen Monat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replace the database with the backup &lt;b&gt;{name}&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;The current file is kept beside it as &lt;code&gt;{name2}.before-restore-…&lt;/code&gt;; nothing is deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datenbank durch die Sicherung &lt;b&gt;{name}&lt;/b&gt; ersetzen?&lt;/p&gt;&lt;p&gt;Die aktuelle Datei bleibt daneben als &lt;code&gt;{name2}.before-restore-…&lt;/code&gt; erhalten; nichts wird gelöscht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>Visit {visit_id} could not be read</source>
        <translation>Besuch {visit_id} konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read this visit</source>
        <translation>Dieser Besuch ist nicht lesbar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Visit {visit_id} could not be read from the database, so no chart is shown.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Tools › Check database&lt;/b&gt;; if the file is damaged, &lt;b&gt;File › Restore…&lt;/b&gt; puts back the newest backup.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Besuch {visit_id} konnte nicht aus der Datenbank gelesen werden, daher wird keine Körperkarte angezeigt.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Werkzeuge › Datenbank prüfen&lt;/b&gt; verwenden; ist die Datei beschädigt, stellt &lt;b&gt;Datei › Wiederherstellen…&lt;/b&gt; die neueste Sicherung zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{path}&lt;/b&gt; is damaged: {reason}.&lt;/p&gt;{offer}</source>
        <translation>&lt;p&gt;&lt;b&gt;{path}&lt;/b&gt; ist beschädigt: {reason}.&lt;/p&gt;{offer}</translation>
    </message>
</context>
<context>
    <name>DesktopConventions</name>
    <message>
        <source>&amp;Guide and keyboard reference</source>
        <translation>&amp;Anleitung und Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print this visit&apos;s session note</source>
        <translation>Die Behandlungsnotiz dieses Besuchs drucken</translation>
    </message>
</context>
<context>
    <name>EraserTool</name>
    <message>
        <source>Erased from {changed} zone(s)</source>
        <translation>Aus {changed} Zone(n) radiert</translation>
    </message>
    <message>
        <source>Nothing to erase there</source>
        <translation>Dort gibt es nichts zu radieren</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export note</source>
        <translation>Notiz exportieren</translation>
    </message>
    <message>
        <source>Export session note</source>
        <translation>Behandlungsnotiz exportieren</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation>Verlaufsbericht exportieren</translation>
    </message>
    <message>
        <source>Preparing the progress report…</source>
        <translation>Verlaufsbericht wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open folder</source>
        <extracomment>How long the &quot;exported to …&quot; note stays in the status bar.</extracomment>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation>Den Ordner der exportierten Datei öffnen</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>GhostPointItem</name>
    <message>
        <source>Previous visit: #{number} {label} — {what}</source>
        <extracomment>The halo sits this many device pixels outside a marker, so it shows around the marker.</extracomment>
        <translation>Voriger Besuch: Nr. {number} {label} — {what}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>rarely</source>
        <translation>selten</translation>
    </message>
    <message>
        <source>half the visits</source>
        <translation>bei der Hälfte der Besuche</translation>
    </message>
    <message>
        <source>every visit</source>
        <translation>bei jedem Besuch</translation>
    </message>
</context>
<context>
    <name>HeatMapPage</name>
    <message>
        <source>Body areas by how often they hurt</source>
        <translation>Körperbereiche nach Häufigkeit des Schmerzes</translation>
    </message>
    <message>
        <source>Most often painful</source>
        <translation>Am häufigsten schmerzhaft</translation>
    </message>
    <message>
        <source>Painful regions over {visits} visits</source>
        <translation>Schmerzhafte Regionen über {visits} Besuche</translation>
    </message>
    <message>
        <source>{name} — {painful} of {visits} visits ({share}%)</source>
        <translation>{name} — {painful} von {visits} Besuchen ({share} %)</translation>
    </message>
    <message>
        <source>No pain drawn at any visit</source>
        <translation>Bei keinem Besuch Schmerz eingezeichnet</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>BodyMap guide and keyboard reference</source>
        <translation>BodyMap-Anleitung und Tastenkürzel</translation>
    </message>
    <message>
        <source>Guide and keyboard reference</source>
        <translation>Anleitung und Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Compare visits</source>
        <translation>Besuche vergleichen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Häufigkeitskarte</translation>
    </message>
    <message>
        <source>Click a visit to compare it with the one before; Ctrl+click a second visit to compare any two.</source>
        <translation>Einen Besuch anklicken, um ihn mit dem vorigen zu vergleichen; Strg+Klick auf einen zweiten vergleicht zwei beliebige.</translation>
    </message>
    <message>
        <source>Choose a patient to review their visits.</source>
        <translation>Einen Patienten wählen, um seine Besuche anzusehen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>{name} — visits: {count}{span}</source>
        <translation>{name} — Besuche: {count}{span}</translation>
    </message>
    <message>
        <source>{name} has no visits yet. Start one from the visit list.</source>
        <translation>{name} hat noch keine Besuche. In der Besuchsliste einen beginnen.</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing selected&lt;/b&gt;&lt;p&gt;Click a marker or a zone to see and edit its details.&lt;/p&gt;&lt;p&gt;&lt;b&gt;T&lt;/b&gt; trigger point · &lt;b&gt;B&lt;/b&gt; brush · &lt;b&gt;L&lt;/b&gt; outline · &lt;b&gt;E&lt;/b&gt; eraser · &lt;b&gt;K&lt;/b&gt; link · &lt;b&gt;V&lt;/b&gt; select&lt;/p&gt;</source>
        <extracomment>Asks before a Side contradicting the drawn half is stored (tests answer it).</extracomment>
        <translation>&lt;b&gt;Nichts ausgewählt&lt;/b&gt;&lt;p&gt;Eine Markierung oder Zone anklicken, um ihre Angaben zu sehen und zu bearbeiten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;T&lt;/b&gt; Triggerpunkt · &lt;b&gt;B&lt;/b&gt; Pinsel · &lt;b&gt;L&lt;/b&gt; Umriss · &lt;b&gt;E&lt;/b&gt; Radierer · &lt;b&gt;K&lt;/b&gt; Verknüpfung · &lt;b&gt;V&lt;/b&gt; Auswahl&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Muscle</source>
        <translation>&amp;Muskel</translation>
    </message>
    <message>
        <source>Also here</source>
        <translation>Auch hier</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>side override</source>
        <translation>Seite abweichend</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>T&amp;witch</source>
        <translation>&amp;Zuckung</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Te&amp;nderness</source>
        <translation>&amp;Druckschmerz</translation>
    </message>
    <message>
        <source>Reproduces the familiar pain</source>
        <translation>Löst den bekannten Schmerz aus</translation>
    </message>
    <message>
        <source>Since &amp;last visit</source>
        <translation>Seit &amp;letztem Besuch</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Move the marker onto the catalogue site (S)</source>
        <translation>Die Markierung auf den Katalogpunkt setzen (S)</translation>
    </message>
    <message>
        <source>Catalogue site</source>
        <translation>Katalogpunkt</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Intensit&amp;y</source>
        <translation>Intensi&amp;tät</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation>&amp;Tiefe</translation>
    </message>
    <message>
        <source>&amp;Referred from</source>
        <translation>Übert&amp;ragen von</translation>
    </message>
    <message>
        <source>Near: {name}</source>
        <translation>Nahe: {name}</translation>
    </message>
    <message>
        <source>&lt;i&gt;none nearby&lt;/i&gt;</source>
        <translation>&lt;i&gt;keiner in der Nähe&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Pain zone · {view} · {area} cm²</source>
        <translation>Schmerzzone · {view} · {area} cm²</translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation>— nicht verknüpft —</translation>
    </message>
    <message>
        <source>Set {field} of #{number}</source>
        <translation>{field} von Nr. {number} setzen</translation>
    </message>
    <message>
        <source>Side against the drawing</source>
        <translation>Seite entgegen der Zeichnung</translation>
    </message>
    <message>
        <source>Set zone {field}</source>
        <translation>Zone: {field} setzen</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>Verify records</source>
        <extracomment>Style roles (bodymap/ui/theme.py) of the chart&apos;s banner and of the record view&apos;s banner when the open visit fails its check.</extracomment>
        <translation>Datensätze prüfen</translation>
    </message>
    <message>
        <source>The check could not run: {result}</source>
        <translation>Die Prüfung konnte nicht laufen: {result}</translation>
    </message>
    <message>
        <source>&lt;b&gt;All records verified.&lt;/b&gt;&lt;br&gt;{escape}</source>
        <translation>&lt;b&gt;Alle Datensätze geprüft.&lt;/b&gt;&lt;br&gt;{escape}</translation>
    </message>
    <message>
        <source>&lt;b&gt;INTEGRITY CHECK FAILED&lt;/b&gt;&lt;br&gt;{escape}&lt;br&gt;&lt;br&gt;{shown}{more}</source>
        <translation>&lt;b&gt;INTEGRITÄTSPRÜFUNG FEHLGESCHLAGEN&lt;/b&gt;&lt;br&gt;{escape}&lt;br&gt;&lt;br&gt;{shown}{more}</translation>
    </message>
</context>
<context>
    <name>KeyboardCharting</name>
    <message>
        <source>Add &amp;trigger point…</source>
        <translation>&amp;Triggerpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>Place a trigger point by catalogue site or muscle (Ctrl+T)</source>
        <translation>Einen Triggerpunkt nach Katalogpunkt oder Muskel setzen (Strg+T)</translation>
    </message>
    <message>
        <source>Add pain &amp;zone by region…</source>
        <translation>Schmerz&amp;zone nach Region hinzufügen…</translation>
    </message>
    <message>
        <source>Add a pain zone covering a body region (Ctrl+Shift+T)</source>
        <translation>Eine Schmerzzone über eine Körperregion hinzufügen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Placed {point_name}</source>
        <translation>Gesetzt: {point_name}</translation>
    </message>
    <message>
        <source>Added a pain zone over {choice}</source>
        <translation>Schmerzzone über {choice} hinzugefügt</translation>
    </message>
</context>
<context>
    <name>KeyboardEdits</name>
    <message>
        <source>Nothing placed: {name} ({value}) is not drawn in the {value2} view</source>
        <extracomment>Atlas units an arrow key moves a marker (Shift: ten times as far).</extracomment>
        <translation>Nichts gesetzt: {name} ({value}) ist in der Ansicht {value2} nicht gezeichnet</translation>
    </message>
    <message>
        <source>the trigger point was not saved</source>
        <translation>der Triggerpunkt wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Add pain zone: {name}</source>
        <translation>Schmerzzone hinzufügen: {name}</translation>
    </message>
    <message>
        <source>the zone was not saved</source>
        <translation>die Zone wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Not moved: a trigger point must lie on a charted muscle</source>
        <translation>Nicht verschoben: ein Triggerpunkt muss auf einem erfassten Muskel liegen</translation>
    </message>
</context>
<context>
    <name>LassoTool</name>
    <message>
        <source>Pain zone drawn: set kind, intensity and quality in the inspector</source>
        <translation>Schmerzzone gezeichnet: Art, Intensität und Qualität im Inspektor festlegen</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Patient-reported</source>
        <translation>Vom Patienten angegeben</translation>
    </message>
    <message>
        <source>Referred pain</source>
        <translation>Übertragungsschmerz</translation>
    </message>
    <message>
        <source>Active TrP</source>
        <translation>Aktiver TrP</translation>
    </message>
    <message>
        <source>Latent TrP</source>
        <translation>Latenter TrP</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Übertragung</translation>
    </message>
</context>
<context>
    <name>LinkArrowItem</name>
    <message>
        <source>Referred from trigger point #{number} (other view)</source>
        <extracomment>Scene-unit margin that holds the head at the smallest zoom (for the bounding rect).</extracomment>
        <translation>Übertragen von Triggerpunkt Nr. {number} (andere Ansicht)</translation>
    </message>
</context>
<context>
    <name>LinkTool</name>
    <message>
        <source>Start a referral link on a trigger-point marker</source>
        <translation>Eine Übertragungsverknüpfung an einer Triggerpunkt-Markierung beginnen</translation>
    </message>
    <message>
        <source>No link made: drop on a pain zone</source>
        <translation>Keine Verknüpfung: auf einer Schmerzzone loslassen</translation>
    </message>
    <message>
        <source>Referral link drawn</source>
        <translation>Übertragungsverknüpfung gezeichnet</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Could not refresh: {error}</source>
        <extracomment>How often the watcher is asked (the issue&apos;s budget is 2 s from commit to screen).</extracomment>
        <translation>Aktualisieren nicht möglich: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chart</source>
        <extracomment>Bumped whenever the set of docks changes, so an older saved layout is ignored, not misapplied. Settings key of the visit open when the window closed, reopened at the next launch. Delay before the catalogue docks are built after start-up. Set by ReadOnlyMode when another window writes to this database file.</extracomment>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <source>BodyMap{title_suffix}</source>
        <translation>BodyMap{title_suffix}</translation>
    </message>
    <message>
        <source>{name} — {visit_title} — BodyMap{title_suffix}</source>
        <translation>{name} — {visit_title} — BodyMap{title_suffix}</translation>
    </message>
    <message>
        <source>About BodyMap</source>
        <translation>Über BodyMap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BodyMap {version}&lt;/h3&gt;&lt;p&gt;Chart myofascial trigger points, pain zones and dry-needling visits on an anatomical body map.&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BodyMap {version}&lt;/h3&gt;&lt;p&gt;Myofasziale Triggerpunkte, Schmerzzonen und Dry-Needling-Besuche auf einer anatomischen Körperkarte dokumentieren.&lt;/p&gt;&lt;p&gt;Datenbank: {location}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Kartenlegende</translation>
    </message>
    <message>
        <source>Legend (View ▸ Legend toggles it)</source>
        <translation>Legende (Ansicht ▸ Legende blendet sie ein und aus)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
</context>
<context>
    <name>MarkNames</name>
    <message>
        <source>Trigger point {number}</source>
        <extracomment>A mark as the keyboard addresses it: (&quot;point&quot; | &quot;zone&quot;, id).</extracomment>
        <translation>Triggerpunkt {number}</translation>
    </message>
    <message>
        <source>tenderness {value}</source>
        <translation>Druckschmerz {value}</translation>
    </message>
    <message>
        <source>Pain zone {number}, {kind}, {view}, intensity {intensity}</source>
        <translation>Schmerzzone {number}, {kind}, {view}, Intensität {intensity}</translation>
    </message>
</context>
<context>
    <name>MarksDock</name>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Marks on the chart</source>
        <translation>Markierungen auf der Körperkarte</translation>
    </message>
    <message>
        <source>Every trigger point and pain zone of the open visit; choosing one focuses it on the map</source>
        <translation>Jeder Triggerpunkt und jede Schmerzzone des offenen Besuchs; eine Auswahl fokussiert sie auf der Karte</translation>
    </message>
    <message>
        <source>Body map with {count} mark{value}; Tab moves between them, arrows nudge a marker, Enter opens the inspector; the Marks list reads them</source>
        <translation>Körperkarte mit {count} Markierung(en); Tab wechselt zwischen ihnen, Pfeiltasten verschieben eine Markierung, die Eingabetaste öffnet den Inspektor; die Liste Markierungen liest sie vor</translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <source>Remove {name}</source>
        <extracomment>The section&apos;s save wrapper: runs a write, reports refusals, returns None when refused. The section&apos;s ``push_change``: (menu text, undo write, redo write, status message). Told of every stored change, so it can be undone (the Record tab&apos;s undo stack). The last update tried: the measure as read and as edited (for a conflict&apos;s answer).</extracomment>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Removed {name} — Ctrl+Z to undo</source>
        <translation>{name} entfernt — Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>{name} reading</source>
        <translation>Messung {name}</translation>
    </message>
</context>
<context>
    <name>MeasuresSection</name>
    <message>
        <source>Each item 0-5</source>
        <translation>Jede Frage 0–5</translation>
    </message>
</context>
<context>
    <name>NeedlingEditor</name>
    <message>
        <source>optional, e.g. 32G</source>
        <translation>optional, z. B. 32G</translation>
    </message>
    <message>
        <source>e.g. pincer grip, horizontal, anterior to posterior</source>
        <translation>z. B. Zangengriff, horizontal, von anterior nach posterior</translation>
    </message>
    <message>
        <source>Post-needling soreness advice</source>
        <translation>Hinweis auf Muskelkater nach dem Needling</translation>
    </message>
    <message>
        <source>Driving advice if drowsy</source>
        <translation>Hinweis zum Autofahren bei Benommenheit</translation>
    </message>
    <message>
        <source>Pneumothorax warning signs and what to do</source>
        <translation>Warnzeichen eines Pneumothorax und was zu tun ist</translation>
    </message>
    <message>
        <source>Immediate change in pain, ROM or PPT</source>
        <translation>Sofortige Änderung von Schmerz, Beweglichkeit oder Druckschmerzschwelle</translation>
    </message>
    <message>
        <source>&amp;Needle Ø × length:</source>
        <translation>&amp;Nadel Ø × Länge:</translation>
    </message>
    <message>
        <source>Stimulation:</source>
        <translation>Stimulation:</translation>
    </message>
    <message>
        <source>Pa&amp;sses:</source>
        <translation>&amp;Durchgänge:</translation>
    </message>
    <message>
        <source>T&amp;witch responses:</source>
        <translation>&amp;Zuckungsreaktionen:</translation>
    </message>
    <message>
        <source>Needle diameter</source>
        <translation>Nadeldurchmesser</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Nadellänge</translation>
    </message>
    <message>
        <source>Needle gauge</source>
        <translation>Nadelstärke (Gauge)</translation>
    </message>
    <message>
        <source>Stimulation frequency</source>
        <translation>Stimulationsfrequenz</translation>
    </message>
    <message>
        <source>Stimulation pulse width</source>
        <translation>Impulsbreite der Stimulation</translation>
    </message>
    <message>
        <source>Stimulation intensity</source>
        <translation>Stimulationsintensität</translation>
    </message>
    <message>
        <source>Stimulation minutes</source>
        <translation>Stimulationsdauer in Minuten</translation>
    </message>
    <message>
        <source>Familiar pain reprod&amp;uced</source>
        <translation>Bekannter Schmerz a&amp;usgelöst</translation>
    </message>
    <message>
        <source>Needles in</source>
        <translation>Nadeln rein</translation>
    </message>
    <message>
        <source>Needles out</source>
        <translation>Nadeln raus</translation>
    </message>
    <message>
        <source>Techni&amp;que:</source>
        <translation>Tech&amp;nik:</translation>
    </message>
    <message>
        <source>Inse&amp;rtions:</source>
        <translation>Ein&amp;stiche:</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>T&amp;iefe:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Verweildauer:</translation>
    </message>
    <message>
        <source>Patient p&amp;osition:</source>
        <translation>&amp;Lagerung:</translation>
    </message>
    <message>
        <source>To&amp;lerance (NPRS):</source>
        <translation>Tole&amp;ranz (NPRS):</translation>
    </message>
    <message>
        <source>in</source>
        <translation>rein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>raus</translation>
    </message>
    <message>
        <source>Needle &amp;count:</source>
        <translation>Nadel&amp;anzahl:</translation>
    </message>
    <message>
        <source>After-care given</source>
        <translation>Nachsorge erteilt</translation>
    </message>
    <message>
        <source>Immediate response:</source>
        <translation>Unmittelbare Reaktion:</translation>
    </message>
    <message>
        <source>Required to sign: the point is over the thorax</source>
        <translation>Zum Unterschreiben nötig: der Punkt liegt über dem Thorax</translation>
    </message>
    <message>
        <source>✓ all out</source>
        <translation>✓ alle entfernt</translation>
    </message>
    <message>
        <source>≠ counts differ</source>
        <translation>≠ Anzahlen weichen ab</translation>
    </message>
</context>
<context>
    <name>NeedlingSection</name>
    <message>
        <source>&amp;Add needling</source>
        <translation>Needling &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Tri&amp;gger point:</source>
        <translation>Tri&amp;ggerpunkt:</translation>
    </message>
    <message>
        <source>One needling record per active trigger point not yet recorded, each with the needle, position and technique suggested for its muscle — then adjust</source>
        <translation>Ein Needling-Eintrag je noch nicht erfasstem aktivem Triggerpunkt, jeweils mit der für den Muskel vorgeschlagenen Nadel, Lagerung und Technik — danach anpassen</translation>
    </message>
    <message>
        <source>Needling records</source>
        <translation>Needling-Einträge</translation>
    </message>
    <message>
        <source>Procedure</source>
        <extracomment>The save in flight: table row, the record as read, the record as edited.</extracomment>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>No needling recorded. Chart trigger points on the Chart page, then add them here.</source>
        <translation>Kein Needling erfasst. Triggerpunkte auf der Seite Körperkarte einzeichnen, dann hier hinzufügen.</translation>
    </message>
    <message>
        <source>  ⚠ thorax</source>
        <translation>  ⚠ Thorax</translation>
    </message>
    <message>
        <source>Needle counts differ: the visit cannot be signed</source>
        <translation>Nadelanzahlen weichen ab: der Besuch kann nicht unterschrieben werden</translation>
    </message>
    <message>
        <source>This trigger point is no longer on the chart.</source>
        <translation>Dieser Triggerpunkt ist nicht mehr auf der Körperkarte.</translation>
    </message>
    <message>
        <source>Edit needling {title}</source>
        <translation>Needling {title} bearbeiten</translation>
    </message>
    <message>
        <source>Remove needling {title}</source>
        <translation>Needling {title} entfernen</translation>
    </message>
    <message>
        <source>Removed needling {title} — Ctrl+Z to undo</source>
        <translation>Needling {title} entfernt — Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Add needling {title}</source>
        <translation>Needling {title} hinzufügen</translation>
    </message>
    <message>
        <source>Needle all active trigger points</source>
        <translation>Alle aktiven Triggerpunkte nadeln</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}:&lt;/b&gt; no catalogue site chosen; check the anatomy.</source>
        <translation>&lt;b&gt;{name}:&lt;/b&gt; kein Katalogpunkt gewählt; die Anatomie prüfen.</translation>
    </message>
    <message>
        <source>Chart a trigger point first, then pick it here.</source>
        <translation>Zuerst einen Triggerpunkt einzeichnen, dann hier auswählen.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Every active trigger point already has a record.</source>
        <translation>Jeder aktive Triggerpunkt hat schon einen Eintrag.</translation>
    </message>
    <message>
        <source>Needling over the thorax</source>
        <translation>Needling über dem Thorax</translation>
    </message>
    <message>
        <source>{len} of these points lie over the lung. Has the patient been told the warning signs of a pneumothorax (breathlessness, chest or shoulder-blade pain on breathing, dry cough, possibly hours later) and to seek urgent care if they occur?</source>
        <translation>{len} dieser Punkte liegen über der Lunge. Wurde der Patient über die Warnzeichen eines Pneumothorax aufgeklärt (Atemnot, atemabhängige Brust- oder Schulterblattschmerzen, trockener Husten, möglicherweise erst Stunden später) und darüber, bei deren Auftreten sofort ärztliche Hilfe zu suchen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety — {name}:&lt;/b&gt; {safety}</source>
        <translation>&lt;b&gt;Sicherheit — {name}:&lt;/b&gt; {safety}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No catalogue suggestion for {name}:&lt;/b&gt; the needle, position and technique were not suggested — set them.</source>
        <translation>&lt;b&gt;Kein Katalogvorschlag für {name}:&lt;/b&gt; Nadel, Lagerung und Technik wurden nicht vorgeschlagen — bitte festlegen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usually:&lt;/b&gt; {low}–{high} mm needle; {direction}. &lt;b&gt;At risk:&lt;/b&gt; {at_risk}.</source>
        <translation>&lt;b&gt;Üblich:&lt;/b&gt; Nadel {low}–{high} mm; {direction}. &lt;b&gt;Gefährdet:&lt;/b&gt; {at_risk}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Over the thorax:&lt;/b&gt; pneumothorax risk. Explain the warning signs (breathlessness, chest pain, dry cough, possibly hours later) and what to do.</source>
        <translation>&lt;b&gt;⚠ Über dem Thorax:&lt;/b&gt; Pneumothoraxrisiko. Die Warnzeichen (Atemnot, Brustschmerz, trockener Husten, möglicherweise erst Stunden später) und das richtige Vorgehen erklären.</translation>
    </message>
    <message>
        <source>Both sides of the thorax</source>
        <translation>Beide Thoraxseiten</translation>
    </message>
    <message>
        <source>{warning}

The reason is kept with the visit, audited and printed in the note. Leave it blank to cancel.</source>
        <translation>{warning}

Die Begründung wird mit dem Besuch gespeichert, protokolliert und in die Notiz gedruckt. Leer lassen, um abzubrechen.</translation>
    </message>
    <message>
        <source>This point lies over the lung. Has the patient been told the warning signs of a pneumothorax (breathlessness, chest or shoulder-blade pain on breathing, dry cough, possibly hours later) and to seek urgent care if they occur?</source>
        <translation>Dieser Punkt liegt über der Lunge. Wurde der Patient über die Warnzeichen eines Pneumothorax aufgeklärt (Atemnot, atemabhängige Brust- oder Schulterblattschmerzen, trockener Husten, möglicherweise erst Stunden später) und darüber, bei deren Auftreten sofort ärztliche Hilfe zu suchen?</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>New visit — {name}</source>
        <extracomment>How far ahead a visit may be dated (a visit is charted while or after it happens).</extracomment>
        <translation>Neuer Besuch — {name}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>&amp;Carry forward the previous visit&apos;s marks</source>
        <translation>Markierungen des vorigen Besuchs &amp;übernehmen</translation>
    </message>
    <message>
        <source>Unresolved trigger points and pain zones of the visit of {date} are copied in, marked persisting</source>
        <translation>Nicht abgeklungene Triggerpunkte und Schmerzzonen des Besuchs vom {date} werden übernommen und als fortbestehend markiert</translation>
    </message>
    <message>
        <source>This is the patient&apos;s first visit</source>
        <translation>Dies ist der erste Besuch des Patienten</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation>&amp;Therapeut:</translation>
    </message>
    <message>
        <source>First visit of this patient: nothing to carry forward.</source>
        <translation>Erster Besuch dieses Patienten: nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>Besuch &amp;beginnen</translation>
    </message>
    <message>
        <source>Date and time: must be on or before {date}</source>
        <translation>Datum und Uhrzeit: muss am oder vor dem {date} liegen</translation>
    </message>
    <message>
        <source>Could not start the visit: {exc}</source>
        <translation>Der Besuch konnte nicht begonnen werden: {exc}</translation>
    </message>
</context>
<context>
    <name>NotesEdit</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>NprsGrid</name>
    <message>
        <source>&lt;b&gt;Before treatment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vor der Behandlung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;After treatment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nach der Behandlung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>NPRS {reading}, {timing}</source>
        <translation>NPRS {reading}, {timing}</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst imaginable; click the chosen number again to clear</source>
        <translation>0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz; die gewählte Zahl erneut anklicken, um sie zu löschen</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>born {date} ({age} y)</source>
        <extracomment>Resting and just-switched backgrounds of the banner. Style roles (bodymap/ui/theme.py): at rest, and just after the patient changed. How long the just-switched colour stays. The visit status of a visit that failed its integrity check (the red of the tamper banner).</extracomment>
        <translation>geb. {date} ({age} J.)</translation>
    </message>
    <message>
        <source>date of birth not recorded</source>
        <translation>Geburtsdatum nicht erfasst</translation>
    </message>
    <message>
        <source>Chart {number}</source>
        <translation>Akte {number}</translation>
    </message>
    <message>
        <source>no chart number</source>
        <translation>keine Aktennummer</translation>
    </message>
    <message>
        <source>Patient banner</source>
        <translation>Patientenleiste</translation>
    </message>
    <message>
        <source>&lt;i&gt;No patient open — pick one in the Patients list&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Patient geöffnet — einen in der Patientenliste wählen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size: 13pt; font-weight: 700;&quot;&gt;{escape}&lt;/span&gt;&lt;br&gt;{replace}</source>
        <translation>&lt;span style=&quot;font-size: 13pt; font-weight: 700;&quot;&gt;{escape}&lt;/span&gt;&lt;br&gt;{replace}</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>Integritätsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Visit&lt;br&gt;{when} ({status})</source>
        <translation>Besuch&lt;br&gt;{when} ({status})</translation>
    </message>
    <message>
        <source>No visit open</source>
        <translation>Kein Besuch geöffnet</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Family name, given names</source>
        <translation>Nachname, Vornamen</translation>
    </message>
    <message>
        <source>Clinic chart or MRN number</source>
        <translation>Akten- oder Patientennummer der Praxis</translation>
    </message>
    <message>
        <source>Phone, e-mail or address</source>
        <translation>Telefon, E-Mail oder Adresse</translation>
    </message>
    <message>
        <source>&amp;Archived (hidden from the patient list; never deleted)</source>
        <translation>&amp;Archiviert (aus der Patientenliste ausgeblendet; nie gelöscht)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;hart number:</source>
        <translation>&amp;Aktennummer:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Ge&amp;schlecht:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>{age_on} years</source>
        <translation>{age_on} Jahre</translation>
    </message>
</context>
<context>
    <name>PatientsDock</name>
    <message>
        <source>Search name, chart number or birth date</source>
        <extracomment>The patient whose chart is open (a click or Enter in the list opens one).</extracomment>
        <translation>Name, Aktennummer oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Chart {number}</source>
        <extracomment>True while a key moves the highlight: the dock keeps the open patient then.</extracomment>
        <translation>Akte {number}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <source>no chart number</source>
        <translation>keine Aktennummer</translation>
    </message>
    <message>
        <source>Archived · {detail}</source>
        <translation>Archiviert · {detail}</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Neuer Besuch</translation>
    </message>
    <message>
        <source>New blank visit</source>
        <translation>Neuer leerer Besuch</translation>
    </message>
    <message>
        <source>New visit from previous (carry marks forward)</source>
        <translation>Neuer Besuch aus vorigem (Markierungen übernehmen)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Draft — editable</source>
        <translation>Entwurf — bearbeitbar</translation>
    </message>
    <message>
        <source>⚠ Integrity check failed</source>
        <translation>⚠ Integritätsprüfung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <source>The clinician recorded as author of your changes</source>
        <extracomment>The dialog opened last and still open (for tests and screenshots), else None.</extracomment>
        <translation>Der als Verfasser Ihrer Änderungen erfasste Therapeut</translation>
    </message>
    <message>
        <source>Charting as {name}</source>
        <translation>Dokumentiert als {name}</translation>
    </message>
    <message>
        <source>Charting as: nobody — add a clinician</source>
        <translation>Dokumentiert als: niemand — einen Therapeuten anlegen</translation>
    </message>
    <message>
        <source>Charting as: {display_name}</source>
        <translation>Dokumentiert als: {display_name}</translation>
    </message>
    <message>
        <source>{verb} patient</source>
        <translation>Patient: {verb}</translation>
    </message>
    <message>
        <source>&amp;Restore patient…</source>
        <translation>Patient &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Patient &amp;archivieren…</translation>
    </message>
    <message>
        <source>Choose a patient first</source>
        <translation>Zuerst einen Patienten wählen</translation>
    </message>
    <message>
        <source>New visit {done}</source>
        <translation>Neuer Besuch {done}</translation>
    </message>
    <message>
        <source>A draft visit is open</source>
        <translation>Ein Besuchsentwurf ist offen</translation>
    </message>
    <message>
        <source>{name} already has a draft visit ({visit_title}).

Chart in that visit, or start a second draft visit?</source>
        <translation>{name} hat bereits einen Besuchsentwurf ({visit_title}).

In diesem Besuch dokumentieren oder einen zweiten Entwurf beginnen?</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Start another visit</source>
        <translation>Weiteren Besuch beginnen</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>{item}: detail</source>
        <translation>{item}: Einzelheiten</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Weiteres Vorgehen</translation>
    </message>
    <message>
        <source>e.g. once a week for 4 weeks</source>
        <translation>z. B. einmal pro Woche für 4 Wochen</translation>
    </message>
    <message>
        <source>To whom and why, if anyone</source>
        <translation>An wen und warum, falls überhaupt</translation>
    </message>
    <message>
        <source>Goals, follow-up call for post-needling soreness, ...</source>
        <translation>Ziele, Nachfrage wegen Muskelkater nach dem Needling, …</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>Ne&amp;xt visit:</source>
        <translation>&amp;Nächster Besuch:</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>Über&amp;weisung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Edit plan of care</source>
        <translation>Behandlungsplan bearbeiten</translation>
    </message>
</context>
<context>
    <name>PointMatchTable</name>
    <message>
        <source>Trigger points matched across the two visits</source>
        <translation>Über beide Besuche zugeordnete Triggerpunkte</translation>
    </message>
</context>
<context>
    <name>PptRow</name>
    <message>
        <source>Site, e.g. Upper trapezius</source>
        <extracomment>(text shown, stored site) of a loaded measure, so an untouched site keeps its id.</extracomment>
        <translation>Stelle, z. B. oberer Trapezius</translation>
    </message>
    <message>
        <source>Remove this site</source>
        <translation>Diese Stelle entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value}&lt;/b&gt; kg/cm² = {kpa} kPa (mean only)</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt; kg/cm² = {kpa} kPa (nur Mittelwert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value}&lt;/b&gt; kg/cm² = {kpa} kPa</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt; kg/cm² = {kpa} kPa</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED_COLOUR}&apos;&gt;enter 3 trials&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{MUTED_COLOUR}&apos;&gt;3 Messungen eingeben&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>PptTable</name>
    <message>
        <source>Add PPT &amp;site</source>
        <translation>Druckschmerzschwelle: &amp;Stelle hinzufügen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>No clinicians yet (add them under Patient → Clinicians)</source>
        <translation>Noch keine Therapeuten (unter Patient → Therapeuten anlegen)</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>&amp;Praxisname:</translation>
    </message>
    <message>
        <source>Printed at the top of session notes and progress reports.</source>
        <translation>Steht oben auf Behandlungsnotizen und Verlaufsberichten.</translation>
    </message>
    <message>
        <source>C&amp;harting as:</source>
        <translation>&amp;Dokumentiert als:</translation>
    </message>
    <message>
        <source>Named as the author of your changes in this database&apos;s audit log.</source>
        <translation>Als Verfasser Ihrer Änderungen im Änderungsprotokoll dieser Datenbank genannt.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>{upper} reference:</source>
        <translation>Referenz {upper}:</translation>
    </message>
    <message>
        <source>The change drawn on trend charts and in progress reports. MCID: the smallest change patients judge important; MDC: the smallest change beyond measurement error.</source>
        <translation>Die in Verlaufsdiagrammen und -berichten eingezeichnete Veränderung. MCID: kleinste für Patienten bedeutsame Veränderung; MDC: kleinste Veränderung jenseits des Messfehlers.</translation>
    </message>
    <message>
        <source>Clinic name: must not be empty (1 to {CLINIC_NAME_MAX} characters)</source>
        <translation>Praxisname: darf nicht leer sein (1 bis {CLINIC_NAME_MAX} Zeichen)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be opened</source>
        <extracomment>Pages are rendered at the printer&apos;s resolution, but never finer than this (memory). PDF user space unit: 1/72 inch.</extracomment>
        <translation>Der Drucker konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Print session note</source>
        <translation>Behandlungsnotiz drucken</translation>
    </message>
</context>
<context>
    <name>ProgressReportRenderer</name>
    <message>
        <source>Progress report</source>
        <translation>Verlaufsbericht</translation>
    </message>
    <message>
        <source>{patient_name} · Chart {chart_number}</source>
        <translation>{patient_name} · Akte {chart_number}</translation>
    </message>
    <message>
        <source>Progress report · {period}</source>
        <translation>Verlaufsbericht · {period}</translation>
    </message>
    <message>
        <source>{count} ({signed} signed)</source>
        <translation>{count} ({signed} unterschrieben)</translation>
    </message>
    <message>
        <source>A comparison needs at least two visits in the period.</source>
        <translation>Ein Vergleich braucht mindestens zwei Besuche im Zeitraum.</translation>
    </message>
    <message>
        <source>No visits in this period.</source>
        <translation>Keine Besuche in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>First versus last visit</source>
        <translation>Erster und letzter Besuch im Vergleich</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>No outcome measures were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Messwerte erfasst.</translation>
    </message>
    <message>
        <source>{count} ({active} active)</source>
        <translation>{count} ({active} aktiv)</translation>
    </message>
    <message>
        <source>Pain area is the share of the body surface the patient reported as painful (front and back). CHOIR, Michigan Body Map and Widespread Pain Index counts are the regions of those instruments that the patient-reported pain covers. Referred zones are the referral patterns the clinician drew from trigger points, shown apart and not counted as the patient&apos;s pain.</source>
        <translation>Die Schmerzfläche ist der Anteil der Körperoberfläche, den der Patient als schmerzhaft angegeben hat (vorne und hinten). Die Zahlen für CHOIR, Michigan Body Map und Widespread Pain Index sind die Regionen dieser Instrumente, die der vom Patienten angegebene Schmerz abdeckt. Übertragungszonen sind die vom Therapeuten aus Triggerpunkten gezeichneten Übertragungsmuster; sie stehen getrennt und zählen nicht als Schmerz des Patienten.</translation>
    </message>
    <message>
        <source>Pain extent is not available: the atlas&apos;s surface regions could not be loaded.</source>
        <translation>Die Schmerzausdehnung ist nicht verfügbar: die Oberflächenregionen des Atlas konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Pain extent per visit</source>
        <translation>Schmerzausdehnung je Besuch</translation>
    </message>
    <message>
        <source>Trigger points by muscle</source>
        <translation>Triggerpunkte nach Muskel</translation>
    </message>
    <message>
        <source>No trigger points were charted in this period.</source>
        <translation>In diesem Zeitraum wurden keine Triggerpunkte eingezeichnet.</translation>
    </message>
    <message>
        <source>Front and back per visit; filled dots are active trigger points, open dots latent; zone colours as in the session note legend.</source>
        <translation>Vorne und hinten je Besuch; gefüllte Punkte sind aktive Triggerpunkte, offene latente; Zonenfarben wie in der Legende der Behandlungsnotiz.</translation>
    </message>
    <message>
        <source>Body map per visit</source>
        <translation>Körperkarte je Besuch</translation>
    </message>
</context>
<context>
    <name>ProgressSummary</name>
    <message>
        <source>No accepted reference threshold (MCID or MDC) for this measure.</source>
        <extracomment>Quantifies one visit&apos;s patient-reported and referred zones apart (``bodymap.analysis.extent.visit_extent`` with the atlas). Compares two visits (``bodymap.analysis.compare.compare_visits`` with the atlas).</extracomment>
        <translation>Für diese Messung gibt es keine anerkannte Referenzschwelle (MCID oder MDC).</translation>
    </message>
    <message>
        <source>rise</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>fall</source>
        <translation>Abfall</translation>
    </message>
    <message>
        <source>a change beyond measurement error, not a minimal important change</source>
        <translation>eine Veränderung jenseits des Messfehlers, keine minimal bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>the smallest change patients judge important</source>
        <translation>die kleinste für Patienten bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>Dashed red line: a {direction} of {amount} from the first visit, the {label}: {kind}. Population: {population}. Source: {citation}.</source>
        <translation>Gestrichelte rote Linie: ein {direction} um {amount} gegenüber dem ersten Besuch, die {label}: {kind}. Population: {population}. Quelle: {citation}.</translation>
    </message>
    <message>
        <source> ({label} reached)</source>
        <translation> ({label} erreicht)</translation>
    </message>
    <message>
        <source> (below {label})</source>
        <translation> (unter {label})</translation>
    </message>
    <message>
        <source>, pre-treatment</source>
        <translation>, vor der Behandlung</translation>
    </message>
    <message>
        <source>, post-treatment</source>
        <translation>, nach der Behandlung</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Besuchsdatum</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} Besuche</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Triggerpunkte</translation>
    </message>
    <message>
        <source>Active trigger points</source>
        <translation>Aktive Triggerpunkte</translation>
    </message>
    <message>
        <source>Pain area (% of body)</source>
        <translation>Schmerzfläche (% des Körpers)</translation>
    </message>
    <message>
        <source>{change} % points</source>
        <translation>{change} Prozentpunkte</translation>
    </message>
    <message>
        <source>CHOIR regions</source>
        <translation>CHOIR-Regionen</translation>
    </message>
    <message>
        <source>Michigan Body Map areas</source>
        <translation>Michigan-Body-Map-Flächen</translation>
    </message>
    <message>
        <source>Widespread Pain Index</source>
        <translation>Widespread Pain Index</translation>
    </message>
    <message>
        <source>Painful area overlap (Jaccard)</source>
        <translation>Überlappung der Schmerzfläche (Jaccard)</translation>
    </message>
    <message>
        <source>Trigger points matched</source>
        <translation>Zugeordnete Triggerpunkte</translation>
    </message>
    <message>
        <source>{resolved} resolved, {persisting} persisting, {new} new</source>
        <translation>{resolved} abgeklungen, {persisting} fortbestehend, {new} neu</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
</context>
<context>
    <name>PsfsForm</name>
    <message>
        <source>PSFS version</source>
        <translation>PSFS-Version</translation>
    </message>
    <message>
        <source>PSFS {version}</source>
        <translation>PSFS {version}</translation>
    </message>
    <message>
        <source>Activity {number} (optional)</source>
        <translation>Aktivität {number} (optional)</translation>
    </message>
    <message>
        <source>Activity {number}</source>
        <translation>Aktivität {number}</translation>
    </message>
    <message>
        <source>PSFS activity {number}</source>
        <translation>PSFS-Aktivität {number}</translation>
    </message>
    <message>
        <source>PSFS score {value}</source>
        <translation>PSFS-Wert {value}</translation>
    </message>
    <message>
        <source>Activities carried from the last visit</source>
        <translation>Aktivitäten vom letzten Besuch übernommen</translation>
    </message>
    <message>
        <source>Mean &lt;b&gt;{mean}&lt;/b&gt; / 10</source>
        <translation>Mittelwert &lt;b&gt;{mean}&lt;/b&gt; / 10</translation>
    </message>
    <message>
        <source>Score 3-5 activities</source>
        <translation>3–5 Aktivitäten bewerten</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>{instrument} item {number}, {title}</source>
        <translation>{instrument} Frage {number}, {title}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED_COLOUR}&apos;&gt;Not completed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{MUTED_COLOUR}&apos;&gt;Nicht ausgefüllt&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;{score} / 50&lt;/b&gt; ({percent} %) — {band}</source>
        <translation>Wert &lt;b&gt;{score} / 50&lt;/b&gt; ({percent} %) — {band}</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;{percent} %&lt;/b&gt; — {band}</source>
        <translation>Wert &lt;b&gt;{percent} %&lt;/b&gt; — {band}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED_COLOUR}&apos;&gt;{error_text}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{MUTED_COLOUR}&apos;&gt;{error_text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source> (prorated over {count} items)</source>
        <translation> (hochgerechnet aus {count} Fragen)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>Read-only: this database is open for writing in another BodyMap window ({holder}). You see its changes as they are saved; edit in that window.</source>
        <translation>Schreibgeschützt: diese Datenbank ist in einem anderen BodyMap-Fenster zum Schreiben geöffnet ({holder}). Dessen Änderungen erscheinen hier beim Speichern; bitte dort bearbeiten.</translation>
    </message>
    <message>
        <source>read-only banner</source>
        <translation>Hinweis schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>save error</source>
        <extracomment>Bookkeeping fields that differ between two versions of the same form&apos;s content. Property set on widgets that stay usable on a signed visit (e.g. &quot;Add addendum&quot;). Problems found by the integrity check; a tampered visit is read-only like a signed one. Emitted after a successful save, so the view can refresh what depends on it. A line for the window&apos;s status bar (&quot;Removed … — Ctrl+Z to undo&quot;).</extracomment>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <extracomment>Set by the view: makes Enter move to the next field in rows added later. Error labels by model field name: a refusal naming that field is shown there. The Record tab&apos;s undo stack (set by the view); field edits push commands on it.</extracomment>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>The visit is signed: undo changes nothing</source>
        <translation>Der Besuch ist unterschrieben: Rückgängig ändert nichts</translation>
    </message>
    <message>
        <source>Not saved: {conflict}; reopen the visit to see their version</source>
        <translation>Nicht gespeichert: {conflict}; den Besuch neu öffnen, um die andere Fassung zu sehen</translation>
    </message>
</context>
<context>
    <name>RecordSections</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Begründung der Ausnahme</translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation>Version der Checkliste</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Erklärt</translation>
    </message>
    <message>
        <source>Risks discussed</source>
        <translation>Besprochene Risiken</translation>
    </message>
    <message>
        <source>Patient-specific risks</source>
        <translation>Patientenspezifische Risiken</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Not decided</source>
        <extracomment>Returns a clinician&apos;s printed name for an id (None or unknown → a neutral wording).</extracomment>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>absolut</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <source>, hard stop</source>
        <translation>, Ausschlusskriterium</translation>
    </message>
    <message>
        <source>None of the checklist items</source>
        <translation>Keiner der Punkte der Checkliste</translation>
    </message>
    <message>
        <source>{count} checklist items</source>
        <translation>{count} Punkte der Checkliste</translation>
    </message>
    <message>
        <source>None of the listed groups</source>
        <translation>Keine der aufgeführten Gruppen</translation>
    </message>
    <message>
        <source>for the course of treatment</source>
        <translation>für die Behandlungsserie</translation>
    </message>
    <message>
        <source>for this session</source>
        <translation>für diese Sitzung</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <source>{form}, {scope}; obtained {when} by {who}</source>
        <translation>{form}, {scope}; eingeholt am {when} von {who}</translation>
    </message>
    <message>
        <source>stated that dry needling is not acupuncture</source>
        <translation>darauf hingewiesen, dass Dry Needling keine Akupunktur ist</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>expected sensations</source>
        <translation>zu erwartende Empfindungen</translation>
    </message>
    <message>
        <source>expected benefits</source>
        <translation>erwarteter Nutzen</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <source>alternatives offered</source>
        <translation>Alternativen angeboten</translation>
    </message>
    <message>
        <source>right to withdraw explained</source>
        <translation>Widerrufsrecht erklärt</translation>
    </message>
    <message>
        <source>questions answered</source>
        <translation>Fragen beantwortet</translation>
    </message>
    <message>
        <source>copy given to the patient</source>
        <translation>Kopie an den Patienten ausgehändigt</translation>
    </message>
    <message>
        <source>signed form on file</source>
        <translation>unterschriebene Erklärung liegt vor</translation>
    </message>
    <message>
        <source>re-confirmed at this visit</source>
        <translation>bei diesem Besuch erneut bestätigt</translation>
    </message>
    <message>
        <source>insertion</source>
        <translation>Einstich</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>twitch</source>
        <translation>Zuckung</translation>
    </message>
    <message>
        <source>twitches</source>
        <translation>Zuckungen</translation>
    </message>
    <message>
        <source>depth {depth} mm</source>
        <translation>Tiefe {depth} mm</translation>
    </message>
    <message>
        <source>retained {minutes} min</source>
        <translation>Verweildauer {minutes} min</translation>
    </message>
    <message>
        <source>tolerance {value}/10</source>
        <translation>Toleranz {value}/10</translation>
    </message>
    <message>
        <source>familiar pain reproduced</source>
        <translation>bekannter Schmerz ausgelöst</translation>
    </message>
    <message>
        <source>{needles_in} in / {needles_out} out</source>
        <translation>{needles_in} rein / {needles_out} raus</translation>
    </message>
    <message>
        <source> – COUNT MISMATCH</source>
        <translation> – ANZAHL WEICHT AB</translation>
    </message>
    <message>
        <source>soreness</source>
        <translation>Muskelkater</translation>
    </message>
    <message>
        <source>driving</source>
        <translation>Autofahren</translation>
    </message>
    <message>
        <source>pneumothorax signs</source>
        <translation>Pneumothorax-Warnzeichen</translation>
    </message>
    <message>
        <source>After-care: {items}</source>
        <translation>Nachsorge: {items}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Nächster Besuch</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Over the thorax</source>
        <translation>Über dem Thorax</translation>
    </message>
    <message>
        <source>Both sides of the thorax</source>
        <translation>Beide Thoraxseiten</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>signed banner</source>
        <extracomment>The signed banner&apos;s style role (read-only fields are greyed by the theme&apos;s stylesheet). Narrowest the section list gets; it widens to fit its names in a large font. Emitted with the visit id after the visit was signed here. Emitted with the visit id after any part of its record was saved. A line for the window&apos;s status bar (&quot;Removed … — Ctrl+Z to undo&quot;). Widest the pages have needed side by side (measured while wide; None: not yet). Set in a read-only window (another window writes to the database).</extracomment>
        <translation>Hinweis unterschrieben</translation>
    </message>
    <message>
        <source>Choose a patient and one of their visits to see its record.</source>
        <translation>Einen Patienten und einen seiner Besuche wählen, um die Dokumentation zu sehen.</translation>
    </message>
    <message>
        <source>record sections</source>
        <translation>Abschnitte der Dokumentation</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Strg+{number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No visit selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Besuch ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:600;&apos;&gt;{escape}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{muted};&apos;&gt;Visit {when} · {escape2}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{colour}; font-weight:600;&apos;&gt;{status}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large; font-weight:600;&apos;&gt;{escape}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{muted};&apos;&gt;Besuch {when} · {escape2}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{colour}; font-weight:600;&apos;&gt;{status}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Could not open visit {visit_id}: {error}</source>
        <translation>Besuch {visit_id} konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>no clinician set</source>
        <translation>kein Therapeut angegeben</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Signed by {signer} on {strftime} — read-only; add an addendum to correct</source>
        <translation>Unterschrieben von {signer} am {strftime} — schreibgeschützt; zum Berichtigen einen Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>   ({count} to do)</source>
        <translation>   ({count} offen)</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <source>Referral reference</source>
        <extracomment>How each confidence tag is shown; unreviewed content must say so plainly.</extracomment>
        <translation>Übertragungsmuster-Referenz</translation>
    </message>
    <message>
        <source>Search muscle, site or referral area…</source>
        <translation>Muskel, Punkt oder Übertragungsgebiet suchen…</translation>
    </message>
    <message>
        <source>Search the referral reference</source>
        <translation>In der Übertragungsmuster-Referenz suchen</translation>
    </message>
    <message>
        <source>Muscles and trigger-point sites</source>
        <translation>Muskeln und Triggerpunkte</translation>
    </message>
    <message>
        <source>Referral pattern details</source>
        <translation>Einzelheiten zum Übertragungsmuster</translation>
    </message>
    <message>
        <source>Choose a muscle or a trigger-point site to see where it refers pain.</source>
        <translation>Einen Muskel oder Triggerpunkt wählen, um zu sehen, wohin er Schmerz überträgt.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;{escape}&lt;/h3&gt;&lt;p&gt;{len} trigger-point sites:&lt;/p&gt;&lt;ul&gt;{listing}&lt;/ul&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;{escape}&lt;/h3&gt;&lt;p&gt;{len} Triggerpunkte:&lt;/p&gt;&lt;ul&gt;{listing}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ReportRangeDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Verlaufsbericht</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The report covers the visits from / to:</source>
        <translation>Der Bericht umfasst die Besuche von / bis:</translation>
    </message>
    <message>
        <source>From must be on or before To</source>
        <translation>Von muss am oder vor Bis liegen</translation>
    </message>
    <message>
        <source>No visit from {start} to {end}</source>
        <translation>Kein Besuch vom {start} bis {end}</translation>
    </message>
    <message>
        <source>1 visit in the range</source>
        <translation>1 Besuch im Zeitraum</translation>
    </message>
    <message>
        <source>{count} visits in the range</source>
        <translation>{count} Besuche im Zeitraum</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Generated {generated} by BodyMap {version}</source>
        <extracomment>Draws the footer of one page given (canvas, page number, page count).</extracomment>
        <translation>Erstellt {generated} mit BodyMap {version}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Seite {page} von {total}</translation>
    </message>
</context>
<context>
    <name>RomRow</name>
    <message>
        <source>Remove this reading</source>
        <translation>Diese Messung entfernen</translation>
    </message>
</context>
<context>
    <name>RomTable</name>
    <message>
        <source>Add R&amp;OM reading</source>
        <translation>&amp;Bewegungsausmaß hinzufügen</translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <source>Prefi&amp;ll from last visit</source>
        <translation>Vom letzten Besuch &amp;vorausfüllen</translation>
    </message>
    <message>
        <source>Mark unanswered as a&amp;bsent</source>
        <translation>Unbeantwortete als &amp;nicht vorhanden markieren</translation>
    </message>
    <message>
        <source>hard stop</source>
        <extracomment>Red: a hard stop is present (no override). Amber: what is still needed to sign.</extracomment>
        <translation>absolutes Ausschlusskriterium</translation>
    </message>
    <message>
        <source>screening still needed</source>
        <translation>Screening noch nötig</translation>
    </message>
    <message>
        <source>Medication details</source>
        <translation>Einzelheiten zur Medikation</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Drug names and doses, e.g. apixaban 5 mg bd</source>
        <translation>Wirkstoffe und Dosierungen, z. B. Apixaban 5 mg 1-0-1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation>— nicht entschieden —</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>How relative contraindications were handled</source>
        <translation>Wie mit relativen Kontraindikationen umgegangen wurde</translation>
    </message>
    <message>
        <source>Decision &amp;note:</source>
        <translation>Begründung der Ent&amp;scheidung:</translation>
    </message>
    <message>
        <source>Only when needling despite an absolute contraindication (never a hard stop): the clinical reason it is safe</source>
        <translation>Nur beim Nadeln trotz absoluter Kontraindikation (nie bei einem Ausschlusskriterium): die klinische Begründung, warum es sicher ist</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>Begründung der &amp;Ausnahme:</translation>
    </message>
    <message>
        <source>Prefilled from the previous visit; check each item with the patient.</source>
        <translation>Vom vorigen Besuch vorausgefüllt; jeden Punkt mit dem Patienten prüfen.</translation>
    </message>
    <message>
        <source>{unknown_count} item(s) still unknown: answer each present or absent before needling is signed.</source>
        <translation>{unknown_count} Punkt(e) noch unbekannt: jeden als vorhanden oder nicht vorhanden beantworten, bevor das Needling unterschrieben wird.</translation>
    </message>
    <message>
        <source>Required: how the {value} was handled</source>
        <translation>Nötig: wie mit {value} umgegangen wurde</translation>
    </message>
    <message>
        <source>Edit screening</source>
        <translation>Screening bearbeiten</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Not moved: drop the marker on the body</source>
        <translation>Nicht verschoben: die Markierung auf dem Körper ablegen</translation>
    </message>
</context>
<context>
    <name>SessionNoteRenderer</name>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>{name} · Chart {number}</source>
        <translation>{name} · Akte {number}</translation>
    </message>
    <message>
        <source>Session note · {date}</source>
        <translation>Behandlungsnotiz · {date}</translation>
    </message>
    <message>
        <source>Dry-needling session note</source>
        <translation>Dry-Needling-Behandlungsnotiz</translation>
    </message>
    <message>
        <source>Signed {when}</source>
        <translation>Unterschrieben {when}</translation>
    </message>
    <message>
        <source>Draft (unsigned)</source>
        <translation>Entwurf (nicht unterschrieben)</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Behandlungsnotiz</translation>
    </message>
    <message>
        <source>No trigger points or pain zones were charted at this visit.</source>
        <translation>Bei diesem Besuch wurden keine Triggerpunkte oder Schmerzzonen eingezeichnet.</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Triggerpunkte</translation>
    </message>
    <message>
        <source>No trigger points charted.</source>
        <translation>Keine Triggerpunkte eingezeichnet.</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;{warning}&quot;&gt;{multiline}&lt;/font&gt;</source>
        <translation>&lt;font color=&quot;{warning}&quot;&gt;{multiline}&lt;/font&gt;</translation>
    </message>
    <message>
        <source>Dry-needling procedure</source>
        <translation>Dry-Needling-Durchführung</translation>
    </message>
    <message>
        <source>Pain zones</source>
        <translation>Schmerzzonen</translation>
    </message>
    <message>
        <source>Screening and consent</source>
        <translation>Screening und Einwilligung</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>No screening recorded for this visit.</source>
        <translation>Für diesen Besuch ist kein Screening erfasst.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>No consent recorded for this visit.</source>
        <translation>Für diesen Besuch ist keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>No outcome measures recorded.</source>
        <translation>Keine Messwerte erfasst.</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Plan of care</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>No plan of care recorded.</source>
        <translation>Kein Behandlungsplan erfasst.</translation>
    </message>
    <message>
        <source>SOAP notes</source>
        <translation>SOAP-Notizen</translation>
    </message>
    <message>
        <source>No SOAP notes written.</source>
        <translation>Keine SOAP-Notizen geschrieben.</translation>
    </message>
    <message>
        <source>Electronically signed by &lt;b&gt;{signer}&lt;/b&gt; on {when}. The record is locked; corrections are made as dated addenda.</source>
        <translation>Elektronisch unterschrieben von &lt;b&gt;{signer}&lt;/b&gt; am {when}. Die Dokumentation ist gesperrt; Berichtigungen erfolgen als datierte Nachträge.</translation>
    </message>
    <message>
        <source>&lt;br/&gt;The patient, named above as signed, is now known as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>&lt;br/&gt;Der Patient, oben wie bei der Unterschrift benannt, heißt inzwischen &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;font size=8&gt;Content SHA-256 {hash} … (full value in this PDF&apos;s properties; &lt;i&gt;bodymap verify&lt;/i&gt; checks it)&lt;/font&gt;</source>
        <translation>&lt;br/&gt;&lt;font size=8&gt;Inhalt SHA-256 {hash} … (vollständiger Wert in den Eigenschaften dieses PDF; &lt;i&gt;bodymap verify&lt;/i&gt; prüft ihn)&lt;/font&gt;</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Where each catalogue trigger-point site used in this visit comes from. Evidence: &lt;b&gt;sourced&lt;/b&gt; – a cited public source (medical reference, professional body, textbook or paper); &lt;b&gt;secondary&lt;/b&gt; – only blogs, course flashcards or clinic pages that cite the primary literature; &lt;b&gt;unreviewed&lt;/b&gt; – standard literature with no public copy checked, awaiting clinical review.</source>
        <translation>Woher jeder bei diesem Besuch verwendete Triggerpunkt des Katalogs stammt. Evidenz: &lt;b&gt;belegt&lt;/b&gt; – eine zitierte öffentliche Quelle (medizinisches Nachschlagewerk, Fachverband, Lehrbuch oder Artikel); &lt;b&gt;sekundär&lt;/b&gt; – nur Blogs, Kurs-Lernkarten oder Praxisseiten, die die Primärliteratur zitieren; &lt;b&gt;ungeprüft&lt;/b&gt; – Standardliteratur ohne geprüfte öffentliche Ausgabe, klinische Prüfung ausstehend.</translation>
    </message>
    <message>
        <source>Appendix: trigger-point sites and their sources</source>
        <translation>Anhang: Triggerpunkte und ihre Quellen</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign visit</source>
        <extracomment>Called with (secret, new secret to set first or None); returns an error message or None.</extracomment>
        <translation>Besuch unterschreiben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign as {signer}&lt;/b&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;br&gt;After signing, nothing in the visit can be changed; corrections are added as addenda. The signature is sealed with a hash of the whole note.</source>
        <translation>&lt;b&gt;Unterschreiben als {signer}&lt;/b&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;br&gt;Nach dem Unterschreiben lässt sich am Besuch nichts mehr ändern; Berichtigungen werden als Nachträge ergänzt. Die Signatur wird mit einem Hash der ganzen Notiz versiegelt.</translation>
    </message>
    <message>
        <source>{value}&apos;s signing &amp;secret:</source>
        <translation>Signatur&amp;geheimnis von {value}:</translation>
    </message>
    <message>
        <source>{value} has no signing secret yet. Choose one (at least {MIN_SECRET} characters); it is stored only as an argon2id hash and asked at every signature.</source>
        <translation>{value} hat noch kein Signaturgeheimnis. Eines wählen (mindestens {MIN_SECRET} Zeichen); es wird nur als argon2id-Hash gespeichert und bei jeder Unterschrift abgefragt.</translation>
    </message>
    <message>
        <source>New signing &amp;secret:</source>
        <translation>Neues Signatur&amp;geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
</context>
<context>
    <name>SignSection</name>
    <message>
        <source>Sign &amp;as:</source>
        <extracomment>Emitted with the visit id once it is signed.</extracomment>
        <translation>Unterschreiben &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Sign visit…</source>
        <translation>Besuch &amp;unterschreiben…</translation>
    </message>
    <message>
        <source>Needle counts, screening, consent, thorax after-care and adverse events are checked here and again by the database when you sign.</source>
        <translation>Nadelanzahlen, Screening, Einwilligung, Thorax-Nachsorge und unerwünschte Ereignisse werden hier und beim Unterschreiben nochmals von der Datenbank geprüft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing is locked:&lt;/b&gt; this visit was signed once and changed since (see the banner above).</source>
        <translation>&lt;b&gt;Unterschreiben gesperrt:&lt;/b&gt; dieser Besuch wurde schon einmal unterschrieben und seither geändert (siehe Hinweis oben).</translation>
    </message>
    <message>
        <source>✓  Signed by {signer} on {when}.</source>
        <translation>✓  Unterschrieben von {signer} am {when}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ready to sign&lt;/b&gt; — {count} item{value} to complete:</source>
        <translation>&lt;b&gt;Noch nicht unterschriftsreif&lt;/b&gt; — {count} Punkt(e) offen:</translation>
    </message>
    <message>
        <source>✓  Ready to sign: nothing is missing.</source>
        <translation>✓  Unterschriftsreif: nichts fehlt.</translation>
    </message>
    <message>
        <source>Visit of {name} on {when}.</source>
        <translation>Besuch von {name} am {when}.</translation>
    </message>
</context>
<context>
    <name>SoapSection</name>
    <message>
        <source>Summarise structured data into O&amp;bjective</source>
        <translation>Strukturierte Daten in &amp;Befund zusammenfassen</translation>
    </message>
    <message>
        <source>Writes NPRS, PPT, ROM, questionnaire scores and the needling record into Objective</source>
        <translation>Schreibt NPRS, Druckschmerzschwelle, Beweglichkeit, Fragebogenwerte und den Needling-Eintrag in den Befund</translation>
    </message>
    <message>
        <source>The session note PDF prints these notes under the structured record.</source>
        <translation>Die Behandlungsnotiz (PDF) druckt diese Notizen unter der strukturierten Dokumentation.</translation>
    </message>
</context>
<context>
    <name>StrokeTool</name>
    <message>
        <source>Start drawing on one of the two body figures</source>
        <translation>Auf einer der beiden Körperfiguren zu zeichnen beginnen</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Possible sources</source>
        <translation>Mögliche Ursprünge</translation>
    </message>
    <message>
        <source>Possible sources of the pain</source>
        <translation>Mögliche Ursprünge des Schmerzes</translation>
    </message>
    <message>
        <source>Draw the patient&apos;s pain on the chart to see which trigger points could refer it.</source>
        <translation>Den Schmerz des Patienten auf der Körperkarte einzeichnen, um zu sehen, welche Triggerpunkte ihn übertragen könnten.</translation>
    </message>
    <message>
        <source>No catalogue referral pattern reaches the drawn pain.</source>
        <translation>Kein Übertragungsmuster des Katalogs erreicht den eingezeichneten Schmerz.</translation>
    </message>
    <message>
        <source>Ranked by how well each referral pattern covers the drawn pain.</source>
        <translation>Geordnet danach, wie gut jedes Übertragungsmuster den eingezeichneten Schmerz abdeckt.</translation>
    </message>
    <message>
        <source>Click to show this site on the chart.</source>
        <translation>Klicken, um diesen Punkt auf der Körperkarte zu zeigen.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>&amp;Select / move</source>
        <extracomment>Tool labels and single-key shortcuts (keys a clinician can hit with the other hand).</extracomment>
        <translation>&amp;Auswählen / verschieben</translation>
    </message>
    <message>
        <source>Select a mark; drag a marker to move it</source>
        <translation>Eine Markierung auswählen; zum Verschieben ziehen</translation>
    </message>
    <message>
        <source>&amp;Trigger point</source>
        <translation>&amp;Triggerpunkt</translation>
    </message>
    <message>
        <source>Click on the body to place a trigger point</source>
        <translation>Auf den Körper klicken, um einen Triggerpunkt zu setzen</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <source>Paint a pain zone freehand ([ and ] change the width)</source>
        <translation>Eine Schmerzzone freihand malen ([ und ] ändern die Breite)</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Umriss</translation>
    </message>
    <message>
        <source>Draw around a pain area to make a zone</source>
        <translation>Um ein Schmerzgebiet herum zeichnen, um eine Zone anzulegen</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>Rub out part of a pain zone</source>
        <translation>Einen Teil einer Schmerzzone wegradieren</translation>
    </message>
    <message>
        <source>Referral &amp;link</source>
        <translation>Übertragungs&amp;verknüpfung</translation>
    </message>
    <message>
        <source>Drag from a trigger point to the zone it refers to</source>
        <translation>Von einem Triggerpunkt zu der Zone ziehen, in die er überträgt</translation>
    </message>
    <message>
        <source>BodyMap archives (*.json)</source>
        <translation>BodyMap-Archive (*.json)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Longest value shown in a cell; the tooltip has the whole text.</extracomment>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Few</source>
        <translation>Wenige</translation>
    </message>
    <message>
        <source>Many</source>
        <translation>Viele</translation>
    </message>
    <message>
        <source>New this visit</source>
        <translation>Neu bei diesem Besuch</translation>
    </message>
    <message>
        <source>Persisting</source>
        <translation>Fortbestehend</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>abgeklungen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Patient-reported pain</source>
        <translation>Vom Patienten angegebener Schmerz</translation>
    </message>
    <message>
        <source>Referred pain</source>
        <translation>Übertragungsschmerz</translation>
    </message>
    <message>
        <source>Front (anterior)</source>
        <translation>Vorne (anterior)</translation>
    </message>
    <message>
        <source>&amp;Front (anterior)</source>
        <translation>&amp;Vorne (anterior)</translation>
    </message>
    <message>
        <source>Back (posterior)</source>
        <translation>Hinten (posterior)</translation>
    </message>
    <message>
        <source>B&amp;ack (posterior)</source>
        <translation>&amp;Hinten (posterior)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab, PgDown / PgUp</source>
        <extracomment>Keys that act on the map and the mark list, not through an action (see canvas.keyboard).</extracomment>
        <translation>Tab / Umschalt+Tab, Bild ab / Bild auf</translation>
    </message>
    <message>
        <source>Next / previous mark on the map</source>
        <translation>Nächste / vorige Markierung auf der Karte</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Nudge the focused marker (Shift: ten steps)</source>
        <translation>Die fokussierte Markierung verschieben (Umschalt: zehn Schritte)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Open the inspector on the focused mark</source>
        <translation>Den Inspektor für die fokussierte Markierung öffnen</translation>
    </message>
    <message>
        <source>Space + drag</source>
        <translation>Leertaste + Ziehen</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Die Karte verschieben</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel the gesture in progress</source>
        <translation>Die laufende Geste abbrechen</translation>
    </message>
    <message>
        <source>Pain area</source>
        <translation>Schmerzfläche</translation>
    </message>
    <message>
        <source>Overlap (Jaccard)</source>
        <translation>Überlappung (Jaccard)</translation>
    </message>
    <message>
        <source>Centroid shift</source>
        <translation>Verschiebung des Schwerpunkts</translation>
    </message>
    <message>
        <source>CHOIR regions</source>
        <translation>CHOIR-Regionen</translation>
    </message>
    <message>
        <source>Michigan Body Map</source>
        <translation>Michigan Body Map</translation>
    </message>
    <message>
        <source>WPI (0-19)</source>
        <translation>WPI (0–19)</translation>
    </message>
    <message>
        <source>Generalised pain</source>
        <translation>Generalisierter Schmerz</translation>
    </message>
    <message>
        <source>Referred zones</source>
        <translation>Übertragungszonen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Triggerpunkte</translation>
    </message>
    <message>
        <source>Front</source>
        <extracomment>The coarser counts a view&apos;s CHOIR segments can roll up to (bodymap.anatomy.rollups). The view-mode key that shows every view of the layout (stored in the preferences). Every view, by key.</extracomment>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Change overlay: new pain warm red, resolved pain green, persisting pain amber.</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Dry-needling training</source>
        <translation>Dry-Needling-Ausbildung</translation>
    </message>
    <message>
        <source>Charting</source>
        <translation>Dokumentiert</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>An addendum never changes the signed record; it is kept beside it with its author.</source>
        <translation>Ein Nachtrag ändert nie die unterschriebene Dokumentation; er wird mit seinem Verfasser daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Muscle, side</source>
        <extracomment>Headed for what each column holds: the needled muscle and side, the patient&apos;s position.</extracomment>
        <translation>Muskel, Seite</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Position, depth</source>
        <translation>Lagerung, Tiefe</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Nadeln</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Therapeuten</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>NPRS pre → post</source>
        <translation>NPRS vor → nach</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Zuckung</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Druckschm.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Body location (MBM)</source>
        <translation>Körperstelle (MBM)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Time course</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Record every event, or tick “No adverse events”: one of the two is needed to sign.</source>
        <translation>Jedes Ereignis erfassen oder „Keine unerwünschten Ereignisse“ ankreuzen: eines von beiden ist zum Unterschreiben nötig.</translation>
    </message>
    <message>
        <source>Told that dry needling is not acupuncture</source>
        <extracomment>Consent flags shown as checkboxes: (Consent field, label).</extracomment>
        <translation>Aufgeklärt, dass Dry Needling keine Akupunktur ist</translation>
    </message>
    <message>
        <source>Procedure described</source>
        <translation>Ablauf beschrieben</translation>
    </message>
    <message>
        <source>Expected sensations described (ache, twitch, soreness)</source>
        <translation>Zu erwartende Empfindungen beschrieben (Ziehen, Zuckung, Muskelkater)</translation>
    </message>
    <message>
        <source>Expected benefit described</source>
        <translation>Erwarteter Nutzen beschrieben</translation>
    </message>
    <message>
        <source>Alternatives offered</source>
        <translation>Alternativen angeboten</translation>
    </message>
    <message>
        <source>Right to withdraw at any time explained</source>
        <translation>Recht auf jederzeitigen Widerruf erklärt</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Fragen beantwortet</translation>
    </message>
    <message>
        <source>Signed consent form on file</source>
        <translation>Unterschriebene Einwilligungserklärung liegt vor</translation>
    </message>
    <message>
        <source>Copy given to the patient</source>
        <translation>Kopie an den Patienten ausgehändigt</translation>
    </message>
    <message>
        <source>Consent re-confirmed at this visit</source>
        <translation>Einwilligung bei diesem Besuch erneut bestätigt</translation>
    </message>
    <message>
        <source>Course of treatment</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Choose written or verbal first; every other tick is saved as you make it.</source>
        <translation>Zuerst schriftlich oder mündlich wählen; jedes weitere Häkchen wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Tibialis anterior (remote control site)</source>
        <translation>Tibialis anterior (entfernte Kontrollstelle)</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Leave a value at “—” when it was not measured. Scores update as you answer.</source>
        <translation>Einen Wert auf „—“ lassen, wenn er nicht gemessen wurde. Die Werte aktualisieren sich beim Beantworten.</translation>
    </message>
    <message>
        <source>Pain intensity (NPRS)</source>
        <translation>Schmerzintensität (NPRS)</translation>
    </message>
    <message>
        <source>Pressure pain threshold (algometry)</source>
        <translation>Druckschmerzschwelle (Algometrie)</translation>
    </message>
    <message>
        <source>Mean of 3 trials; 1 kg/cm² = 98.07 kPa.</source>
        <translation>Mittelwert aus 3 Messungen; 1 kg/cm² = 98,07 kPa.</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Bewegungsausmaß</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale</source>
        <translation>Patient-Specific Functional Scale (PSFS)</translation>
    </message>
    <message>
        <source>0 = unable, 10 = as before the problem; keep the same activities every visit.</source>
        <translation>0 = nicht möglich, 10 = wie vor den Beschwerden; bei jedem Besuch dieselben Aktivitäten verwenden.</translation>
    </message>
    <message>
        <source>Neck Disability Index</source>
        <translation>Neck Disability Index (NDI)</translation>
    </message>
    <message>
        <source>Oswestry Disability Index</source>
        <translation>Oswestry Disability Index (ODI)</translation>
    </message>
    <message>
        <source>Cervical spine</source>
        <translation>Halswirbelsäule</translation>
    </message>
    <message>
        <source>Thoracic spine</source>
        <translation>Brustwirbelsäule</translation>
    </message>
    <message>
        <source>Lumbar spine</source>
        <translation>Lendenwirbelsäule</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Schulter</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>Ellenbogen</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>Handgelenk</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation>Sprunggelenk</translation>
    </message>
    <message>
        <source>Jaw (TMJ)</source>
        <translation>Kiefer (Kiefergelenk)</translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation>Flexion</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Side flexion</source>
        <translation>Lateralflexion</translation>
    </message>
    <message>
        <source>Abduction</source>
        <translation>Abduktion</translation>
    </message>
    <message>
        <source>Adduction</source>
        <translation>Adduktion</translation>
    </message>
    <message>
        <source>External rotation</source>
        <translation>Außenrotation</translation>
    </message>
    <message>
        <source>Internal rotation</source>
        <translation>Innenrotation</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Mundöffnung</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Gelenk</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Degrees</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Worst, last 24 h</source>
        <translation>Stärkster, letzte 24 h</translation>
    </message>
    <message>
        <source>Best, last 24 h</source>
        <translation>Geringster, letzte 24 h</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Pre-treatment</source>
        <translation>Vor der Behandlung</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>Post-treatment</source>
        <translation>Nach der Behandlung</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Bedeutsam</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>anterior</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>Anterior</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>posterior</source>
        <translation>posterior</translation>
    </message>
    <message>
        <source>Posterior</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>persisting</source>
        <translation>fortbestehend</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>patient reported</source>
        <translation>vom Patienten angegeben</translation>
    </message>
    <message>
        <source>Patient reported</source>
        <translation>Vom Patienten angegeben</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>ziehend</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Ziehend</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>brennend</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brennend</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>kribbelnd</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Kribbelnd</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>taub</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>scharf</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Scharf</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>pochend</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pochend</translation>
    </message>
    <message>
        <source>stabbing</source>
        <translation>stechend</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <source>dull</source>
        <translation>dumpf</translation>
    </message>
    <message>
        <source>Dull</source>
        <translation>Dumpf</translation>
    </message>
    <message>
        <source>superficial</source>
        <translation>oberflächlich</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>tief</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>post</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Disability band names (bodymap.model.scoring), marked for translation.</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Trial 1</source>
        <translation>Messung 1</translation>
    </message>
    <message>
        <source>Trial 2</source>
        <translation>Messung 2</translation>
    </message>
    <message>
        <source>Trial 3</source>
        <translation>Messung 3</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Triggerpunkt</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Insertions</source>
        <translation>Einstiche</translation>
    </message>
    <message>
        <source>Twitches</source>
        <translation>Zuckungen</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Rein / raus</translation>
    </message>
    <message>
        <source>Needling</source>
        <translation>Needling</translation>
    </message>
    <message>
        <source>Pick a charted trigger point, add it, then fill in the procedure; each change is saved.</source>
        <translation>Einen eingezeichneten Triggerpunkt wählen, hinzufügen und die Durchführung ausfüllen; jede Änderung wird gespeichert.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>e.g. upper trapezius and levator stretch, 3 × 30 s daily</source>
        <translation>z. B. Dehnung oberer Trapezius und Levator, täglich 3 × 30 s</translation>
    </message>
    <message>
        <source>e.g. deep neck flexor endurance, scapular retraction</source>
        <translation>z. B. Ausdauer der tiefen Halsflexoren, Skapularetraktion</translation>
    </message>
    <message>
        <source>e.g. ischaemic compression, thoracic mobilisation</source>
        <translation>z. B. ischämische Kompression, BWS-Mobilisation</translation>
    </message>
    <message>
        <source>e.g. soreness expectations, posture at work, sleep</source>
        <translation>z. B. zu erwartender Muskelkater, Haltung am Arbeitsplatz, Schlaf</translation>
    </message>
    <message>
        <source>e.g. handout given, 10 min twice a day</source>
        <translation>z. B. Merkblatt ausgegeben, 2 × täglich 10 min</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tick what is planned and say how; the SOAP Plan note is for anything else.</source>
        <translation>Ankreuzen, was geplant ist, und wie; für alles Weitere ist die SOAP-Notiz Plan da.</translation>
    </message>
    <message>
        <source>&amp;Stretching</source>
        <translation>&amp;Dehnung</translation>
    </message>
    <message>
        <source>E&amp;ducation</source>
        <translation>&amp;Aufklärung und Beratung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Contraindications and precautions for dry needling today; answer every item before a needling visit is signed. A hard stop blocks needling with no override; another absolute item needs a written override reason; a relative one needs a decision note.</source>
        <translation>Kontraindikationen und Vorsichtsmaßnahmen für das heutige Dry Needling; jeden Punkt beantworten, bevor ein Besuch mit Needling unterschrieben wird. Ein absolutes Ausschlusskriterium verhindert das Needling ohne Ausnahme; ein anderer absoluter Punkt braucht eine schriftliche Begründung der Ausnahme, ein relativer eine Begründung der Entscheidung.</translation>
    </message>
    <message>
        <source>Absolute contraindications</source>
        <translation>Absolute Kontraindikationen</translation>
    </message>
    <message>
        <source>Relative contraindications and precautions</source>
        <translation>Relative Kontraindikationen und Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <source>Signing records who signed and when. Afterwards the visit is read-only.</source>
        <translation>Die Unterschrift hält fest, wer wann unterschrieben hat. Danach ist der Besuch schreibgeschützt.</translation>
    </message>
    <message>
        <source>&amp;Subjective</source>
        <extracomment>(Visit field, mnemonic label, what belongs there) for the four notes.</extracomment>
        <translation>&amp;Subjektiv</translation>
    </message>
    <message>
        <source>What the patient reports: symptoms, response since last visit</source>
        <translation>Was der Patient berichtet: Beschwerden, Reaktion seit dem letzten Besuch</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Befund</translation>
    </message>
    <message>
        <source>Measurements, palpation findings, the procedure record</source>
        <translation>Messungen, Palpationsbefunde, Durchführungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Einschätzung</translation>
    </message>
    <message>
        <source>Your interpretation: response, progress against goals</source>
        <translation>Ihre Einschätzung: Reaktion, Fortschritt gegenüber den Zielen</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Next steps in words (structured items are on the Plan page)</source>
        <translation>Nächste Schritte in Worten (strukturierte Punkte stehen auf der Seite Plan)</translation>
    </message>
    <message>
        <source>Charted data (summary):</source>
        <translation>Dokumentierte Daten (Zusammenfassung):</translation>
    </message>
    <message>
        <source>SOAP note</source>
        <translation>SOAP-Notiz</translation>
    </message>
    <message>
        <source>Each note is saved as you type (within a second) and when you leave it.</source>
        <translation>Jede Notiz wird beim Tippen (innerhalb einer Sekunde) und beim Verlassen gespeichert.</translation>
    </message>
    <message>
        <source>White et al. (mild / significant / serious)</source>
        <extracomment>Adverse-event severity follows the three-level scheme of White et al. (used by Physiotherapy Alberta), domain.md section 1.6.</extracomment>
        <translation>White et al. (leicht / bedeutsam / schwerwiegend)</translation>
    </message>
    <message>
        <source>Refuses or cannot give informed consent</source>
        <extracomment>A hard stop: needling cannot go ahead whatever reason is written (no override). The screening checklist: absolute items first, then relative ones (domain.md section 1.3).</extracomment>
        <translation>Verweigert die informierte Einwilligung oder kann sie nicht geben</translation>
    </message>
    <message>
        <source>hard stop: no override</source>
        <translation>absolutes Ausschlusskriterium: keine Ausnahme</translation>
    </message>
    <message>
        <source>Marked fear of needles (needle phobia)</source>
        <translation>Ausgeprägte Angst vor Nadeln (Nadelphobie)</translation>
    </message>
    <message>
        <source>Acutely unwell or a medical emergency</source>
        <translation>Akut krank oder medizinischer Notfall</translation>
    </message>
    <message>
        <source>Lymphoedema in the area to be needled</source>
        <translation>Lymphödem im zu nadelnden Gebiet</translation>
    </message>
    <message>
        <source>hard stop: no override; including after lymph-node removal</source>
        <translation>absolutes Ausschlusskriterium: keine Ausnahme; auch nach Lymphknotenentfernung</translation>
    </message>
    <message>
        <source>Infection, open wound or skin lesion in the area</source>
        <translation>Infektion, offene Wunde oder Hautläsion im Gebiet</translation>
    </message>
    <message>
        <source>or very swollen</source>
        <translation>oder stark geschwollen</translation>
    </message>
    <message>
        <source>Allergy to needle metal</source>
        <translation>Allergie gegen das Nadelmetall</translation>
    </message>
    <message>
        <source>nickel, chromium, stainless steel</source>
        <translation>Nickel, Chrom, Edelstahl</translation>
    </message>
    <message>
        <source>Unstable heart condition</source>
        <translation>Instabile Herzerkrankung</translation>
    </message>
    <message>
        <source>Epilepsy that is not controlled</source>
        <translation>Nicht eingestellte Epilepsie</translation>
    </message>
    <message>
        <source>Bleeding disorder</source>
        <translation>Gerinnungsstörung</translation>
    </message>
    <message>
        <source>e.g. haemophilia</source>
        <translation>z. B. Hämophilie</translation>
    </message>
    <message>
        <source>Takes anticoagulant or antiplatelet drugs</source>
        <translation>Nimmt Antikoagulanzien oder Thrombozytenaggregationshemmer</translation>
    </message>
    <message>
        <source>weigh site risk</source>
        <translation>Risiko der Stelle abwägen</translation>
    </message>
    <message>
        <source>Weakened immune system</source>
        <translation>Geschwächtes Immunsystem</translation>
    </message>
    <message>
        <source>immunosuppressants, chemotherapy, HIV, recent radiotherapy, recurrent infection</source>
        <translation>Immunsuppressiva, Chemotherapie, HIV, kürzliche Strahlentherapie, wiederkehrende Infektionen</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>avoid certain regions; first trimester</source>
        <translation>bestimmte Regionen meiden; erstes Trimenon</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>poor sensation or circulation, unstable</source>
        <translation>gestörte Sensibilität oder Durchblutung, schlecht eingestellt</translation>
    </message>
    <message>
        <source>Vascular disease or varicose veins</source>
        <translation>Gefäßerkrankung oder Krampfadern</translation>
    </message>
    <message>
        <source>Heart valve disease or replacement, recent heart surgery</source>
        <translation>Herzklappenerkrankung oder -ersatz, kürzliche Herzoperation</translation>
    </message>
    <message>
        <source>Cancer or tumour in the area</source>
        <translation>Krebs oder Tumor im Gebiet</translation>
    </message>
    <message>
        <source>Implant or device near the site</source>
        <translation>Implantat oder Gerät nahe der Stelle</translation>
    </message>
    <message>
        <source>breast/buttock/pectoral implant, joint replacement</source>
        <translation>Brust-, Gesäß- oder Pektoralisimplantat, Gelenkersatz</translation>
    </message>
    <message>
        <source>Pacemaker, defibrillator or implanted stimulator</source>
        <translation>Herzschrittmacher, Defibrillator oder implantierter Stimulator</translation>
    </message>
    <message>
        <source>no electrical stimulation through needles</source>
        <translation>keine Elektrostimulation über die Nadeln</translation>
    </message>
    <message>
        <source>Unstable fracture or bone injury</source>
        <translation>Instabile Fraktur oder Knochenverletzung</translation>
    </message>
    <message>
        <source>Raised pneumothorax risk</source>
        <translation>Erhöhtes Pneumothoraxrisiko</translation>
    </message>
    <message>
        <source>lung disease, emphysema, thin build, kyphosis or scoliosis</source>
        <translation>Lungenerkrankung, Emphysem, schlanker Körperbau, Kyphose oder Skoliose</translation>
    </message>
    <message>
        <source>Child, or frail or elderly patient</source>
        <translation>Kind oder gebrechlicher bzw. älterer Patient</translation>
    </message>
    <message>
        <source>Controlled epilepsy, high anxiety or fragile mental state</source>
        <translation>Eingestellte Epilepsie, starke Ängstlichkeit oder labiler psychischer Zustand</translation>
    </message>
    <message>
        <source>First needling session or earlier bad reaction</source>
        <translation>Erste Needling-Sitzung oder frühere schlechte Reaktion</translation>
    </message>
    <message>
        <source>fainting is likeliest at the first session; treat lying down</source>
        <translation>Ohnmacht ist in der ersten Sitzung am wahrscheinlichsten; im Liegen behandeln</translation>
    </message>
    <message>
        <source>Altered sensation, neuropathy, eczema/psoriasis or chronic oedema in the area</source>
        <translation>Sensibilitätsstörung, Neuropathie, Ekzem/Psoriasis oder chronisches Ödem im Gebiet</translation>
    </message>
    <message>
        <source>Blood-borne virus (HBV, HCV, HIV)</source>
        <translation>Durch Blut übertragbares Virus (HBV, HCV, HIV)</translation>
    </message>
    <message>
        <source>Bruising</source>
        <extracomment>Risks to tick as discussed during consent (domain.md section 1.2).
----------
Adverse-event types: the common mild ones (Brady et al. 2014) and the serious ones to offer.</extracomment>
        <translation>Hämatom</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Blutung</translation>
    </message>
    <message>
        <source>Soreness after needling</source>
        <translation>Muskelkater nach dem Needling</translation>
    </message>
    <message>
        <source>usually 1-2 days</source>
        <translation>meist 1–2 Tage</translation>
    </message>
    <message>
        <source>Tiredness or drowsiness</source>
        <translation>Müdigkeit oder Benommenheit</translation>
    </message>
    <message>
        <source>do not drive if drowsy</source>
        <translation>bei Benommenheit nicht Auto fahren</translation>
    </message>
    <message>
        <source>Dizziness or fainting</source>
        <translation>Schwindel oder Ohnmacht</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Sweating</source>
        <translation>Schwitzen</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <source>Nerve irritation or injury</source>
        <translation>Nervenreizung oder -verletzung</translation>
    </message>
    <message>
        <source>Collapsed lung (pneumothorax) when needling over the chest</source>
        <translation>Lungenkollaps (Pneumothorax) beim Needling über dem Brustkorb</translation>
    </message>
    <message>
        <source>Puncture of an organ (trunk)</source>
        <translation>Organverletzung durch Punktion (Rumpf)</translation>
    </message>
    <message>
        <source>Symptoms temporarily worse</source>
        <translation>Vorübergehende Verschlechterung der Beschwerden</translation>
    </message>
    <message>
        <source>Pain during treatment</source>
        <translation>Schmerz während der Behandlung</translation>
    </message>
    <message>
        <source>Pain after treatment (post-needling soreness)</source>
        <translation>Schmerz nach der Behandlung (Muskelkater nach dem Needling)</translation>
    </message>
    <message>
        <source>Symptoms aggravated</source>
        <translation>Beschwerden verstärkt</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Benommenheit</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerz</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>Altered emotions</source>
        <translation>Veränderte Gefühlslage</translation>
    </message>
    <message>
        <source>Dizziness or fainting (vasovagal)</source>
        <translation>Schwindel oder Ohnmacht (vasovagal)</translation>
    </message>
    <message>
        <source>Other minor reaction</source>
        <translation>Andere leichte Reaktion</translation>
    </message>
    <message>
        <source>Pneumothorax</source>
        <translation>Pneumothorax</translation>
    </message>
    <message>
        <source>Fainting with injury</source>
        <translation>Ohnmacht mit Verletzung</translation>
    </message>
    <message>
        <source>Nerve injury</source>
        <translation>Nervenverletzung</translation>
    </message>
    <message>
        <source>Organ puncture</source>
        <translation>Organpunktion</translation>
    </message>
    <message>
        <source>Broken or retained needle</source>
        <translation>Abgebrochene oder verbliebene Nadel</translation>
    </message>
    <message>
        <source>Cardiac tamponade</source>
        <translation>Herzbeuteltamponade</translation>
    </message>
    <message>
        <source>Needle-stick injury to the clinician</source>
        <translation>Nadelstichverletzung des Therapeuten</translation>
    </message>
    <message>
        <source>Mild: brief, reversible, no inconvenience to the patient</source>
        <translation>Leicht: kurz, reversibel, keine Beeinträchtigung des Patienten</translation>
    </message>
    <message>
        <source>Significant: needed medical care or interfered with the patient&apos;s activities</source>
        <translation>Bedeutsam: ärztliche Behandlung nötig oder Aktivitäten des Patienten beeinträchtigt</translation>
    </message>
    <message>
        <source>Serious: hospital admission, possible lasting disability, or death</source>
        <translation>Schwerwiegend: Krankenhausaufnahme, mögliche bleibende Schädigung oder Tod</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Oberflächlich</translation>
    </message>
    <message>
        <source>Deep dynamic (pistoning)</source>
        <translation>Tief dynamisch (Pistoning)</translation>
    </message>
    <message>
        <source>Deep static (retained)</source>
        <translation>Tief statisch (verweilend)</translation>
    </message>
    <message>
        <source>Rotation (winding)</source>
        <translation>Rotation (Winding)</translation>
    </message>
    <message>
        <source>Electrical stimulation</source>
        <translation>Elektrostimulation</translation>
    </message>
    <message>
        <source>Prone</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <source>Supine</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <source>Side-lying, left side down</source>
        <translation>Seitenlage, links unten</translation>
    </message>
    <message>
        <source>Side-lying, right side down</source>
        <translation>Seitenlage, rechts unten</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>Proceed</source>
        <translation>Behandeln</translation>
    </message>
    <message>
        <source>Proceed with modified technique</source>
        <translation>Mit angepasster Technik behandeln</translation>
    </message>
    <message>
        <source>Do not needle</source>
        <translation>Nicht nadeln</translation>
    </message>
    <message>
        <source>Needle, but avoid an area</source>
        <translation>Nadeln, aber ein Gebiet aussparen</translation>
    </message>
    <message>
        <source>bleeding risk</source>
        <extracomment>The precaution each medication group puts in force: the checklist item it implies and the risk its decision note must address (domain.md section 1.3).</extracomment>
        <translation>Blutungsrisiko</translation>
    </message>
    <message>
        <source>infection risk</source>
        <translation>Infektionsrisiko</translation>
    </message>
    <message>
        <source>Anticoagulant</source>
        <translation>Antikoagulans</translation>
    </message>
    <message>
        <source>Antiplatelet</source>
        <translation>Thrombozytenaggregationshemmer</translation>
    </message>
    <message>
        <source>Immunosuppressant</source>
        <translation>Immunsuppressivum</translation>
    </message>
    <message>
        <source>Corticosteroid</source>
        <translation>Kortikosteroid</translation>
    </message>
    <message>
        <source>Other relevant medication</source>
        <translation>Andere relevante Medikation</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Strengthening / motor control</source>
        <translation>Kräftigung / motorische Kontrolle</translation>
    </message>
    <message>
        <source>Manual therapy</source>
        <translation>Manuelle Therapie</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Aufklärung und Beratung</translation>
    </message>
    <message>
        <source>Home exercise programme</source>
        <translation>Heimübungsprogramm</translation>
    </message>
    <message>
        <source>Pain intensity</source>
        <translation>Schmerzintensität</translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation>Körperpflege</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Heben</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Ablesung</translation>
    </message>
    <message>
        <source>Headaches</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Autofahren</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Schlafen</translation>
    </message>
    <message>
        <source>Recreation</source>
        <translation>Freizeit</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <source>Sex life</source>
        <translation>Sexualleben</translation>
    </message>
    <message>
        <source>Social life</source>
        <translation>Sozialleben</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>worst 24 h</source>
        <translation>stärkster 24 h</translation>
    </message>
    <message>
        <source>best 24 h</source>
        <translation>geringster 24 h</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>crippled</source>
        <translation>stark behindert</translation>
    </message>
    <message>
        <source>bed-bound or exaggerating</source>
        <translation>bettlägerig oder aggravierend</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Sizes used by every record form, kept in one place so the forms look alike (colours and font sizes come from the theme&apos;s style roles: bodymap/ui/theme.py). Widest a record page grows; wider forms are hard to scan on a large screen.</extracomment>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Mild 0–3</source>
        <extracomment>Legend bands (NPRS-like: mild 0-3, moderate 4-6, severe 7-10), each shown in the map style&apos;s colour for the middle of the band; zones are filled on the continuous scale.</extracomment>
        <translation>Leicht 0–3</translation>
    </message>
    <message>
        <source>Moderate 4–6</source>
        <translation>Mäßig 4–6</translation>
    </message>
    <message>
        <source>Severe 7–10</source>
        <translation>Stark 7–10</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Kräftigung</translation>
    </message>
    <message>
        <source>Home exercise</source>
        <translation>Heimübungen</translation>
    </message>
    <message>
        <source>Reported pain</source>
        <translation>Angegebener Schmerz</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Chart tools</source>
        <translation>Werkzeuge der Körperkarte</translation>
    </message>
    <message>
        <source> Brush </source>
        <translation> Pinsel </translation>
    </message>
    <message>
        <source> u</source>
        <translation> E</translation>
    </message>
    <message>
        <source>Brush and eraser width in atlas units ([ and ] change it)</source>
        <translation>Breite von Pinsel und Radierer in Atlaseinheiten ([ und ] ändern sie)</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Pinselbreite</translation>
    </message>
</context>
<context>
    <name>TrendChartView</name>
    <message>
        <source>Reference threshold: {label}, a change of {amount} from the first visit.
Population: {population}.
Source: {citation}.</source>
        <translation>Referenzschwelle: {label}, eine Veränderung um {amount} gegenüber dem ersten Besuch.
Population: {population}.
Quelle: {citation}.</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Outcome trends</source>
        <translation>Verläufe der Messwerte</translation>
    </message>
    <message>
        <source>No outcome measures recorded yet.</source>
        <translation>Noch keine Messwerte erfasst.</translation>
    </message>
    <message>
        <source>No visits yet, so nothing to chart.</source>
        <translation>Noch keine Besuche, daher nichts darzustellen.</translation>
    </message>
</context>
<context>
    <name>TriggerPointTool</name>
    <message>
        <source>Nothing placed: click on one of the two body figures</source>
        <translation>Nichts gesetzt: auf eine der beiden Körperfiguren klicken</translation>
    </message>
</context>
<context>
    <name>VisitSummary</name>
    <message>
        <source>No adverse events.</source>
        <extracomment>Returns a muscle&apos;s display name for its id (``Atlas.muscle_name`` in the app). Thorax safety under the procedure: points over the thorax, the bilateral reason. The signature&apos;s SHA-256 (hex), printed short under the signature and whole in metadata. The patient&apos;s current name when it differs from the one signed (renamed since).</extracomment>
        <translation>Keine unerwünschten Ereignisse.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Referred from #{number}</source>
        <translation>Übertragen von Nr. {number}</translation>
    </message>
    <message>
        <source>Patient-reported</source>
        <translation>Vom Patienten angegeben</translation>
    </message>
    <message>
        <source>{kind} ({count} areas)</source>
        <translation>{kind} ({count} Flächen)</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Nicht genadelt</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjektiv</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
</context>
<context>
    <name>VisitTimeline</name>
    <message>
        <source>Visit timeline</source>
        <translation>Zeitleiste der Besuche</translation>
    </message>
    <message>
        <source>Visit of {date} ({status}); patient-reported pain area {percent}% of the body surface, {choir_count} CHOIR regions (referral zones not counted)</source>
        <translation>Besuch vom {date} ({status}); vom Patienten angegebene Schmerzfläche {percent} % der Körperoberfläche, {choir_count} CHOIR-Regionen (Übertragungszonen nicht mitgezählt)</translation>
    </message>
</context>
<context>
    <name>WindowIntegrity</name>
    <message>
        <source>&amp;Verify records…</source>
        <extracomment>Style roles of the status-bar verdict (bodymap/ui/theme.py).</extracomment>
        <translation>Datensätze &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check every signed visit against its signature, and the audit chain</source>
        <translation>Jeden unterschriebenen Besuch gegen seine Signatur prüfen, dazu die Protokollkette</translation>
    </message>
    <message>
        <source>Change si&amp;gning secret…</source>
        <translation>Si&amp;gnaturgeheimnis ändern…</translation>
    </message>
    <message>
        <source>Replace a clinician&apos;s signing secret (needs the current one)</source>
        <translation>Das Signaturgeheimnis eines Therapeuten ersetzen (braucht das aktuelle)</translation>
    </message>
    <message>
        <source>Checking records…</source>
        <extracomment>The last report for the selected patient (None until its check finished).</extracomment>
        <translation>Datensätze werden geprüft…</translation>
    </message>
    <message>
        <source>Verifying every signed visit and the audit chain…</source>
        <translation>Jeder unterschriebene Besuch und die Protokollkette werden geprüft…</translation>
    </message>
    <message>
        <source>✓ Records verified</source>
        <translation>✓ Datensätze geprüft</translation>
    </message>
    <message>
        <source>⚠ Integrity check failed — Tools › Verify records</source>
        <translation>⚠ Integritätsprüfung fehlgeschlagen — Werkzeuge › Datensätze prüfen</translation>
    </message>
    <message>
        <source>Signing secret changed for {name}</source>
        <translation>Signaturgeheimnis geändert für {name}</translation>
    </message>
    <message>
        <source>This clinician has no signing secret yet: it is chosen at their first signing.</source>
        <translation>Dieser Therapeut hat noch kein Signaturgeheimnis: es wird bei der ersten Unterschrift gewählt.</translation>
    </message>
</context>
<context>
    <name>_ChartCommand</name>
    <message>
        <source>{text} failed: {exc}</source>
        <translation>{text} fehlgeschlagen: {exc}</translation>
    </message>
</context>
<context>
    <name>_ValidatedDialog</name>
    <message>
        <source>Could not save: {error}</source>
        <translation>Speichern nicht möglich: {error}</translation>
    </message>
</context>
</TS>
