<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiConnection</name>
    <message>
        <source>No USCIS API credentials are stored for the %1 environment. Enter the client id and secret from developer.uscis.gov in Settings (or run: casewatch-cli --environment %1 credentials set --client-id ID), or use the offline demo.</source>
        <translation>No USCIS API credentials are stored for the %1 environment. Enter the client id and secret from developer.uscis.gov in Settings (or run: casewatch-cli --environment %1 credentials set --client-id ID), or use the offline demo.</translation>
    </message>
    <message>
        <source>The demo environment only talks to a simulator on this computer (localhost).</source>
        <translation>The demo environment only talks to a simulator on this computer (localhost).</translation>
    </message>
    <message>
        <source>The offline USCIS simulator could not start: no free port on this computer.</source>
        <translation>The offline USCIS simulator could not start: no free port on this computer.</translation>
    </message>
</context>
<context>
    <name>ApiCredentials</name>
    <message>
        <source>The stored USCIS credentials are incomplete. Enter the client id and secret again.</source>
        <translation>The stored USCIS credentials are incomplete. Enter the client id and secret again.</translation>
    </message>
</context>
<context>
    <name>ApiEnvironment</name>
    <message>
        <source>&quot;%1&quot; is not an environment. Use sandbox, production, demo or custom.</source>
        <translation>&quot;%1&quot; is not an environment. Use sandbox, production, demo or custom.</translation>
    </message>
    <message>
        <source>USCIS sandbox (developer.uscis.gov test data)</source>
        <translation>USCIS sandbox (developer.uscis.gov test data)</translation>
    </message>
    <message>
        <source>USCIS production</source>
        <translation>USCIS production</translation>
    </message>
    <message>
        <source>Offline demo (built-in USCIS simulator)</source>
        <translation>Offline demo (built-in USCIS simulator)</translation>
    </message>
    <message>
        <source>Custom server (%1)</source>
        <translation>Custom server (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable address. Give a full https:// address, e.g. https://api.example.com/case-status.</source>
        <translation>&quot;%1&quot; is not a usable address. Give a full https:// address, e.g. https://api.example.com/case-status.</translation>
    </message>
    <message>
        <source>%1 uses plain http to another machine. Credentials and case data may only travel unencrypted to this computer itself (localhost); use https.</source>
        <translation>%1 uses plain http to another machine. Credentials and case data may only travel unencrypted to this computer itself (localhost); use https.</translation>
    </message>
    <message>
        <source>The rate limit must be between 0.1 and 1000 requests per second.</source>
        <translation>The rate limit must be between 0.1 and 1000 requests per second.</translation>
    </message>
    <message>
        <source>The daily quota cannot be negative.</source>
        <translation>The daily quota cannot be negative.</translation>
    </message>
</context>
<context>
    <name>CaseStatusParser</name>
    <message>
        <source>USCIS sent an unreadable answer. The case was not changed; it will be checked again later.</source>
        <translation>USCIS sent an unreadable answer. The case was not changed; it will be checked again later.</translation>
    </message>
    <message>
        <source>USCIS returned no record for this receipt number. Check the number against the notice; a protected case also answers this way.</source>
        <translation>USCIS returned no record for this receipt number. Check the number against the notice; a protected case also answers this way.</translation>
    </message>
    <message>
        <source>USCIS sent an empty answer. The case will be checked again shortly.</source>
        <translation>USCIS sent an empty answer. The case will be checked again shortly.</translation>
    </message>
    <message>
        <source>A web page came back instead of USCIS&apos;s answer (a proxy, firewall or maintenance page). The case will be checked again shortly.</source>
        <translation>A web page came back instead of USCIS&apos;s answer (a proxy, firewall or maintenance page). The case will be checked again shortly.</translation>
    </message>
    <message>
        <source>USCIS&apos;s answer was cut short (the connection dropped). The case will be checked again shortly.</source>
        <translation>USCIS&apos;s answer was cut short (the connection dropped). The case will be checked again shortly.</translation>
    </message>
    <message>
        <source>USCIS answered: %1</source>
        <translation>USCIS answered: %1</translation>
    </message>
</context>
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
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation>Client secret (input hidden): </translation>
    </message>
    <message>
        <source>Manage the firm&apos;s USCIS API credentials in the OS keychain. &apos;set&apos; reads the secret from standard input, never from the command line.</source>
        <translation>Manage the firm&apos;s USCIS API credentials in the OS keychain. &apos;set&apos; reads the secret from standard input, never from the command line.</translation>
    </message>
    <message>
        <source>set, show, clear or test.</source>
        <translation>set, show, clear or test.</translation>
    </message>
    <message>
        <source>The client id (for &apos;set&apos;).</source>
        <translation>The client id (for &apos;set&apos;).</translation>
    </message>
    <message>
        <source>The offline demo needs no credentials. Choose the environment they are for, e.g. --environment sandbox or --environment production.</source>
        <translation>The offline demo needs no credentials. Choose the environment they are for, e.g. --environment sandbox or --environment production.</translation>
    </message>
    <message>
        <source>credentials set needs --client-id ID (the secret is read from standard input).</source>
        <translation>credentials set needs --client-id ID (the secret is read from standard input).</translation>
    </message>
    <message>
        <source>No client secret was given on standard input.</source>
        <translation>No client secret was given on standard input.</translation>
    </message>
    <message>
        <source>Stored the USCIS credentials for %1 in the keychain (client id %2).</source>
        <translation>Stored the USCIS credentials for %1 in the keychain (client id %2).</translation>
    </message>
    <message>
        <source>%1: client id %2, secret stored in the keychain (not shown).</source>
        <translation>%1: client id %2, secret stored in the keychain (not shown).</translation>
    </message>
    <message>
        <source>%1: no credentials stored.</source>
        <translation>%1: no credentials stored.</translation>
    </message>
    <message>
        <source>Removed the USCIS credentials for %1 from the keychain.</source>
        <translation>Removed the USCIS credentials for %1 from the keychain.</translation>
    </message>
    <message>
        <source>USCIS accepted the credentials for %1.</source>
        <translation>USCIS accepted the credentials for %1.</translation>
    </message>
    <message>
        <source>credentials needs an action: set, show, clear or test.</source>
        <translation>credentials needs an action: set, show, clear or test.</translation>
    </message>
    <message>
        <source>Ask USCIS for the status of receipt numbers now. Tracked cases are recorded (status, history, changes); others are only shown.</source>
        <translation>Ask USCIS for the status of receipt numbers now. Tracked cases are recorded (status, history, changes); others are only shown.</translation>
    </message>
    <message>
        <source>check needs at least one receipt number.</source>
        <translation>check needs at least one receipt number.</translation>
    </message>
    <message>
        <source>%1 is not tracked, so nothing was stored. Add it with &apos;cases add&apos; to keep its history.</source>
        <translation>%1 is not tracked, so nothing was stored. Add it with &apos;cases add&apos; to keep its history.</translation>
    </message>
    <message>
        <source>Show the stored USCIS timeline of a tracked case.</source>
        <translation>Show the stored USCIS timeline of a tracked case.</translation>
    </message>
    <message>
        <source>The receipt number.</source>
        <translation>The receipt number.</translation>
    </message>
    <message>
        <source>en or es.</source>
        <translation>en or es.</translation>
    </message>
    <message>
        <source>history needs one receipt number.</source>
        <translation>history needs one receipt number.</translation>
    </message>
    <message>
        <source>%1 is not tracked.</source>
        <translation>%1 is not tracked.</translation>
    </message>
    <message>
        <source>now  %1</source>
        <translation>now  %1</translation>
    </message>
    <message>
        <source>Run the built-in USCIS simulator in the foreground, on this computer only.</source>
        <translation>Run the built-in USCIS simulator in the foreground, on this computer only.</translation>
    </message>
    <message>
        <source>The port to listen on (default: any free port).</source>
        <translation>The port to listen on (default: any free port).</translation>
    </message>
    <message>
        <source>Move every case one step along its script every S seconds (0: never).</source>
        <translation>Move every case one step along its script every S seconds (0: never).</translation>
    </message>
    <message>
        <source>Answer every case request after this many milliseconds.</source>
        <translation>Answer every case request after this many milliseconds.</translation>
    </message>
    <message>
        <source>The simulator could not listen on that port.</source>
        <translation>The simulator could not listen on that port.</translation>
    </message>
    <message>
        <source>USCIS simulator on %1 — use: casewatch-cli --environment demo --api-base %1 check EAC9999103403</source>
        <translation>USCIS simulator on %1 — use: casewatch-cli --environment demo --api-base %1 check EAC9999103403</translation>
    </message>
    <message>
        <source>--rate-limit needs a positive number of requests per second.</source>
        <translation>--rate-limit needs a positive number of requests per second.</translation>
    </message>
    <message>
        <source>--daily-quota needs a positive whole number of requests.</source>
        <translation>--daily-quota needs a positive whole number of requests.</translation>
    </message>
    <message>
        <source>Fetch every case that is due, at the API&apos;s rate limit and never over it. With --once, one cycle: it returns when every due case has an answer, a permanent error, or has used up its retries. Without, it keeps polling until interrupted (Ctrl+C).</source>
        <translation>Fetch every case that is due, at the API&apos;s rate limit and never over it. With --once, one cycle: it returns when every due case has an answer, a permanent error, or has used up its retries. Without, it keeps polling until interrupted (Ctrl+C).</translation>
    </message>
    <message>
        <source>One cycle over the due cases, then exit.</source>
        <translation>One cycle over the due cases, then exit.</translation>
    </message>
    <message>
        <source>Requests in the air at once (default 8).</source>
        <translation>Requests in the air at once (default 8).</translation>
    </message>
    <message>
        <source>poller: %1</source>
        <translation>poller: %1</translation>
    </message>
    <message>
        <source>%1 fetched, %2 changed, %3 failed, %4 rate-limited, %5 deferred in %6 s</source>
        <translation>%1 fetched, %2 changed, %3 failed, %4 rate-limited, %5 deferred in %6 s</translation>
    </message>
    <message>
        <source>Status-change events, oldest first. Pass the printed next_cursor as --since to get only newer ones.</source>
        <translation>Status-change events, oldest first. Pass the printed next_cursor as --since to get only newer ones.</translation>
    </message>
    <message>
        <source>Only events after this cursor.</source>
        <translation>Only events after this cursor.</translation>
    </message>
    <message>
        <source>At most this many events (default 1000).</source>
        <translation>At most this many events (default 1000).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cursor printed by &apos;events&apos;.</source>
        <translation>&quot;%1&quot; is not a cursor printed by &apos;events&apos;.</translation>
    </message>
    <message>
        <source>next cursor: %1</source>
        <translation>next cursor: %1</translation>
    </message>
    <message>
        <source>manage applicant and petitioner profiles</source>
        <translation>manage applicant and petitioner profiles</translation>
    </message>
    <message>
        <source>manage tracked receipt numbers</source>
        <translation>manage tracked receipt numbers</translation>
    </message>
    <message>
        <source>ask USCIS now; tracked cases are recorded</source>
        <translation>ask USCIS now; tracked cases are recorded</translation>
    </message>
    <message>
        <source>show the stored timeline of a case</source>
        <translation>show the stored timeline of a case</translation>
    </message>
    <message>
        <source>fetch every due case, within the API&apos;s limits</source>
        <translation>fetch every due case, within the API&apos;s limits</translation>
    </message>
    <message>
        <source>list status changes, oldest first</source>
        <translation>list status changes, oldest first</translation>
    </message>
    <message>
        <source>manage the USCIS API credentials in the OS keychain</source>
        <translation>manage the USCIS API credentials in the OS keychain</translation>
    </message>
    <message>
        <source>run the built-in USCIS simulator</source>
        <translation>run the built-in USCIS simulator</translation>
    </message>
    <message>
        <source>the SQLite database file (default: %1)</source>
        <translation>the SQLite database file (default: %1)</translation>
    </message>
    <message>
        <source>sandbox, production, demo (offline simulator) or custom</source>
        <translation>sandbox, production, demo (offline simulator) or custom</translation>
    </message>
    <message>
        <source>custom environment: the case-status endpoint</source>
        <translation>custom environment: the case-status endpoint</translation>
    </message>
    <message>
        <source>custom environment: the OAuth token endpoint</source>
        <translation>custom environment: the OAuth token endpoint</translation>
    </message>
    <message>
        <source>requests per second the server allows</source>
        <translation>requests per second the server allows</translation>
    </message>
    <message>
        <source>requests per day the server allows</source>
        <translation>requests per day the server allows</translation>
    </message>
    <message>
        <source>machine-readable JSON on standard output</source>
        <translation>machine-readable JSON on standard output</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>Usage: casewatch-cli [global options] COMMAND [options]</source>
        <translation>Usage: casewatch-cli [global options] COMMAND [options]</translation>
    </message>
    <message>
        <source>Track USCIS cases from the command line. Add --help after a command for its options.</source>
        <translation>Track USCIS cases from the command line. Add --help after a command for its options.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 some items failed, 2 usage or configuration error.</source>
        <translation>Exit codes: 0 ok, 1 some items failed, 2 usage or configuration error.</translation>
    </message>
    <message>
        <source>Fetch hot cases (just changed, or about to move) every N hours.</source>
        <translation>Fetch hot cases (just changed, or about to move) every N hours.</translation>
    </message>
    <message>
        <source>Fetch other open cases every N hours.</source>
        <translation>Fetch other open cases every N hours.</translation>
    </message>
    <message>
        <source>Fetch cases in a final state every N days.</source>
        <translation>Fetch cases in a final state every N days.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number.</source>
        <translation>--%1 needs a positive whole number.</translation>
    </message>
    <message>
        <source>Status titles, e.g. &quot;Case Was Approved&quot;.</source>
        <translation>Status titles, e.g. &quot;Case Was Approved&quot;.</translation>
    </message>
    <message>
        <source>normalize needs at least one status title.</source>
        <translation>normalize needs at least one status title.</translation>
    </message>
    <message>
        <source>show the category of a USCIS status title (English or Spanish)</source>
        <translation>show the category of a USCIS status title (English or Spanish)</translation>
    </message>
    <message>
        <source>Export cases with their current status (csv), cases with histories and deadlines (json), or deadlines and appointments as a calendar file for Outlook or Google Calendar (ics).</source>
        <translation>Export cases with their current status (csv), cases with histories and deadlines (json), or deadlines and appointments as a calendar file for Outlook or Google Calendar (ics).</translation>
    </message>
    <message>
        <source>csv, json or ics.</source>
        <translation>csv, json or ics.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Write to this file instead of standard output.</translation>
    </message>
    <message>
        <source>export needs --format csv, json or ics.</source>
        <translation>export needs --format csv, json or ics.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Check the folder and its permissions.</source>
        <translation>Could not write %1 (%2). Check the folder and its permissions.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>export cases, histories and deadlines for other programs</source>
        <translation>export cases, histories and deadlines for other programs</translation>
    </message>
    <message>
        <source>No webhook is set up. Set one with: casewatch-cli webhook set --url URL</source>
        <translation>No webhook is set up. Set one with: casewatch-cli webhook set --url URL</translation>
    </message>
    <message>
        <source>The firm&apos;s webhook: every status change CaseWatch sees is POSTed to it as signed JSON. &apos;set&apos; reads the signing secret from standard input, never from the command line; &apos;deliver&apos; sends what is waiting and exits; &apos;resume&apos; ends a pause after repeated failures.</source>
        <translation>The firm&apos;s webhook: every status change CaseWatch sees is POSTed to it as signed JSON. &apos;set&apos; reads the signing secret from standard input, never from the command line; &apos;deliver&apos; sends what is waiting and exits; &apos;resume&apos; ends a pause after repeated failures.</translation>
    </message>
    <message>
        <source>set, show, clear, test, deliver or resume.</source>
        <translation>set, show, clear, test, deliver or resume.</translation>
    </message>
    <message>
        <source>The endpoint (for &apos;set&apos;): https, or http to this computer.</source>
        <translation>The endpoint (for &apos;set&apos;): https, or http to this computer.</translation>
    </message>
    <message>
        <source>webhook set needs --url URL (the secret is read from standard input).</source>
        <translation>webhook set needs --url URL (the secret is read from standard input).</translation>
    </message>
    <message>
        <source>Signing secret (input hidden): </source>
        <translation>Signing secret (input hidden): </translation>
    </message>
    <message>
        <source>The signing secret must be at least 16 characters, given on standard input.</source>
        <translation>The signing secret must be at least 16 characters, given on standard input.</translation>
    </message>
    <message>
        <source>Webhook set: status changes from now on go to %1 (secret stored in the keychain).</source>
        <translation>Webhook set: status changes from now on go to %1 (secret stored in the keychain).</translation>
    </message>
    <message>
        <source>Webhook removed, with its signing secret.</source>
        <translation>Webhook removed, with its signing secret.</translation>
    </message>
    <message>
        <source>No webhook is set up.</source>
        <translation>No webhook is set up.</translation>
    </message>
    <message>
        <source>Webhook: %1 (%2)</source>
        <translation>Webhook: %1 (%2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Signing secret: none stored.</source>
        <translation>Signing secret: none stored.</translation>
    </message>
    <message>
        <source>Waiting: %1, delivered: %2</source>
        <translation>Waiting: %1, delivered: %2</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Delivery resumed: waiting events are sent at the next &apos;deliver&apos; or by the app.</source>
        <translation>Delivery resumed: waiting events are sent at the next &apos;deliver&apos; or by the app.</translation>
    </message>
    <message>
        <source>webhook needs an action: set, show, clear, test, deliver or resume.</source>
        <translation>webhook needs an action: set, show, clear, test, deliver or resume.</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>event %1: %2</translation>
    </message>
    <message>
        <source>Delivered %1, still waiting %2.</source>
        <translation>Delivered %1, still waiting %2.</translation>
    </message>
    <message>
        <source>send signed status changes to the firm&apos;s own systems</source>
        <translation>send signed status changes to the firm&apos;s own systems</translation>
    </message>
    <message>
        <source>The notice names no applicant or petitioner to file it under. Give --profile ID.</source>
        <translation>The notice names no applicant or petitioner to file it under. Give --profile ID.</translation>
    </message>
    <message>
        <source>Add the cases to this profile.</source>
        <translation>Add the cases to this profile.</translation>
    </message>
    <message>
        <source>Read and report; add nothing.</source>
        <translation>Read and report; add nothing.</translation>
    </message>
    <message>
        <source>--profile needs a profile id (see: casewatch-cli profiles list).</source>
        <translation>--profile needs a profile id (see: casewatch-cli profiles list).</translation>
    </message>
    <message>
        <source>Keep the password of the PostgreSQL database given with --database in the OS keychain. &apos;set&apos; reads it from standard input, never from the command line.</source>
        <translation>Keep the password of the PostgreSQL database given with --database in the OS keychain. &apos;set&apos; reads it from standard input, never from the command line.</translation>
    </message>
    <message>
        <source>set or clear.</source>
        <translation>set or clear.</translation>
    </message>
    <message>
        <source>db-password needs --database postgresql://user@server/database before it.</source>
        <translation>db-password needs --database postgresql://user@server/database before it.</translation>
    </message>
    <message>
        <source>Database password (input hidden): </source>
        <translation>Database password (input hidden): </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No password was given on standard input.</translation>
    </message>
    <message>
        <source>db-password needs an action: set or clear.</source>
        <translation>db-password needs an action: set or clear.</translation>
    </message>
    <message>
        <source>The database password is in the keychain.</source>
        <translation>The database password is in the keychain.</translation>
    </message>
    <message>
        <source>The database password was removed from the keychain.</source>
        <translation>The database password was removed from the keychain.</translation>
    </message>
    <message>
        <source>Copy a CaseWatch database into an empty PostgreSQL database — every profile, case, history entry, event and setting, with their ids — and verify the row counts. The source is only read.</source>
        <translation>Copy a CaseWatch database into an empty PostgreSQL database — every profile, case, history entry, event and setting, with their ids — and verify the row counts. The source is only read.</translation>
    </message>
    <message>
        <source>The source: sqlite:PATH (default: the current database).</source>
        <translation>The source: sqlite:PATH (default: the current database).</translation>
    </message>
    <message>
        <source>The target: postgresql://user@server/database (empty).</source>
        <translation>The target: postgresql://user@server/database (empty).</translation>
    </message>
    <message>
        <source>migrate-db needs --to postgresql://user@server/database.</source>
        <translation>migrate-db needs --to postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>--from takes sqlite:PATH.</source>
        <translation>--from takes sqlite:PATH.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Copied and verified. Point CaseWatch at the new database with --database %1.</source>
        <translation>Copied and verified. Point CaseWatch at the new database with --database %1.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the SQLite database to FILE, even while CaseWatch is running, and check it. To restore, close CaseWatch and put the copy in place of the database file (or open it with --db).</source>
        <translation>Write a consistent copy of the SQLite database to FILE, even while CaseWatch is running, and check it. To restore, close CaseWatch and put the copy in place of the database file (or open it with --db).</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>The new backup file.</translation>
    </message>
    <message>
        <source>backup needs the name of the file to write.</source>
        <translation>backup needs the name of the file to write.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
    <message>
        <source>store the PostgreSQL password of --database in the OS keychain</source>
        <translation>store the PostgreSQL password of --database in the OS keychain</translation>
    </message>
    <message>
        <source>copy this database into an empty PostgreSQL database, and verify</source>
        <translation>copy this database into an empty PostgreSQL database, and verify</translation>
    </message>
    <message>
        <source>write a consistent copy of the SQLite database, while it is in use</source>
        <translation>write a consistent copy of the SQLite database, while it is in use</translation>
    </message>
    <message>
        <source>a shared PostgreSQL database: postgresql://user@server/db</source>
        <translation>a shared PostgreSQL database: postgresql://user@server/db</translation>
    </message>
    <message>
        <source>Prints the category of USCIS status titles, English or Spanish, and how it was reached: the built-in table, a phrase rule, or a rule of the firm. A title nothing knows is OTHER, for a person to look at (and teach with: statuses assign).</source>
        <translation>Prints the category of USCIS status titles, English or Spanish, and how it was reached: the built-in table, a phrase rule, or a rule of the firm. A title nothing knows is OTHER, for a person to look at (and teach with: statuses assign).</translation>
    </message>
    <message>
        <source>Re-categorized %1 case(s) and %2 history entries.</source>
        <translation>Re-categorized %1 case(s) and %2 history entries.</translation>
    </message>
    <message>
        <source>Teaches CaseWatch the firm&apos;s reading of USCIS status titles. Subcommands:
  unknown                 list the titles no rule knows (OTHER), most frequent first
  assign TITLE CATEGORY   store a firm rule and re-categorize every case and history entry
  remove TITLE            delete a firm rule; its titles go back to the built-in reading
  rules                   list the firm&apos;s rules
  export [--output FILE]  write the firm&apos;s rules as JSON
  import FILE             assign every rule of an exported file (all or nothing)
Categories: %1</source>
        <translation>Teaches CaseWatch the firm&apos;s reading of USCIS status titles. Subcommands:
  unknown                 list the titles no rule knows (OTHER), most frequent first
  assign TITLE CATEGORY   store a firm rule and re-categorize every case and history entry
  remove TITLE            delete a firm rule; its titles go back to the built-in reading
  rules                   list the firm&apos;s rules
  export [--output FILE]  write the firm&apos;s rules as JSON
  import FILE             assign every rule of an exported file (all or nothing)
Categories: %1</translation>
    </message>
    <message>
        <source>unknown, assign, remove, rules, export or import</source>
        <translation>unknown, assign, remove, rules, export or import</translation>
    </message>
    <message>
        <source>statuses needs one of: %1.</source>
        <translation>statuses needs one of: %1.</translation>
    </message>
    <message>
        <source>Usage: statuses assign &quot;TITLE&quot; CATEGORY</source>
        <translation>Usage: statuses assign &quot;TITLE&quot; CATEGORY</translation>
    </message>
    <message>
        <source>Usage: statuses %1 %2</source>
        <translation>Usage: statuses %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category. Use one of: %2.</source>
        <translation>&quot;%1&quot; is not a category. Use one of: %2.</translation>
    </message>
    <message>
        <source>Every status title is understood.</source>
        <translation>Every status title is understood.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 rule(s).</source>
        <translation>Imported %1 rule(s).</translation>
    </message>
    <message>
        <source>list titles no rule knows; manage the firm&apos;s own status rules</source>
        <translation>list titles no rule knows; manage the firm&apos;s own status rules</translation>
    </message>
    <message>
        <source>USCIS has already decided this case.</source>
        <translation>USCIS has already decided this case.</translation>
    </message>
    <message>
        <source>USCIS has not given a received date for this case yet.</source>
        <translation>USCIS has not given a received date for this case yet.</translation>
    </message>
    <message>
        <source>This case has waited longer than every similar case took: no estimate.</source>
        <translation>This case has waited longer than every similar case took: no estimate.</translation>
    </message>
    <message>
        <source>This receipt number is not tracked in this database.</source>
        <translation>This receipt number is not tracked in this database.</translation>
    </message>
    <message>
        <source>Not enough similar cases to estimate from.</source>
        <translation>Not enough similar cases to estimate from.</translation>
    </message>
    <message>
        <source>Estimates when USCIS will decide tracked cases, from this firm&apos;s own comparable cases (same form, same office, received around the same time; still-pending cases count too): the dates by which 10%, 50% and 90% of similar cases still pending after this long were decided.</source>
        <translation>Estimates when USCIS will decide tracked cases, from this firm&apos;s own comparable cases (same form, same office, received around the same time; still-pending cases count too): the dates by which 10%, 50% and 90% of similar cases still pending after this long were decided.</translation>
    </message>
    <message>
        <source>estimate needs at least one receipt number.</source>
        <translation>estimate needs at least one receipt number.</translation>
    </message>
    <message>
        <source>%1	%2 – %3 (median %4); from %5 %6 cases%7%8</source>
        <translation>%1	%2 – %3 (median %4); from %5 %6 cases%7%8</translation>
    </message>
    <message>
        <source> at any office</source>
        <translation> at any office</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> at %1</translation>
    </message>
    <message>
        <source> received within %1 days</source>
        <translation> received within %1 days</translation>
    </message>
    <message>
        <source>estimate when USCIS will likely decide, from the firm&apos;s own similar cases</source>
        <translation>estimate when USCIS will likely decide, from the firm&apos;s own similar cases</translation>
    </message>
    <message>
        <source>note: USCIS gave no Spanish text for this status; the letter uses the template&apos;s own Spanish words for it.</source>
        <translation>note: USCIS gave no Spanish text for this status; the letter uses the template&apos;s own Spanish words for it.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>To: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>no email on file</source>
        <translation>no email on file</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Writes one letter per client covering every status change on their cases since a date, in each client&apos;s language.</source>
        <translation>Writes one letter per client covering every status change on their cases since a date, in each client&apos;s language.</translation>
    </message>
    <message>
        <source>Writes a letter to the client about a case&apos;s current status, from the firm&apos;s templates, in the client&apos;s language (or the one asked for).</source>
        <translation>Writes a letter to the client about a case&apos;s current status, from the firm&apos;s templates, in the client&apos;s language (or the one asked for).</translation>
    </message>
    <message>
        <source>en or es (default: the client&apos;s language).</source>
        <translation>en or es (default: the client&apos;s language).</translation>
    </message>
    <message>
        <source>The first day to cover, as YYYY-MM-DD.</source>
        <translation>The first day to cover, as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>digest needs --since DATE, written as YYYY-MM-DD.</source>
        <translation>digest needs --since DATE, written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>draft needs one receipt number.</source>
        <translation>draft needs one receipt number.</translation>
    </message>
    <message>
        <source>--lang must be en or es.</source>
        <translation>--lang must be en or es.</translation>
    </message>
    <message>
        <source>No status changed since %1.</source>
        <translation>No status changed since %1.</translation>
    </message>
    <message>
        <source>The client&apos;s language for letters: en (default) or es.</source>
        <translation>The client&apos;s language for letters: en (default) or es.</translation>
    </message>
    <message>
        <source>--language must be en or es.</source>
        <translation>--language must be en or es.</translation>
    </message>
    <message>
        <source>draft a letter to the client about the case, from the firm&apos;s templates</source>
        <translation>draft a letter to the client about the case, from the firm&apos;s templates</translation>
    </message>
    <message>
        <source>draft one letter per client covering every change since a date</source>
        <translation>draft one letter per client covering every change since a date</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines and appointments, soonest first: open ones, or with --all also those met, cancelled or superseded. &apos;deadlines done ID&apos; marks one done by hand; &apos;deadlines undo ID&apos; opens it again.</source>
        <translation>Deadlines and appointments, soonest first: open ones, or with --all also those met, cancelled or superseded. &apos;deadlines done ID&apos; marks one done by hand; &apos;deadlines undo ID&apos; opens it again.</translation>
    </message>
    <message>
        <source>Also list closed deadlines.</source>
        <translation>Also list closed deadlines.</translation>
    </message>
    <message>
        <source>done ID | undo ID (without: list)</source>
        <translation>done ID | undo ID (without: list)</translation>
    </message>
    <message>
        <source>use &apos;deadlines&apos;, &apos;deadlines done ID&apos; or &apos;deadlines undo ID&apos;.</source>
        <translation>use &apos;deadlines&apos;, &apos;deadlines done ID&apos; or &apos;deadlines undo ID&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deadline id (see &apos;deadlines --all&apos;).</source>
        <translation>&quot;%1&quot; is not a deadline id (see &apos;deadlines --all&apos;).</translation>
    </message>
    <message>
        <source>list deadlines and appointments; mark one done or open it again</source>
        <translation>list deadlines and appointments; mark one done or open it again</translation>
    </message>
    <message>
        <source>Answer for any well-formed receipt (load and crash tests).</source>
        <translation>Answer for any well-formed receipt (load and crash tests).</translation>
    </message>
    <message>
        <source>Spike arrest as USCIS&apos;s gateway applies it (one request per 1/N-second slot), with up to this many milliseconds of arrival jitter.</source>
        <translation>Spike arrest as USCIS&apos;s gateway applies it (one request per 1/N-second slot), with up to this many milliseconds of arrival jitter.</translation>
    </message>
    <message>
        <source>Interrupted: %1 of %2 file(s) read; what they added is kept, the rest was not read.</source>
        <translation>Interrupted: %1 of %2 file(s) read; what they added is kept, the rest was not read.</translation>
    </message>
    <message>
        <source>Poll for the whole firm until stopped, as its polling server: desktops on the same database leave polling to it.</source>
        <translation>Poll for the whole firm until stopped, as its polling server: desktops on the same database leave polling to it.</translation>
    </message>
    <message>
        <source>How long other desktops wait before taking over from a poller that stopped answering (default 30).</source>
        <translation>How long other desktops wait before taking over from a poller that stopped answering (default 30).</translation>
    </message>
    <message>
        <source>--once and --daemon cannot be combined.</source>
        <translation>--once and --daemon cannot be combined.</translation>
    </message>
    <message>
        <source>--lease-seconds needs a whole number from 3 to 3600.</source>
        <translation>--lease-seconds needs a whole number from 3 to 3600.</translation>
    </message>
    <message>
        <source>poller: %1 polls for the firm; waiting.</source>
        <translation>poller: %1 polls for the firm; waiting.</translation>
    </message>
    <message>
        <source>Nothing left to fetch: %1 polled the due cases.</source>
        <translation>Nothing left to fetch: %1 polled the due cases.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>Signing secret: stored in the keychain (not shown); the firm&apos;s.</source>
        <translation>Signing secret: stored in the keychain (not shown); the firm&apos;s.</translation>
    </message>
    <message>
        <source>Signing secret: stored in the keychain (not shown), but not the firm&apos;s: this desktop sends nothing.</source>
        <translation>Signing secret: stored in the keychain (not shown), but not the firm&apos;s: this desktop sends nothing.</translation>
    </message>
    <message>
        <source>“%1” on the notice matches several profiles equally well (ids %2). Give --profile ID.</source>
        <translation>“%1” on the notice matches several profiles equally well (ids %2). Give --profile ID.</translation>
    </message>
    <message>
        <source>Read I-797 notices — PDFs (typed or scanned), photos and fax scans (JPEG, PNG, TIFF, HEIC where this computer reads it) — and track the receipt numbers on them. Folders are searched for such files. Without --profile each notice goes to the profile whose name it carries (a new profile if there is none). --dry-run only reads and reports.</source>
        <translation>Read I-797 notices — PDFs (typed or scanned), photos and fax scans (JPEG, PNG, TIFF, HEIC where this computer reads it) — and track the receipt numbers on them. Folders are searched for such files. Without --profile each notice goes to the profile whose name it carries (a new profile if there is none). --dry-run only reads and reports.</translation>
    </message>
    <message>
        <source>Notice files (PDF or picture) or folders.</source>
        <translation>Notice files (PDF or picture) or folders.</translation>
    </message>
    <message>
        <source>import needs at least one notice file (PDF or picture) or folder.</source>
        <translation>import needs at least one notice file (PDF or picture) or folder.</translation>
    </message>
    <message>
        <source>The firm&apos;s staff. &apos;staff&apos; lists them; &apos;staff add NAME --role ROLE [--email E]&apos; adds a person (roles: admin, attorney, paralegal, readonly); &apos;staff link ID&apos; says that this desktop&apos;s user is that person; &apos;staff me&apos; shows who and what this desktop is.</source>
        <translation>The firm&apos;s staff. &apos;staff&apos; lists them; &apos;staff add NAME --role ROLE [--email E]&apos; adds a person (roles: admin, attorney, paralegal, readonly); &apos;staff link ID&apos; says that this desktop&apos;s user is that person; &apos;staff me&apos; shows who and what this desktop is.</translation>
    </message>
    <message>
        <source>admin, attorney, paralegal or readonly.</source>
        <translation>admin, attorney, paralegal or readonly.</translation>
    </message>
    <message>
        <source>The person&apos;s email address.</source>
        <translation>The person&apos;s email address.</translation>
    </message>
    <message>
        <source>add NAME | link ID | me (without: list)</source>
        <translation>add NAME | link ID | me (without: list)</translation>
    </message>
    <message>
        <source>--role must be admin, attorney, paralegal or readonly.</source>
        <translation>--role must be admin, attorney, paralegal or readonly.</translation>
    </message>
    <message>
        <source>use &apos;staff&apos;, &apos;staff add NAME --role ROLE&apos;, &apos;staff link ID&apos; or &apos;staff me&apos;.</source>
        <translation>use &apos;staff&apos;, &apos;staff add NAME --role ROLE&apos;, &apos;staff link ID&apos; or &apos;staff me&apos;.</translation>
    </message>
    <message>
        <source>Who is responsible: &apos;assign --profile ID --attorney STAFF&apos; (a profile&apos;s cases follow it), or &apos;assign --cases ID,ID,… --paralegal STAFF&apos; (those cases only). STAFF 0 clears. Open tasks move to the new person.</source>
        <translation>Who is responsible: &apos;assign --profile ID --attorney STAFF&apos; (a profile&apos;s cases follow it), or &apos;assign --cases ID,ID,… --paralegal STAFF&apos; (those cases only). STAFF 0 clears. Open tasks move to the new person.</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>The profile.</translation>
    </message>
    <message>
        <source>Case ids, comma-separated.</source>
        <translation>Case ids, comma-separated.</translation>
    </message>
    <message>
        <source>The responsible attorney.</source>
        <translation>The responsible attorney.</translation>
    </message>
    <message>
        <source>The responsible paralegal.</source>
        <translation>The responsible paralegal.</translation>
    </message>
    <message>
        <source>give either --profile or --cases.</source>
        <translation>give either --profile or --cases.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id.</source>
        <translation>&quot;%1&quot; is not a case id.</translation>
    </message>
    <message>
        <source>--%1 needs a staff id (see: casewatch-cli staff).</source>
        <translation>--%1 needs a staff id (see: casewatch-cli staff).</translation>
    </message>
    <message>
        <source>give --attorney or --paralegal (or both).</source>
        <translation>give --attorney or --paralegal (or both).</translation>
    </message>
    <message>
        <source>Tasks made from status changes, soonest due first: open ones, or with --all also done ones; --mine: this desktop&apos;s person&apos;s only. &apos;tasks done ID&apos; / &apos;tasks undo ID&apos;. The firm&apos;s rules: &apos;tasks rules&apos;; &apos;tasks rule CATEGORY --owner attorney|paralegal --from deadline|event --days N [--title T] [--off] [--id ID]&apos; adds or changes one; &apos;tasks rule-remove ID&apos;.</source>
        <translation>Tasks made from status changes, soonest due first: open ones, or with --all also done ones; --mine: this desktop&apos;s person&apos;s only. &apos;tasks done ID&apos; / &apos;tasks undo ID&apos;. The firm&apos;s rules: &apos;tasks rules&apos;; &apos;tasks rule CATEGORY --owner attorney|paralegal --from deadline|event --days N [--title T] [--off] [--id ID]&apos; adds or changes one; &apos;tasks rule-remove ID&apos;.</translation>
    </message>
    <message>
        <source>Also list done tasks.</source>
        <translation>Also list done tasks.</translation>
    </message>
    <message>
        <source>Only the tasks of this desktop&apos;s person.</source>
        <translation>Only the tasks of this desktop&apos;s person.</translation>
    </message>
    <message>
        <source>Who gets the task: attorney or paralegal.</source>
        <translation>Who gets the task: attorney or paralegal.</translation>
    </message>
    <message>
        <source>Due counted from the deadline or the event.</source>
        <translation>Due counted from the deadline or the event.</translation>
    </message>
    <message>
        <source>Days after it (negative: before).</source>
        <translation>Days after it (negative: before).</translation>
    </message>
    <message>
        <source>The task&apos;s title (default: the category&apos;s).</source>
        <translation>The task&apos;s title (default: the category&apos;s).</translation>
    </message>
    <message>
        <source>The rule makes no tasks (kept for later).</source>
        <translation>The rule makes no tasks (kept for later).</translation>
    </message>
    <message>
        <source>The rule to change.</source>
        <translation>The rule to change.</translation>
    </message>
    <message>
        <source>done ID | undo ID | rules | rule CATEGORY | rule-remove ID (without: list)</source>
        <translation>done ID | undo ID | rules | rule CATEGORY | rule-remove ID (without: list)</translation>
    </message>
    <message>
        <source>This desktop&apos;s user is nobody on the staff list yet: &apos;staff link ID&apos;.</source>
        <translation>This desktop&apos;s user is nobody on the staff list yet: &apos;staff link ID&apos;.</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>  (done)</source>
        <translation>  (done)</translation>
    </message>
    <message>
        <source>  (off)</source>
        <translation>  (off)</translation>
    </message>
    <message>
        <source>--days needs a whole number of days.</source>
        <translation>--days needs a whole number of days.</translation>
    </message>
    <message>
        <source>use &apos;tasks&apos;, &apos;tasks done ID&apos; or &apos;tasks undo ID&apos;.</source>
        <translation>use &apos;tasks&apos;, &apos;tasks done ID&apos; or &apos;tasks undo ID&apos;.</translation>
    </message>
    <message>
        <source>Roles on a shared PostgreSQL database, enforced by the database itself. &apos;db-roles setup&apos; creates them and grants what each may do (run it as the database&apos;s owner, and again after each upgrade). &apos;db-roles add LOGIN --role ROLE --name NAME&apos; gives a person a login of their own (set its password with psql&apos;s \password) and adds them to the staff list.</source>
        <translation>Roles on a shared PostgreSQL database, enforced by the database itself. &apos;db-roles setup&apos; creates them and grants what each may do (run it as the database&apos;s owner, and again after each upgrade). &apos;db-roles add LOGIN --role ROLE --name NAME&apos; gives a person a login of their own (set its password with psql&apos;s \password) and adds them to the staff list.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>The person&apos;s name.</translation>
    </message>
    <message>
        <source>setup | add LOGIN</source>
        <translation>setup | add LOGIN</translation>
    </message>
    <message>
        <source>Roles set up: casewatch_admin, casewatch_attorney, casewatch_paralegal, casewatch_readonly.</source>
        <translation>Roles set up: casewatch_admin, casewatch_attorney, casewatch_paralegal, casewatch_readonly.</translation>
    </message>
    <message>
        <source>use &apos;db-roles setup&apos; or &apos;db-roles add LOGIN --role ROLE --name NAME&apos;.</source>
        <translation>use &apos;db-roles setup&apos; or &apos;db-roles add LOGIN --role ROLE --name NAME&apos;.</translation>
    </message>
    <message>
        <source>The health of tracking: success rate of status queries, time from USCIS&apos;s change to this firm seeing it, retries and failures by kind, cases due now and in error, the daily quota used and forecast, and the same day by day.</source>
        <translation>The health of tracking: success rate of status queries, time from USCIS&apos;s change to this firm seeing it, retries and failures by kind, cases due now and in error, the daily quota used and forecast, and the same day by day.</translation>
    </message>
    <message>
        <source>How many days back (default 30).</source>
        <translation>How many days back (default 30).</translation>
    </message>
    <message>
        <source>--days must be between 1 and 366.</source>
        <translation>--days must be between 1 and 366.</translation>
    </message>
    <message>
        <source>Today: %1 queries, %2 answered (%3%), %4 asked again, %5 failed</source>
        <translation>Today: %1 queries, %2 answered (%3%), %4 asked again, %5 failed</translation>
    </message>
    <message>
        <source>Cases: %1 tracked, %2 due now, %3 in error</source>
        <translation>Cases: %1 tracked, %2 due now, %3 in error</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 used today, %3 forecast</source>
        <translation>Quota: %1 of %2 used today, %3 forecast</translation>
    </message>
    <message>
        <source>Changes seen a median %1 h after USCIS made them (90%: %2 h; %3 changes)</source>
        <translation>Changes seen a median %1 h after USCIS made them (90%: %2 h; %3 changes)</translation>
    </message>
    <message>
        <source>read I-797 notices (PDFs, photos, fax scans) and track their receipts</source>
        <translation>read I-797 notices (PDFs, photos, fax scans) and track their receipts</translation>
    </message>
    <message>
        <source>list the tasks status changes made; mark one done or open it again</source>
        <translation>list the tasks status changes made; mark one done or open it again</translation>
    </message>
    <message>
        <source>the firm&apos;s staff, and who this desktop&apos;s user is</source>
        <translation>the firm&apos;s staff, and who this desktop&apos;s user is</translation>
    </message>
    <message>
        <source>set the attorney and paralegal responsible for a profile or cases</source>
        <translation>set the attorney and paralegal responsible for a profile or cases</translation>
    </message>
    <message>
        <source>how well tracking works: success rate, time to see a change, quota</source>
        <translation>how well tracking works: success rate, time to see a change, quota</translation>
    </message>
    <message>
        <source>roles on a shared PostgreSQL database, enforced by the database</source>
        <translation>roles on a shared PostgreSQL database, enforced by the database</translation>
    </message>
</context>
<context>
    <name>ClientUpdates</name>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>&quot;%1&quot; is not a category.</translation>
    </message>
    <message>
        <source>The case is no longer tracked.</source>
        <translation>The case is no longer tracked.</translation>
    </message>
    <message>
        <source>The letter could not be stored. Try again.</source>
        <translation>The letter could not be stored. Try again.</translation>
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
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address. Write it as postgresql://user@server:5432/database.</source>
        <translation>&quot;%1&quot; is not a PostgreSQL address. Write it as postgresql://user@server:5432/database.</translation>
    </message>
    <message>
        <source>The database address contains a password. Remove it from the address: CaseWatch keeps the password in the system keychain (or PostgreSQL&apos;s own .pgpass file).</source>
        <translation>The database address contains a password. Remove it from the address: CaseWatch keeps the password in the system keychain (or PostgreSQL&apos;s own .pgpass file).</translation>
    </message>
    <message>
        <source>connect to the database</source>
        <translation>connect to the database</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CaseWatch (schema %2; this version knows up to %3). Update CaseWatch on this computer; nothing was changed.</source>
        <translation>%1 was written by a newer version of CaseWatch (schema %2; this version knows up to %3). Update CaseWatch on this computer; nothing was changed.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created (%2). Check that you may write in that folder.</source>
        <translation>The database file %1 cannot be created (%2). Check that you may write in that folder.</translation>
    </message>
    <message>
        <source>Could not %1: your role in the firm&apos;s shared database does not allow it. Ask the firm&apos;s CaseWatch administrator.</source>
        <translation>Could not %1: your role in the firm&apos;s shared database does not allow it. Ask the firm&apos;s CaseWatch administrator.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>The two databases are at different schema versions (%1 and %2). Open both with this version of CaseWatch first.</source>
        <translation>The two databases are at different schema versions (%1 and %2). Open both with this version of CaseWatch first.</translation>
    </message>
    <message>
        <source>The target database already holds data (table %1). Copy only into an empty database, so that nothing there is mixed or overwritten.</source>
        <translation>The target database already holds data (table %1). Copy only into an empty database, so that nothing there is mixed or overwritten.</translation>
    </message>
    <message>
        <source>Table %1: %2 rows in the source but %3 in the copy. The copy is not usable; the source is unchanged.</source>
        <translation>Table %1: %2 rows in the source but %3 in the copy. The copy is not usable; the source is unchanged.</translation>
    </message>
    <message>
        <source>backup copies a SQLite database file. Back up a PostgreSQL database with pg_dump.</source>
        <translation>backup copies a SQLite database file. Back up a PostgreSQL database with pg_dump.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing file is never overwritten.</source>
        <translation>%1 already exists. Choose a new file name; an existing file is never overwritten.</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check; do not rely on it.</source>
        <translation>The backup %1 failed its integrity check; do not rely on it.</translation>
    </message>
</context>
<context>
    <name>DatabaseRoles</name>
    <message>
        <source>Roles are for a shared PostgreSQL database; a SQLite file has one user, its administrator.</source>
        <translation>Roles are for a shared PostgreSQL database; a SQLite file has one user, its administrator.</translation>
    </message>
    <message>
        <source>The database schema &quot;%1&quot; has an unusual name; set the roles up by hand.</source>
        <translation>The database schema &quot;%1&quot; has an unusual name; set the roles up by hand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (for example maria.lopez).</source>
        <translation>&quot;%1&quot; cannot be a login: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (for example maria.lopez).</translation>
    </message>
    <message>
        <source>Your role may not %1. Ask the firm&apos;s CaseWatch administrator.</source>
        <translation>Your role may not %1. Ask the firm&apos;s CaseWatch administrator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group in the database, not a person&apos;s login.</source>
        <translation>&quot;%1&quot; is a group in the database, not a person&apos;s login.</translation>
    </message>
</context>
<context>
    <name>DeadlineStore</name>
    <message>
        <source>CaseWatch deadlines</source>
        <translation>CaseWatch deadlines</translation>
    </message>
    <message>
        <source>Counted by CaseWatch from the notice&apos;s date; check the notice itself.</source>
        <translation>Counted by CaseWatch from the notice&apos;s date; check the notice itself.</translation>
    </message>
    <message>
        <source>Date as USCIS wrote it in the case status.</source>
        <translation>Date as USCIS wrote it in the case status.</translation>
    </message>
    <message>
        <source>RFE response due</source>
        <translation>RFE response due</translation>
    </message>
    <message>
        <source>Response to intent to deny due</source>
        <translation>Response to intent to deny due</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Biometrics appointment</source>
        <translation>Biometrics appointment</translation>
    </message>
    <message>
        <source>There is no deadline %1 (it may have been removed with its case). List them with &apos;casewatch-cli deadlines --all&apos;.</source>
        <translation>There is no deadline %1 (it may have been removed with its case). List them with &apos;casewatch-cli deadlines --all&apos;.</translation>
    </message>
</context>
<context>
    <name>DirectoryCredentialStore</name>
    <message>
        <source>The credential file %1 cannot be read (or is over 64 KiB). Check the service&apos;s LoadCredential= line and the file&apos;s permissions.</source>
        <translation>The credential file %1 cannot be read (or is over 64 KiB). Check the service&apos;s LoadCredential= line and the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>The credentials come from the service manager (%1) and cannot be changed from here: replace the credential file and restart the service.</source>
        <translation>The credentials come from the service manager (%1) and cannot be changed from here: replace the credential file and restart the service.</translation>
    </message>
</context>
<context>
    <name>FirmWebhook</name>
    <message>
        <source>This desktop&apos;s webhook signing secret is not the firm&apos;s (set by %1 on %2), so it sends nothing; the other desktops go on delivering. Enter the firm&apos;s secret in File ▸ Webhook… (or &quot;casewatch-cli webhook set&quot;).</source>
        <translation>This desktop&apos;s webhook signing secret is not the firm&apos;s (set by %1 on %2), so it sends nothing; the other desktops go on delivering. Enter the firm&apos;s secret in File ▸ Webhook… (or &quot;casewatch-cli webhook set&quot;).</translation>
    </message>
    <message>
        <source>another desktop</source>
        <translation>another desktop</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>an earlier day</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Rate limited (429), asked again</source>
        <translation>Rate limited (429), asked again</translation>
    </message>
    <message>
        <source>Sign-in refused (401)</source>
        <translation>Sign-in refused (401)</translation>
    </message>
    <message>
        <source>Credentials missing or refused</source>
        <translation>Credentials missing or refused</translation>
    </message>
    <message>
        <source>Temporary failure (%1), asked again</source>
        <translation>Temporary failure (%1), asked again</translation>
    </message>
    <message>
        <source>USCIS could not answer for the case (%1)</source>
        <translation>USCIS could not answer for the case (%1)</translation>
    </message>
</context>
<context>
    <name>I797Extractor</name>
    <message>
        <source>%1 was not found or is not a file.</source>
        <translation>%1 was not found or is not a file.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that you may open it.</source>
        <translation>%1 cannot be read (%2). Check that you may open it.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Save or scan the notice again.</source>
        <translation>%1 is empty (0 bytes). Save or scan the notice again.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be a notice.</source>
        <translation>%1 is too large (%2 MB) to be a notice.</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end (%2).</source>
        <translation>%1 cannot be read to the end (%2).</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it, save a copy without the password, and drop that.</source>
        <translation>%1 is protected with a password. Open it, save a copy without the password, and drop that.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete and cannot be opened as a PDF. Download or scan it again.</source>
        <translation>%1 is damaged or incomplete and cannot be opened as a PDF. Download or scan it again.</translation>
    </message>
    <message>
        <source>%1 has no pages. Download or scan it again.</source>
        <translation>%1 has no pages. Download or scan it again.</translation>
    </message>
    <message>
        <source>%1 has %2 pages; an I-797 notice has a few. Split the file into its notices (at most %3 pages each) and drop those.</source>
        <translation>%1 has %2 pages; an I-797 notice has a few. Split the file into its notices (at most %3 pages each) and drop those.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Reading %1 was cancelled.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be rendered.</source>
        <translation>Page %1 of %2 cannot be rendered.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 took longer than %n second(s), so it was stopped. If it is a notice, scan it again at 300 dpi or add the receipt by hand.</source>
        <translation>
            <numerusform>Reading %1 took longer than %n second, so it was stopped. If it is a notice, scan it again at 300 dpi or add the receipt by hand.</numerusform>
            <numerusform>Reading %1 took longer than %n seconds, so it was stopped. If it is a notice, scan it again at 300 dpi or add the receipt by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 took too long to read, so reading stopped. Scan it again at 300 dpi, or add the receipt by hand.</source>
        <translation>Page %1 of %2 took too long to read, so reading stopped. Scan it again at 300 dpi, or add the receipt by hand.</translation>
    </message>
    <message>
        <source>No USCIS receipt number was found in the first %1 scanned pages of %2 (it has %3 more). Split the file into its notices and drop those.</source>
        <translation>No USCIS receipt number was found in the first %1 scanned pages of %2 (it has %3 more). Split the file into its notices and drop those.</translation>
    </message>
    <message>
        <source>No USCIS receipt number was found in %1. If it is an I-797 notice, check that the scan is readable, or add the receipt by hand.</source>
        <translation>No USCIS receipt number was found in %1. If it is an I-797 notice, check that the scan is readable, or add the receipt by hand.</translation>
    </message>
    <message>
        <source>No USCIS receipt number was found in %1. If it is a photo of an I-797 notice, take it again straight above the page in good light, or add the receipt by hand.</source>
        <translation>No USCIS receipt number was found in %1. If it is a photo of an I-797 notice, take it again straight above the page in good light, or add the receipt by hand.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a picture. CaseWatch reads I-797 notices saved or scanned as PDF, and photos or scans of them (JPEG, PNG, TIFF and other common picture formats).</source>
        <translation>%1 is neither a PDF nor a picture. CaseWatch reads I-797 notices saved or scanned as PDF, and photos or scans of them (JPEG, PNG, TIFF and other common picture formats).</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>%1 is a HEIC photo, which this computer cannot read. On the phone, share the photo as JPEG (&quot;Most Compatible&quot;), or save it as PDF, and drop that.</source>
        <translation>%1 is a HEIC photo, which this computer cannot read. On the phone, share the photo as JPEG (&quot;Most Compatible&quot;), or save it as PDF, and drop that.</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but cannot be read (%3). Save or scan it again.</source>
        <translation>%1 looks like a %2 image but cannot be read (%3). Save or scan it again.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be read. Save or scan it again.</source>
        <translation>Page %1 of %2 cannot be read. Save or scan it again.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a %2 image (%3). Save or scan it again.</source>
        <translation>%1 cannot be read as a %2 image (%3). Save or scan it again.</translation>
    </message>
    <message>
        <source>%1 is a picture of %2 megapixels, more than a notice needs or than CaseWatch reads. Take the photo again at the camera&apos;s normal size, or scan the notice at 300 dpi.</source>
        <translation>%1 is a picture of %2 megapixels, more than a notice needs or than CaseWatch reads. Take the photo again at the camera&apos;s normal size, or scan the notice at 300 dpi.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be waiting for a password prompt: unlock it and try again.</source>
        <translation>
            <numerusform>The keyring did not answer within %n second. It may be waiting for a password prompt: unlock it and try again.</numerusform>
            <numerusform>The keyring did not answer within %n seconds. It may be waiting for a password prompt: unlock it and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (log in to the desktop session, or open &quot;Passwords and Keys&quot;) and try again.</source>
        <translation>The keyring is locked. Unlock it (log in to the desktop session, or open &quot;Passwords and Keys&quot;) and try again.</translation>
    </message>
    <message>
        <source>Access to the keyring was refused. Allow CaseWatch to use the keyring when asked, then try again.</source>
        <translation>Access to the keyring was refused. Allow CaseWatch to use the keyring when asked, then try again.</translation>
    </message>
    <message>
        <source>The keyring is locked or has not been created yet. Log in to the desktop session (or unlock the &quot;login&quot; keyring) and try again.</source>
        <translation>The keyring is locked or has not been created yet. Log in to the desktop session (or unlock the &quot;login&quot; keyring) and try again.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>The keyring reported an error: %1</translation>
    </message>
    <message>
        <source>No keyring service is running, so secrets (the USCIS credentials, the webhook signing secret) cannot be kept safely. Start GNOME Keyring or KWallet (on a desktop session they start with it) and try again.</source>
        <translation>No keyring service is running, so secrets (the USCIS credentials, the webhook signing secret) cannot be kept safely. Start GNOME Keyring or KWallet (on a desktop session they start with it) and try again.</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The %1 template needs both a subject and a text.</source>
        <translation>The %1 template needs both a subject and a text.</translation>
    </message>
    <message>
        <source>The %1 template uses {%2}, which CaseWatch does not know. Use one of: %3.</source>
        <translation>The %1 template uses {%2}, which CaseWatch does not know. Use one of: %3.</translation>
    </message>
    <message>
        <source>The %1 template has a brace that is not part of a {placeholder}.</source>
        <translation>The %1 template has a brace that is not part of a {placeholder}.</translation>
    </message>
</context>
<context>
    <name>ObservationStore</name>
    <message>
        <source>The case was removed while it was being checked.</source>
        <translation>The case was removed while it was being checked.</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>Text recognition (OCR) is not available: Tesseract&apos;s English language data was not found. Install the &quot;tesseract-ocr-eng&quot; package (or reinstall CaseWatch), or set TESSDATA_PREFIX.</source>
        <translation>Text recognition (OCR) is not available: Tesseract&apos;s English language data was not found. Install the &quot;tesseract-ocr-eng&quot; package (or reinstall CaseWatch), or set TESSDATA_PREFIX.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Reading a scanned page took longer than %n second(s), so it was stopped.</source>
        <translation>
            <numerusform>Reading a scanned page took longer than %n second, so it was stopped.</numerusform>
            <numerusform>Reading a scanned page took longer than %n seconds, so it was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollLeadership</name>
    <message>
        <source>the polling server on %1</source>
        <translation>the polling server on %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>The database has no poller lease for %1.</source>
        <translation>The database has no poller lease for %1.</translation>
    </message>
    <message>
        <source>the polling server</source>
        <translation>the polling server</translation>
    </message>
</context>
<context>
    <name>PollSchedule</name>
    <message>
        <source>This receipt number is not valid: correct it to check the case.</source>
        <translation>This receipt number is not valid: correct it to check the case.</translation>
    </message>
</context>
<context>
    <name>PostgresTls</name>
    <message>
        <source>The database address&apos;s %1 contains a semicolon, which CaseWatch cannot pass on. Move the file to a path without one.</source>
        <translation>The database address&apos;s %1 contains a semicolon, which CaseWatch cannot pass on. Move the file to a path without one.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not a PostgreSQL SSL mode. Use verify-full (the default for a server on the network), verify-ca, require, prefer, allow or disable.</source>
        <translation>sslmode=%1 is not a PostgreSQL SSL mode. Use verify-full (the default for a server on the network), verify-ca, require, prefer, allow or disable.</translation>
    </message>
    <message>
        <source>The database address has a setting CaseWatch does not use (%1). It understands sslmode, sslrootcert and application_name.</source>
        <translation>The database address has a setting CaseWatch does not use (%1). It understands sslmode, sslrootcert and application_name.</translation>
    </message>
    <message>
        <source>The root certificate %1 named in the database address cannot be read. Check the path and its permissions.</source>
        <translation>The root certificate %1 named in the database address cannot be read. Check the path and its permissions.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 is not verified (sslmode=%2 in its address): someone on the network could read or change client data. Ask the firm&apos;s IT to give the server a certificate and remove sslmode from the address.</source>
        <translation>The connection to the database server %1 is not verified (sslmode=%2 in its address): someone on the network could read or change client data. Ask the firm&apos;s IT to give the server a certificate and remove sslmode from the address.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is for %1, not %2: someone may be in between, or the address uses another name for the server. Use the name in its certificate in the address.</source>
        <translation>The database server&apos;s certificate is for %1, not %2: someone may be in between, or the address uses another name for the server. Use the name in its certificate in the address.</translation>
    </message>
    <message>
        <source>There is no root certificate to check the database server %1 with. Put the firm&apos;s root certificate in the address (?sslrootcert=/path/to/root.crt).</source>
        <translation>There is no root certificate to check the database server %1 with. Put the firm&apos;s root certificate in the address (?sslrootcert=/path/to/root.crt).</translation>
    </message>
    <message>
        <source>The database server %1&apos;s certificate has expired. Ask the firm&apos;s IT to renew it.</source>
        <translation>The database server %1&apos;s certificate has expired. Ask the firm&apos;s IT to renew it.</translation>
    </message>
    <message>
        <source>The database server %1&apos;s certificate is not signed by an authority this computer trusts (a self-signed or internal certificate?). Put the firm&apos;s root certificate in the address (?sslrootcert=/path/to/root.crt); CaseWatch did not connect.</source>
        <translation>The database server %1&apos;s certificate is not signed by an authority this computer trusts (a self-signed or internal certificate?). Put the firm&apos;s root certificate in the address (?sslrootcert=/path/to/root.crt); CaseWatch did not connect.</translation>
    </message>
    <message>
        <source>The database server %1 does not offer encryption, so CaseWatch did not connect. Ask the firm&apos;s IT to turn on SSL in PostgreSQL (ssl = on).</source>
        <translation>The database server %1 does not offer encryption, so CaseWatch did not connect. Ask the firm&apos;s IT to turn on SSL in PostgreSQL (ssl = on).</translation>
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
    <name>ProfileSuggestion</name>
    <message>
        <source>The files were dropped on this profile.</source>
        <translation>The files were dropped on this profile.</translation>
    </message>
    <message>
        <source>“%1” on the notice matches the profile “%2”.</source>
        <translation>“%1” on the notice matches the profile “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” on the notice matches %n profile(s) equally well (%2): choose one.</source>
        <translation>
            <numerusform>“%1” on the notice matches %n profile (%2): choose one.</numerusform>
            <numerusform>“%1” on the notice matches %n profiles equally well (%2): choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile matches “%1”: a new profile will be made with that name.</source>
        <translation>No profile matches “%1”: a new profile will be made with that name.</translation>
    </message>
    <message>
        <source>No applicant or petitioner name could be read on the notice: choose a profile.</source>
        <translation>No applicant or petitioner name could be read on the notice: choose a profile.</translation>
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
    <name>StaffStore</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Attorney</translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation>Paralegal</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>A member of staff needs a name.</source>
        <translation>A member of staff needs a name.</translation>
    </message>
</context>
<context>
    <name>StatusCategory</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Biometrics scheduled</source>
        <translation>Biometrics scheduled</translation>
    </message>
    <message>
        <source>Biometrics taken</source>
        <translation>Biometrics taken</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>RFE issued</source>
        <translation>RFE issued</translation>
    </message>
    <message>
        <source>RFE response received</source>
        <translation>RFE response received</translation>
    </message>
    <message>
        <source>Intent to deny issued</source>
        <translation>Intent to deny issued</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Interview scheduled</translation>
    </message>
    <message>
        <source>Appointment cancelled or rescheduled</source>
        <translation>Appointment cancelled or rescheduled</translation>
    </message>
    <message>
        <source>Interview completed</source>
        <translation>Interview completed</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Card being produced</source>
        <translation>Card being produced</translation>
    </message>
    <message>
        <source>Card mailed</source>
        <translation>Card mailed</translation>
    </message>
    <message>
        <source>Card delivered</source>
        <translation>Card delivered</translation>
    </message>
    <message>
        <source>Oath ceremony scheduled</source>
        <translation>Oath ceremony scheduled</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Fee issue</source>
        <translation>Fee issue</translation>
    </message>
    <message>
        <source>Document mailed</source>
        <translation>Document mailed</translation>
    </message>
    <message>
        <source>Mail returned or held</source>
        <translation>Mail returned or held</translation>
    </message>
    <message>
        <source>Side request received</source>
        <translation>Side request received</translation>
    </message>
    <message>
        <source>Side request decided</source>
        <translation>Side request decided</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
</context>
<context>
    <name>StatusNormalizer</name>
    <message>
        <source>The status table is not valid JSON: %1</source>
        <translation>The status table is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The status table names an unknown category &quot;%1&quot;.</source>
        <translation>The status table names an unknown category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The status table has an invalid pattern &quot;%1&quot;: %2</source>
        <translation>The status table has an invalid pattern &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The status table has no rules.</source>
        <translation>The status table has no rules.</translation>
    </message>
    <message>
        <source>A rule of the status table for &quot;%1&quot; has no phrases.</source>
        <translation>A rule of the status table for &quot;%1&quot; has no phrases.</translation>
    </message>
</context>
<context>
    <name>StatusRuleStore</name>
    <message>
        <source>&quot;%1&quot; is not a category. Use one of: %2.</source>
        <translation>&quot;%1&quot; is not a category. Use one of: %2.</translation>
    </message>
    <message>
        <source>The status title is empty.</source>
        <translation>The status title is empty.</translation>
    </message>
    <message>
        <source>The firm has no rule for &quot;%1&quot;. List the rules with: statuses rules.</source>
        <translation>The firm has no rule for &quot;%1&quot;. List the rules with: statuses rules.</translation>
    </message>
    <message>
        <source>The file is not a CaseWatch status rules file (a JSON object with a &quot;rules&quot; list).</source>
        <translation>The file is not a CaseWatch status rules file (a JSON object with a &quot;rules&quot; list).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Rule &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>Review RFE and plan response</source>
        <translation>Review RFE and plan response</translation>
    </message>
    <message>
        <source>Review intent to deny and plan response</source>
        <translation>Review intent to deny and plan response</translation>
    </message>
    <message>
        <source>Prepare client for interview</source>
        <translation>Prepare client for interview</translation>
    </message>
    <message>
        <source>Remind client of biometrics appointment</source>
        <translation>Remind client of biometrics appointment</translation>
    </message>
    <message>
        <source>Send approval to client</source>
        <translation>Send approval to client</translation>
    </message>
    <message>
        <source>Review denial and advise client</source>
        <translation>Review denial and advise client</translation>
    </message>
    <message>
        <source>Follow up on status change</source>
        <translation>Follow up on status change</translation>
    </message>
    <message>
        <source>A task goes to the responsible attorney or paralegal, not &quot;%1&quot;.</source>
        <translation>A task goes to the responsible attorney or paralegal, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A task is due counted from the deadline or from the change, not &quot;%1&quot;.</source>
        <translation>A task is due counted from the deadline or from the change, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>There is no task %1.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Task: %1 — %2 (%3; %4)</source>
        <translation>Task: %1 — %2 (%3; %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status category (see: casewatch-cli statuses rules).</source>
        <translation>&quot;%1&quot; is not a status category (see: casewatch-cli statuses rules).</translation>
    </message>
</context>
<context>
    <name>WebhookDispatcher</name>
    <message>
        <source>&quot;%1&quot; is not a usable webhook address. Give a full https:// address, e.g. https://crm.example.com/hooks/casewatch.</source>
        <translation>&quot;%1&quot; is not a usable webhook address. Give a full https:// address, e.g. https://crm.example.com/hooks/casewatch.</translation>
    </message>
    <message>
        <source>The webhook address uses plain http to another machine. Client names and case statuses may only travel unencrypted to this computer itself; use https.</source>
        <translation>The webhook address uses plain http to another machine. Client names and case statuses may only travel unencrypted to this computer itself; use https.</translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1). Enter its final address.</source>
        <translation>The endpoint answered with a redirect (HTTP %1). Enter its final address.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 %2.</source>
        <translation>The endpoint answered HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The endpoint refused the connection: is the receiver running?</source>
        <translation>The endpoint refused the connection: is the receiver running?</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name was not found. Check the address.</source>
        <translation>The endpoint&apos;s host name was not found. Check the address.</translation>
    </message>
    <message numerus="yes">
        <source>The endpoint did not answer within %n second(s).</source>
        <translation>
            <numerusform>The endpoint did not answer within %n second.</numerusform>
            <numerusform>The endpoint did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS certificate was not accepted. It must be valid for its host name.</source>
        <translation>The endpoint&apos;s TLS certificate was not accepted. It must be valid for its host name.</translation>
    </message>
    <message>
        <source>The endpoint closed the connection without answering.</source>
        <translation>The endpoint closed the connection without answering.</translation>
    </message>
    <message>
        <source>The endpoint could not be reached (network error %1).</source>
        <translation>The endpoint could not be reached (network error %1).</translation>
    </message>
    <message numerus="yes">
        <source>Delivery paused after %n failed attempt(s) in a row: %1</source>
        <translation>
            <numerusform>Delivery paused after %n failed attempt in a row: %1</numerusform>
            <numerusform>Delivery paused after %n failed attempts in a row: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the webhook address and signing secret first.</source>
        <translation>Enter the webhook address and signing secret first.</translation>
    </message>
    <message>
        <source>The endpoint accepted the test event (HTTP %1).</source>
        <translation>The endpoint accepted the test event (HTTP %1).</translation>
    </message>
    <message>
        <source>The webhook has no signing secret. Enter one in File ▸ Webhook… (or with &quot;casewatch-cli webhook set&quot;), and give the same secret to the receiver.</source>
        <translation>The webhook has no signing secret. Enter one in File ▸ Webhook… (or with &quot;casewatch-cli webhook set&quot;), and give the same secret to the receiver.</translation>
    </message>
    <message>
        <source>The firm&apos;s webhook is switched off.</source>
        <translation>The firm&apos;s webhook is switched off.</translation>
    </message>
</context>
<context>
    <name>cw::AboutDialog</name>
    <message>
        <source>About CaseWatch</source>
        <translation>About CaseWatch</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CaseWatch %1&lt;/h2&gt;&lt;p&gt;Tracks your clients&apos; USCIS cases.&lt;/p&gt;&lt;p&gt;Built with Qt %2. CaseWatch is free software under the GNU General Public License, version 3 or (at your option) any later version; it comes with no warranty. Qt, QtKeychain, Tesseract and the other libraries it ships are used under their own licences (THIRD-PARTY-NOTICES).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Settings:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;USCIS credentials:&lt;/b&gt; the system keychain, service &quot;CaseWatch&quot;&lt;br&gt;&lt;b&gt;Environment:&lt;/b&gt; %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CaseWatch %1&lt;/h2&gt;&lt;p&gt;Tracks your clients&apos; USCIS cases.&lt;/p&gt;&lt;p&gt;Built with Qt %2. CaseWatch is free software under the GNU General Public License, version 3 or (at your option) any later version; it comes with no warranty. Qt, QtKeychain, Tesseract and the other libraries it ships are used under their own licences (THIRD-PARTY-NOTICES).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Settings:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;USCIS credentials:&lt;/b&gt; the system keychain, service &quot;CaseWatch&quot;&lt;br&gt;&lt;b&gt;Environment:&lt;/b&gt; %5&lt;/p&gt;</translation>
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
    <name>cw::AssignDialog</name>
    <message>
        <source>Assign To</source>
        <translation>Assign To</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>(as it is)</translation>
    </message>
    <message>
        <source>(nobody: the profile&apos;s)</source>
        <translation>(nobody: the profile&apos;s)</translation>
    </message>
    <message>
        <source>Responsible &amp;attorney:</source>
        <translation>Responsible &amp;attorney:</translation>
    </message>
    <message>
        <source>Responsible &amp;paralegal:</source>
        <translation>Responsible &amp;paralegal:</translation>
    </message>
</context>
<context>
    <name>cw::CaseDetailsView</name>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message numerus="yes">
        <source>%n cases selected.</source>
        <translation>
            <numerusform>%n cases selected.</numerusform>
            <numerusform>%n cases selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (petitioner)</source>
        <translation>%1 (petitioner)</translation>
    </message>
    <message>
        <source>%1 (applicant)</source>
        <translation>%1 (applicant)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in this status</source>
        <translation>
            <numerusform>%n day in this status</numerusform>
            <numerusform>%n days in this status</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change seen: %1</source>
        <translation>Last change seen: %1</translation>
    </message>
    <message>
        <source>Archived: not checked any more</source>
        <translation>Archived: not checked any more</translation>
    </message>
    <message>
        <source>Next check: %1</source>
        <translation>Next check: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>Expected decision</translation>
    </message>
    <message>
        <source>No estimate yet: USCIS has not given this case a received date.</source>
        <translation>No estimate yet: USCIS has not given this case a received date.</translation>
    </message>
    <message>
        <source>No estimate: this case has waited longer than every similar case took.</source>
        <translation>No estimate: this case has waited longer than every similar case took.</translation>
    </message>
    <message>
        <source>No estimate yet: not enough similar cases in this firm&apos;s history.</source>
        <translation>No estimate yet: not enough similar cases in this firm&apos;s history.</translation>
    </message>
    <message>
        <source>at any office</source>
        <translation>at any office</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message numerus="yes">
        <source>whose RFE response was received within %n day(s) of this one&apos;s</source>
        <translation>
            <numerusform>whose RFE response was received within %n day of this one&apos;s</numerusform>
            <numerusform>whose RFE response was received within %n days of this one&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>counted from their RFE response</source>
        <translation>counted from their RFE response</translation>
    </message>
    <message numerus="yes">
        <source>received within %n day(s) of this one</source>
        <translation>
            <numerusform>received within %n day of this one</numerusform>
            <numerusform>received within %n days of this one</numerusform>
        </translation>
    </message>
    <message>
        <source>received at any time</source>
        <translation>received at any time</translation>
    </message>
    <message>
        <source>Likely decided between %1 and %2 — half of similar cases by %3; from %4 %5 %6 %7 (%8 still pending).</source>
        <translation>Likely decided between %1 and %2 — half of similar cases by %3; from %4 %5 %6 %7 (%8 still pending).</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of form</source>
        <translation>
            <numerusform>%n case of form</numerusform>
            <numerusform>%n cases of form</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter to the client about this case has been marked as sent.</source>
        <translation>No letter to the client about this case has been marked as sent.</translation>
    </message>
    <message>
        <source>Client last told on %1 (%2), by %3.</source>
        <translation>Client last told on %1 (%2), by %3.</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>in Spanish</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>in English</translation>
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
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
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
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>soon</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Days in status</source>
        <translation>Days in status</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Next check</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>Expected decision</translation>
    </message>
    <message>
        <source>The form recorded here (%1) is not the form USCIS reports for this receipt (%2). Check the receipt number against the notice, or correct the form (Case › Edit Case…).</source>
        <translation>The form recorded here (%1) is not the form USCIS reports for this receipt (%2). Check the receipt number against the notice, or correct the form (Case › Edit Case…).</translation>
    </message>
    <message>
        <source>%1 (USCIS: %2)</source>
        <translation>%1 (USCIS: %2)</translation>
    </message>
</context>
<context>
    <name>cw::DashboardStrip</name>
    <message>
        <source>Case counts</source>
        <translation>Case counts</translation>
    </message>
    <message numerus="yes">
        <source>Show only these %n case(s); click again to show all</source>
        <translation>
            <numerusform>Show only these %n case; click again to show all</numerusform>
            <numerusform>Show only these %n cases; click again to show all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n case</numerusform>
            <numerusform>%1: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Changed this week</source>
        <translation>Changed this week</translation>
    </message>
</context>
<context>
    <name>cw::DeadlinesView</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>Date from</translation>
    </message>
    <message>
        <source>Deadlines and appointments</source>
        <translation>Deadlines and appointments</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>USCIS</source>
        <translation>USCIS</translation>
    </message>
    <message>
        <source>counted by CaseWatch</source>
        <translation>counted by CaseWatch</translation>
    </message>
    <message>
        <source>Show c&amp;losed</source>
        <translation>Show c&amp;losed</translation>
    </message>
    <message>
        <source>&amp;Mark Done</source>
        <translation>&amp;Mark Done</translation>
    </message>
    <message>
        <source>Open A&amp;gain</source>
        <translation>Open A&amp;gain</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done (marked by hand)</source>
        <translation>done (marked by hand)</translation>
    </message>
    <message>
        <source>met: USCIS recorded it</source>
        <translation>met: USCIS recorded it</translation>
    </message>
    <message>
        <source>cancelled by USCIS</source>
        <translation>cancelled by USCIS</translation>
    </message>
    <message>
        <source>superseded by a later status</source>
        <translation>superseded by a later status</translation>
    </message>
    <message>
        <source>The deadline was not changed</source>
        <translation>The deadline was not changed</translation>
    </message>
</context>
<context>
    <name>cw::Desk</name>
    <message>
        <source>The shared database is not available</source>
        <translation>The shared database is not available</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Use &amp;This Computer&apos;s Database</source>
        <translation>Use &amp;This Computer&apos;s Database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>CaseWatch cannot start</source>
        <translation>CaseWatch cannot start</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>%1 is not tracked in this database.</source>
        <translation>%1 is not tracked in this database.</translation>
    </message>
    <message>
        <source>Webhook paused: %1</source>
        <translation>Webhook paused: %1</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Webhook not started: %1</source>
        <translation>Webhook not started: %1</translation>
    </message>
    <message>
        <source>Reading the USCIS credentials…</source>
        <translation>Reading the USCIS credentials…</translation>
    </message>
    <message>
        <source>Applying the settings</source>
        <translation>Applying the settings</translation>
    </message>
    <message>
        <source>CaseWatch will restart to apply the new settings.</source>
        <translation>CaseWatch will restart to apply the new settings.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Assign To</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet: add people in Team › Staff and Roles first.</source>
        <translation>Nobody is on the staff list yet: add people in Team › Staff and Roles first.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message numerus="yes">
        <source>%n selected case(s):</source>
        <translation>
            <numerusform>%n selected case:</numerusform>
            <numerusform>%n selected cases:</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected profile and the cases that follow it:</source>
        <translation>The selected profile and the cases that follow it:</translation>
    </message>
</context>
<context>
    <name>cw::DesktopNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed</source>
        <translation>
            <numerusform>%n case changed</numerusform>
            <numerusform>%n cases changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n day</numerusform>
            <numerusform>%1 in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>cw::HealthDialog</name>
    <message>
        <source>Status queries a day (answered, asked again, failed)</source>
        <translation>Status queries a day (answered, asked again, failed)</translation>
    </message>
    <message>
        <source>Success rate a day</source>
        <translation>Success rate a day</translation>
    </message>
    <message>
        <source>Hours from USCIS&apos;s change to seeing it (median a day)</source>
        <translation>Hours from USCIS&apos;s change to seeing it (median a day)</translation>
    </message>
    <message>
        <source>Tracking Health</source>
        <translation>Tracking Health</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>no queries</source>
        <translation>no queries</translation>
    </message>
    <message>
        <source>Status queries today</source>
        <translation>Status queries today</translation>
    </message>
    <message>
        <source>%1, answered %2</source>
        <translation>%1, answered %2</translation>
    </message>
    <message>
        <source>Asked again / failed today</source>
        <translation>Asked again / failed today</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>Time to see a change (30 days)</source>
        <translation>Time to see a change (30 days)</translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation>no changes yet</translation>
    </message>
    <message numerus="yes">
        <source>median %1 h, 90% within %2 h (%n change(s))</source>
        <translation>
            <numerusform>median %1 h, 90% within %2 h (%n change)</numerusform>
            <numerusform>median %1 h, 90% within %2 h (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>%1 tracked, %2 due now, %3 in error</source>
        <translation>%1 tracked, %2 due now, %3 in error</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Daily quota</translation>
    </message>
    <message>
        <source>%1 of %2 used, %3 expected by %4</source>
        <translation>%1 of %2 used, %3 expected by %4</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1; at most %2 a day</source>
        <translation>%1; at most %2 a day</translation>
    </message>
    <message>
        <source>%1; 100 % at the top</source>
        <translation>%1; 100 % at the top</translation>
    </message>
    <message>
        <source>%1; at most %2 h</source>
        <translation>%1; at most %2 h</translation>
    </message>
</context>
<context>
    <name>cw::ImportReviewDialog</name>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Stop Reading</translation>
    </message>
    <message>
        <source>Import I-797 Notices</source>
        <translation>Import I-797 Notices</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Priority date</source>
        <translation>Priority date</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Read from</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Receipt numbers found</source>
        <translation>Receipt numbers found</translation>
    </message>
    <message>
        <source>&amp;Add Cases</source>
        <translation>&amp;Add Cases</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Reading %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>OCR (check it)</source>
        <translation>OCR (check it)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>New applicant: %1</source>
        <translation>New applicant: %1</translation>
    </message>
    <message>
        <source>New petitioner: %1</source>
        <translation>New petitioner: %1</translation>
    </message>
    <message>
        <source>Already tracked</source>
        <translation>Already tracked</translation>
    </message>
    <message>
        <source>This file was imported on %1</source>
        <translation>This file was imported on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt number(s) found</source>
        <translation>
            <numerusform>%n receipt number found</numerusform>
            <numerusform>%n receipt numbers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n file could not be read</numerusform>
            <numerusform>%n files could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading was stopped after %n file(s)</source>
        <translation>
            <numerusform>reading was stopped after %n file</numerusform>
            <numerusform>reading was stopped after %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Case(s)</source>
        <translation>
            <numerusform>&amp;Add %n Case</numerusform>
            <numerusform>&amp;Add %n Cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Some cases were not added</source>
        <translation>Some cases were not added</translation>
    </message>
    <message>
        <source>Receipt notice</source>
        <translation>Receipt notice</translation>
    </message>
    <message>
        <source>Approval notice</source>
        <translation>Approval notice</translation>
    </message>
    <message>
        <source>Request for evidence</source>
        <translation>Request for evidence</translation>
    </message>
    <message>
        <source>Intent to deny</source>
        <translation>Intent to deny</translation>
    </message>
    <message>
        <source>Transfer notice</source>
        <translation>Transfer notice</translation>
    </message>
    <message>
        <source>Interview notice</source>
        <translation>Interview notice</translation>
    </message>
    <message>
        <source>Biometrics appointment</source>
        <translation>Biometrics appointment</translation>
    </message>
    <message>
        <source>Rejection notice</source>
        <translation>Rejection notice</translation>
    </message>
    <message>
        <source>Decision (denial)</source>
        <translation>Decision (denial)</translation>
    </message>
    <message>
        <source>Other notice</source>
        <translation>Other notice</translation>
    </message>
    <message>
        <source>Why this profile</source>
        <translation>Why this profile</translation>
    </message>
    <message>
        <source>No notices (PDFs or pictures) were found in what was dropped.</source>
        <translation>No notices (PDFs or pictures) were found in what was dropped.</translation>
    </message>
    <message>
        <source>OCR, page turned %1° (check it)</source>
        <translation>OCR, page turned %1° (check it)</translation>
    </message>
    <message>
        <source>Read from a scan or photo: compare the receipt number with the paper before adding it.</source>
        <translation>Read from a scan or photo: compare the receipt number with the paper before adding it.</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Choose a profile…</translation>
    </message>
    <message>
        <source>Choose a profile for each checked receipt first.</source>
        <translation>Choose a profile for each checked receipt first.</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Chosen by you.</translation>
    </message>
    <message numerus="yes">
        <source>No receipt number on %n page(s): %1 (a cover sheet?)</source>
        <translation>
            <numerusform>No receipt number on %n page: %1 (a cover sheet?)</numerusform>
            <numerusform>No receipt number on %n pages: %1 (a cover sheet?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>CaseWatch</source>
        <translation>CaseWatch</translation>
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
        <source>&amp;Edit Case…</source>
        <translation>&amp;Edit Case…</translation>
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
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
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
    <message>
        <source>Check &amp;Now</source>
        <translation>Check &amp;Now</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>CaseWatch — %1</source>
        <translation>CaseWatch — %1</translation>
    </message>
    <message>
        <source>Cases cannot be checked</source>
        <translation>Cases cannot be checked</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n case(s) with USCIS…</source>
        <translation>
            <numerusform>Checking %n case with USCIS…</numerusform>
            <numerusform>Checking %n cases with USCIS…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>&amp;Pause Polling</translation>
    </message>
    <message>
        <source>Stop asking USCIS in the background until you resume</source>
        <translation>Stop asking USCIS in the background until you resume</translation>
    </message>
    <message>
        <source>&amp;About CaseWatch</source>
        <translation>&amp;About CaseWatch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Webhook…</source>
        <translation>&amp;Webhook…</translation>
    </message>
    <message>
        <source>Send status changes to the firm&apos;s own systems</source>
        <translation>Send status changes to the firm&apos;s own systems</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added from the notices.</source>
        <translation>
            <numerusform>%n case added from the notices.</numerusform>
            <numerusform>%n cases added from the notices.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import I-797 Notices…</source>
        <translation>&amp;Import I-797 Notices…</translation>
    </message>
    <message>
        <source>Import I-797 Notices</source>
        <translation>Import I-797 Notices</translation>
    </message>
    <message>
        <source>Filter cases: receipt, client, form, status… (Ctrl+F)</source>
        <translation>Filter cases: receipt, client, form, status… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filter cases</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Loading every case…</source>
        <translation>Loading every case…</translation>
    </message>
    <message>
        <source>&lt;b&gt;All cases&lt;/b&gt;&lt;br&gt;Every client of the firm</source>
        <translation>&lt;b&gt;All cases&lt;/b&gt;&lt;br&gt;Every client of the firm</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>Add receipt numbers to the selected profile</source>
        <translation>Add receipt numbers to the selected profile</translation>
    </message>
    <message>
        <source>Ask USCIS for the status of the selected cases now (F5)</source>
        <translation>Ask USCIS for the status of the selected cases now (F5)</translation>
    </message>
    <message>
        <source>&amp;Copy Receipt Number</source>
        <translation>&amp;Copy Receipt Number</translation>
    </message>
    <message>
        <source>Open on the &amp;USCIS Website</source>
        <translation>Open on the &amp;USCIS Website</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Open USCIS&apos;s Case Status Online page, with the receipt number copied to paste in</source>
        <translation>Open USCIS&apos;s Case Status Online page, with the receipt number copied to paste in</translation>
    </message>
    <message>
        <source>&amp;Filter Cases</source>
        <translation>&amp;Filter Cases</translation>
    </message>
    <message>
        <source>Search &amp;Profiles</source>
        <translation>Search &amp;Profiles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copied %1.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n receipt number(s).</source>
        <translation>
            <numerusform>Copied %n receipt number.</numerusform>
            <numerusform>Copied %n receipt numbers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No web browser could be opened. The receipt number %1 is copied: paste it at %2.</source>
        <translation>No web browser could be opened. The receipt number %1 is copied: paste it at %2.</translation>
    </message>
    <message>
        <source>%1 is copied: paste it into USCIS&apos;s Case Status Online form.</source>
        <translation>%1 is copied: paste it into USCIS&apos;s Case Status Online form.</translation>
    </message>
    <message>
        <source>Statuses to &amp;Review…</source>
        <translation>Statuses to &amp;Review…</translation>
    </message>
    <message>
        <source>USCIS titles CaseWatch does not recognize: teach it what they mean</source>
        <translation>USCIS titles CaseWatch does not recognize: teach it what they mean</translation>
    </message>
    <message>
        <source>Updates &amp;to Send…</source>
        <translation>Updates &amp;to Send…</translation>
    </message>
    <message>
        <source>Letters to clients about their status changes, in each client&apos;s language</source>
        <translation>Letters to clients about their status changes, in each client&apos;s language</translation>
    </message>
    <message>
        <source>Database connection not verified</source>
        <translation>Database connection not verified</translation>
    </message>
    <message>
        <source>Read receipt numbers from I-797 notices: PDFs, photos and fax scans (or drop the files on the window)</source>
        <translation>Read receipt numbers from I-797 notices: PDFs, photos and fax scans (or drop the files on the window)</translation>
    </message>
    <message>
        <source>Notices: PDFs, photos, scans (%1)</source>
        <translation>Notices: PDFs, photos, scans (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 — my cases</source>
        <translation>%1 — my cases</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your role in the firm&apos;s shared database decides what you may change.</source>
        <translation>Your role in the firm&apos;s shared database decides what you may change.</translation>
    </message>
</context>
<context>
    <name>cw::PollEngine</name>
    <message numerus="yes">
        <source>USCIS failed %n time(s) in a row; polling waits and will try again.</source>
        <translation>
            <numerusform>USCIS failed %n time in a row; polling waits and will try again.</numerusform>
            <numerusform>USCIS failed %n times in a row; polling waits and will try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s USCIS quota of %n request(s) is used up; polling resumes after midnight US Eastern.</source>
        <translation>
            <numerusform>Today&apos;s USCIS quota of %n request is used up; polling resumes after midnight US Eastern.</numerusform>
            <numerusform>Today&apos;s USCIS quota of %n requests is used up; polling resumes after midnight US Eastern.</numerusform>
        </translation>
    </message>
    <message>
        <source>USCIS kept failing, so this round of checks stopped. The cases stay due; try again later.</source>
        <translation>USCIS kept failing, so this round of checks stopped. The cases stay due; try again later.</translation>
    </message>
    <message numerus="yes">
        <source>Asked %1 to check %n case(s) now.</source>
        <translation>
            <numerusform>Asked %1 to check %n case now.</numerusform>
            <numerusform>Asked %1 to check %n cases now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling is done by %1.</source>
        <translation>Polling is done by %1.</translation>
    </message>
    <message>
        <source>The database did not answer (%1); polling tries again in a few seconds.</source>
        <translation>The database did not answer (%1); polling tries again in a few seconds.</translation>
    </message>
    <message>
        <source>Nobody polls USCIS for the firm right now: start the polling server, or a desktop that has the firm&apos;s USCIS credentials.</source>
        <translation>Nobody polls USCIS for the firm right now: start the polling server, or a desktop that has the firm&apos;s USCIS credentials.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be checked as soon as someone polls USCIS for the firm: nobody does now.</source>
        <translation>
            <numerusform>%n case will be checked as soon as someone polls USCIS for the firm: nobody does now.</numerusform>
            <numerusform>%n cases will be checked as soon as someone polls USCIS for the firm: nobody does now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::PollerStatusBar</name>
    <message>
        <source>Progress of the current check of due cases</source>
        <translation>Progress of the current check of due cases</translation>
    </message>
    <message>
        <source>Polling: up to date</source>
        <translation>Polling: up to date</translation>
    </message>
    <message>
        <source>Polling: checking %1 of %2</source>
        <translation>Polling: checking %1 of %2</translation>
    </message>
    <message>
        <source>Polling: paused</source>
        <translation>Polling: paused</translation>
    </message>
    <message>
        <source>Polling: waiting, USCIS keeps failing</source>
        <translation>Polling: waiting, USCIS keeps failing</translation>
    </message>
    <message>
        <source>Polling: daily quota used up</source>
        <translation>Polling: daily quota used up</translation>
    </message>
    <message>
        <source>Polling: stopped by a problem</source>
        <translation>Polling: stopped by a problem</translation>
    </message>
    <message>
        <source>Polling: off</source>
        <translation>Polling: off</translation>
    </message>
    <message>
        <source>%1 / %2 requests today</source>
        <translation>%1 / %2 requests today</translation>
    </message>
    <message>
        <source>about %1 a day at current tiers</source>
        <translation>about %1 a day at current tiers</translation>
    </message>
    <message>
        <source>Resumes at %1</source>
        <translation>Resumes at %1</translation>
    </message>
    <message>
        <source>The current tiers need more requests a day than the quota allows: some cases will be checked less often than planned.</source>
        <translation>The current tiers need more requests a day than the quota allows: some cases will be checked less often than planned.</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>Not polling</translation>
    </message>
    <message>
        <source>Polling: by another desktop</source>
        <translation>Polling: by another desktop</translation>
    </message>
    <message>
        <source>Polling: by %1</source>
        <translation>Polling: by %1</translation>
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
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Profile kind</source>
        <translation>Profile kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Language of the client&apos;s letters</source>
        <translation>Language of the client&apos;s letters</translation>
    </message>
    <message>
        <source>&amp;Letters in:</source>
        <translation>&amp;Letters in:</translation>
    </message>
</context>
<context>
    <name>cw::ProfileSidebar</name>
    <message>
        <source>Search profiles (Ctrl+Shift+F)</source>
        <translation>Search profiles (Ctrl+Shift+F)</translation>
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
        <source>All cases, then applicants and petitioners; drop I-797 notices on a profile to add them to it</source>
        <translation>All cases, then applicants and petitioners; drop I-797 notices on a profile to add them to it</translation>
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
        <source>All cases (%L1)</source>
        <translation>All cases (%L1)</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Every case of the firm</source>
        <translation>Every case of the firm</translation>
    </message>
    <message>
        <source>Applicants (%L1)</source>
        <translation>Applicants (%L1)</translation>
    </message>
    <message>
        <source>Petitioners (%L1)</source>
        <translation>Petitioners (%L1)</translation>
    </message>
</context>
<context>
    <name>cw::Session</name>
    <message>
        <source>The firm has no webhook switched on.</source>
        <translation>The firm has no webhook switched on.</translation>
    </message>
</context>
<context>
    <name>cw::SettingsDialog</name>
    <message>
        <source>Sa&amp;ve Credentials</source>
        <translation>Sa&amp;ve Credentials</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Offline demo (built-in USCIS simulator)</source>
        <translation>Offline demo (built-in USCIS simulator)</translation>
    </message>
    <message>
        <source>USCIS sandbox (test data)</source>
        <translation>USCIS sandbox (test data)</translation>
    </message>
    <message>
        <source>USCIS production</source>
        <translation>USCIS production</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Custom server</translation>
    </message>
    <message>
        <source>As the environment allows</source>
        <translation>As the environment allows</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requests/s</translation>
    </message>
    <message>
        <source> requests/day</source>
        <translation> requests/day</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>USCIS Case Status API</source>
        <translation>USCIS Case Status API</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API &amp;address:</translation>
    </message>
    <message>
        <source>T&amp;oken address:</source>
        <translation>T&amp;oken address:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate limit:</translation>
    </message>
    <message>
        <source>&amp;Daily quota:</source>
        <translation>&amp;Daily quota:</translation>
    </message>
    <message>
        <source>The firm&apos;s API credentials (kept in the system keychain)</source>
        <translation>The firm&apos;s API credentials (kept in the system keychain)</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client &amp;id:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Langu&amp;age:</source>
        <translation>Langu&amp;age:</translation>
    </message>
    <message>
        <source>The offline demo needs no credentials.</source>
        <translation>The offline demo needs no credentials.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Reading the keychain…</translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>Stored in the keychain; type a new one to replace it</translation>
    </message>
    <message>
        <source>Credentials are stored for this environment.</source>
        <translation>Credentials are stored for this environment.</translation>
    </message>
    <message>
        <source>No credentials are stored for this environment yet. Get a client id and secret on developer.uscis.gov.</source>
        <translation>No credentials are stored for this environment yet. Get a client id and secret on developer.uscis.gov.</translation>
    </message>
    <message>
        <source>Enter both the client id and the client secret.</source>
        <translation>Enter both the client id and the client secret.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Saving to the keychain…</translation>
    </message>
    <message>
        <source>Signing in to USCIS…</source>
        <translation>Signing in to USCIS…</translation>
    </message>
    <message>
        <source>USCIS accepted the credentials.</source>
        <translation>USCIS accepted the credentials.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>How often each case is checked</source>
        <translation>How often each case is checked</translation>
    </message>
    <message>
        <source>Just changed, or about to move:</source>
        <translation>Just changed, or about to move:</translation>
    </message>
    <message>
        <source>Other open cases:</source>
        <translation>Other open cases:</translation>
    </message>
    <message>
        <source>Final decisions (approved card delivered, denied…):</source>
        <translation>Final decisions (approved card delivered, denied…):</translation>
    </message>
    <message>
        <source>Several desktops share one PostgreSQL database: postgresql://user@server:5432/casewatch</source>
        <translation>Several desktops share one PostgreSQL database: postgresql://user@server:5432/casewatch</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Kept in the system keychain; leave empty to keep the stored one</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>Shared &amp;database:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Write the shared database as postgresql://user@server:5432/database.</source>
        <translation>Write the shared database as postgresql://user@server:5432/database.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: enter it in the Password field (it goes to the keychain).</source>
        <translation>Leave the password out of the address: enter it in the Password field (it goes to the keychain).</translation>
    </message>
    <message>
        <source>&amp;USCIS</source>
        <translation>&amp;USCIS</translation>
    </message>
    <message>
        <source>&amp;Checking</source>
        <translation>&amp;Checking</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Dead&amp;lines</source>
        <translation>Dead&amp;lines</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>Data&amp;base</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>A desktop notification when a case moves into one of these:</source>
        <translation>A desktop notification when a case moves into one of these:</translation>
    </message>
    <message>
        <source>Categories that notify</source>
        <translation>Categories that notify</translation>
    </message>
    <message>
        <source>&amp;Webhook…</source>
        <translation>&amp;Webhook…</translation>
    </message>
    <message>
        <source>Also send every status change, signed, to the firm&apos;s own system</source>
        <translation>Also send every status change, signed, to the firm&apos;s own system</translation>
    </message>
    <message>
        <source>Every status change to the firm&apos;s own systems:</source>
        <translation>Every status change to the firm&apos;s own systems:</translation>
    </message>
    <message>
        <source>for example 14, 3</source>
        <translation>for example 14, 3</translation>
    </message>
    <message>
        <source>When USCIS&apos;s notice gives a response date, that date is used; these count from the notice otherwise.</source>
        <translation>When USCIS&apos;s notice gives a response date, that date is used; these count from the notice otherwise.</translation>
    </message>
    <message>
        <source>Respond to an &amp;RFE within:</source>
        <translation>Respond to an &amp;RFE within:</translation>
    </message>
    <message>
        <source>Respond to an &amp;intent to deny within:</source>
        <translation>Respond to an &amp;intent to deny within:</translation>
    </message>
    <message>
        <source>Re&amp;mind this many days before:</source>
        <translation>Re&amp;mind this many days before:</translation>
    </message>
    <message>
        <source>Empty: CaseWatch&apos;s data folder on this computer</source>
        <translation>Empty: CaseWatch&apos;s data folder on this computer</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Database File</translation>
    </message>
    <message>
        <source>CaseWatch databases (*.sqlite)</source>
        <translation>CaseWatch databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Empty: the database file above</source>
        <translation>Empty: the database file above</translation>
    </message>
    <message>
        <source>Shared database address</source>
        <translation>Shared database address</translation>
    </message>
    <message>
        <source>One computer: a database file. Several desktops: one shared PostgreSQL database (the offline demo always keeps its own file).</source>
        <translation>One computer: a database file. Several desktops: one shared PostgreSQL database (the offline demo always keeps its own file).</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Database &amp;file:</translation>
    </message>
    <message>
        <source>Write the reminder days as numbers from 0 to 365 separated by commas, for example 14, 3.</source>
        <translation>Write the reminder days as numbers from 0 to 365 separated by commas, for example 14, 3.</translation>
    </message>
</context>
<context>
    <name>cw::StaffDialog</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Add Person…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Change &amp;Role…</translation>
    </message>
    <message>
        <source>&amp;Left the Firm</source>
        <translation>&amp;Left the Firm</translation>
    </message>
    <message>
        <source>&amp;This Is Me</source>
        <translation>&amp;This Is Me</translation>
    </message>
    <message>
        <source>Staff and Roles</source>
        <translation>Staff and Roles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Database login</translation>
    </message>
    <message>
        <source>Desktop user</source>
        <translation>Desktop user</translation>
    </message>
    <message>
        <source>The firm&apos;s staff</source>
        <translation>The firm&apos;s staff</translation>
    </message>
    <message>
        <source>Link this desktop&apos;s user (%1) to the selected person</source>
        <translation>Link this desktop&apos;s user (%1) to the selected person</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>%1 (left the firm)</source>
        <translation>%1 (left the firm)</translation>
    </message>
    <message>
        <source>&amp;Back at the Firm</source>
        <translation>&amp;Back at the Firm</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Person not added</source>
        <translation>Person not added</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Role of %1:</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>Role not changed</translation>
    </message>
    <message>
        <source>Person not changed</source>
        <translation>Person not changed</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>This person&apos;s role is the shared database&apos;s: the database&apos;s owner changes it with casewatch-cli db-roles add %1 --role ROLE.</source>
        <translation>This person&apos;s role is the shared database&apos;s: the database&apos;s owner changes it with casewatch-cli db-roles add %1 --role ROLE.</translation>
    </message>
</context>
<context>
    <name>cw::StatusReviewDialog</name>
    <message>
        <source>Statuses to Review</source>
        <translation>Statuses to Review</translation>
    </message>
    <message>
        <source>USCIS titles CaseWatch does not recognize are shown as &quot;Needs review&quot; and never alert. Choose what each one means: every case and history entry with that title is updated at once, on every computer that shares this database, and an alert is raised once if the new category alerts.</source>
        <translation>USCIS titles CaseWatch does not recognize are shown as &quot;Needs review&quot; and never alert. Choose what each one means: every case and history entry with that title is updated at once, on every computer that shares this database, and an alert is raised once if the new category alerts.</translation>
    </message>
    <message>
        <source>Titles to review:</source>
        <translation>Titles to review:</translation>
    </message>
    <message>
        <source>USCIS title</source>
        <translation>USCIS title</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>History entries</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Titles to review</source>
        <translation>Titles to review</translation>
    </message>
    <message>
        <source>&amp;Assign Category</source>
        <translation>&amp;Assign Category</translation>
    </message>
    <message>
        <source>The firm&apos;s rules:</source>
        <translation>The firm&apos;s rules:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>The firm&apos;s rules</source>
        <translation>The firm&apos;s rules</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>&amp;Remove Rule</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Category for %1</source>
        <translation>Category for %1</translation>
    </message>
    <message>
        <source>Every USCIS title in this database is recognized.</source>
        <translation>Every USCIS title in this database is recognized.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; now means %2: %n case(s) updated.</source>
        <translation>
            <numerusform>&quot;%1&quot; now means %2: %n case updated.</numerusform>
            <numerusform>&quot;%1&quot; now means %2: %n cases updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a title first, then choose what it means.</source>
        <translation>Select a title first, then choose what it means.</translation>
    </message>
    <message>
        <source>Choose what the title means in the &quot;Means&quot; column first.</source>
        <translation>Choose what the title means in the &quot;Means&quot; column first.</translation>
    </message>
    <message>
        <source>Select a rule to remove.</source>
        <translation>Select a rule to remove.</translation>
    </message>
    <message>
        <source>Rule removed: &quot;%1&quot; is read as CaseWatch reads it on its own again.</source>
        <translation>Rule removed: &quot;%1&quot; is read as CaseWatch reads it on its own again.</translation>
    </message>
    <message>
        <source>Export Status Rules</source>
        <translation>Export Status Rules</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The firm&apos;s rules were saved to %1.</source>
        <translation>The firm&apos;s rules were saved to %1.</translation>
    </message>
    <message>
        <source>Import Status Rules</source>
        <translation>Import Status Rules</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) imported.</source>
        <translation>
            <numerusform>%n rule imported.</numerusform>
            <numerusform>%n rules imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::SurvivalChart</name>
    <message>
        <source>Chance the case is still pending, by date</source>
        <translation>Chance the case is still pending, by date</translation>
    </message>
    <message>
        <source>10%: %1, 50%: %2, 90%: %3</source>
        <translation>10%: %1, 50%: %2, 90%: %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>cw::TasksView</name>
    <message>
        <source>M&amp;ine only</source>
        <translation>M&amp;ine only</translation>
    </message>
    <message>
        <source>Show d&amp;one</source>
        <translation>Show d&amp;one</translation>
    </message>
    <message>
        <source>Mar&amp;k Task Done</source>
        <translation>Mar&amp;k Task Done</translation>
    </message>
    <message>
        <source>Open Task Agai&amp;n</source>
        <translation>Open Task Agai&amp;n</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Available once this desktop&apos;s user is linked to a member of staff (Team › Staff and Roles).</source>
        <translation>Available once this desktop&apos;s user is linked to a member of staff (Team › Staff and Roles).</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation>Task not changed</translation>
    </message>
</context>
<context>
    <name>cw::TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;My Cases</source>
        <translation>&amp;My Cases</translation>
    </message>
    <message>
        <source>&amp;Assign Selected Cases To…</source>
        <translation>&amp;Assign Selected Cases To…</translation>
    </message>
    <message>
        <source>Assign &amp;Profile To…</source>
        <translation>Assign &amp;Profile To…</translation>
    </message>
    <message>
        <source>Only the cases you are responsible for</source>
        <translation>Only the cases you are responsible for</translation>
    </message>
    <message>
        <source>Available once this desktop&apos;s user is linked to a member of staff</source>
        <translation>Available once this desktop&apos;s user is linked to a member of staff</translation>
    </message>
    <message>
        <source>&amp;Staff and Roles…</source>
        <translation>&amp;Staff and Roles…</translation>
    </message>
    <message>
        <source>Tracking &amp;Health…</source>
        <translation>Tracking &amp;Health…</translation>
    </message>
</context>
<context>
    <name>cw::TemplatesDialog</name>
    <message>
        <source>Client Letter Templates</source>
        <translation>Client Letter Templates</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>%1 subject</source>
        <translation>%1 subject</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1 text</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <source>&amp;Reset to Built-in</source>
        <translation>&amp;Reset to Built-in</translation>
    </message>
    <message>
        <source>The firm&apos;s own letter for this category.</source>
        <translation>The firm&apos;s own letter for this category.</translation>
    </message>
    <message>
        <source>The built-in letter: {next_steps} is filled with what happens next for this category.</source>
        <translation>The built-in letter: {next_steps} is filled with what happens next for this category.</translation>
    </message>
    <message>
        <source>Saved. Every computer that shares this database uses these letters now.</source>
        <translation>Saved. Every computer that shares this database uses these letters now.</translation>
    </message>
</context>
<context>
    <name>cw::TimelineView</name>
    <message>
        <source>Copy in &amp;English</source>
        <translation>Copy in &amp;English</translation>
    </message>
    <message>
        <source>Copy in &amp;Spanish</source>
        <translation>Copy in &amp;Spanish</translation>
    </message>
    <message>
        <source>English and Spanish</source>
        <translation>English and Spanish</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>English only</translation>
    </message>
    <message>
        <source>Spanish only</source>
        <translation>Spanish only</translation>
    </message>
    <message>
        <source>Languages shown in the timeline</source>
        <translation>Languages shown in the timeline</translation>
    </message>
    <message>
        <source>Copy the timeline in English, ready to paste into an email to the client</source>
        <translation>Copy the timeline in English, ready to paste into an email to the client</translation>
    </message>
    <message>
        <source>Copy the timeline in Spanish, ready to paste into an email to the client</source>
        <translation>Copy the timeline in Spanish, ready to paste into an email to the client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>USCIS status (English)</source>
        <translation>USCIS status (English)</translation>
    </message>
    <message>
        <source>USCIS status (Spanish)</source>
        <translation>USCIS status (Spanish)</translation>
    </message>
    <message>
        <source>Timeline of the selected case</source>
        <translation>Timeline of the selected case</translation>
    </message>
    <message>
        <source>What USCIS says now, in English</source>
        <translation>What USCIS says now, in English</translation>
    </message>
    <message>
        <source>What USCIS says now, in Spanish</source>
        <translation>What USCIS says now, in Spanish</translation>
    </message>
    <message>
        <source>Select a case to see its timeline.</source>
        <translation>Select a case to see its timeline.</translation>
    </message>
    <message>
        <source>%1: USCIS has not been asked yet. Use Check Now.</source>
        <translation>%1: USCIS has not been asked yet. Use Check Now.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %n step(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n step</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::TokenProvider</name>
    <message>
        <source>Could not reach the USCIS sign-in service (%1). Check the internet connection; CaseWatch will try again.</source>
        <translation>Could not reach the USCIS sign-in service (%1). Check the internet connection; CaseWatch will try again.</translation>
    </message>
    <message>
        <source>USCIS refused the API client id and secret (HTTP %1%2). Check them on developer.uscis.gov and enter them again in Settings.</source>
        <translation>USCIS refused the API client id and secret (HTTP %1%2). Check them on developer.uscis.gov and enter them again in Settings.</translation>
    </message>
    <message>
        <source>The USCIS sign-in service did not hand out a token (HTTP %1). CaseWatch will try again.</source>
        <translation>The USCIS sign-in service did not hand out a token (HTTP %1). CaseWatch will try again.</translation>
    </message>
</context>
<context>
    <name>cw::TrayIcon</name>
    <message>
        <source>&amp;Open CaseWatch</source>
        <translation>&amp;Open CaseWatch</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message numerus="yes">
        <source>CaseWatch — %n case(s) changed</source>
        <translation>
            <numerusform>CaseWatch — %n case changed</numerusform>
            <numerusform>CaseWatch — %n cases changed</numerusform>
        </translation>
    </message>
    <message>
        <source>CaseWatch</source>
        <translation>CaseWatch</translation>
    </message>
</context>
<context>
    <name>cw::UpdatesDialog</name>
    <message>
        <source>Updates to Send</source>
        <translation>Updates to Send</translation>
    </message>
    <message>
        <source>Updates to send</source>
        <translation>Updates to send</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Language of the letter</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Open in Email Program</source>
        <translation>&amp;Open in Email Program</translation>
    </message>
    <message>
        <source>Save .&amp;eml…</source>
        <translation>Save .&amp;eml…</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>&amp;Mark as Sent</translation>
    </message>
    <message>
        <source>Add &amp;Weekly Digests</source>
        <translation>Add &amp;Weekly Digests</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Templates…</translation>
    </message>
    <message>
        <source>A letter for each status change that alerts, in each client&apos;s language.</source>
        <translation>A letter for each status change that alerts, in each client&apos;s language.</translation>
    </message>
    <message>
        <source>weekly digest</source>
        <translation>weekly digest</translation>
    </message>
    <message>
        <source>USCIS gave no Spanish text for this status.</source>
        <translation>USCIS gave no Spanish text for this status.</translation>
    </message>
    <message>
        <source>Nothing to send: every status change that alerts has been told to its client.</source>
        <translation>Nothing to send: every status change that alerts has been told to its client.</translation>
    </message>
    <message>
        <source>%1 (no email address on file)</source>
        <translation>%1 (no email address on file)</translation>
    </message>
    <message>
        <source>USCIS gave no Spanish text for this status: the letter uses the template&apos;s own Spanish words for it. Check it before sending.</source>
        <translation>USCIS gave no Spanish text for this status: the letter uses the template&apos;s own Spanish words for it. Check it before sending.</translation>
    </message>
    <message>
        <source>Recorded as sent to %1.</source>
        <translation>Recorded as sent to %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1: open it to send it from your email program.</source>
        <translation>Saved %1: open it to send it from your email program.</translation>
    </message>
    <message>
        <source>No client had a status change since %1.</source>
        <translation>No client had a status change since %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n weekly digest(s) added.</source>
        <translation>
            <numerusform>%n weekly digest added.</numerusform>
            <numerusform>%n weekly digests added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the letter to %1.</source>
        <translation>Copied the letter to %1.</translation>
    </message>
    <message>
        <source>No email program could be opened. Use Copy, or save an .eml file.</source>
        <translation>No email program could be opened. Use Copy, or save an .eml file.</translation>
    </message>
    <message>
        <source>Save Letter</source>
        <translation>Save Letter</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Email messages (*.eml)</translation>
    </message>
    <message>
        <source>Already recorded as sent to %1, by %2.</source>
        <translation>Already recorded as sent to %1, by %2.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>cw::UscisClient</name>
    <message>
        <source>USCIS did not answer in time. CaseWatch will try again.</source>
        <translation>USCIS did not answer in time. CaseWatch will try again.</translation>
    </message>
    <message>
        <source>Could not reach USCIS (%1). Check the internet connection; CaseWatch will try again.</source>
        <translation>Could not reach USCIS (%1). Check the internet connection; CaseWatch will try again.</translation>
    </message>
    <message>
        <source> USCIS said: &quot;%1&quot;</source>
        <translation> USCIS said: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>USCIS refused CaseWatch&apos;s access token even after signing in again (HTTP 401). Check the API credentials in Settings.%1</source>
        <translation>USCIS refused CaseWatch&apos;s access token even after signing in again (HTTP 401). Check the API credentials in Settings.%1</translation>
    </message>
    <message>
        <source>USCIS returned no record for this receipt number. Check the number against the notice; a protected case also answers this way.%1</source>
        <translation>USCIS returned no record for this receipt number. Check the number against the notice; a protected case also answers this way.%1</translation>
    </message>
    <message>
        <source>USCIS did not accept this receipt number (HTTP %1). Check it against the notice.%2</source>
        <translation>USCIS did not accept this receipt number (HTTP %1). Check it against the notice.%2</translation>
    </message>
    <message>
        <source>USCIS asked CaseWatch to slow down (HTTP 429).%1</source>
        <translation>USCIS asked CaseWatch to slow down (HTTP 429).%1</translation>
    </message>
    <message>
        <source>USCIS&apos;s service had a problem (HTTP %1). CaseWatch will try again.%2</source>
        <translation>USCIS&apos;s service had a problem (HTTP %1). CaseWatch will try again.%2</translation>
    </message>
    <message>
        <source>USCIS answered with HTTP %1.%2</source>
        <translation>USCIS answered with HTTP %1.%2</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) to %3. CaseWatch never sends its credentials on to another address; check the API address in Settings (the firm&apos;s network may route it through a proxy).</source>
        <translation>%1 answered with a redirect (HTTP %2) to %3. CaseWatch never sends its credentials on to another address; check the API address in Settings (the firm&apos;s network may route it through a proxy).</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>an unnamed address</translation>
    </message>
</context>
<context>
    <name>cw::WebhookDialog</name>
    <message>
        <source>&amp;Send every status change to this address</source>
        <translation>&amp;Send every status change to this address</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>Send &amp;Test Event</translation>
    </message>
    <message>
        <source>&amp;Resume Delivery</source>
        <translation>&amp;Resume Delivery</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signing secret</translation>
    </message>
    <message>
        <source>CaseWatch POSTs each status change as JSON to your firm&apos;s system (a CRM, a case management system, an automation service), signed with HMAC-SHA256 so the receiver can check it came from here. Events wait in the database while the receiver is unreachable.</source>
        <translation>CaseWatch POSTs each status change as JSON to your firm&apos;s system (a CRM, a case management system, an automation service), signed with HMAC-SHA256 so the receiver can check it came from here. Events wait in the database while the receiver is unreachable.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Signing s&amp;ecret:</source>
        <translation>Signing s&amp;ecret:</translation>
    </message>
    <message>
        <source>At least 16 characters; the receiver needs the same</source>
        <translation>At least 16 characters; the receiver needs the same</translation>
    </message>
    <message>
        <source>Waiting: %1 · delivered: %2</source>
        <translation>Waiting: %1 · delivered: %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Last attempt: %1</translation>
    </message>
    <message>
        <source>Copy this secret to the receiver now. Once saved it stays in the keychain and is not shown again.</source>
        <translation>Copy this secret to the receiver now. Once saved it stays in the keychain and is not shown again.</translation>
    </message>
    <message>
        <source>Sending a signed test event…</source>
        <translation>Sending a signed test event…</translation>
    </message>
    <message>
        <source>Delivery resumed: the waiting events are sent now.</source>
        <translation>Delivery resumed: the waiting events are sent now.</translation>
    </message>
    <message>
        <source>The signing secret must be at least 16 characters. Use Generate for a strong one.</source>
        <translation>The signing secret must be at least 16 characters. Use Generate for a strong one.</translation>
    </message>
    <message>
        <source>Enter or generate a signing secret: the receiver uses it to check each event.</source>
        <translation>Enter or generate a signing secret: the receiver uses it to check each event.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Saving to the keychain…</translation>
    </message>
    <message>
        <source>Stored in the keychain; enter a new one to replace it</source>
        <translation>Stored in the keychain; enter a new one to replace it</translation>
    </message>
</context>
<context>
    <name>cw::WelcomePage</name>
    <message>
        <source>Try it with the offline USCIS sandbox</source>
        <translation>Try it with the offline USCIS sandbox</translation>
    </message>
    <message>
        <source>Sample clients and USCIS&apos;s documented sandbox receipt numbers, answered by a simulator built into CaseWatch. Their statuses move about once a minute, so you can watch a timeline grow and a notification arrive. Nothing leaves this computer, and the demo keeps its own database: it never mixes with your firm&apos;s cases.</source>
        <translation>Sample clients and USCIS&apos;s documented sandbox receipt numbers, answered by a simulator built into CaseWatch. Their statuses move about once a minute, so you can watch a timeline grow and a notification arrive. Nothing leaves this computer, and the demo keeps its own database: it never mixes with your firm&apos;s cases.</translation>
    </message>
    <message>
        <source>Enter my firm&apos;s API credentials</source>
        <translation>Enter my firm&apos;s API credentials</translation>
    </message>
    <message>
        <source>The client ID and secret of your firm&apos;s app on developer.uscis.gov (sandbox or production). They are kept in this computer&apos;s keychain, never in a file.</source>
        <translation>The client ID and secret of your firm&apos;s app on developer.uscis.gov (sandbox or production). They are kept in this computer&apos;s keychain, never in a file.</translation>
    </message>
    <message>
        <source>Welcome to CaseWatch</source>
        <translation>Welcome to CaseWatch</translation>
    </message>
    <message>
        <source>CaseWatch follows your clients&apos; USCIS cases for you: it checks each receipt number with USCIS in the background, keeps every status in a timeline in English and Spanish, and tells you when a case gets a Request for Evidence or is approved.</source>
        <translation>CaseWatch follows your clients&apos; USCIS cases for you: it checks each receipt number with USCIS in the background, keeps every status in a timeline in English and Spanish, and tells you when a case gets a Request for Evidence or is approved.</translation>
    </message>
    <message>
        <source>You can switch at any time in Settings.</source>
        <translation>You can switch at any time in Settings.</translation>
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
        <source>Open on this case (a receipt number).</source>
        <translation>Open on this case (a receipt number).</translation>
    </message>
</context>
</TS>
