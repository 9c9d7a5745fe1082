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
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove from {label}</source>
        <translation>Remove from {label}</translation>
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
    <name>ConflictsPage</name>
    <message>
        <source>No conflicts to review.

When a bundle from another computer changes a field that was also changed here, both versions are kept and listed on this page for you to choose from. Bundle exchange arrives in a later version.</source>
        <translation>No conflicts to review.

When a bundle from another computer changes a field that was also changed here, both versions are kept and listed on this page for you to choose from. Bundle exchange arrives in a later version.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
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
    <name>FilterBar</name>
    <message>
        <source>Search {type}…</source>
        <translation>Search {type}…</translation>
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
        <source>Delete {what}?</source>
        <translation>Delete {what}?</translation>
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
    <name>SearchResultsModel</name>
    <message>
        <source>{type} ({n})</source>
        <translation>{type} ({n})</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This device&apos;s id</source>
        <translation>This device&apos;s id</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Exchanging bundles with other computers arrives in a later version. Until then this page shows what this database knows.</source>
        <translation>Exchanging bundles with other computers arrives in a later version. Until then this page shows what this database knows.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
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
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>Known devices</translation>
    </message>
    <message>
        <source>Recent batches</source>
        <translation>Recent batches</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV import</translation>
    </message>
    <message>
        <source>Bundle merge</source>
        <translation>Bundle merge</translation>
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
</TS>
