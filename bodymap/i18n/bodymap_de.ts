<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Tool labels and single-key shortcuts (keys a clinician can hit with the other hand). Redo answers both conventions (Ctrl+Y, and Ctrl+Shift+Z that Linux and macOS use).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ghost of previous visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous visit faintly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the legend on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List archived patients too, greyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name and who is charting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected patient&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the patient from the list (never deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinicians…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or edit clinicians and choose who is charting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a visit for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit from p&amp;revious…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a visit with the previous visit&apos;s marks carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded change to this visit: who and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this visit as a PDF note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the patient&apos;s progress over visits as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write patients with every visit, record and audit trail to a JSON archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the records of a BodyMap archive, all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to catalogue &amp;site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the marker onto the nearby site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;referral pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the catalogue referral overlay from the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wider brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrower brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BodyMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;isit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMarkDialog</name>
    <message>
        <source>Add trigger point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site or muscle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalogue site places the point on the site; a muscle places it at the middle of the muscle as drawn on that side and view. Adjust it with the arrow keys afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pain zone by body region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone covers the whole body region (patient-reported pain, intensity 5); change intensity and kind in the inspector (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPointCommand</name>
    <message>
        <source>Place trigger point #{number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendaSection</name>
    <message>
        <source>New addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is corrected or added, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda are for signed visits. While the visit is a draft, correct the record itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a clinician profile first: an addendum needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the addendum text first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdverseEventsSection</name>
    <message>
        <source>&amp;No adverse events during or after this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity follows {SEVERITY_SCHEME}; each type offers only the classes it can have (a pneumothorax is never mild).</source>
        <extracomment>The save in flight: table row, the event as read, the event as edited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (serious kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pressure applied 2 min, ice, observed 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. resolved before leaving; 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (required for “Other minor reaction”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of event is at least {floor}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to BodyMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This database has no patients yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Load three demo patients with several visits each, so you can see charted trigger points, pain zones and progress straight away? You can archive them later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Export archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {visits} visits of {patients} patient{value} to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {name}.

{first}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveScopeDialog</name>
    <message>
        <source>Export archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive holds patients with every visit: chart, clinical record, signatures, addenda and audit trail. Another BodyMap imports it without losing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All patients (archived ones too) and all clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail — {title}</source>
        <extracomment>Longest value shown in a cell; the tooltip has the whole text. Record keys that best say what a created or deleted record was, most telling first. Bookkeeping keys left out of a record&apos;s summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} recorded change{value}, newest first. The log is written by the database with each change and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes have been recorded for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapScene</name>
    <message>
        <source>Patient&apos;s {value}</source>
        <extracomment>Which patient side appears on the viewer&apos;s left in each view (common contract).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrushTool</name>
    <message>
        <source>Pain zone drawn: set kind, intensity and quality in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartEditor</name>
    <message>
        <source>Open a visit first: choose a patient and a visit on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed and read-only; add an addendum instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing placed: ({x:.0f}, {y:.0f}) is outside the body outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing placed: no charted muscle lies under this spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger point was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: a trigger point must lie on a charted muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move trigger point #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap #{number} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {value} mark(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb}: extend zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb}: draw pain zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>&lt;b&gt;Signed&lt;/b&gt; by {signer} on {when} — read-only; add an addendum in the Record tab to correct</source>
        <extracomment>View modes offered in the View menu. Intensity of the next new zone; the digit keys 0-9 set it (and the selected zone&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral pattern of {name} ({value}): View ▸ Hide referral pattern clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a marker or a zone to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set zone intensity {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set zone intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity {value}/10 for the selected zone and the next one drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity {value}/10 for the next zone drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>{item_id} note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{choice}” is not in the list: type part of a name and pick a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianDialog</name>
    <message>
        <source>e.g. PT, DPT, OCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry-needling course and provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of in-person training, e.g. 54</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on, {DATE_FORMAT_HINT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several regulators require proof of dry-needling training on request; it is printed on the session note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DN training &amp;course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliniciansDialog</name>
    <message>
        <source>Clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart as selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your changes under this clinician in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are logged under the clinician you chart as. Double-click a row to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visit_caption} — the first visit, nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before · {visit_caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After · {visit_caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSummary</name>
    <message>
        <source>&lt;b&gt;Patient-reported pain&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas, overlap, shift and region counts come from the pain the patient reported; the referral zones drawn from trigger points are shown apart below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ {value:.1f} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the centre of the painful area moved (largest of front and back), scaled to an adult 1.70 m tall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>edit conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{headline}: your change to the {noun}&apos;s {fields} is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>&amp;Written</source>
        <extracomment>Consent flags shown as checkboxes: (Consent field, label).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;forward consent from the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a consent that covers a course of treatment; tick “re-confirmed” after checking with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;overs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all &amp;risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks particular to this patient that were discussed (e.g. scoliosis and thorax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-specific risks &amp;discussed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some jurisdictions require written consent and a copy for the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose written or verbal consent to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last visit has no consent covering a course of treatment to bring forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>No database there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no BodyMap database at&lt;/p&gt;&lt;p&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Create a new, empty database there?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Restore the newest verified backup now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BodyMap cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BodyMap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>New &amp;database…</source>
        <extracomment>seconds the background quick_check may take before it gives up (a huge file) how often the window asks whether the daily backup is due, and how idle it must be</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing backup failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup verified: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Backed up and verified:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{made}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Backups are kept in the &lt;b&gt;backups&lt;/b&gt; folder beside the database: the last 10, one a day for a week and one a week for a month.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Replace the database with the backup &lt;b&gt;{name}&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;The current file is kept beside it as &lt;code&gt;{name2}.before-restore-…&lt;/code&gt;; nothing is deleted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit {visit_id} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Visit {visit_id} could not be read from the database, so no chart is shown.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Tools › Check database&lt;/b&gt;; if the file is damaged, &lt;b&gt;File › Restore…&lt;/b&gt; puts back the newest backup.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{path}&lt;/b&gt; is damaged: {reason}.&lt;/p&gt;{offer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopConventions</name>
    <message>
        <source>&amp;Guide and keyboard reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraserTool</name>
    <message>
        <source>Erased from {changed} zone(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to erase there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the progress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open folder</source>
        <extracomment>How long the &quot;exported to …&quot; note stays in the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>field error</source>
        <extracomment>Widest a record page grows; wider forms are hard to scan on a large screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GhostPointItem</name>
    <message>
        <source>Previous visit: #{number} {label} — {what}</source>
        <extracomment>The halo sits this many device pixels outside a marker, so it shows around the marker.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>rarely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half the visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapPage</name>
    <message>
        <source>Most often painful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painful regions over {visits} visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain drawn at any visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>BodyMap guide and keyboard reference</source>
        <extracomment>Keys that act on the map and the mark list, not through an action (see canvas.keyboard).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide and keyboard reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Compare visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a visit to compare it with the one before; Ctrl+click a second visit to compare any two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient to review their visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {count} visit{value}{span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no visits yet. Start one from the visit list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>&lt;b&gt;Nothing selected&lt;/b&gt;&lt;p&gt;Click a marker or a zone to see and edit its details.&lt;/p&gt;&lt;p&gt;&lt;b&gt;T&lt;/b&gt; trigger point · &lt;b&gt;B&lt;/b&gt; brush · &lt;b&gt;L&lt;/b&gt; outline · &lt;b&gt;E&lt;/b&gt; eraser · &lt;b&gt;K&lt;/b&gt; link · &lt;b&gt;V&lt;/b&gt; select&lt;/p&gt;</source>
        <extracomment>Asks before a Side contradicting the drawn half is stored (tests answer it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduces the familiar pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the marker onto the catalogue site (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;none nearby&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain zone · {value} · {area:,.0f} u²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {field} of #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side against the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set zone {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>Verify records</source>
        <extracomment>The chart&apos;s banner when the open visit fails its check (same frame as the signed banner). The record view&apos;s banner in the same case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All records verified.&lt;/b&gt;&lt;br&gt;{escape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;INTEGRITY CHECK FAILED&lt;/b&gt;&lt;br&gt;{escape}&lt;br&gt;&lt;br&gt;{shown}{more}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardCharting</name>
    <message>
        <source>Add &amp;trigger point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a trigger point by catalogue site or muscle (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pain &amp;zone by region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a pain zone covering a body region (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed {point_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a pain zone over {choice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardEdits</name>
    <message>
        <source>Nothing placed: {name} ({value}) is not drawn in the {value2} view</source>
        <extracomment>Atlas units an arrow key moves a marker (Shift: ten times as far).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger point was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pain zone: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: a trigger point must lie on a charted muscle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LassoTool</name>
    <message>
        <source>Pain zone drawn: set kind, intensity and quality in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkArrowItem</name>
    <message>
        <source>Referred from trigger point #{number} (other view)</source>
        <extracomment>Scene-unit margin that holds the head at the smallest zoom (for the bounding rect).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTool</name>
    <message>
        <source>Start a referral link on a trigger-point marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link made: drop on a pain zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral link drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Could not refresh: {error}</source>
        <extracomment>How often the watcher is asked (the issue&apos;s budget is 2 s from commit to screen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chart</source>
        <extracomment>Bumped whenever the set of docks changes, so an older saved layout is ignored, not misapplied. Settings key of the visit open when the window closed, reopened at the next launch. Delay before the catalogue docks are built after start-up. Set by ReadOnlyMode when another window writes to this database file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BodyMap{title_suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {visit_title} — BodyMap{title_suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BodyMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;BodyMap {version}&lt;/h3&gt;&lt;p&gt;Chart myofascial trigger points, pain zones and dry-needling visits on an anatomical body map.&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend (View ▸ Legend toggles it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksDock</name>
    <message>
        <source>Marks on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every trigger point and pain zone of the open visit; choosing one focuses it on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map with {count} mark{value}; Tab moves between them, arrows nudge a marker, Enter opens the inspector; the Marks list reads them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresSection</name>
    <message>
        <source>Each item 0-5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedlingEditor</name>
    <message>
        <source>optional, e.g. 32G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pincer grip, horizontal, anterior to posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familiar pain &amp;reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-needling soreness advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving advice if drowsy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pneumothorax warning signs and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate change in pain, ROM or PPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needle Ø × length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimulation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insertions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;sses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;witch responses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;epth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dire&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient p&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;lerance (NPRS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle &amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-care given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imme&amp;diate response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to sign: the point is over the thorax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ all out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ counts differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedlingSection</name>
    <message>
        <source>&amp;Add needling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger &amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle all a&amp;ctive trigger points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One needling record per active trigger point not yet recorded, each with the needle, position and technique suggested for its muscle — then adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <extracomment>The save in flight: table row, the record as read, the record as edited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No needling recorded. Chart trigger points on the Chart page, then add them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle counts differ: the visit cannot be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trigger point is no longer on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart a trigger point first, then pick it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active trigger point already has a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needling over the thorax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{len} of these points lie over the lung. Has the patient been told the warning signs of a pneumothorax (breathlessness, chest or shoulder-blade pain on breathing, dry cough, possibly hours later) and to seek urgent care if they occur?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides of the thorax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warning}

The reason is kept with the visit, audited and printed in the note. Leave it blank to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This point lies over the lung. Has the patient been told the warning signs of a pneumothorax (breathlessness, chest or shoulder-blade pain on breathing, dry cough, possibly hours later) and to seek urgent care if they occur?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>New visit — {name}</source>
        <extracomment>How far ahead a visit may be dated (a visit is charted while or after it happens).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry forward the previous visit&apos;s marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved trigger points and pain zones of the visit of {started_at:%d %b %Y} are copied in, marked persisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the patient&apos;s first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit of this patient: nothing to carry forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time: must be on or before {limit:%d %b %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the visit: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesEdit</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NprsGrid</name>
    <message>
        <source>&lt;b&gt;{value} treatment&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPRS {value} {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst imaginable; click the chosen number again to clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>Patient banner</source>
        <extracomment>How long the just-switched colour stays.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No patient open — pick one in the Patients list&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size: 13pt; font-weight: 700;&quot;&gt;{escape}&lt;/span&gt;&lt;br&gt;{replace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit&lt;br&gt;{when} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Family name, given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic chart or MRN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archived (hidden from the patient list; never deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age_on} years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsDock</name>
    <message>
        <source>Search name, chart number or birth date</source>
        <extracomment>True while a key moves the highlight: the dock keeps the open patient then. The patient whose chart is open (a click or Enter in the list opens one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New blank visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit from previous (carry marks forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <source>The clinician recorded as author of your changes</source>
        <extracomment>The dialog opened last and still open (for tests and screenshots), else None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charting as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charting as: nobody — add a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charting as: {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft visit is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has a draft visit ({visit_title}).

Chart in that visit, or start a second draft visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. once a week for 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom and why, if anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, follow-up call for post-needling soreness, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PptRow</name>
    <message>
        <source>Site, e.g. Upper trapezius</source>
        <extracomment>(text shown, stored site) of a loaded measure, so an untouched site keeps its id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{value:.2f}&lt;/b&gt; kg/cm² = {kpa:.0f} kPa (mean only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED_COLOUR}&apos;&gt;enter 3 trials&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{value:.2f}&lt;/b&gt; kg/cm² = {ppt_kpa:.0f} kPa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Instruments with more than one accepted threshold, offered as a choice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinicians yet (add them under Patient → Clinicians)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of session notes and progress reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harting as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named as the author of your changes in this database&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{upper} reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change drawn on trend charts and in progress reports. MCID: the smallest change patients judge important; MDC: the smallest change beyond measurement error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name: must not be empty (1 to {CLINIC_NAME_MAX} characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PsfsForm</name>
    <message>
        <source>PSFS {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSFS score {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities carried from the last visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>{value} item {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED_COLOUR}&apos;&gt;Not completed&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{MUTED_COLOUR}&apos;&gt;{error_text}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>Read-only: this database is open for writing in another BodyMap window ({holder}). You see its changes as they are saved; edit in that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only banner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>save error</source>
        <extracomment>Property set on widgets that stay usable on a signed visit (e.g. &quot;Add addendum&quot;). Problems found by the integrity check; a tampered visit is read-only like a signed one. Emitted after a successful save, so the view can refresh what depends on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <extracomment>Set by the view: makes Enter move to the next field in rows added later. Error labels by model field name: a refusal naming that field is shown there. The Record tab&apos;s undo stack (set by the view); field edits push commands on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {conflict}; reopen the visit to see their version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>signed banner</source>
        <extracomment>Read-only fields are filled grey so a signed record does not look editable. Page width (pixels) below which side-by-side parts of a page are stacked. Emitted with the visit id after the visit was signed here. Emitted with the visit id after any part of its record was saved. Set in a read-only window (another window writes to the database).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient and one of their visits to see its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15px;&apos;&gt;No visit selected&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open visit {visit_id}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16px; font-weight:600;&apos;&gt;{escape}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#5f6b76;&apos;&gt;Visit {when} · {escape2}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{colour}; font-weight:600;&apos;&gt;{status}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer} on {strftime} — read-only; add an addendum to correct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <source>Search muscle, site or referral area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a muscle or a trigger-point site to see where it refers pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;{escape}&lt;/h3&gt;&lt;p&gt;{len} trigger-point sites:&lt;/p&gt;&lt;ul&gt;{listing}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RomRow</name>
    <message>
        <source>Remove this reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <source>&amp;Prefill from last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unanswered as a&amp;bsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard stop</source>
        <extracomment>Red: a hard stop is present (no override). Amber: what is still needed to sign.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug names and doses, e.g. apixaban 5 mg bd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How relative contraindications were handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when needling despite an absolute contraindication (never a hard stop): the clinical reason it is safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefilled from the previous visit; check each item with the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unknown_count} item(s) still unknown: answer each present or absent before needling is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: how the {value} was handled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Not moved: drop the marker on the body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign visit</source>
        <extracomment>Called with (secret, new secret to set first or None); returns an error message or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign as {signer}&lt;/b&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;br&gt;After signing, nothing in the visit can be changed; corrections are added as addenda. The signature is sealed with a hash of the whole note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has no signing secret yet. Choose one (at least {MIN_SECRET} characters); it is stored only as an argon2id hash and asked at every signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignSection</name>
    <message>
        <source>Sign &amp;as:</source>
        <extracomment>Emitted with the visit id once it is signed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle counts, screening, consent, thorax after-care and adverse events are checked here and again by the database when you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing is locked:&lt;/b&gt; this visit was signed once and changed since (see the banner above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  Signed by {signer} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ready to sign&lt;/b&gt; — {count} item{value} to complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  Ready to sign: nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoapSection</name>
    <message>
        <source>Summarise structured data into Objecti&amp;ve</source>
        <extracomment>(Visit field, mnemonic label, what belongs there) for the four notes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes NPRS, PPT, ROM, questionnaire scores and the needling record into Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session note PDF prints these notes under the structured record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrokeTool</name>
    <message>
        <source>Start drawing on one of the two body figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Draw the patient&apos;s pain on the chart to see which trigger points could refer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue referral pattern reaches the drawn pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by how well each referral pattern covers the drawn pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show this site on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Chart tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Brush </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush and eraser width in atlas units ([ and ] change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChartView</name>
    <message>
        <source>Reference threshold: {label}, a change of {amount} from the first visit.
Population: {population}.
Source: {citation}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>No outcome measures recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet, so nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerPointTool</name>
    <message>
        <source>Nothing placed: click on one of the two body figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTimeline</name>
    <message>
        <source>Visit of {started_at:%d %b %Y} ({value}); patient-reported pain area {percent:.1f}% of the body surface, {choir_count} CHOIR regions (referral zones not counted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowIntegrity</name>
    <message>
        <source>&amp;Verify records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every signed visit against its signature, and the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking records…</source>
        <extracomment>The last report for the selected patient (None until its check finished).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying every signed visit and the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Records verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Integrity check failed — Tools › Verify records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChartCommand</name>
    <message>
        <source>{text} failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ValidatedDialog</name>
    <message>
        <source>Could not save: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
