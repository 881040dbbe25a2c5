<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseStore</name>
    <message>
        <source>There is no case with number %1. List the cases to find the right one.</source>
        <translation>There is no case with number %1. List the cases to find the right one.</translation>
    </message>
    <message>
        <source>There is no profile with number %1. Create the profile first, or list the profiles to find the right one.</source>
        <translation>There is no profile with number %1. Create the profile first, or list the profiles to find the right one.</translation>
    </message>
    <message>
        <source>%1 is already tracked, for %2. A receipt number can be tracked once; move the existing case to another profile if it belongs elsewhere.</source>
        <translation>%1 is already tracked, for %2. A receipt number can be tracked once; move the existing case to another profile if it belongs elsewhere.</translation>
    </message>
    <message>
        <source>No receipt number was given.</source>
        <translation>No receipt number was given.</translation>
    </message>
    <message>
        <source>%1 appears more than once in the list; it was added once.</source>
        <translation>%1 appears more than once in the list; it was added once.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Track receipt numbers for a profile. Give the numbers as arguments, or &apos;-&apos; to read them from standard input (one per line, or separated by commas). Bad entries are reported with their reason; the good ones are added.</source>
        <translation>Track receipt numbers for a profile. Give the numbers as arguments, or &apos;-&apos; to read them from standard input (one per line, or separated by commas). Bad entries are reported with their reason; the good ones are added.</translation>
    </message>
    <message>
        <source>Receipt numbers, e.g. EAC9999103402.</source>
        <translation>Receipt numbers, e.g. EAC9999103402.</translation>
    </message>
    <message>
        <source>The profile the cases belong to (required).</source>
        <translation>The profile the cases belong to (required).</translation>
    </message>
    <message>
        <source>Form type, e.g. I-485.</source>
        <translation>Form type, e.g. I-485.</translation>
    </message>
    <message>
        <source>A note shown with the cases.</source>
        <translation>A note shown with the cases.</translation>
    </message>
    <message>
        <source>cases add needs --profile ID (see &apos;casewatch-cli profiles list&apos;).</source>
        <translation>cases add needs --profile ID (see &apos;casewatch-cli profiles list&apos;).</translation>
    </message>
    <message>
        <source>cases add needs at least one receipt number.</source>
        <translation>cases add needs at least one receipt number.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>skipped &quot;%1&quot;: %2</source>
        <translation>skipped &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>List tracked cases.</source>
        <translation>List tracked cases.</translation>
    </message>
    <message>
        <source>Only the cases of this profile.</source>
        <translation>Only the cases of this profile.</translation>
    </message>
    <message>
        <source>Leave out archived cases.</source>
        <translation>Leave out archived cases.</translation>
    </message>
    <message>
        <source>--profile needs a profile number.</source>
        <translation>--profile needs a profile number.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Stop tracking receipt numbers and delete their stored history.</source>
        <translation>Stop tracking receipt numbers and delete their stored history.</translation>
    </message>
    <message>
        <source>Receipt numbers.</source>
        <translation>Receipt numbers.</translation>
    </message>
    <message>
        <source>cases remove needs at least one receipt number.</source>
        <translation>cases remove needs at least one receipt number.</translation>
    </message>
    <message>
        <source>%1 is not tracked, so there is nothing to remove.</source>
        <translation>%1 is not tracked, so there is nothing to remove.</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>cases needs a subcommand: add, list or remove.</source>
        <translation>cases needs a subcommand: add, list or remove.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;cases %1&quot;; use add, list or remove.</source>
        <translation>unknown subcommand &quot;cases %1&quot;; use add, list or remove.</translation>
    </message>
    <message>
        <source>casewatch-cli: %1</source>
        <translation>casewatch-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;casewatch-cli --help&apos; for the list of commands.</source>
        <translation>Run &apos;casewatch-cli --help&apos; for the list of commands.</translation>
    </message>
    <message>
        <source>petitioner</source>
        <translation>petitioner</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>applicant</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an applicant or petitioner profile.</source>
        <translation>Create an applicant or petitioner profile.</translation>
    </message>
    <message>
        <source>applicant (default) or petitioner.</source>
        <translation>applicant (default) or petitioner.</translation>
    </message>
    <message>
        <source>Full name, or the petitioner&apos;s company name (required).</source>
        <translation>Full name, or the petitioner&apos;s company name (required).</translation>
    </message>
    <message>
        <source>Employer or organization.</source>
        <translation>Employer or organization.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Email address.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Phone number.</translation>
    </message>
    <message>
        <source>A-number, e.g. A012345678.</source>
        <translation>A-number, e.g. A012345678.</translation>
    </message>
    <message>
        <source>Free-form notes.</source>
        <translation>Free-form notes.</translation>
    </message>
    <message>
        <source>--kind must be applicant or petitioner, not &quot;%1&quot;.</source>
        <translation>--kind must be applicant or petitioner, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>profiles add needs --name.</source>
        <translation>profiles add needs --name.</translation>
    </message>
    <message>
        <source>Created profile %1: %2</source>
        <translation>Created profile %1: %2</translation>
    </message>
    <message>
        <source>List profiles.</source>
        <translation>List profiles.</translation>
    </message>
    <message>
        <source>Only applicants or only petitioners.</source>
        <translation>Only applicants or only petitioners.</translation>
    </message>
    <message>
        <source>Only profiles whose name, organization, email or A-number contains TEXT.</source>
        <translation>Only profiles whose name, organization, email or A-number contains TEXT.</translation>
    </message>
    <message>
        <source>--kind must be applicant or petitioner.</source>
        <translation>--kind must be applicant or petitioner.</translation>
    </message>
    <message>
        <source>No profiles yet. Create one with: casewatch-cli profiles add --name NAME</source>
        <translation>No profiles yet. Create one with: casewatch-cli profiles add --name NAME</translation>
    </message>
    <message>
        <source>Show a profile and its cases.</source>
        <translation>Show a profile and its cases.</translation>
    </message>
    <message>
        <source>The profile&apos;s number.</source>
        <translation>The profile&apos;s number.</translation>
    </message>
    <message>
        <source>profiles show needs one profile number.</source>
        <translation>profiles show needs one profile number.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A-number</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Remove profiles with their cases and history.</source>
        <translation>Remove profiles with their cases and history.</translation>
    </message>
    <message>
        <source>The profile numbers.</source>
        <translation>The profile numbers.</translation>
    </message>
    <message>
        <source>profiles remove needs at least one profile number.</source>
        <translation>profiles remove needs at least one profile number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile number.</source>
        <translation>&quot;%1&quot; is not a profile number.</translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation>Removed profile %1.</translation>
    </message>
    <message>
        <source>profiles needs a subcommand: add, list, show or remove.</source>
        <translation>profiles needs a subcommand: add, list, show or remove.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;profiles %1&quot;; use add, list, show or remove.</source>
        <translation>unknown subcommand &quot;profiles %1&quot;; use add, list, show or remove.</translation>
    </message>
    <message>
        <source>Machine-readable JSON on standard output.</source>
        <translation>Machine-readable JSON on standard output.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: casewatch-cli [global options] COMMAND [options]

Track USCIS cases from the command line. Add --help after a command for its options.

Commands:
  profiles add|list|show|remove   manage applicant and petitioner profiles
  cases add|list|remove           manage tracked receipt numbers

Global options:
  --db PATH        the SQLite database file (default: %1)
  --json           machine-readable JSON on standard output
  --version        print the version
  -h, --help       show this help

Exit codes: 0 ok, 1 some items failed, 2 usage or configuration error.</source>
        <translation>Usage: casewatch-cli [global options] COMMAND [options]

Track USCIS cases from the command line. Add --help after a command for its options.

Commands:
  profiles add|list|show|remove   manage applicant and petitioner profiles
  cases add|list|remove           manage tracked receipt numbers

Global options:
  --db PATH        the SQLite database file (default: %1)
  --json           machine-readable JSON on standard output
  --version        print the version
  -h, --help       show this help

Exit codes: 0 ok, 1 some items failed, 2 usage or configuration error.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unknown command &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name inside it.</source>
        <translation>%1 is a folder, not a database file. Choose a file name inside it.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (%2). Check its permissions.</source>
        <translation>The database file %1 cannot be read (%2). Check its permissions.</translation>
    </message>
    <message>
        <source>%1 is not a CaseWatch database (it is not a SQLite file, or it is damaged). The file was left untouched; choose another file or restore a backup.</source>
        <translation>%1 is not a CaseWatch database (it is not a SQLite file, or it is damaged). The file was left untouched; choose another file or restore a backup.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check that the location exists and that you may write there.</source>
        <translation>The folder %1 cannot be created. Check that the location exists and that you may write there.</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>open the database</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CaseWatch (schema %2; this version knows up to %3). Update CaseWatch; the file was left untouched.</source>
        <translation>%1 was written by a newer version of CaseWatch (schema %2; this version knows up to %3). Update CaseWatch; the file was left untouched.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is locked by another program or CaseWatch window. Close the other program and try again.</source>
        <translation>Could not %1: the database %2 is locked by another program or CaseWatch window. Close the other program and try again.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is damaged or is not a CaseWatch database. The file was left as it is; restore a backup or choose another file.</source>
        <translation>Could not %1: the database %2 is damaged or is not a CaseWatch database. The file was left as it is; restore a backup or choose another file.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is read-only. Check the file&apos;s permissions or choose a writable location.</source>
        <translation>Could not %1: the database %2 is read-only. Check the file&apos;s permissions or choose a writable location.</translation>
    </message>
    <message>
        <source>Could not %1: the disk holding %2 is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>Could not %1: the disk holding %2 is full. Free some space and try again; nothing already saved was lost.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 cannot be opened. Check that the folder exists and that you may write there.</source>
        <translation>Could not %1: the database %2 cannot be opened. Check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3</source>
        <translation>Could not %1 in %2: %3</translation>
    </message>
    <message>
        <source>read or write the database</source>
        <translation>read or write the database</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile with number %1. List the profiles to find the right one.</source>
        <translation>There is no profile with number %1. List the profiles to find the right one.</translation>
    </message>
    <message>
        <source>A profile needs a name: the applicant&apos;s full name, or the petitioner&apos;s name or company.</source>
        <translation>A profile needs a name: the applicant&apos;s full name, or the petitioner&apos;s name or company.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Write it as name@example.com, or leave it empty.</source>
        <translation>&quot;%1&quot; is not an email address. Write it as name@example.com, or leave it empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number. An A-number is the letter A followed by 7 to 9 digits, e.g. A012345678; leave it empty if the client has none.</source>
        <translation>&quot;%1&quot; is not an A-number. An A-number is the letter A followed by 7 to 9 digits, e.g. A012345678; leave it empty if the client has none.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n case(s))</source>
        <translation>
            <numerusform>%1 (with %n case)</numerusform>
            <numerusform>%1 (with %n cases)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptNumber</name>
    <message>
        <source>Vermont Service Center</source>
        <translation>Vermont Service Center</translation>
    </message>
    <message>
        <source>California Service Center</source>
        <translation>California Service Center</translation>
    </message>
    <message>
        <source>Nebraska Service Center</source>
        <translation>Nebraska Service Center</translation>
    </message>
    <message>
        <source>Texas Service Center</source>
        <translation>Texas Service Center</translation>
    </message>
    <message>
        <source>National Benefits Center</source>
        <translation>National Benefits Center</translation>
    </message>
    <message>
        <source>Missouri Service Center (National Benefits Center)</source>
        <translation>Missouri Service Center (National Benefits Center)</translation>
    </message>
    <message>
        <source>USCIS Electronic Immigration System (online filing)</source>
        <translation>USCIS Electronic Immigration System (online filing)</translation>
    </message>
    <message>
        <source>Potomac Service Center</source>
        <translation>Potomac Service Center</translation>
    </message>
    <message>
        <source>The prefix %1 is not one of the USCIS service centers this app knows (%2). Check the number against the notice; it is kept as entered.</source>
        <translation>The prefix %1 is not one of the USCIS service centers this app knows (%2). Check the number against the notice; it is kept as entered.</translation>
    </message>
    <message>
        <source>No receipt number was given. A receipt number looks like EAC9912345678: three letters and ten digits.</source>
        <translation>No receipt number was given. A receipt number looks like EAC9912345678: three letters and ten digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains the character &apos;%2&apos;, which cannot be part of a receipt number. Use only three letters and ten digits, e.g. EAC9912345678.</source>
        <translation>&quot;%1&quot; contains the character &apos;%2&apos;, which cannot be part of a receipt number. Use only three letters and ten digits, e.g. EAC9912345678.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with the three-letter office prefix (such as EAC, WAC, LIN, SRC, NBC, MSC or IOE). Copy the number from the notice including its letters.</source>
        <translation>&quot;%1&quot; does not start with the three-letter office prefix (such as EAC, WAC, LIN, SRC, NBC, MSC or IOE). Copy the number from the notice including its letters.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; starts with %n letter(s); a receipt number starts with exactly three (such as EAC or IOE).</source>
        <translation>
            <numerusform>&quot;%1&quot; starts with %n letter; a receipt number starts with exactly three (such as EAC or IOE).</numerusform>
            <numerusform>&quot;%1&quot; starts with %n letters; a receipt number starts with exactly three (such as EAC or IOE).</numerusform>
        </translation>
    </message>
    <message>
        <source> Did you mean the digit 0?</source>
        <translation> Did you mean the digit 0?</translation>
    </message>
    <message>
        <source> Did you mean the digit 1?</source>
        <translation> Did you mean the digit 1?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the letter &apos;%2&apos; where a digit belongs: after the three-letter prefix come ten digits.%3</source>
        <translation>&quot;%1&quot; has the letter &apos;%2&apos; where a digit belongs: after the three-letter prefix come ten digits.%3</translation>
    </message>
    <message>
        <source>%1 is an asylum-office receipt number. The USCIS Case Status API does not serve asylum-office cases; track it on the asylum office&apos;s own channels.</source>
        <translation>%1 is an asylum-office receipt number. The USCIS Case Status API does not serve asylum-office cases; track it on the asylum office&apos;s own channels.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n digit(s) after the prefix; a receipt number has ten. A digit may be missing.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n digit after the prefix; a receipt number has ten. A digit may be missing.</numerusform>
            <numerusform>&quot;%1&quot; has %n digits after the prefix; a receipt number has ten. A digit may be missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n digit(s) after the prefix; a receipt number has ten. Two numbers may have run together, or a digit was typed twice.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n digit after the prefix; a receipt number has ten. Two numbers may have run together, or a digit was typed twice.</numerusform>
            <numerusform>&quot;%1&quot; has %n digits after the prefix; a receipt number has ten. Two numbers may have run together, or a digit was typed twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2. %3</source>
        <translation>Upgrading the database to schema %1 failed; it was left at schema %2. %3</translation>
    </message>
</context>
<context>
    <name>cw::AddCasesDialog</name>
    <message>
        <source>Add Cases for %1</source>
        <translation>Add Cases for %1</translation>
    </message>
    <message>
        <source>Paste or type receipt numbers, one per line, e.g.
EAC9999103402
IOE-0912-345-678</source>
        <translation>Paste or type receipt numbers, one per line, e.g.
EAC9999103402
IOE-0912-345-678</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>Receipt numbers</translation>
    </message>
    <message>
        <source>Optional, e.g. I-485</source>
        <translation>Optional, e.g. I-485</translation>
    </message>
    <message>
        <source>Optional note shown with the case</source>
        <translation>Optional note shown with the case</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>What will be added</translation>
    </message>
    <message>
        <source>&amp;Receipt numbers:</source>
        <translation>&amp;Receipt numbers:</translation>
    </message>
    <message>
        <source>&amp;Form type:</source>
        <translation>&amp;Form type:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — warning: %2</source>
        <translation>%1 — warning: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt number(s) will be added.</source>
        <translation>
            <numerusform>%n receipt number will be added.</numerusform>
            <numerusform>%n receipt numbers will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) cannot be added and will be skipped.</source>
        <translation>
            <numerusform>%n entryy cannot be added and will be skipped.</numerusform>
            <numerusform>%n entryies cannot be added and will be skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::CaseDialog</name>
    <message>
        <source>&amp;Archived (no longer checked)</source>
        <translation>&amp;Archived (no longer checked)</translation>
    </message>
    <message>
        <source>Edit Case %1</source>
        <translation>Edit Case %1</translation>
    </message>
    <message>
        <source>petitioner</source>
        <translation>petitioner</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>&amp;Form type:</source>
        <translation>&amp;Form type:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
</context>
<context>
    <name>cw::CaseTableModel</name>
    <message>
        <source>Unknown office (%1)</source>
        <translation>Unknown office (%1)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>USCIS status</source>
        <translation>USCIS status</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>CaseWatch</source>
        <translation>CaseWatch</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Search profiles</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Cases of the selected profile</source>
        <translation>Cases of the selected profile</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;New Profile…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Edit Profile…</translation>
    </message>
    <message>
        <source>&amp;Remove Profile</source>
        <translation>&amp;Remove Profile</translation>
    </message>
    <message>
        <source>&amp;Add Cases…</source>
        <translation>&amp;Add Cases…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Edit &amp;Case…</source>
        <translation>Edit &amp;Case…</translation>
    </message>
    <message>
        <source>Re&amp;move Cases</source>
        <translation>Re&amp;move Cases</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Profiles could not be loaded</source>
        <translation>Profiles could not be loaded</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicants (%1)</source>
        <translation>Applicants (%1)</translation>
    </message>
    <message>
        <source>Petitioners (%1)</source>
        <translation>Petitioners (%1)</translation>
    </message>
    <message>
        <source>Select a profile to see its cases, or create one with New Profile.</source>
        <translation>Select a profile to see its cases, or create one with New Profile.</translation>
    </message>
    <message>
        <source>Cases could not be loaded</source>
        <translation>Cases could not be loaded</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>The profile was not saved</translation>
    </message>
    <message>
        <source>Profile %1 created.</source>
        <translation>Profile %1 created.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Remove Profile</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and the %n case(s) tracked for this profile, with their history? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %1 and the %n case tracked for this profile, with their history? This cannot be undone.</numerusform>
            <numerusform>Remove %1 and the %n cases tracked for this profile, with their history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile was not removed</source>
        <translation>The profile was not removed</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added.</source>
        <translation>
            <numerusform>%n case added.</numerusform>
            <numerusform>%n cases added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some receipt numbers were not added</source>
        <translation>Some receipt numbers were not added</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added. These entries were skipped:</source>
        <translation>
            <numerusform>%n case added. These entries were skipped:</numerusform>
            <numerusform>%n cases added. These entries were skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>The case was not saved</translation>
    </message>
    <message>
        <source>Remove Cases</source>
        <translation>Remove Cases</translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n case(s) and delete their stored history? This cannot be undone.</source>
        <translation>
            <numerusform>Stop tracking %n case and delete their stored history? This cannot be undone.</numerusform>
            <numerusform>Stop tracking %n cases and delete their stored history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>A case was not removed</source>
        <translation>A case was not removed</translation>
    </message>
</context>
<context>
    <name>cw::ProfileDialog</name>
    <message>
        <source>Edit Profile</source>
        <translation>Edit Profile</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>New Profile</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>Optional, e.g. A012345678</source>
        <translation>Optional, e.g. A012345678</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>&amp;A-number:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Profile kind</source>
        <translation>Profile kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Track USCIS cases for your clients.</source>
        <translation>Track USCIS cases for your clients.</translation>
    </message>
    <message>
        <source>The SQLite database file to open.</source>
        <translation>The SQLite database file to open.</translation>
    </message>
    <message>
        <source>CaseWatch cannot start</source>
        <translation>CaseWatch cannot start</translation>
    </message>
</context>
</TS>
