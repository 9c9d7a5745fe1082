<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AttachmentsField</name>
    <message>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Add a file to {label}</source>
        <translation>Add a file to {label}</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <source>Scoring and ranking</source>
        <translation>Scoring and ranking</translation>
    </message>
    <message>
        <source>Current award program</source>
        <translation>Current award program</translation>
    </message>
    <message>
        <source>Award program</source>
        <translation>Award program</translation>
    </message>
    <message>
        <source>New program from template…</source>
        <translation>New program from template…</translation>
    </message>
    <message>
        <source>A program with the criteria and sections of a shipped template</source>
        <translation>A program with the criteria and sections of a shipped template</translation>
    </message>
    <message>
        <source>Export packet…</source>
        <translation>Export packet…</translation>
    </message>
    <message>
        <source>PDF, CSV and JSON of the program&apos;s nominations, with the photos</source>
        <translation>PDF, CSV and JSON of the program&apos;s nominations, with the photos</translation>
    </message>
</context>
<context>
    <name>CaseStudyForm</name>
    <message>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>People and support</source>
        <translation>People and support</translation>
    </message>
    <message>
        <source>IT tools, cost and subsidy</source>
        <translation>IT tools, cost and subsidy</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Two or three sentences a reader remembers.</source>
        <translation>Two or three sentences a reader remembers.</translation>
    </message>
    <message>
        <source>The management issue before the IT: what went wrong, with numbers.</source>
        <translation>The management issue before the IT: what went wrong, with numbers.</translation>
    </message>
    <message>
        <source>What was done: which tools, how they were chosen, the steps.</source>
        <translation>What was done: which tools, how they were chosen, the steps.</translation>
    </message>
    <message>
        <source>Who led it, the team, the supporters and the skills they built.</source>
        <translation>Who led it, the team, the supporters and the skills they built.</translation>
    </message>
    <message>
        <source>The results, with the before/after figures.</source>
        <translation>The results, with the before/after figures.</translation>
    </message>
    <message>
        <source>Sections of the story</source>
        <translation>Sections of the story</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Drop photos on the list, or on a story to show them in the text.</source>
        <translation>Drop photos on the list, or on a story to show them in the text.</translation>
    </message>
    <message>
        <source>Photos and consent</source>
        <translation>Photos and consent</translation>
    </message>
    <message>
        <source>{label}: characters</source>
        <translation>{label}: characters</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(not saved yet)</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Withdraw publication</source>
        <translation>Withdraw publication</translation>
    </message>
    <message>
        <source>{have} / {min} characters</source>
        <translation>{have} / {min} characters</translation>
    </message>
</context>
<context>
    <name>CaseStudyPanel</name>
    <message>
        <source>Set status to {status}</source>
        <translation>Set status to {status}</translation>
    </message>
    <message>
        <source>Set status to {status} on {n} case studies</source>
        <translation>Set status to {status} on {n} case studies</translation>
    </message>
    <message>
        <source>{done} of {n} case studies changed. {refused} could not be changed: {reason}</source>
        <translation>{done} of {n} case studies changed. {refused} could not be changed: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Other event…</source>
        <translation>Other event…</translation>
    </message>
    <message>
        <source>Choose any event from the list of events</source>
        <translation>Choose any event from the list of events</translation>
    </message>
    <message>
        <source>Finish event…</source>
        <translation>Finish event…</translation>
    </message>
    <message>
        <source>Mark everyone not checked in as a no-show</source>
        <translation>Mark everyone not checked in as a no-show</translation>
    </message>
    <message>
        <source>Attended / registered</source>
        <translation>Attended / registered</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>Not yet arrived</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Participants found</source>
        <translation>Participants found</translation>
    </message>
    <message>
        <source>Name, reading or romaji — Enter checks in</source>
        <translation>Name, reading or romaji — Enter checks in</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation>Undo last check-in</translation>
    </message>
    <message>
        <source>Take back the last check-in or walk-in (Ctrl+Z)</source>
        <translation>Take back the last check-in or walk-in (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Walk-in name</source>
        <translation>Walk-in name</translation>
    </message>
    <message>
        <source>Reading (optional)</source>
        <translation>Reading (optional)</translation>
    </message>
    <message>
        <source>Walk-in reading</source>
        <translation>Walk-in reading</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisation (optional)</translation>
    </message>
    <message>
        <source>Walk-in organisation</source>
        <translation>Walk-in organisation</translation>
    </message>
    <message>
        <source>Phone or e-mail (optional)</source>
        <translation>Phone or e-mail (optional)</translation>
    </message>
    <message>
        <source>Walk-in phone or e-mail</source>
        <translation>Walk-in phone or e-mail</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Add walk-in</translation>
    </message>
    <message>
        <source>Walk-in:</source>
        <translation>Walk-in:</translation>
    </message>
    <message>
        <source>No event to check in</source>
        <translation>No event to check in</translation>
    </message>
    <message>
        <source>Create an event on the Events page, or choose one with “Other event…”.</source>
        <translation>Create an event on the Events page, or choose one with “Other event…”.</translation>
    </message>
    <message>
        <source>capacity {n}</source>
        <translation>capacity {n}</translation>
    </message>
    <message>
        <source>This event has already been finished.</source>
        <translation>This event has already been finished.</translation>
    </message>
    <message>
        <source>Nobody found. Add them as a walk-in below.</source>
        <translation>Nobody found. Add them as a walk-in below.</translation>
    </message>
    <message>
        <source>{name} is already checked in ({time}).</source>
        <translation>{name} is already checked in ({time}).</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>Check in {name}</translation>
    </message>
    <message>
        <source>✓ {name} was on the waitlist: checked in ({time}).</source>
        <translation>✓ {name} was on the waitlist: checked in ({time}).</translation>
    </message>
    <message>
        <source>✓ {name} had cancelled: checked in ({time}).</source>
        <translation>✓ {name} had cancelled: checked in ({time}).</translation>
    </message>
    <message>
        <source>✓ {name} checked in ({time}).</source>
        <translation>✓ {name} checked in ({time}).</translation>
    </message>
    <message>
        <source>The event is now over capacity by {n}.</source>
        <translation>The event is now over capacity by {n}.</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name first.</source>
        <translation>Type the walk-in&apos;s name first.</translation>
    </message>
    <message>
        <source>Walk-in {name}</source>
        <translation>Walk-in {name}</translation>
    </message>
    <message>
        <source>✓ {name} added as a walk-in and checked in ({time}).</source>
        <translation>✓ {name} added as a walk-in and checked in ({time}).</translation>
    </message>
    <message>
        <source>✓ {name} was already registered: checked in ({time}).</source>
        <translation>✓ {name} was already registered: checked in ({time}).</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Redone: {what}</translation>
    </message>
    <message>
        <source>Event finished: {n} no-shows recorded.</source>
        <translation>Event finished: {n} no-shows recorded.</translation>
    </message>
</context>
<context>
    <name>CheckinResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Blocks submitting until it is fixed</source>
        <translation>Blocks submitting until it is fixed</translation>
    </message>
    <message>
        <source>Does not block submitting, but worth checking</source>
        <translation>Does not block submitting, but worth checking</translation>
    </message>
</context>
<context>
    <name>ChoicesField</name>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Filter {label}</source>
        <translation>Filter {label}</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {type}</source>
        <translation>Add {type}</translation>
    </message>
    <message>
        <source>Edit {type} {fields}</source>
        <translation>Edit {type} {fields}</translation>
    </message>
    <message>
        <source>Delete {type}</source>
        <translation>Delete {type}</translation>
    </message>
</context>
<context>
    <name>CompletenessMeter</name>
    <message>
        <source>%v / 100</source>
        <translation>%v / 100</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>{n} to do</source>
        <translation>{n} to do</translation>
    </message>
    <message>
        <source>Only recommendations left</source>
        <translation>Only recommendations left</translation>
    </message>
    <message>
        <source>{score} of 100; {n} items missing</source>
        <translation>{score} of 100; {n} items missing</translation>
    </message>
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <source>Edit the value to keep</source>
        <translation>Edit the value to keep</translation>
    </message>
    <message>
        <source>The value to keep for “{field}” of “{record}”. Both versions stay in the conflict&apos;s record.</source>
        <translation>The value to keep for “{field}” of “{record}”. Both versions stay in the conflict&apos;s record.</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kept (edited, not deleted)</source>
        <translation>Kept (edited, not deleted)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The two texts are the same.</source>
        <translation>The two texts are the same.</translation>
    </message>
    <message>
        <source>Resolve conflict: {field} of {record}</source>
        <translation>Resolve conflict: {field} of {record}</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Show the differences as text</source>
        <translation>Show the differences as text</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>{type} “{record}” — {field}</source>
        <translation>{type} “{record}” — {field}</translation>
    </message>
    <message>
        <source>The other computer&apos;s value applies now.</source>
        <translation>The other computer&apos;s value applies now.</translation>
    </message>
    <message>
        <source>This computer&apos;s value applies now.</source>
        <translation>This computer&apos;s value applies now.</translation>
    </message>
    <message>
        <source>A later value applies now.</source>
        <translation>A later value applies now.</translation>
    </message>
    <message>
        <source>Detected {when}. {applied} Status: {status}.</source>
        <translation>Detected {when}. {applied} Status: {status}.</translation>
    </message>
    <message>
        <source> (in the record now)</source>
        <translation> (in the record now)</translation>
    </message>
    <message>
        <source>Mine — {device}, {when}</source>
        <translation>Mine — {device}, {when}</translation>
    </message>
    <message>
        <source>Theirs — {device}, {when}</source>
        <translation>Theirs — {device}, {when}</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Kept texts</source>
        <translation>Kept texts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>When a bundle brings a change to a field that was also changed here, both values are kept. Choose which to keep, or write the right one.</source>
        <translation>When a bundle brings a change to a field that was also changed here, both values are kept. Choose which to keep, or write the right one.</translation>
    </message>
    <message>
        <source>{n} conflict(s)</source>
        <translation>{n} conflict(s)</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
    </message>
</context>
<context>
    <name>CountCard</name>
    <message>
        <source>Open the list</source>
        <translation>Open the list</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>Weights count relative to each other (2 and 3 are 40% and 60%); reviewers score each criterion up to its maximum. Each change is saved at once.</source>
        <translation>Weights count relative to each other (2 and 3 are 40% and 60%); reviewers score each criterion up to its maximum. Each change is saved at once.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Remove {n} criteria</source>
        <translation>Remove {n} criteria</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Reorder criteria</translation>
    </message>
</context>
<context>
    <name>CriteriaTableModel</name>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>The criterion&apos;s weight as a share of the total: how much it counts in the ranking</source>
        <translation>The criterion&apos;s weight as a share of the total: how much it counts in the ranking</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Add a criterion</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Recent changes</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <source>(no bundle from it yet)</source>
        <translation>(no bundle from it yet)</translation>
    </message>
    <message>
        <source>Device id {id}</source>
        <translation>Device id {id}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>Save your changes?</translation>
    </message>
    <message>
        <source>Save your changes to “{what}”?</source>
        <translation>Save your changes to “{what}”?</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file {log}.</source>
        <translation>Something went wrong. The details were written to the log file {log}.</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>Open this link in your web browser?

{url}</translation>
    </message>
</context>
<context>
    <name>EligibilityField</name>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Maximum employees</source>
        <translation>Maximum employees</translation>
    </message>
    <message>
        <source>An SME under the SME Basic Act (employees or capital within the limits)</source>
        <translation>An SME under the SME Basic Act (employees or capital within the limits)</translation>
    </message>
    <message>
        <source>The nominee consented to publication</source>
        <translation>The nominee consented to publication</translation>
    </message>
    <message>
        <source>A support organisation is involved</source>
        <translation>A support organisation is involved</translation>
    </message>
    <message>
        <source>A member of a community</source>
        <translation>A member of a community</translation>
    </message>
    <message>
        <source>Who can be nominated</source>
        <translation>Who can be nominated</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>Region (none: anywhere)</source>
        <translation>Region (none: anywhere)</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>Finish “{title}”?
The {n} people registered but not checked in will be marked as no-shows and the event as held. You can undo this with Ctrl+Z.</source>
        <translation>Finish “{title}”?
The {n} people registered but not checked in will be marked as no-shows and the event as held. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Finish event</source>
        <translation>Finish event</translation>
    </message>
    <message>
        <source>Finish {title}</source>
        <translation>Finish {title}</translation>
    </message>
    <message>
        <source>Event finished: {n} no-shows recorded.</source>
        <translation>Event finished: {n} no-shows recorded.</translation>
    </message>
    <message>
        <source>Nobody is checked in for this event yet: follow-ups are made for attendees.</source>
        <translation>Nobody is checked in for this event yet: follow-ups are made for attendees.</translation>
    </message>
    <message>
        <source>Follow-ups for {title}</source>
        <translation>Follow-ups for {title}</translation>
    </message>
    <message>
        <source>{n} follow-ups created ({skipped} already had one).</source>
        <translation>{n} follow-ups created ({skipped} already had one).</translation>
    </message>
    <message>
        <source>Export the event report</source>
        <translation>Export the event report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the event report…</source>
        <translation>Writing the event report…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Export the attendance list</source>
        <translation>Export the attendance list</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Writing the attendance list…</source>
        <translation>Writing the attendance list…</translation>
    </message>
    <message>
        <source>Saved {path} ({n} people)</source>
        <translation>Saved {path} ({n} people)</translation>
    </message>
</context>
<context>
    <name>EventParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Matching schedule</source>
        <translation>Matching schedule</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>(any computer)</source>
        <translation>(any computer)</translation>
    </message>
    <message>
        <source>Communities: {n}</source>
        <translation>Communities: {n}</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase</source>
        <translation>Encrypted with a passphrase</translation>
    </message>
    <message>
        <source>Bundle {id}</source>
        <translation>Bundle {id}</translation>
    </message>
</context>
<context>
    <name>ExportPacketDialog</name>
    <message>
        <source>Export nomination packet</source>
        <translation>Export nomination packet</translation>
    </message>
    <message>
        <source>Writing the nomination packet…</source>
        <translation>Writing the nomination packet…</translation>
    </message>
    <message>
        <source>Award program</source>
        <translation>Award program</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <source>Japanese era (令和8年6月1日)</source>
        <translation>Japanese era (令和8年6月1日)</translation>
    </message>
    <message>
        <source>Western calendar (2026年6月1日)</source>
        <translation>Western calendar (2026年6月1日)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>A new or empty folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>One PDF per nomination, a CSV for Excel and a JSON file, with the photos. People who did not consent to publication appear by their role only; case studies whose firm has not consented to publication are left out.</source>
        <translation>One PDF per nomination, a CSV for Excel and a JSON file, with the photos. People who did not consent to publication appear by their role only; case studies whose firm has not consented to publication are left out.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Folder for the nomination packet</source>
        <translation>Folder for the nomination packet</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Export a bundle</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <source>Export for</source>
        <translation>Export for</translation>
    </message>
    <message>
        <source>Send everything, not only what it has not seen</source>
        <translation>Send everything, not only what it has not seen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>For bundles with personal data: encrypted with this passphrase, which is never stored. Tell it to the recipient by another route.</source>
        <translation>For bundles with personal data: encrypted with this passphrase, which is never stored. Tell it to the recipient by another route.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Any computer (everything)</source>
        <translation>Any computer (everything)</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>The two passphrases differ. Type the same passphrase twice.</translation>
    </message>
</context>
<context>
    <name>FigureRowsModel</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>Add figure</source>
        <translation>Add figure</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; each change is saved at once and can be undone (Ctrl+Z). Change % is computed from before and after.</source>
        <translation>Double-click a cell to change it; each change is saved at once and can be undone (Ctrl+Z). Change % is computed from before and after.</translation>
    </message>
    <message>
        <source>Before/after figures</source>
        <translation>Before/after figures</translation>
    </message>
    <message>
        <source>Auto (guess)</source>
        <translation>Auto (guess)</translation>
    </message>
    <message>
        <source>Remove {n} figure(s)</source>
        <translation>Remove {n} figure(s)</translation>
    </message>
    <message>
        <source>Reorder figures</source>
        <translation>Reorder figures</translation>
    </message>
    <message>
        <source>Save the case study first, then add its figures.</source>
        <translation>Save the case study first, then add its figures.</translation>
    </message>
</context>
<context>
    <name>FiguresTableModel</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>(after − before) ÷ before, computed from the values; improved or worsened by the direction in “Better when”</source>
        <translation>(after − before) ÷ before, computed from the values; improved or worsened by the direction in “Better when”</translation>
    </message>
    <message>
        <source>Auto: {direction}</source>
        <translation>Auto: {direction}</translation>
    </message>
    <message>
        <source>Guessed from the metric and unit. Choose a direction if the guess is wrong.</source>
        <translation>Guessed from the metric and unit. Choose a direction if the guess is wrong.</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>New figure</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Add a figure</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search {type}…</source>
        <translation>Search {type}…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Search {type}</source>
        <translation>Search {type}</translation>
    </message>
    <message>
        <source>All: {label}</source>
        <translation>All: {label}</translation>
    </message>
    <message>
        <source>Filter by {label}</source>
        <translation>Filter by {label}</translation>
    </message>
    <message>
        <source>{label} from</source>
        <translation>{label} from</translation>
    </message>
    <message>
        <source>{label} to</source>
        <translation>{label} to</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <source>Follow-ups for attendees</source>
        <translation>Follow-ups for attendees</translation>
    </message>
    <message>
        <source>A follow-up task for each of the {n} people who attended “{event}” (people who already have one from this event are skipped).</source>
        <translation>A follow-up task for each of the {n} people who attended “{event}” (people who already have one from this event are skipped).</translation>
    </message>
    <message>
        <source>Follow-up after {event}</source>
        <translation>Follow-up after {event}</translation>
    </message>
    <message>
        <source>Create follow-ups</source>
        <translation>Create follow-ups</translation>
    </message>
    <message>
        <source>Give the follow-ups a subject.</source>
        <translation>Give the follow-ups a subject.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{n} file(s)</source>
        <translation>{n} file(s)</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Search communities, people, organisations, events, case studies…</source>
        <translation>Search communities, people, organisations, events, case studies…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>{n} found. Enter opens the selected record.</source>
        <translation>{n} found. Enter opens the selected record.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Revert this field</source>
        <translation>Revert this field</translation>
    </message>
    <message>
        <source>Set the field back to the value it had before the selected change</source>
        <translation>Set the field back to the value it had before the selected change</translation>
    </message>
    <message>
        <source>Revert {field}</source>
        <translation>Revert {field}</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>{action}: {field}</source>
        <translation>{action}: {field}</translation>
    </message>
    <message>
        <source>{type} “{name}” — {change}</source>
        <translation>{type} “{name}” — {change}</translation>
    </message>
</context>
<context>
    <name>IdListField</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove from {label}</source>
        <translation>Remove from {label}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Participant lists (*.csv *.txt *.xlsx *.xlsm);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Wait until the running task has finished.</source>
        <translation>Wait until the running task has finished.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <source>This bundle is encrypted. Enter the passphrase the sender gave you (by another route than the bundle).</source>
        <translation>This bundle is encrypted. Enter the passphrase the sender gave you (by another route than the bundle).</translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translation>Trust and import</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Create new</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>Merge into {who}</source>
        <translation>Merge into {who}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>The bundle was checked and nothing is changed yet. Import it?</source>
        <translation>The bundle was checked and nothing is changed yet. Import it?</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>only changes since the last exchange</source>
        <translation>only changes since the last exchange</translation>
    </message>
    <message>
        <source>{n} communities</source>
        <translation>{n} communities</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What importing would do</source>
        <translation>What importing would do</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Records in the bundle</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ItToolsField</name>
    <message>
        <source>{name} ({vendor})</source>
        <translation>{name} ({vendor})</translation>
    </message>
    <message>
        <source>not in the IT subsidy</source>
        <translation>not in the IT subsidy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Import bundle…</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Import participants…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Revert changes</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Find in list</source>
        <translation>Find in list</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>Search everything…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Western calendar (2026)</source>
        <translation>Western calendar (2026)</translation>
    </message>
    <message>
        <source>Japanese era (令和8年)</source>
        <translation>Japanese era (令和8年)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About Mitake</source>
        <translation>About Mitake</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Importing bundles is not available in this version yet.</source>
        <translation>Importing bundles is not available in this version yet.</translation>
    </message>
    <message>
        <source>{app} {version}
The offline desktop app for regional right-sized-IT (身の丈IT) communities.</source>
        <translation>{app} {version}
The offline desktop app for regional right-sized-IT (身の丈IT) communities.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Insert image…</source>
        <translation>Insert image…</translation>
    </message>
    <message>
        <source>Attach an image file and show it here (or drop an image on the text)</source>
        <translation>Attach an image file and show it here (or drop an image on the text)</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Insert image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>MeetingScheduleModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>IT provider</source>
        <translation>IT provider</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>IT tool</source>
        <translation>IT tool</translation>
    </message>
</context>
<context>
    <name>MissingItemsModel</name>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>{label}: {earned} of {weight} points</source>
        <translation>{label}: {earned} of {weight} points</translation>
    </message>
</context>
<context>
    <name>NominationForm</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show the nominated case study, person or community</source>
        <translation>Show the nominated case study, person or community</translation>
    </message>
    <message>
        <source>Refresh from case study</source>
        <translation>Refresh from case study</translation>
    </message>
    <message>
        <source>Copy the case study&apos;s current texts and figures into the sections you have not edited; edited sections are kept</source>
        <translation>Copy the case study&apos;s current texts and figures into the sections you have not edited; edited sections are kept</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Title, attachments and notes</source>
        <translation>Title, attachments and notes</translation>
    </message>
    <message>
        <source>Not ready to submit: {n} to fix</source>
        <translation>Not ready to submit: {n} to fix</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <source>, {n} to check</source>
        <translation>, {n} to check</translation>
    </message>
    <message>
        <source>(as saved: save to check your edits)</source>
        <translation>(as saved: save to check your edits)</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Nominee: {type} — {title}</source>
        <translation>Nominee: {type} — {title}</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Back to submitted</source>
        <translation>Back to submitted</translation>
    </message>
    <message>
        <source>Back to shortlisted</source>
        <translation>Back to shortlisted</translation>
    </message>
</context>
<context>
    <name>NominationPanel</name>
    <message>
        <source>Nominate</source>
        <translation>Nominate</translation>
    </message>
    <message>
        <source>Nominate a case study, a person or a community (Ctrl+N: a case study)</source>
        <translation>Nominate a case study, a person or a community (Ctrl+N: a case study)</translation>
    </message>
    <message>
        <source>{type}…</source>
        <translation>{type}…</translation>
    </message>
    <message>
        <source>Nominate {title}</source>
        <translation>Nominate {title}</translation>
    </message>
    <message>
        <source>Set status to {status}</source>
        <translation>Set status to {status}</translation>
    </message>
    <message>
        <source>Refresh from case study</source>
        <translation>Refresh from case study</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Updated from the case study: {sections}.</source>
        <translation>Updated from the case study: {sections}.</translation>
    </message>
    <message>
        <source>Kept because they were edited here: {sections}. The case study says something else now; compare them if needed.</source>
        <translation>Kept because they were edited here: {sections}. The case study says something else now; compare them if needed.</translation>
    </message>
    <message>
        <source>Nothing to copy: the sections already match the case study.</source>
        <translation>Nothing to copy: the sections already match the case study.</translation>
    </message>
</context>
<context>
    <name>NominationSectionsField</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The program asks for no sections.</source>
        <translation>The program asks for no sections.</translation>
    </message>
    <message>
        <source>The rows as copied from the case study; “Refresh from case study” copies them again if they were not edited.</source>
        <translation>The rows as copied from the case study; “Refresh from case study” copies them again if they were not edited.</translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsPanel</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>{n} follow-ups are past their due date ({date}), most overdue first.</source>
        <translation>{n} follow-ups are past their due date ({date}), most overdue first.</translation>
    </message>
    <message>
        <source>Mark {n} follow-ups done</source>
        <translation>Mark {n} follow-ups done</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>People &amp; opinion leaders</source>
        <translation>People &amp; opinion leaders</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Case studies</translation>
    </message>
    <message>
        <source>IT tools</source>
        <translation>IT tools</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Event-day check-in</source>
        <translation>Event-day check-in</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Import participants — {file}</source>
        <translation>Import participants — {file}</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>People (no event)</source>
        <translation>People (no event)</translation>
    </message>
    <message>
        <source>Registrations for “{event}”</source>
        <translation>Registrations for “{event}”</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Import as:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Rows shown</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Skip rows with errors</source>
        <translation>Skip rows with errors</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Preview ›</source>
        <translation>Preview ›</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The columns are set as in your last import of a file with these headers. Change a field by double-clicking it.</source>
        <translation>The columns are set as in your last import of a file with these headers. Change a field by double-clicking it.</translation>
    </message>
    <message>
        <source>The columns were recognised from their headers. Check them; change a field by double-clicking it (it is remembered for files with the same headers).</source>
        <translation>The columns were recognised from their headers. Check them; change a field by double-clicking it (it is remembered for files with the same headers).</translation>
    </message>
    <message>
        <source>1. Which column is which</source>
        <translation>1. Which column is which</translation>
    </message>
    <message>
        <source>2. Check the rows and decide about duplicates</source>
        <translation>2. Check the rows and decide about duplicates</translation>
    </message>
    <message>
        <source>{rows} rows: {created} new, {merged} merged into people already known, {skipped} skipped.</source>
        <translation>{rows} rows: {created} new, {merged} merged into people already known, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Registrations: {n} new, {updated} already registered.</source>
        <translation>Registrations: {n} new, {updated} already registered.</translation>
    </message>
    <message>
        <source>{n} rows look like someone already known (yellow): merge, create or skip each in the Decision column.</source>
        <translation>{n} rows look like someone already known (yellow): merge, create or skip each in the Decision column.</translation>
    </message>
    <message>
        <source>{n} rows have errors (red): fix the file and choose it again, or skip those rows.</source>
        <translation>{n} rows have errors (red): fix the file and choose it again, or skip those rows.</translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Importing participants…</translation>
    </message>
    <message>
        <source>Import participants ({file})</source>
        <translation>Import participants ({file})</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Edit → Undo (Ctrl+Z) takes the whole import back.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Check-in mode</source>
        <translation>Check-in mode</translation>
    </message>
    <message>
        <source>Open the event-day check-in screen for this event</source>
        <translation>Open the event-day check-in screen for this event</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Import participants…</translation>
    </message>
    <message>
        <source>Register people from a CSV or Excel list (Ctrl+Shift+I)</source>
        <translation>Register people from a CSV or Excel list (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Register people…</source>
        <translation>Register people…</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <source>The first on the waitlist gets the seat</source>
        <translation>The first on the waitlist gets the seat</translation>
    </message>
    <message>
        <source>Finish event…</source>
        <translation>Finish event…</translation>
    </message>
    <message>
        <source>Follow-ups for attendees…</source>
        <translation>Follow-ups for attendees…</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>Export report (PDF)…</translation>
    </message>
    <message>
        <source>Export attendance (CSV)…</source>
        <translation>Export attendance (CSV)…</translation>
    </message>
    <message>
        <source>Show registrations with status</source>
        <translation>Show registrations with status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Satisfaction and comments: double-click a cell (or press F2) to enter the questionnaire&apos;s answers.</source>
        <translation>Satisfaction and comments: double-click a cell (or press F2) to enter the questionnaire&apos;s answers.</translation>
    </message>
    <message>
        <source>No capacity limit</source>
        <translation>No capacity limit</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {taken} seats taken, {over} over the capacity</source>
        <translation>Capacity {capacity}: {taken} seats taken, {over} over the capacity</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {taken} seats taken, {left} free</source>
        <translation>Capacity {capacity}: {taken} seats taken, {left} free</translation>
    </message>
    <message>
        <source>Registered {registered} · waitlisted {waitlisted} · cancelled {cancelled}</source>
        <translation>Registered {registered} · waitlisted {waitlisted} · cancelled {cancelled}</translation>
    </message>
    <message>
        <source>Attended {attended} · walk-ins {walk_ins} · no-shows {no_shows} · not yet checked in {waiting}</source>
        <translation>Attended {attended} · walk-ins {walk_ins} · no-shows {no_shows} · not yet checked in {waiting}</translation>
    </message>
    <message>
        <source>Satisfaction of {name}</source>
        <translation>Satisfaction of {name}</translation>
    </message>
    <message>
        <source>Comment of {name}</source>
        <translation>Comment of {name}</translation>
    </message>
    <message>
        <source>Register {n} people</source>
        <translation>Register {n} people</translation>
    </message>
    <message>
        <source>{added} registered ({waitlisted} on the waitlist); {already} were registered already.</source>
        <translation>{added} registered ({waitlisted} on the waitlist); {already} were registered already.</translation>
    </message>
    <message>
        <source>Cancel {name}</source>
        <translation>Cancel {name}</translation>
    </message>
    <message>
        <source>Cancelled {n}.</source>
        <translation>Cancelled {n}.</translation>
    </message>
    <message>
        <source>From the waitlist: {names}.</source>
        <translation>From the waitlist: {names}.</translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Required sections</source>
        <translation>Required sections</translation>
    </message>
    <message>
        <source>What the nomination checklist checks. The eligibility text on the Program tab is what the organiser wrote.</source>
        <translation>What the nomination checklist checks. The eligibility text on the Program tab is what the organiser wrote.</translation>
    </message>
    <message>
        <source>Eligibility rules</source>
        <translation>Eligibility rules</translation>
    </message>
    <message>
        <source>Save the program first, then add criteria.</source>
        <translation>Save the program first, then add criteria.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <source>Total (of 100)</source>
        <translation>Total (of 100)</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Each score is divided by its criterion&apos;s maximum, averaged over the reviewers who gave it, and weighted by the criterion&apos;s weight. A criterion nobody scored counts 0.</source>
        <translation>Each score is divided by its criterion&apos;s maximum, averaged over the reviewers who gave it, and weighted by the criterion&apos;s weight. A criterion nobody scored counts 0.</translation>
    </message>
    <message>
        <source>{n} reviewer(s) scored this</source>
        <translation>{n} reviewer(s) scored this</translation>
    </message>
    <message>
        <source>(missing {n})</source>
        <translation>(missing {n})</translation>
    </message>
    <message>
        <source>Scores are missing: the total may still change. Scores not given are left out of the averages; a criterion nobody scored counts 0.</source>
        <translation>Scores are missing: the total may still change. Scores not given are left out of the averages; a criterion nobody scored counts 0.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>{type} form</source>
        <translation>{type} form</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>List of {type}</source>
        <translation>List of {type}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Add a new {type} (Ctrl+N)</source>
        <translation>Add a new {type} (Ctrl+N)</translation>
    </message>
    <message>
        <source>New {type}</source>
        <translation>New {type}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected records (Del)</source>
        <translation>Delete the selected records (Del)</translation>
    </message>
    <message>
        <source>Delete {type}</source>
        <translation>Delete {type}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Undo the changes not saved yet</source>
        <translation>Undo the changes not saved yet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>No {type} selected</source>
        <translation>No {type} selected</translation>
    </message>
    <message>
        <source>Saved. {n} registrations are now over the capacity (they are kept).</source>
        <translation>Saved. {n} registrations are now over the capacity (they are kept).</translation>
    </message>
    <message>
        <source>Delete {type} “{title}”?</source>
        <translation>Delete {type} “{title}”?</translation>
    </message>
    <message>
        <source>Delete {n} {type}?</source>
        <translation>Delete {n} {type}?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {n} {type}</source>
        <translation>Delete {n} {type}</translation>
    </message>
    <message>
        <source>Records that refer to them are not deleted with them; they keep pointing at the deleted {type}.</source>
        <translation>Records that refer to them are not deleted with them; they keep pointing at the deleted {type}.</translation>
    </message>
    <message>
        <source>Other records refer to it:</source>
        <translation>Other records refer to it:</translation>
    </message>
    <message>
        <source>Other records refer to them:</source>
        <translation>Other records refer to them:</translation>
    </message>
    <message>
        <source>• {type}: {n}</source>
        <translation>• {type}: {n}</translation>
    </message>
    <message>
        <source> (e.g. {titles})</source>
        <translation> (e.g. {titles})</translation>
    </message>
    <message>
        <source>They are not deleted with it: they keep pointing at the deleted {type} (shown as “(deleted)”) until you change them or restore it.</source>
        <translation>They are not deleted with it: they keep pointing at the deleted {type} (shown as “(deleted)”) until you change them or restore it.</translation>
    </message>
    <message>
        <source>They are not deleted with them: they keep pointing at the deleted {type} (shown as “(deleted)”) until you change them or restore them.</source>
        <translation>They are not deleted with them: they keep pointing at the deleted {type} (shown as “(deleted)”) until you change them or restore them.</translation>
    </message>
    <message>
        <source>Set {field} to {value} on {n} records</source>
        <translation>Set {field} to {value} on {n} records</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Set {field}</translation>
    </message>
</context>
<context>
    <name>RecordPickerDialog</name>
    <message>
        <source>Choose: {type}</source>
        <translation>Choose: {type}</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Search {type}</source>
        <translation>Search {type}</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} found</translation>
    </message>
</context>
<context>
    <name>RefField</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>Choose {label}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>Clear {label}</translation>
    </message>
</context>
<context>
    <name>RefsField</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>Add to {label}</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>Propose schedule…</source>
        <translation>Propose schedule…</translation>
    </message>
    <message>
        <source>Pair firms and IT providers by their declared interests, in free slots and tables</source>
        <translation>Pair firms and IT providers by their declared interests, in free slots and tables</translation>
    </message>
    <message>
        <source>Swap two</source>
        <translation>Swap two</translation>
    </message>
    <message>
        <source>Exchange the time and table of the two selected meetings</source>
        <translation>Exchange the time and table of the two selected meetings</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>IT tool…</source>
        <translation>IT tool…</translation>
    </message>
    <message>
        <source>The IT tool the selected meeting was about</source>
        <translation>The IT tool the selected meeting was about</translation>
    </message>
    <message>
        <source>Follow-ups from outcomes</source>
        <translation>Follow-ups from outcomes</translation>
    </message>
    <message>
        <source>A follow-up for each firm whose meeting ended in a follow-up or a trial</source>
        <translation>A follow-up for each firm whose meeting ended in a follow-up or a trial</translation>
    </message>
    <message>
        <source>Draft case study</source>
        <translation>Draft case study</translation>
    </message>
    <message>
        <source>Start a case study from a meeting that ended in an adoption</source>
        <translation>Start a case study from a meeting that ended in an adoption</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Double-click a time, table or outcome to change it. Nobody and no table is ever booked twice at the same time.</source>
        <translation>Double-click a time, table or outcome to change it. Nobody and no table is ever booked twice at the same time.</translation>
    </message>
    <message>
        <source>{n} meetings in {slots} time slots at {tables} tables</source>
        <translation>{n} meetings in {slots} time slots at {tables} tables</translation>
    </message>
    <message>
        <source>{n} double bookings arrived from another computer: move one meeting of each (marked red).</source>
        <translation>{n} double bookings arrived from another computer: move one meeting of each (marked red).</translation>
    </message>
    <message>
        <source>Move meeting {who}</source>
        <translation>Move meeting {who}</translation>
    </message>
    <message>
        <source>Outcome of {who}</source>
        <translation>Outcome of {who}</translation>
    </message>
    <message>
        <source>No new meetings to propose: firms and IT providers with shared interests already meet, or nobody declared interests. ({n} firms have no meeting.)</source>
        <translation>No new meetings to propose: firms and IT providers with shared interests already meet, or nobody declared interests. ({n} firms have no meeting.)</translation>
    </message>
    <message>
        <source>Add {n} proposed meetings in {slots} time slots at {tables} tables?</source>
        <translation>Add {n} proposed meetings in {slots} time slots at {tables} tables?</translation>
    </message>
    <message>
        <source>{n} firms share no interest with any IT provider and stay without a meeting.</source>
        <translation>{n} firms share no interest with any IT provider and stay without a meeting.</translation>
    </message>
    <message>
        <source>Add meetings</source>
        <translation>Add meetings</translation>
    </message>
    <message>
        <source>Propose {n} meetings</source>
        <translation>Propose {n} meetings</translation>
    </message>
    <message>
        <source>Swap meetings</source>
        <translation>Swap meetings</translation>
    </message>
    <message>
        <source>Remove {n} meetings from the schedule?
You can undo this with Ctrl+Z.</source>
        <translation>Remove {n} meetings from the schedule?
You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove {n} meetings</source>
        <translation>Remove {n} meetings</translation>
    </message>
    <message>
        <source>IT tool of {who}</source>
        <translation>IT tool of {who}</translation>
    </message>
    <message>
        <source>Follow-ups from meeting outcomes</source>
        <translation>Follow-ups from meeting outcomes</translation>
    </message>
    <message>
        <source>{n} follow-ups created ({skipped} already had one).</source>
        <translation>{n} follow-ups created ({skipped} already had one).</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <source>{name}
×{weight} · max {max}</source>
        <translation>{name}
×{weight} · max {max}</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Not scored yet</translation>
    </message>
    <message>
        <source>{score} of {max}</source>
        <translation>{score} of {max}</translation>
    </message>
    <message>
        <source>Scores of “{criterion}” go from 0 to {max}.</source>
        <translation>Scores of “{criterion}” go from 0 to {max}.</translation>
    </message>
    <message>
        <source>Score {criterion} of {title}</source>
        <translation>Score {criterion} of {title}</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Comment on the selected score</source>
        <translation>Comment on the selected score</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Save comment</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Ranking (all reviewers)</source>
        <translation>Ranking (all reviewers)</translation>
    </message>
    <message>
        <source>Choose a program above.</source>
        <translation>Choose a program above.</translation>
    </message>
    <message>
        <source>Type your name as the reviewer to give scores.</source>
        <translation>Type your name as the reviewer to give scores.</translation>
    </message>
    <message>
        <source>Double-click a cell (or type a number) to score; Delete clears a score. Each score is saved at once and can be undone.</source>
        <translation>Double-click a cell (or type a number) to score; Delete clears a score. Each score is saved at once and can be undone.</translation>
    </message>
    <message>
        <source>Give a score first, then a comment</source>
        <translation>Give a score first, then a comment</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{type} ({n})</source>
        <translation>{type} ({n})</translation>
    </message>
    <message>
        <source>Show all {n} in {type}…</source>
        <translation>Show all {n} in {type}…</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>figures table</source>
        <translation>figures table</translation>
    </message>
    <message>
        <source>{have} / {min} characters</source>
        <translation>{have} / {min} characters</translation>
    </message>
    <message>
        <source>{have} characters</source>
        <translation>{have} characters</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copied</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Edited here; the case study now says something else too</source>
        <translation>Edited here; the case study now says something else too</translation>
    </message>
</context>
<context>
    <name>SectionsField</name>
    <message>
        <source>(written for the program)</source>
        <translation>(written for the program)</translation>
    </message>
</context>
<context>
    <name>SectionsTableModel</name>
    <message>
        <source>Title (Japanese)</source>
        <translation>Title (Japanese)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Taken from the case study</source>
        <translation>Taken from the case study</translation>
    </message>
    <message>
        <source>Minimum characters</source>
        <translation>Minimum characters</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>(written for the program)</source>
        <translation>(written for the program)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>New section</translation>
    </message>
</context>
<context>
    <name>StorySectionsModel</name>
    <message>
        <source>{have} / {min} characters</source>
        <translation>{have} / {min} characters</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>enough</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>too short</translation>
    </message>
</context>
<context>
    <name>SyncFlows</name>
    <message>
        <source>Mitake bundles (*.mitake);;All files (*)</source>
        <translation>Mitake bundles (*.mitake);;All files (*)</translation>
    </message>
    <message>
        <source>The bundle was written to {path}.</source>
        <translation>The bundle was written to {path}.</translation>
    </message>
    <message>
        <source>It holds {records} records ({types}) and {blobs} attachments; the data of {people} people was provided.</source>
        <translation>It holds {records} records ({types}) and {blobs} attachments; the data of {people} people was provided.</translation>
    </message>
    <message>
        <source>only what the other computer has not seen yet</source>
        <translation>only what the other computer has not seen yet</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>Profile: {profile}; {kind}.</source>
        <translation>Profile: {profile}; {kind}.</translation>
    </message>
    <message>
        <source>Encrypted with your passphrase: tell it to the recipient by another route than the bundle (by phone, not in the same e-mail).</source>
        <translation>Encrypted with your passphrase: tell it to the recipient by another route than the bundle (by phone, not in the same e-mail).</translation>
    </message>
    <message>
        <source>{n} attachments are not on this computer and were left out.</source>
        <translation>{n} attachments are not on this computer and were left out.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>The export was cancelled; no bundle was written.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>This bundle is signed by this database itself, yet it holds changes this database does not have.

That is expected after restoring an older backup: import it to get that work back.

If instead a copy of this database file is in use on another computer, do not import it: that computer needs a database of its own, filled by importing bundles.</source>
        <translation>This bundle is signed by this database itself, yet it holds changes this database does not have.

That is expected after restoring an older backup: import it to get that work back.

If instead a copy of this database file is in use on another computer, do not import it: that computer needs a database of its own, filled by importing bundles.</translation>
    </message>
    <message>
        <source>This bundle is signed by “{name}”, a computer this one does not trust yet.

Its fingerprint:
{fingerprint}

Ask the sender to read you the fingerprint shown on their Sync page and compare it. Trust this computer only if the two match: its bundles will then be imported without this question.</source>
        <translation>This bundle is signed by “{name}”, a computer this one does not trust yet.

Its fingerprint:
{fingerprint}

Ask the sender to read you the fingerprint shown on their Sync page and compare it. Trust this computer only if the two match: its bundles will then be imported without this question.</translation>
    </message>
    <message>
        <source>The bundle from “{name}” was imported: {summary}.</source>
        <translation>The bundle from “{name}” was imported: {summary}.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>A bundle from another computer is checked completely first; you see what it would change before anything is written.</source>
        <translation>A bundle from another computer is checked completely first; you see what it would change before anything is written.</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <source>Exchange history</source>
        <translation>Exchange history</translation>
    </message>
    <message>
        <source>Every bundle written or imported here. The exports are the record of provision: to whom, which profile, how many people&apos;s data.</source>
        <translation>Every bundle written or imported here. The exports are the record of provision: to whom, which profile, how many people&apos;s data.</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>Known devices</translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation>Trust…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>Stop trusting…</translation>
    </message>
    <message>
        <source>Forget key…</source>
        <translation>Forget key…</translation>
    </message>
    <message>
        <source>This computer: {name} · fingerprint {fingerprint} (read it to the people you exchange bundles with)</source>
        <translation>This computer: {name} · fingerprint {fingerprint} (read it to the people you exchange bundles with)</translation>
    </message>
    <message>
        <source>Trust “{name}”? Its bundles will be imported without asking.

Fingerprint: {fingerprint}

Compare it with the one the sender reads to you first.</source>
        <translation>Trust “{name}”? Its bundles will be imported without asking.

Fingerprint: {fingerprint}

Compare it with the one the sender reads to you first.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Stop trusting “{name}”? Its next bundle will ask again before it is imported.</source>
        <translation>Stop trusting “{name}”? Its next bundle will ask again before it is imported.</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Stop trusting</translation>
    </message>
    <message>
        <source>Forget the key of “{name}” (fingerprint {fingerprint})? Do this when that computer was reinstalled: its next bundle will ask for trust again, with its new key.</source>
        <translation>Forget the key of “{name}” (fingerprint {fingerprint})? Do this when that computer was reinstalled: its next bundle will ask for trust again, with its new key.</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Forget key</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Internal (our own computers)</source>
        <translation>Internal (our own computers)</translation>
    </message>
    <message>
        <source>Joint use (member organisations)</source>
        <translation>Joint use (member organisations)</translation>
    </message>
    <message>
        <source>Redacted (names and communities)</source>
        <translation>Redacted (names and communities)</translation>
    </message>
    <message>
        <source>Public (consented to publication)</source>
        <translation>Public (consented to publication)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Joint use</source>
        <translation>Joint use</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Redacted</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Everything, for your own organisation&apos;s laptops. Leaves nothing out.</source>
        <translation>Everything, for your own organisation&apos;s laptops. Leaves nothing out.</translation>
    </message>
    <message>
        <source>For joint use with the community&apos;s member organisations. Leaves out people who consented to internal use only, and what needs them (their memberships, registrations…).</source>
        <translation>For joint use with the community&apos;s member organisations. Leaves out people who consented to internal use only, and what needs them (their memberships, registrations…).</translation>
    </message>
    <message>
        <source>A roster: communities, memberships, and the names of people who consented to joint use or publication. Leaves out contacts, organisations, events, case studies and everything else.</source>
        <translation>A roster: communities, memberships, and the names of people who consented to joint use or publication. Leaves out contacts, organisations, events, case studies and everything else.</translation>
    </message>
    <message>
        <source>Only what may be published: people who consented to publication (name, organisation, title), published case studies, public facts. Leaves out contacts, notes, registrations, meetings, follow-ups and judging.</source>
        <translation>Only what may be published: people who consented to publication (name, organisation, title), published case studies, public facts. Leaves out contacts, notes, registrations, meetings, follow-ups and judging.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Brought back</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Replaced texts kept</source>
        <translation>Replaced texts kept</translation>
    </message>
    <message>
        <source>Waiting for their parent</source>
        <translation>Waiting for their parent</translation>
    </message>
    <message>
        <source>Quarantined (clock ahead)</source>
        <translation>Quarantined (clock ahead)</translation>
    </message>
    <message>
        <source>New attachments</source>
        <translation>New attachments</translation>
    </message>
    <message>
        <source>{n} deleted records come back: they were edited elsewhere after the delete.</source>
        <translation>{n} deleted records come back: they were edited elsewhere after the delete.</translation>
    </message>
    <message>
        <source>{n} fields were changed here and on the other computer: both values are kept for you to review on the Conflicts page.</source>
        <translation>{n} fields were changed here and on the other computer: both values are kept for you to review on the Conflicts page.</translation>
    </message>
    <message>
        <source>{n} texts replaced by the other computer&apos;s later edit are kept on the Conflicts page.</source>
        <translation>{n} texts replaced by the other computer&apos;s later edit are kept on the Conflicts page.</translation>
    </message>
    <message>
        <source>{n} records wait for the records they refer to and apply when those arrive.</source>
        <translation>{n} records wait for the records they refer to and apply when those arrive.</translation>
    </message>
    <message>
        <source>{n} changes carry a time more than a day ahead and are held back: check the sender&apos;s clock.</source>
        <translation>{n} changes carry a time more than a day ahead and are held back: check the sender&apos;s clock.</translation>
    </message>
    <message>
        <source>{n} conflicts were resolved on the other computer: they are closed here too.</source>
        <translation>{n} conflicts were resolved on the other computer: they are closed here too.</translation>
    </message>
    <message>
        <source>{n} people added have the same e-mail (or name and phone) as someone already here: the same person may have been entered on both computers. Check them on the People page.</source>
        <translation>{n} people added have the same e-mail (or name and phone) as someone already here: the same person may have been entered on both computers. Check them on the People page.</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>no changes</translation>
    </message>
    <message>
        <source>{records} records, {blobs} attachments</source>
        <translation>{records} records, {blobs} attachments</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Kept (replaced text)</source>
        <translation>Kept (replaced text)</translation>
    </message>
    <message>
        <source>Resolved: kept mine</source>
        <translation>Resolved: kept mine</translation>
    </message>
    <message>
        <source>Resolved: kept theirs</source>
        <translation>Resolved: kept theirs</translation>
    </message>
    <message>
        <source>Resolved: edited</source>
        <translation>Resolved: edited</translation>
    </message>
    <message>
        <source>Resolved on the other computer</source>
        <translation>Resolved on the other computer</translation>
    </message>
    <message>
        <source>Resolved on the other computer ({device})</source>
        <translation>Resolved on the other computer ({device})</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Not trusted yet</source>
        <translation>Not trusted yet</translation>
    </message>
    <message>
        <source>New device, not trusted yet</source>
        <translation>New device, not trusted yet</translation>
    </message>
    <message>
        <source>Signing key changed (refused)</source>
        <translation>Signing key changed (refused)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New award program from a template</source>
        <translation>New award program from a template</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Create program</source>
        <translation>Create program</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>New program {name}</source>
        <translation>New program {name}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mitake</source>
        <translation>Welcome to Mitake</translation>
    </message>
    <message>
        <source>Mitake keeps your communities, people, events and success stories on this computer, and shares them with other computers as bundle files. The database is empty: how would you like to start?</source>
        <translation>Mitake keeps your communities, people, events and success stories on this computer, and shares them with other computers as bundle files. The database is empty: how would you like to start?</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Begin with an empty database and add your own communities and people.</source>
        <translation>Begin with an empty database and add your own communities and people.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Fill the database with realistic sample communities, events and case studies to try things out.</source>
        <translation>Fill the database with realistic sample communities, events and case studies to try things out.</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <source>Load the data a colleague exported from their Mitake.</source>
        <translation>Load the data a colleague exported from their Mitake.</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <source>Importing bundles is not available in this version yet. Start empty or load demo data for now.</source>
        <translation>Importing bundles is not available in this version yet. Start empty or load demo data for now.</translation>
    </message>
</context>
<context>
    <name>_SectionsRows</name>
    <message>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>A nomination copies each section from the case-study field named here; sections not taken from the case study are written per nomination. Saved with the program.</source>
        <translation>A nomination copies each section from the case-study field named here; sections not taken from the case study are written per nomination. Saved with the program.</translation>
    </message>
</context>
</TS>
