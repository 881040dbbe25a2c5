<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiConnection</name>
    <message>
        <source>No USCIS API credentials are stored for the %1 environment. Enter the client id and secret from developer.uscis.gov in Settings (or run: casewatch-cli --environment %1 credentials set --client-id ID), or use the offline demo.</source>
        <translation>No hay credenciales de la API de USCIS guardadas para el entorno %1. Introduzca el id y el secreto de cliente de developer.uscis.gov en Configuración (o ejecute: casewatch-cli --environment %1 credentials set --client-id ID), o use la demostración sin conexión.</translation>
    </message>
    <message>
        <source>The demo environment only talks to a simulator on this computer (localhost).</source>
        <translation>El entorno de demostración solo se comunica con un simulador en esta computadora (localhost).</translation>
    </message>
    <message>
        <source>The offline USCIS simulator could not start: no free port on this computer.</source>
        <translation>El simulador de USCIS sin conexión no pudo iniciarse: no hay ningún puerto libre en esta computadora.</translation>
    </message>
</context>
<context>
    <name>ApiCredentials</name>
    <message>
        <source>The stored USCIS credentials are incomplete. Enter the client id and secret again.</source>
        <translation>Las credenciales de USCIS guardadas están incompletas. Introduzca de nuevo el id y el secreto de cliente.</translation>
    </message>
</context>
<context>
    <name>ApiEnvironment</name>
    <message>
        <source>&quot;%1&quot; is not an environment. Use sandbox, production, demo or custom.</source>
        <translation>&quot;%1&quot; no es un entorno. Use sandbox, production, demo o custom.</translation>
    </message>
    <message>
        <source>USCIS sandbox (developer.uscis.gov test data)</source>
        <translation>Entorno de pruebas de USCIS (datos de prueba de developer.uscis.gov)</translation>
    </message>
    <message>
        <source>USCIS production</source>
        <translation>USCIS producción</translation>
    </message>
    <message>
        <source>Offline demo (built-in USCIS simulator)</source>
        <translation>Demostración sin conexión (simulador de USCIS integrado)</translation>
    </message>
    <message>
        <source>Custom server (%1)</source>
        <translation>Servidor personalizado (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable address. Give a full https:// address, e.g. https://api.example.com/case-status.</source>
        <translation>&quot;%1&quot; no es una dirección utilizable. Indique una dirección https:// completa, p. ej. https://api.example.com/case-status.</translation>
    </message>
    <message>
        <source>%1 uses plain http to another machine. Credentials and case data may only travel unencrypted to this computer itself (localhost); use https.</source>
        <translation>%1 usa http sin cifrar hacia otra máquina. Las credenciales y los datos de los casos solo pueden viajar sin cifrar a esta misma computadora (localhost); use https.</translation>
    </message>
    <message>
        <source>The rate limit must be between 0.1 and 1000 requests per second.</source>
        <translation>El límite de velocidad debe estar entre 0,1 y 1000 solicitudes por segundo.</translation>
    </message>
    <message>
        <source>The daily quota cannot be negative.</source>
        <translation>La cuota diaria no puede ser negativa.</translation>
    </message>
</context>
<context>
    <name>CaseStatusParser</name>
    <message>
        <source>USCIS sent an unreadable answer. The case was not changed; it will be checked again later.</source>
        <translation>USCIS envió una respuesta ilegible. El caso no se modificó; se volverá a consultar más tarde.</translation>
    </message>
    <message>
        <source>USCIS returned no record for this receipt number. Check the number against the notice; a protected case also answers this way.</source>
        <translation>USCIS no devolvió ningún registro para este número de recibo. Compare el número con el aviso; un caso protegido también responde así.</translation>
    </message>
    <message>
        <source>USCIS sent an empty answer. The case will be checked again shortly.</source>
        <translation>USCIS envió una respuesta vacía. El caso se volverá a consultar en breve.</translation>
    </message>
    <message>
        <source>A web page came back instead of USCIS&apos;s answer (a proxy, firewall or maintenance page). The case will be checked again shortly.</source>
        <translation>Llegó una página web en lugar de la respuesta de USCIS (un proxy, un cortafuegos o una página de mantenimiento). El caso se volverá a consultar en breve.</translation>
    </message>
    <message>
        <source>USCIS&apos;s answer was cut short (the connection dropped). The case will be checked again shortly.</source>
        <translation>La respuesta de USCIS llegó incompleta (se cortó la conexión). El caso se volverá a consultar en breve.</translation>
    </message>
    <message>
        <source>USCIS answered: %1</source>
        <translation>USCIS respondió: %1</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>There is no case with number %1. List the cases to find the right one.</source>
        <translation>No hay ningún caso con el número %1. Liste los casos para encontrar el correcto.</translation>
    </message>
    <message>
        <source>There is no profile with number %1. Create the profile first, or list the profiles to find the right one.</source>
        <translation>No hay ningún perfil con el número %1. Cree primero el perfil o liste los perfiles para encontrar el correcto.</translation>
    </message>
    <message>
        <source>%1 is already tracked, for %2. A receipt number can be tracked once; move the existing case to another profile if it belongs elsewhere.</source>
        <translation>%1 ya se está siguiendo, para %2. Un número de recibo solo se puede seguir una vez; mueva el caso existente a otro perfil si corresponde a otra persona.</translation>
    </message>
    <message>
        <source>No receipt number was given.</source>
        <translation>No se indicó ningún número de recibo.</translation>
    </message>
    <message>
        <source>%1 appears more than once in the list; it was added once.</source>
        <translation>%1 aparece más de una vez en la lista; se agregó una sola vez.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Track receipt numbers for a profile. Give the numbers as arguments, or &apos;-&apos; to read them from standard input (one per line, or separated by commas). Bad entries are reported with their reason; the good ones are added.</source>
        <translation>Sigue números de recibo para un perfil. Indique los números como argumentos, o &apos;-&apos; para leerlos de la entrada estándar (uno por línea, o separados por comas). Las entradas incorrectas se informan con su motivo; las correctas se agregan.</translation>
    </message>
    <message>
        <source>Receipt numbers, e.g. EAC9999103402.</source>
        <translation>Números de recibo, p. ej. EAC9999103402.</translation>
    </message>
    <message>
        <source>The profile the cases belong to (required).</source>
        <translation>El perfil al que pertenecen los casos (obligatorio).</translation>
    </message>
    <message>
        <source>Form type, e.g. I-485.</source>
        <translation>Tipo de formulario, p. ej. I-485.</translation>
    </message>
    <message>
        <source>A note shown with the cases.</source>
        <translation>Una nota que se muestra con los casos.</translation>
    </message>
    <message>
        <source>cases add needs --profile ID (see &apos;casewatch-cli profiles list&apos;).</source>
        <translation>cases add necesita --profile ID (vea &apos;casewatch-cli profiles list&apos;).</translation>
    </message>
    <message>
        <source>cases add needs at least one receipt number.</source>
        <translation>cases add necesita al menos un número de recibo.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>agregado %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>skipped &quot;%1&quot;: %2</source>
        <translation>omitido &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>List tracked cases.</source>
        <translation>Lista los casos en seguimiento.</translation>
    </message>
    <message>
        <source>Only the cases of this profile.</source>
        <translation>Solo los casos de este perfil.</translation>
    </message>
    <message>
        <source>Leave out archived cases.</source>
        <translation>Omite los casos archivados.</translation>
    </message>
    <message>
        <source>--profile needs a profile number.</source>
        <translation>--profile necesita un número de perfil.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún no consultado</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>Stop tracking receipt numbers and delete their stored history.</source>
        <translation>Deja de seguir números de recibo y borra su historial guardado.</translation>
    </message>
    <message>
        <source>Receipt numbers.</source>
        <translation>Números de recibo.</translation>
    </message>
    <message>
        <source>cases remove needs at least one receipt number.</source>
        <translation>cases remove necesita al menos un número de recibo.</translation>
    </message>
    <message>
        <source>%1 is not tracked, so there is nothing to remove.</source>
        <translation>%1 no está en seguimiento, así que no hay nada que quitar.</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>quitado %1</translation>
    </message>
    <message>
        <source>cases needs a subcommand: add, list or remove.</source>
        <translation>cases necesita un subcomando: add, list o remove.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;cases %1&quot;; use add, list or remove.</source>
        <translation>subcomando desconocido &quot;cases %1&quot;; use add, list o remove.</translation>
    </message>
    <message>
        <source>casewatch-cli: %1</source>
        <translation>casewatch-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;casewatch-cli --help&apos; for the list of commands.</source>
        <translation>Ejecute &apos;casewatch-cli --help&apos; para ver la lista de comandos.</translation>
    </message>
    <message>
        <source>petitioner</source>
        <translation>peticionario</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>solicitante</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an applicant or petitioner profile.</source>
        <translation>Crea un perfil de solicitante o de peticionario.</translation>
    </message>
    <message>
        <source>applicant (default) or petitioner.</source>
        <translation>applicant (solicitante, predeterminado) o petitioner (peticionario).</translation>
    </message>
    <message>
        <source>Full name, or the petitioner&apos;s company name (required).</source>
        <translation>Nombre completo, o el nombre de la empresa peticionaria (obligatorio).</translation>
    </message>
    <message>
        <source>Employer or organization.</source>
        <translation>Empleador u organización.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Correo electrónico.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Número de teléfono.</translation>
    </message>
    <message>
        <source>A-number, e.g. A012345678.</source>
        <translation>Número A, p. ej. A012345678.</translation>
    </message>
    <message>
        <source>Free-form notes.</source>
        <translation>Notas libres.</translation>
    </message>
    <message>
        <source>--kind must be applicant or petitioner, not &quot;%1&quot;.</source>
        <translation>--kind debe ser applicant o petitioner, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>profiles add needs --name.</source>
        <translation>profiles add necesita --name.</translation>
    </message>
    <message>
        <source>Created profile %1: %2</source>
        <translation>Perfil %1 creado: %2</translation>
    </message>
    <message>
        <source>List profiles.</source>
        <translation>Lista los perfiles.</translation>
    </message>
    <message>
        <source>Only applicants or only petitioners.</source>
        <translation>Solo solicitantes o solo peticionarios.</translation>
    </message>
    <message>
        <source>Only profiles whose name, organization, email or A-number contains TEXT.</source>
        <translation>Solo los perfiles cuyo nombre, organización, correo o número A contiene TEXTO.</translation>
    </message>
    <message>
        <source>--kind must be applicant or petitioner.</source>
        <translation>--kind debe ser applicant o petitioner.</translation>
    </message>
    <message>
        <source>No profiles yet. Create one with: casewatch-cli profiles add --name NAME</source>
        <translation>Aún no hay perfiles. Cree uno con: casewatch-cli profiles add --name NOMBRE</translation>
    </message>
    <message>
        <source>Show a profile and its cases.</source>
        <translation>Muestra un perfil y sus casos.</translation>
    </message>
    <message>
        <source>The profile&apos;s number.</source>
        <translation>El número del perfil.</translation>
    </message>
    <message>
        <source>profiles show needs one profile number.</source>
        <translation>profiles show necesita un número de perfil.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Remove profiles with their cases and history.</source>
        <translation>Elimina perfiles con sus casos e historial.</translation>
    </message>
    <message>
        <source>The profile numbers.</source>
        <translation>Los números de perfil.</translation>
    </message>
    <message>
        <source>profiles remove needs at least one profile number.</source>
        <translation>profiles remove necesita al menos un número de perfil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile number.</source>
        <translation>&quot;%1&quot; no es un número de perfil.</translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation>Perfil %1 eliminado.</translation>
    </message>
    <message>
        <source>profiles needs a subcommand: add, list, show or remove.</source>
        <translation>profiles necesita un subcomando: add, list, show o remove.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;profiles %1&quot;; use add, list, show or remove.</source>
        <translation>subcomando desconocido &quot;profiles %1&quot;; use add, list, show o remove.</translation>
    </message>
    <message>
        <source>Machine-readable JSON on standard output.</source>
        <translation>JSON legible por máquina en la salida estándar.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation>Secreto de cliente (no se muestra lo que escribe): </translation>
    </message>
    <message>
        <source>Manage the firm&apos;s USCIS API credentials in the OS keychain. &apos;set&apos; reads the secret from standard input, never from the command line.</source>
        <translation>Administra las credenciales de la API de USCIS del despacho en el llavero del sistema. &apos;set&apos; lee el secreto de la entrada estándar, nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>set, show, clear or test.</source>
        <translation>set, show, clear o test.</translation>
    </message>
    <message>
        <source>The client id (for &apos;set&apos;).</source>
        <translation>El id de cliente (para &apos;set&apos;).</translation>
    </message>
    <message>
        <source>The offline demo needs no credentials. Choose the environment they are for, e.g. --environment sandbox or --environment production.</source>
        <translation>La demostración sin conexión no necesita credenciales. Elija el entorno al que corresponden, p. ej. --environment sandbox o --environment production.</translation>
    </message>
    <message>
        <source>credentials set needs --client-id ID (the secret is read from standard input).</source>
        <translation>credentials set necesita --client-id ID (el secreto se lee de la entrada estándar).</translation>
    </message>
    <message>
        <source>No client secret was given on standard input.</source>
        <translation>No se indicó ningún secreto de cliente en la entrada estándar.</translation>
    </message>
    <message>
        <source>Stored the USCIS credentials for %1 in the keychain (client id %2).</source>
        <translation>Se guardaron las credenciales de USCIS para %1 en el llavero (id de cliente %2).</translation>
    </message>
    <message>
        <source>%1: client id %2, secret stored in the keychain (not shown).</source>
        <translation>%1: id de cliente %2, secreto guardado en el llavero (no se muestra).</translation>
    </message>
    <message>
        <source>%1: no credentials stored.</source>
        <translation>%1: no hay credenciales guardadas.</translation>
    </message>
    <message>
        <source>Removed the USCIS credentials for %1 from the keychain.</source>
        <translation>Se eliminaron del llavero las credenciales de USCIS para %1.</translation>
    </message>
    <message>
        <source>USCIS accepted the credentials for %1.</source>
        <translation>USCIS aceptó las credenciales para %1.</translation>
    </message>
    <message>
        <source>credentials needs an action: set, show, clear or test.</source>
        <translation>credentials necesita una acción: set, show, clear o test.</translation>
    </message>
    <message>
        <source>Ask USCIS for the status of receipt numbers now. Tracked cases are recorded (status, history, changes); others are only shown.</source>
        <translation>Consulta ahora a USCIS el estado de números de recibo. Los casos en seguimiento se registran (estado, historial, cambios); los demás solo se muestran.</translation>
    </message>
    <message>
        <source>check needs at least one receipt number.</source>
        <translation>check necesita al menos un número de recibo.</translation>
    </message>
    <message>
        <source>%1 is not tracked, so nothing was stored. Add it with &apos;cases add&apos; to keep its history.</source>
        <translation>%1 no está en seguimiento, así que no se guardó nada. Agréguelo con &apos;cases add&apos; para conservar su historial.</translation>
    </message>
    <message>
        <source>Show the stored USCIS timeline of a tracked case.</source>
        <translation>Muestra la cronología de USCIS guardada de un caso en seguimiento.</translation>
    </message>
    <message>
        <source>The receipt number.</source>
        <translation>El número de recibo.</translation>
    </message>
    <message>
        <source>en or es.</source>
        <translation>en o es.</translation>
    </message>
    <message>
        <source>history needs one receipt number.</source>
        <translation>history necesita un número de recibo.</translation>
    </message>
    <message>
        <source>%1 is not tracked.</source>
        <translation>%1 no está en seguimiento.</translation>
    </message>
    <message>
        <source>now  %1</source>
        <translation>ahora  %1</translation>
    </message>
    <message>
        <source>Run the built-in USCIS simulator in the foreground, on this computer only.</source>
        <translation>Ejecuta el simulador de USCIS integrado en primer plano, solo en esta computadora.</translation>
    </message>
    <message>
        <source>The port to listen on (default: any free port).</source>
        <translation>El puerto en el que escuchar (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Move every case one step along its script every S seconds (0: never).</source>
        <translation>Avanza cada caso un paso en su guion cada S segundos (0: nunca).</translation>
    </message>
    <message>
        <source>Answer every case request after this many milliseconds.</source>
        <translation>Responde cada consulta de caso después de esta cantidad de milisegundos.</translation>
    </message>
    <message>
        <source>The simulator could not listen on that port.</source>
        <translation>El simulador no pudo escuchar en ese puerto.</translation>
    </message>
    <message>
        <source>USCIS simulator on %1 — use: casewatch-cli --environment demo --api-base %1 check EAC9999103403</source>
        <translation>Simulador de USCIS en %1 — use: casewatch-cli --environment demo --api-base %1 check EAC9999103403</translation>
    </message>
    <message>
        <source>--rate-limit needs a positive number of requests per second.</source>
        <translation>--rate-limit necesita un número positivo de solicitudes por segundo.</translation>
    </message>
    <message>
        <source>--daily-quota needs a positive whole number of requests.</source>
        <translation>--daily-quota necesita un número entero positivo de solicitudes.</translation>
    </message>
    <message>
        <source>Fetch every case that is due, at the API&apos;s rate limit and never over it. With --once, one cycle: it returns when every due case has an answer, a permanent error, or has used up its retries. Without, it keeps polling until interrupted (Ctrl+C).</source>
        <translation>Consulta cada caso pendiente, al límite de velocidad de la API y nunca por encima. Con --once, un ciclo: termina cuando cada caso pendiente tiene respuesta, un error permanente o agotó sus reintentos. Sin él, sigue consultando hasta que se interrumpa (Ctrl+C).</translation>
    </message>
    <message>
        <source>One cycle over the due cases, then exit.</source>
        <translation>Un ciclo sobre los casos pendientes, y después termina.</translation>
    </message>
    <message>
        <source>Requests in the air at once (default 8).</source>
        <translation>Solicitudes en curso a la vez (predeterminado 8).</translation>
    </message>
    <message>
        <source>poller: %1</source>
        <translation>consultas: %1</translation>
    </message>
    <message>
        <source>%1 fetched, %2 changed, %3 failed, %4 rate-limited, %5 deferred in %6 s</source>
        <translation>%1 consultados, %2 cambiaron, %3 fallaron, %4 limitados por velocidad, %5 aplazados en %6 s</translation>
    </message>
    <message>
        <source>Status-change events, oldest first. Pass the printed next_cursor as --since to get only newer ones.</source>
        <translation>Eventos de cambio de estado, del más antiguo al más reciente. Pase el next_cursor mostrado como --since para obtener solo los más nuevos.</translation>
    </message>
    <message>
        <source>Only events after this cursor.</source>
        <translation>Solo los eventos posteriores a este cursor.</translation>
    </message>
    <message>
        <source>At most this many events (default 1000).</source>
        <translation>Como máximo esta cantidad de eventos (predeterminado 1000).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cursor printed by &apos;events&apos;.</source>
        <translation>&quot;%1&quot; no es un cursor mostrado por &apos;events&apos;.</translation>
    </message>
    <message>
        <source>next cursor: %1</source>
        <translation>siguiente cursor: %1</translation>
    </message>
    <message>
        <source>manage applicant and petitioner profiles</source>
        <translation>administrar perfiles de solicitantes y peticionarios</translation>
    </message>
    <message>
        <source>manage tracked receipt numbers</source>
        <translation>administrar los números de recibo en seguimiento</translation>
    </message>
    <message>
        <source>ask USCIS now; tracked cases are recorded</source>
        <translation>consultar a USCIS ahora; los casos en seguimiento se registran</translation>
    </message>
    <message>
        <source>show the stored timeline of a case</source>
        <translation>mostrar la cronología guardada de un caso</translation>
    </message>
    <message>
        <source>fetch every due case, within the API&apos;s limits</source>
        <translation>consultar cada caso pendiente, dentro de los límites de la API</translation>
    </message>
    <message>
        <source>list status changes, oldest first</source>
        <translation>listar los cambios de estado, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>manage the USCIS API credentials in the OS keychain</source>
        <translation>administrar las credenciales de la API de USCIS en el llavero del sistema</translation>
    </message>
    <message>
        <source>run the built-in USCIS simulator</source>
        <translation>ejecutar el simulador de USCIS integrado</translation>
    </message>
    <message>
        <source>the SQLite database file (default: %1)</source>
        <translation>el archivo de base de datos SQLite (predeterminado: %1)</translation>
    </message>
    <message>
        <source>sandbox, production, demo (offline simulator) or custom</source>
        <translation>sandbox, production, demo (simulador sin conexión) o custom</translation>
    </message>
    <message>
        <source>custom environment: the case-status endpoint</source>
        <translation>entorno custom: el servicio de estado de casos</translation>
    </message>
    <message>
        <source>custom environment: the OAuth token endpoint</source>
        <translation>entorno custom: el servicio de tokens OAuth</translation>
    </message>
    <message>
        <source>requests per second the server allows</source>
        <translation>solicitudes por segundo que permite el servidor</translation>
    </message>
    <message>
        <source>requests per day the server allows</source>
        <translation>solicitudes por día que permite el servidor</translation>
    </message>
    <message>
        <source>machine-readable JSON on standard output</source>
        <translation>JSON legible por máquina en la salida estándar</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>muestra la versión</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>muestra esta ayuda</translation>
    </message>
    <message>
        <source>Usage: casewatch-cli [global options] COMMAND [options]</source>
        <translation>Uso: casewatch-cli [opciones globales] COMANDO [opciones]</translation>
    </message>
    <message>
        <source>Track USCIS cases from the command line. Add --help after a command for its options.</source>
        <translation>Sigue casos de USCIS desde la línea de comandos. Agregue --help después de un comando para ver sus opciones.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 some items failed, 2 usage or configuration error.</source>
        <translation>Códigos de salida: 0 correcto, 1 algunos elementos fallaron, 2 error de uso o de configuración.</translation>
    </message>
    <message>
        <source>Fetch hot cases (just changed, or about to move) every N hours.</source>
        <translation>Consulta los casos activos (recién cambiados o a punto de moverse) cada N horas.</translation>
    </message>
    <message>
        <source>Fetch other open cases every N hours.</source>
        <translation>Consulta los demás casos abiertos cada N horas.</translation>
    </message>
    <message>
        <source>Fetch cases in a final state every N days.</source>
        <translation>Consulta los casos en un estado final cada N días.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number.</source>
        <translation>--%1 necesita un número entero positivo.</translation>
    </message>
    <message>
        <source>Status titles, e.g. &quot;Case Was Approved&quot;.</source>
        <translation>Títulos de estado, p. ej. &quot;Case Was Approved&quot;.</translation>
    </message>
    <message>
        <source>normalize needs at least one status title.</source>
        <translation>normalize necesita al menos un título de estado.</translation>
    </message>
    <message>
        <source>show the category of a USCIS status title (English or Spanish)</source>
        <translation>mostrar la categoría de un título de estado de USCIS (en inglés o en español)</translation>
    </message>
    <message>
        <source>Export cases with their current status (csv), cases with histories and deadlines (json), or deadlines and appointments as a calendar file for Outlook or Google Calendar (ics).</source>
        <translation>Exporta los casos con su estado actual (csv), los casos con historial y plazos (json), o los plazos y citas como archivo de calendario para Outlook o Google Calendar (ics).</translation>
    </message>
    <message>
        <source>csv, json or ics.</source>
        <translation>csv, json o ics.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Escribe en este archivo en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>export needs --format csv, json or ics.</source>
        <translation>export necesita --format csv, json o ics.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Check the folder and its permissions.</source>
        <translation>No se pudo escribir %1 (%2). Revise la carpeta y sus permisos.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>export cases, histories and deadlines for other programs</source>
        <translation>exportar casos, historiales y plazos para otros programas</translation>
    </message>
    <message>
        <source>No webhook is set up. Set one with: casewatch-cli webhook set --url URL</source>
        <translation>No hay ningún webhook configurado. Configúrelo con: casewatch-cli webhook set --url URL</translation>
    </message>
    <message>
        <source>The firm&apos;s webhook: every status change CaseWatch sees is POSTed to it as signed JSON. &apos;set&apos; reads the signing secret from standard input, never from the command line; &apos;deliver&apos; sends what is waiting and exits; &apos;resume&apos; ends a pause after repeated failures.</source>
        <translation>El webhook del despacho: cada cambio de estado que CaseWatch detecta se le envía por POST como JSON firmado. &apos;set&apos; lee el secreto de firma de la entrada estándar, nunca de la línea de órdenes; &apos;deliver&apos; envía lo pendiente y termina; &apos;resume&apos; pone fin a una pausa tras fallos repetidos.</translation>
    </message>
    <message>
        <source>set, show, clear, test, deliver or resume.</source>
        <translation>set, show, clear, test, deliver o resume.</translation>
    </message>
    <message>
        <source>The endpoint (for &apos;set&apos;): https, or http to this computer.</source>
        <translation>El destino (para &apos;set&apos;): https, o http a esta computadora.</translation>
    </message>
    <message>
        <source>webhook set needs --url URL (the secret is read from standard input).</source>
        <translation>webhook set necesita --url URL (el secreto se lee de la entrada estándar).</translation>
    </message>
    <message>
        <source>Signing secret (input hidden): </source>
        <translation>Secreto de firma (no se muestra): </translation>
    </message>
    <message>
        <source>The signing secret must be at least 16 characters, given on standard input.</source>
        <translation>El secreto de firma debe tener al menos 16 caracteres y darse por la entrada estándar.</translation>
    </message>
    <message>
        <source>Webhook set: status changes from now on go to %1 (secret stored in the keychain).</source>
        <translation>Webhook configurado: desde ahora los cambios de estado se envían a %1 (secreto guardado en el llavero).</translation>
    </message>
    <message>
        <source>Webhook removed, with its signing secret.</source>
        <translation>Webhook eliminado, junto con su secreto de firma.</translation>
    </message>
    <message>
        <source>No webhook is set up.</source>
        <translation>No hay ningún webhook configurado.</translation>
    </message>
    <message>
        <source>Webhook: %1 (%2)</source>
        <translation>Webhook: %1 (%2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Signing secret: none stored.</source>
        <translation>Secreto de firma: no hay ninguno guardado.</translation>
    </message>
    <message>
        <source>Waiting: %1, delivered: %2</source>
        <translation>En espera: %1, entregados: %2</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Delivery resumed: waiting events are sent at the next &apos;deliver&apos; or by the app.</source>
        <translation>Entrega reanudada: los eventos en espera se envían con el próximo &apos;deliver&apos; o desde la aplicación.</translation>
    </message>
    <message>
        <source>webhook needs an action: set, show, clear, test, deliver or resume.</source>
        <translation>webhook necesita una acción: set, show, clear, test, deliver o resume.</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>evento %1: %2</translation>
    </message>
    <message>
        <source>Delivered %1, still waiting %2.</source>
        <translation>Entregados %1, aún en espera %2.</translation>
    </message>
    <message>
        <source>send signed status changes to the firm&apos;s own systems</source>
        <translation>enviar cambios de estado firmados a los sistemas del despacho</translation>
    </message>
    <message>
        <source>The notice names no applicant or petitioner to file it under. Give --profile ID.</source>
        <translation>El aviso no nombra a ningún solicitante ni peticionario bajo el que archivarlo. Indique --profile ID.</translation>
    </message>
    <message>
        <source>Add the cases to this profile.</source>
        <translation>Agregar los casos a este perfil.</translation>
    </message>
    <message>
        <source>Read and report; add nothing.</source>
        <translation>Leer e informar; no agregar nada.</translation>
    </message>
    <message>
        <source>--profile needs a profile id (see: casewatch-cli profiles list).</source>
        <translation>--profile necesita el id de un perfil (véase: casewatch-cli profiles list).</translation>
    </message>
    <message>
        <source>Keep the password of the PostgreSQL database given with --database in the OS keychain. &apos;set&apos; reads it from standard input, never from the command line.</source>
        <translation>Guarda en el llavero del sistema la contraseña de la base de datos PostgreSQL indicada con --database. &apos;set&apos; la lee de la entrada estándar, nunca de la línea de órdenes.</translation>
    </message>
    <message>
        <source>set or clear.</source>
        <translation>set o clear.</translation>
    </message>
    <message>
        <source>db-password needs --database postgresql://user@server/database before it.</source>
        <translation>db-password necesita --database postgresql://usuario@servidor/base delante.</translation>
    </message>
    <message>
        <source>Database password (input hidden): </source>
        <translation>Contraseña de la base de datos (no se muestra): </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No se dio ninguna contraseña por la entrada estándar.</translation>
    </message>
    <message>
        <source>db-password needs an action: set or clear.</source>
        <translation>db-password necesita una acción: set o clear.</translation>
    </message>
    <message>
        <source>The database password is in the keychain.</source>
        <translation>La contraseña de la base de datos está en el llavero.</translation>
    </message>
    <message>
        <source>The database password was removed from the keychain.</source>
        <translation>Se eliminó la contraseña de la base de datos del llavero.</translation>
    </message>
    <message>
        <source>Copy a CaseWatch database into an empty PostgreSQL database — every profile, case, history entry, event and setting, with their ids — and verify the row counts. The source is only read.</source>
        <translation>Copia una base de datos de CaseWatch en una base de datos PostgreSQL vacía —cada perfil, caso, entrada del historial, evento y ajuste, con sus identificadores— y comprueba el número de filas. El origen solo se lee.</translation>
    </message>
    <message>
        <source>The source: sqlite:PATH (default: the current database).</source>
        <translation>El origen: sqlite:RUTA (por defecto: la base de datos actual).</translation>
    </message>
    <message>
        <source>The target: postgresql://user@server/database (empty).</source>
        <translation>El destino: postgresql://usuario@servidor/base (vacía).</translation>
    </message>
    <message>
        <source>migrate-db needs --to postgresql://user@server/database.</source>
        <translation>migrate-db necesita --to postgresql://usuario@servidor/base.</translation>
    </message>
    <message>
        <source>--from takes sqlite:PATH.</source>
        <translation>--from admite sqlite:RUTA.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Copied and verified. Point CaseWatch at the new database with --database %1.</source>
        <translation>Copiado y comprobado. Use la nueva base de datos en CaseWatch con --database %1.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the SQLite database to FILE, even while CaseWatch is running, and check it. To restore, close CaseWatch and put the copy in place of the database file (or open it with --db).</source>
        <translation>Escribe en ARCHIVO una copia coherente de la base de datos SQLite, incluso con CaseWatch en marcha, y la comprueba. Para restaurar, cierre CaseWatch y ponga la copia en lugar del archivo de la base de datos (o ábrala con --db).</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>El nuevo archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>backup needs the name of the file to write.</source>
        <translation>backup necesita el nombre del archivo que escribir.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Copia de seguridad escrita y comprobada: %1</translation>
    </message>
    <message>
        <source>store the PostgreSQL password of --database in the OS keychain</source>
        <translation>guardar la contraseña PostgreSQL de --database en el llavero del sistema</translation>
    </message>
    <message>
        <source>copy this database into an empty PostgreSQL database, and verify</source>
        <translation>copiar esta base de datos en una base PostgreSQL vacía, y comprobarla</translation>
    </message>
    <message>
        <source>write a consistent copy of the SQLite database, while it is in use</source>
        <translation>escribir una copia coherente de la base de datos SQLite, mientras está en uso</translation>
    </message>
    <message>
        <source>a shared PostgreSQL database: postgresql://user@server/db</source>
        <translation>una base de datos PostgreSQL compartida: postgresql://usuario@servidor/base</translation>
    </message>
    <message>
        <source>Prints the category of USCIS status titles, English or Spanish, and how it was reached: the built-in table, a phrase rule, or a rule of the firm. A title nothing knows is OTHER, for a person to look at (and teach with: statuses assign).</source>
        <translation>Muestra la categoría de títulos de estado de USCIS, en inglés o en español, y cómo se determinó: la tabla incorporada, una regla de frases o una regla del despacho. Un título que nada reconoce es OTHER, para que una persona lo revise (y lo enseñe con: statuses assign).</translation>
    </message>
    <message>
        <source>Re-categorized %1 case(s) and %2 history entries.</source>
        <translation>Se recategorizaron %1 caso(s) y %2 entradas del historial.</translation>
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
        <translation>Enseña a CaseWatch cómo lee el despacho los títulos de estado de USCIS. Subcomandos:
  unknown                 lista los títulos que ninguna regla reconoce (OTHER), los más frecuentes primero
  assign TITLE CATEGORY   guarda una regla del despacho y recategoriza cada caso y entrada del historial
  remove TITLE            borra una regla del despacho; sus títulos vuelven a la lectura incorporada
  rules                   lista las reglas del despacho
  export [--output FILE]  escribe las reglas del despacho en JSON
  import FILE             asigna cada regla de un archivo exportado (todas o ninguna)
Categorías: %1</translation>
    </message>
    <message>
        <source>unknown, assign, remove, rules, export or import</source>
        <translation>unknown, assign, remove, rules, export o import</translation>
    </message>
    <message>
        <source>statuses needs one of: %1.</source>
        <translation>statuses necesita uno de: %1.</translation>
    </message>
    <message>
        <source>Usage: statuses assign &quot;TITLE&quot; CATEGORY</source>
        <translation>Uso: statuses assign &quot;TÍTULO&quot; CATEGORÍA</translation>
    </message>
    <message>
        <source>Usage: statuses %1 %2</source>
        <translation>Uso: statuses %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category. Use one of: %2.</source>
        <translation>&quot;%1&quot; no es una categoría. Use una de: %2.</translation>
    </message>
    <message>
        <source>Every status title is understood.</source>
        <translation>Todos los títulos de estado se reconocen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 rule(s).</source>
        <translation>Se importaron %1 regla(s).</translation>
    </message>
    <message>
        <source>list titles no rule knows; manage the firm&apos;s own status rules</source>
        <translation>listar los títulos que ninguna regla reconoce; administrar las reglas de estado del despacho</translation>
    </message>
    <message>
        <source>USCIS has already decided this case.</source>
        <translation>USCIS ya decidió este caso.</translation>
    </message>
    <message>
        <source>USCIS has not given a received date for this case yet.</source>
        <translation>USCIS aún no ha indicado una fecha de recibo para este caso.</translation>
    </message>
    <message>
        <source>This case has waited longer than every similar case took: no estimate.</source>
        <translation>Este caso ha esperado más de lo que tardó cualquier caso similar: no hay estimación.</translation>
    </message>
    <message>
        <source>This receipt number is not tracked in this database.</source>
        <translation>Este número de recibo no está en seguimiento en esta base de datos.</translation>
    </message>
    <message>
        <source>Not enough similar cases to estimate from.</source>
        <translation>No hay suficientes casos similares para estimar.</translation>
    </message>
    <message>
        <source>Estimates when USCIS will decide tracked cases, from this firm&apos;s own comparable cases (same form, same office, received around the same time; still-pending cases count too): the dates by which 10%, 50% and 90% of similar cases still pending after this long were decided.</source>
        <translation>Estima cuándo decidirá USCIS los casos en seguimiento, a partir de los casos comparables del propio despacho (mismo formulario, misma oficina, recibidos por las mismas fechas; los casos aún pendientes también cuentan): las fechas en que se decidieron el 10%, el 50% y el 90% de los casos similares que seguían pendientes después de este tiempo.</translation>
    </message>
    <message>
        <source>estimate needs at least one receipt number.</source>
        <translation>estimate necesita al menos un número de recibo.</translation>
    </message>
    <message>
        <source>%1	%2 – %3 (median %4); from %5 %6 cases%7%8</source>
        <translation>%1	%2 – %3 (mediana %4); de %5 casos %6%7%8</translation>
    </message>
    <message>
        <source> at any office</source>
        <translation> en cualquier oficina</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source> received within %1 days</source>
        <translation> recibidos dentro de %1 días</translation>
    </message>
    <message>
        <source>estimate when USCIS will likely decide, from the firm&apos;s own similar cases</source>
        <translation>estimar cuándo decidirá USCIS probablemente, según los casos similares del despacho</translation>
    </message>
    <message>
        <source>note: USCIS gave no Spanish text for this status; the letter uses the template&apos;s own Spanish words for it.</source>
        <translation>nota: USCIS no dio texto en español para este estado; la carta usa las palabras en español de la propia plantilla.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Para: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>no email on file</source>
        <translation>sin correo electrónico registrado</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Writes one letter per client covering every status change on their cases since a date, in each client&apos;s language.</source>
        <translation>Escribe una carta por cliente con cada cambio de estado de sus casos desde una fecha, en el idioma de cada cliente.</translation>
    </message>
    <message>
        <source>Writes a letter to the client about a case&apos;s current status, from the firm&apos;s templates, in the client&apos;s language (or the one asked for).</source>
        <translation>Escribe una carta al cliente sobre el estado actual de un caso, con las plantillas del despacho, en el idioma del cliente (o en el que se indique).</translation>
    </message>
    <message>
        <source>en or es (default: the client&apos;s language).</source>
        <translation>en o es (predeterminado: el idioma del cliente).</translation>
    </message>
    <message>
        <source>The first day to cover, as YYYY-MM-DD.</source>
        <translation>El primer día que se incluye, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>digest needs --since DATE, written as YYYY-MM-DD.</source>
        <translation>digest necesita --since FECHA, escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>draft needs one receipt number.</source>
        <translation>draft necesita un número de recibo.</translation>
    </message>
    <message>
        <source>--lang must be en or es.</source>
        <translation>--lang debe ser en o es.</translation>
    </message>
    <message>
        <source>No status changed since %1.</source>
        <translation>Ningún estado cambió desde %1.</translation>
    </message>
    <message>
        <source>The client&apos;s language for letters: en (default) or es.</source>
        <translation>El idioma de las cartas al cliente: en (predeterminado) o es.</translation>
    </message>
    <message>
        <source>--language must be en or es.</source>
        <translation>--language debe ser en o es.</translation>
    </message>
    <message>
        <source>draft a letter to the client about the case, from the firm&apos;s templates</source>
        <translation>redactar una carta al cliente sobre el caso, con las plantillas del despacho</translation>
    </message>
    <message>
        <source>draft one letter per client covering every change since a date</source>
        <translation>redactar una carta por cliente con cada cambio desde una fecha</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines and appointments, soonest first: open ones, or with --all also those met, cancelled or superseded. &apos;deadlines done ID&apos; marks one done by hand; &apos;deadlines undo ID&apos; opens it again.</source>
        <translation>Plazos y citas, los más próximos primero: los abiertos o, con --all, también los cumplidos, cancelados o reemplazados. &apos;deadlines done ID&apos; marca uno como hecho a mano; &apos;deadlines undo ID&apos; lo vuelve a abrir.</translation>
    </message>
    <message>
        <source>Also list closed deadlines.</source>
        <translation>Lista también los plazos cerrados.</translation>
    </message>
    <message>
        <source>done ID | undo ID (without: list)</source>
        <translation>done ID | undo ID (sin nada: lista)</translation>
    </message>
    <message>
        <source>use &apos;deadlines&apos;, &apos;deadlines done ID&apos; or &apos;deadlines undo ID&apos;.</source>
        <translation>use &apos;deadlines&apos;, &apos;deadlines done ID&apos; o &apos;deadlines undo ID&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deadline id (see &apos;deadlines --all&apos;).</source>
        <translation>&quot;%1&quot; no es un id de plazo (vea &apos;deadlines --all&apos;).</translation>
    </message>
    <message>
        <source>list deadlines and appointments; mark one done or open it again</source>
        <translation>listar plazos y citas; marcar uno como hecho o volver a abrirlo</translation>
    </message>
    <message>
        <source>Answer for any well-formed receipt (load and crash tests).</source>
        <translation>Responder para cualquier número de recibo bien formado (pruebas de carga y de fallos).</translation>
    </message>
    <message>
        <source>Spike arrest as USCIS&apos;s gateway applies it (one request per 1/N-second slot), with up to this many milliseconds of arrival jitter.</source>
        <translation>Control de picos como lo aplica la pasarela de USCIS (una solicitud por intervalo de 1/N segundos), con hasta estos milisegundos de variación en la llegada.</translation>
    </message>
    <message>
        <source>Interrupted: %1 of %2 file(s) read; what they added is kept, the rest was not read.</source>
        <translation>Interrumpido: se leyeron %1 de %2 archivos; lo que agregaron se conserva, el resto no se leyó.</translation>
    </message>
    <message>
        <source>Poll for the whole firm until stopped, as its polling server: desktops on the same database leave polling to it.</source>
        <translation>Consultar para todo el despacho hasta que se detenga, como su servidor de consultas: las computadoras con la misma base de datos le dejan las consultas.</translation>
    </message>
    <message>
        <source>How long other desktops wait before taking over from a poller that stopped answering (default 30).</source>
        <translation>Cuánto esperan las demás computadoras antes de tomar el relevo de un proceso de consultas que dejó de responder (30 de manera predeterminada).</translation>
    </message>
    <message>
        <source>--once and --daemon cannot be combined.</source>
        <translation>--once y --daemon no se pueden combinar.</translation>
    </message>
    <message>
        <source>--lease-seconds needs a whole number from 3 to 3600.</source>
        <translation>--lease-seconds necesita un número entero de 3 a 3600.</translation>
    </message>
    <message>
        <source>poller: %1 polls for the firm; waiting.</source>
        <translation>consultas: %1 consulta para el despacho; esperando.</translation>
    </message>
    <message>
        <source>Nothing left to fetch: %1 polled the due cases.</source>
        <translation>No queda nada por consultar: %1 consultó los casos pendientes.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>Signing secret: stored in the keychain (not shown); the firm&apos;s.</source>
        <translation>Secreto de firma: guardado en el llavero (no se muestra); es el del despacho.</translation>
    </message>
    <message>
        <source>Signing secret: stored in the keychain (not shown), but not the firm&apos;s: this desktop sends nothing.</source>
        <translation>Secreto de firma: guardado en el llavero (no se muestra), pero no es el del despacho: esta computadora no envía nada.</translation>
    </message>
    <message>
        <source>“%1” on the notice matches several profiles equally well (ids %2). Give --profile ID.</source>
        <translation>“%1” en el aviso coincide igual de bien con varios perfiles (ids %2). Indique --profile ID.</translation>
    </message>
    <message>
        <source>Read I-797 notices — PDFs (typed or scanned), photos and fax scans (JPEG, PNG, TIFF, HEIC where this computer reads it) — and track the receipt numbers on them. Folders are searched for such files. Without --profile each notice goes to the profile whose name it carries (a new profile if there is none). --dry-run only reads and reports.</source>
        <translation>Lee avisos I-797 —PDF (mecanografiados o escaneados), fotos y faxes escaneados (JPEG, PNG, TIFF, y HEIC donde esta computadora lo lea)— y sigue sus números de recibo. En las carpetas se buscan esos archivos. Sin --profile, cada aviso va al perfil cuyo nombre lleva (un perfil nuevo si no hay ninguno). --dry-run solo lee e informa.</translation>
    </message>
    <message>
        <source>Notice files (PDF or picture) or folders.</source>
        <translation>Archivos de avisos (PDF o imagen) o carpetas.</translation>
    </message>
    <message>
        <source>import needs at least one notice file (PDF or picture) or folder.</source>
        <translation>import necesita al menos un archivo de aviso (PDF o imagen) o una carpeta.</translation>
    </message>
    <message>
        <source>The firm&apos;s staff. &apos;staff&apos; lists them; &apos;staff add NAME --role ROLE [--email E]&apos; adds a person (roles: admin, attorney, paralegal, readonly); &apos;staff link ID&apos; says that this desktop&apos;s user is that person; &apos;staff me&apos; shows who and what this desktop is.</source>
        <translation>El personal del despacho. &apos;staff&apos; lo lista; &apos;staff add NOMBRE --role ROL [--email E]&apos; agrega a una persona (roles: admin, attorney, paralegal, readonly); &apos;staff link ID&apos; indica que el usuario de esta computadora es esa persona; &apos;staff me&apos; muestra quién y qué es esta computadora.</translation>
    </message>
    <message>
        <source>admin, attorney, paralegal or readonly.</source>
        <translation>admin, attorney, paralegal o readonly.</translation>
    </message>
    <message>
        <source>The person&apos;s email address.</source>
        <translation>El correo electrónico de la persona.</translation>
    </message>
    <message>
        <source>add NAME | link ID | me (without: list)</source>
        <translation>add NOMBRE | link ID | me (sin acción: listar)</translation>
    </message>
    <message>
        <source>--role must be admin, attorney, paralegal or readonly.</source>
        <translation>--role debe ser admin, attorney, paralegal o readonly.</translation>
    </message>
    <message>
        <source>use &apos;staff&apos;, &apos;staff add NAME --role ROLE&apos;, &apos;staff link ID&apos; or &apos;staff me&apos;.</source>
        <translation>use &apos;staff&apos;, &apos;staff add NOMBRE --role ROL&apos;, &apos;staff link ID&apos; o &apos;staff me&apos;.</translation>
    </message>
    <message>
        <source>Who is responsible: &apos;assign --profile ID --attorney STAFF&apos; (a profile&apos;s cases follow it), or &apos;assign --cases ID,ID,… --paralegal STAFF&apos; (those cases only). STAFF 0 clears. Open tasks move to the new person.</source>
        <translation>Quién es responsable: &apos;assign --profile ID --attorney PERSONA&apos; (los casos del perfil lo siguen), o &apos;assign --cases ID,ID,… --paralegal PERSONA&apos; (solo esos casos). PERSONA 0 lo quita. Las tareas abiertas pasan a la nueva persona.</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>El perfil.</translation>
    </message>
    <message>
        <source>Case ids, comma-separated.</source>
        <translation>Ids de casos, separados por comas.</translation>
    </message>
    <message>
        <source>The responsible attorney.</source>
        <translation>El abogado responsable.</translation>
    </message>
    <message>
        <source>The responsible paralegal.</source>
        <translation>El asistente legal responsable.</translation>
    </message>
    <message>
        <source>give either --profile or --cases.</source>
        <translation>indique --profile o --cases.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id.</source>
        <translation>“%1” no es un id de caso.</translation>
    </message>
    <message>
        <source>--%1 needs a staff id (see: casewatch-cli staff).</source>
        <translation>--%1 necesita el id de una persona del personal (vea: casewatch-cli staff).</translation>
    </message>
    <message>
        <source>give --attorney or --paralegal (or both).</source>
        <translation>indique --attorney o --paralegal (o ambos).</translation>
    </message>
    <message>
        <source>Tasks made from status changes, soonest due first: open ones, or with --all also done ones; --mine: this desktop&apos;s person&apos;s only. &apos;tasks done ID&apos; / &apos;tasks undo ID&apos;. The firm&apos;s rules: &apos;tasks rules&apos;; &apos;tasks rule CATEGORY --owner attorney|paralegal --from deadline|event --days N [--title T] [--off] [--id ID]&apos; adds or changes one; &apos;tasks rule-remove ID&apos;.</source>
        <translation>Tareas creadas por cambios de estado, las que vencen antes primero: las abiertas, o con --all también las hechas; --mine: solo las de la persona de esta computadora. &apos;tasks done ID&apos; / &apos;tasks undo ID&apos;. Las reglas del despacho: &apos;tasks rules&apos;; &apos;tasks rule CATEGORÍA --owner attorney|paralegal --from deadline|event --days N [--title T] [--off] [--id ID]&apos; agrega o cambia una; &apos;tasks rule-remove ID&apos;.</translation>
    </message>
    <message>
        <source>Also list done tasks.</source>
        <translation>Listar también las tareas hechas.</translation>
    </message>
    <message>
        <source>Only the tasks of this desktop&apos;s person.</source>
        <translation>Solo las tareas de la persona de esta computadora.</translation>
    </message>
    <message>
        <source>Who gets the task: attorney or paralegal.</source>
        <translation>Quién recibe la tarea: attorney (abogado) o paralegal (asistente legal).</translation>
    </message>
    <message>
        <source>Due counted from the deadline or the event.</source>
        <translation>Vencimiento contado desde la fecha límite (deadline) o desde el cambio (event).</translation>
    </message>
    <message>
        <source>Days after it (negative: before).</source>
        <translation>Días después (negativo: antes).</translation>
    </message>
    <message>
        <source>The task&apos;s title (default: the category&apos;s).</source>
        <translation>El título de la tarea (por defecto: el de la categoría).</translation>
    </message>
    <message>
        <source>The rule makes no tasks (kept for later).</source>
        <translation>La regla no crea tareas (se guarda para más adelante).</translation>
    </message>
    <message>
        <source>The rule to change.</source>
        <translation>La regla que se cambia.</translation>
    </message>
    <message>
        <source>done ID | undo ID | rules | rule CATEGORY | rule-remove ID (without: list)</source>
        <translation>done ID | undo ID | rules | rule CATEGORÍA | rule-remove ID (sin acción: listar)</translation>
    </message>
    <message>
        <source>This desktop&apos;s user is nobody on the staff list yet: &apos;staff link ID&apos;.</source>
        <translation>El usuario de esta computadora aún no es nadie de la lista del personal: &apos;staff link ID&apos;.</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>  (done)</source>
        <translation>  (hecha)</translation>
    </message>
    <message>
        <source>  (off)</source>
        <translation>  (desactivada)</translation>
    </message>
    <message>
        <source>--days needs a whole number of days.</source>
        <translation>--days necesita un número entero de días.</translation>
    </message>
    <message>
        <source>use &apos;tasks&apos;, &apos;tasks done ID&apos; or &apos;tasks undo ID&apos;.</source>
        <translation>use &apos;tasks&apos;, &apos;tasks done ID&apos; o &apos;tasks undo ID&apos;.</translation>
    </message>
    <message>
        <source>Roles on a shared PostgreSQL database, enforced by the database itself. &apos;db-roles setup&apos; creates them and grants what each may do (run it as the database&apos;s owner, and again after each upgrade). &apos;db-roles add LOGIN --role ROLE --name NAME&apos; gives a person a login of their own (set its password with psql&apos;s \password) and adds them to the staff list.</source>
        <translation>Roles en una base de datos PostgreSQL compartida, aplicados por la propia base de datos. &apos;db-roles setup&apos; los crea y concede lo que cada uno puede hacer (ejecútelo como propietario de la base de datos, y de nuevo tras cada actualización). &apos;db-roles add USUARIO --role ROL --name NOMBRE&apos; da a una persona su propio usuario de acceso (defina la contraseña con \password de psql) y la agrega a la lista del personal.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>El nombre de la persona.</translation>
    </message>
    <message>
        <source>setup | add LOGIN</source>
        <translation>setup | add USUARIO</translation>
    </message>
    <message>
        <source>Roles set up: casewatch_admin, casewatch_attorney, casewatch_paralegal, casewatch_readonly.</source>
        <translation>Roles configurados: casewatch_admin, casewatch_attorney, casewatch_paralegal, casewatch_readonly.</translation>
    </message>
    <message>
        <source>use &apos;db-roles setup&apos; or &apos;db-roles add LOGIN --role ROLE --name NAME&apos;.</source>
        <translation>use &apos;db-roles setup&apos; o &apos;db-roles add USUARIO --role ROL --name NOMBRE&apos;.</translation>
    </message>
    <message>
        <source>The health of tracking: success rate of status queries, time from USCIS&apos;s change to this firm seeing it, retries and failures by kind, cases due now and in error, the daily quota used and forecast, and the same day by day.</source>
        <translation>La salud del seguimiento: tasa de éxito de las consultas de estado, tiempo desde el cambio en USCIS hasta que el despacho lo ve, reintentos y fallas por tipo, casos pendientes ahora y con error, la cuota diaria usada y prevista, y lo mismo día por día.</translation>
    </message>
    <message>
        <source>How many days back (default 30).</source>
        <translation>Cuántos días hacia atrás (por defecto 30).</translation>
    </message>
    <message>
        <source>--days must be between 1 and 366.</source>
        <translation>--days debe estar entre 1 y 366.</translation>
    </message>
    <message>
        <source>Today: %1 queries, %2 answered (%3%), %4 asked again, %5 failed</source>
        <translation>Hoy: %1 consultas, %2 respondidas (%3%), %4 repetidas, %5 fallidas</translation>
    </message>
    <message>
        <source>Cases: %1 tracked, %2 due now, %3 in error</source>
        <translation>Casos: %1 en seguimiento, %2 pendientes ahora, %3 con error</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 used today, %3 forecast</source>
        <translation>Cuota: %1 de %2 usadas hoy, %3 previstas</translation>
    </message>
    <message>
        <source>Changes seen a median %1 h after USCIS made them (90%: %2 h; %3 changes)</source>
        <translation>Cambios vistos una mediana de %1 h después de que USCIS los hizo (90 %: %2 h; %3 cambios)</translation>
    </message>
    <message>
        <source>read I-797 notices (PDFs, photos, fax scans) and track their receipts</source>
        <translation>leer avisos I-797 (PDF, fotos, faxes escaneados) y seguir sus recibos</translation>
    </message>
    <message>
        <source>list the tasks status changes made; mark one done or open it again</source>
        <translation>listar las tareas creadas por cambios de estado; marcar una como hecha o volver a abrirla</translation>
    </message>
    <message>
        <source>the firm&apos;s staff, and who this desktop&apos;s user is</source>
        <translation>el personal del despacho, y quién es el usuario de esta computadora</translation>
    </message>
    <message>
        <source>set the attorney and paralegal responsible for a profile or cases</source>
        <translation>definir el abogado y el asistente legal responsables de un perfil o de casos</translation>
    </message>
    <message>
        <source>how well tracking works: success rate, time to see a change, quota</source>
        <translation>qué tan bien funciona el seguimiento: tasa de éxito, tiempo para ver un cambio, cuota</translation>
    </message>
    <message>
        <source>roles on a shared PostgreSQL database, enforced by the database</source>
        <translation>roles en una base de datos PostgreSQL compartida, aplicados por la base de datos</translation>
    </message>
</context>
<context>
    <name>ClientUpdates</name>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>&quot;%1&quot; no es una categoría.</translation>
    </message>
    <message>
        <source>The case is no longer tracked.</source>
        <translation>El caso ya no está en seguimiento.</translation>
    </message>
    <message>
        <source>The letter could not be stored. Try again.</source>
        <translation>No se pudo guardar la carta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name inside it.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos. Elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (%2). Check its permissions.</source>
        <translation>No se puede leer el archivo de base de datos %1 (%2). Revise sus permisos.</translation>
    </message>
    <message>
        <source>%1 is not a CaseWatch database (it is not a SQLite file, or it is damaged). The file was left untouched; choose another file or restore a backup.</source>
        <translation>%1 no es una base de datos de CaseWatch (no es un archivo SQLite o está dañado). El archivo no se modificó; elija otro archivo o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check that the location exists and that you may write there.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que la ubicación existe y que tiene permiso de escritura.</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>abrir la base de datos</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CaseWatch (schema %2; this version knows up to %3). Update CaseWatch; the file was left untouched.</source>
        <translation>%1 fue escrito por una versión más reciente de CaseWatch (esquema %2; esta versión conoce hasta el %3). Actualice CaseWatch; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is locked by another program or CaseWatch window. Close the other program and try again.</source>
        <translation>No se pudo %1: la base de datos %2 está bloqueada por otro programa o ventana de CaseWatch. Cierre el otro programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is damaged or is not a CaseWatch database. The file was left as it is; restore a backup or choose another file.</source>
        <translation>No se pudo %1: la base de datos %2 está dañada o no es una base de datos de CaseWatch. El archivo se dejó como estaba; restaure una copia de seguridad o elija otro archivo.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is read-only. Check the file&apos;s permissions or choose a writable location.</source>
        <translation>No se pudo %1: la base de datos %2 es de solo lectura. Revise los permisos del archivo o elija una ubicación con permiso de escritura.</translation>
    </message>
    <message>
        <source>Could not %1: the disk holding %2 is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>No se pudo %1: el disco que contiene %2 está lleno. Libere espacio e inténtelo de nuevo; no se perdió nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 cannot be opened. Check that the folder exists and that you may write there.</source>
        <translation>No se pudo %1: no se puede abrir la base de datos %2. Compruebe que la carpeta existe y que tiene permiso de escritura.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3</source>
        <translation>No se pudo %1 en %2: %3</translation>
    </message>
    <message>
        <source>read or write the database</source>
        <translation>leer o escribir la base de datos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address. Write it as postgresql://user@server:5432/database.</source>
        <translation>&quot;%1&quot; no es una dirección de PostgreSQL. Escríbala como postgresql://usuario@servidor:5432/base.</translation>
    </message>
    <message>
        <source>The database address contains a password. Remove it from the address: CaseWatch keeps the password in the system keychain (or PostgreSQL&apos;s own .pgpass file).</source>
        <translation>La dirección de la base de datos contiene una contraseña. Quítela de la dirección: CaseWatch guarda la contraseña en el llavero del sistema (o en el archivo .pgpass de PostgreSQL).</translation>
    </message>
    <message>
        <source>connect to the database</source>
        <translation>conectar con la base de datos</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CaseWatch (schema %2; this version knows up to %3). Update CaseWatch on this computer; nothing was changed.</source>
        <translation>%1 la escribió una versión más reciente de CaseWatch (esquema %2; esta versión conoce hasta el %3). Actualice CaseWatch en esta computadora; no se cambió nada.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created (%2). Check that you may write in that folder.</source>
        <translation>No se puede crear el archivo de base de datos %1 (%2). Compruebe que puede escribir en esa carpeta.</translation>
    </message>
    <message>
        <source>Could not %1: your role in the firm&apos;s shared database does not allow it. Ask the firm&apos;s CaseWatch administrator.</source>
        <translation>No se pudo %1: su rol en la base de datos compartida del despacho no lo permite. Consulte al administrador de CaseWatch del despacho.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>The two databases are at different schema versions (%1 and %2). Open both with this version of CaseWatch first.</source>
        <translation>Las dos bases de datos tienen versiones de esquema distintas (%1 y %2). Ábralas antes con esta versión de CaseWatch.</translation>
    </message>
    <message>
        <source>The target database already holds data (table %1). Copy only into an empty database, so that nothing there is mixed or overwritten.</source>
        <translation>La base de datos de destino ya contiene datos (tabla %1). Copie solo en una base vacía, para que nada se mezcle ni se sobrescriba.</translation>
    </message>
    <message>
        <source>Table %1: %2 rows in the source but %3 in the copy. The copy is not usable; the source is unchanged.</source>
        <translation>Tabla %1: %2 filas en el origen pero %3 en la copia. La copia no es utilizable; el origen no ha cambiado.</translation>
    </message>
    <message>
        <source>backup copies a SQLite database file. Back up a PostgreSQL database with pg_dump.</source>
        <translation>backup copia un archivo de base de datos SQLite. Haga la copia de una base PostgreSQL con pg_dump.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing file is never overwritten.</source>
        <translation>%1 ya existe. Elija un nombre de archivo nuevo; nunca se sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check; do not rely on it.</source>
        <translation>La copia de seguridad %1 no superó la comprobación de integridad; no confíe en ella.</translation>
    </message>
</context>
<context>
    <name>DatabaseRoles</name>
    <message>
        <source>Roles are for a shared PostgreSQL database; a SQLite file has one user, its administrator.</source>
        <translation>Los roles son para una base de datos PostgreSQL compartida; un archivo SQLite tiene un solo usuario, su administrador.</translation>
    </message>
    <message>
        <source>The database schema &quot;%1&quot; has an unusual name; set the roles up by hand.</source>
        <translation>El esquema de la base de datos “%1” tiene un nombre inusual; configure los roles a mano.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (for example maria.lopez).</source>
        <translation>“%1” no puede ser un usuario de acceso: use minúsculas, dígitos, &apos;.&apos;, &apos;-&apos; o &apos;_&apos; (por ejemplo, maria.lopez).</translation>
    </message>
    <message>
        <source>Your role may not %1. Ask the firm&apos;s CaseWatch administrator.</source>
        <translation>Su rol no permite %1. Consulte al administrador de CaseWatch del despacho.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group in the database, not a person&apos;s login.</source>
        <translation>“%1” es un grupo de la base de datos, no el usuario de acceso de una persona.</translation>
    </message>
</context>
<context>
    <name>DeadlineStore</name>
    <message>
        <source>CaseWatch deadlines</source>
        <translation>Plazos de CaseWatch</translation>
    </message>
    <message>
        <source>Counted by CaseWatch from the notice&apos;s date; check the notice itself.</source>
        <translation>Calculado por CaseWatch a partir de la fecha del aviso; compruébelo en el propio aviso.</translation>
    </message>
    <message>
        <source>Date as USCIS wrote it in the case status.</source>
        <translation>Fecha tal como USCIS la escribió en el estado del caso.</translation>
    </message>
    <message>
        <source>RFE response due</source>
        <translation>Vence la respuesta a la Solicitud de Evidencia</translation>
    </message>
    <message>
        <source>Response to intent to deny due</source>
        <translation>Vence la respuesta al Aviso de Intención de Denegar</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Biometrics appointment</source>
        <translation>Cita de datos biométricos</translation>
    </message>
    <message>
        <source>There is no deadline %1 (it may have been removed with its case). List them with &apos;casewatch-cli deadlines --all&apos;.</source>
        <translation>No hay ningún plazo %1 (puede haberse quitado con su caso). Lístelos con &apos;casewatch-cli deadlines --all&apos;.</translation>
    </message>
</context>
<context>
    <name>DirectoryCredentialStore</name>
    <message>
        <source>The credential file %1 cannot be read (or is over 64 KiB). Check the service&apos;s LoadCredential= line and the file&apos;s permissions.</source>
        <translation>No se puede leer el archivo de credenciales %1 (o supera 64 KiB). Revise la línea LoadCredential= del servicio y los permisos del archivo.</translation>
    </message>
    <message>
        <source>The credentials come from the service manager (%1) and cannot be changed from here: replace the credential file and restart the service.</source>
        <translation>Las credenciales vienen del administrador de servicios (%1) y no se pueden cambiar desde aquí: reemplace el archivo de credenciales y reinicie el servicio.</translation>
    </message>
</context>
<context>
    <name>FirmWebhook</name>
    <message>
        <source>This desktop&apos;s webhook signing secret is not the firm&apos;s (set by %1 on %2), so it sends nothing; the other desktops go on delivering. Enter the firm&apos;s secret in File ▸ Webhook… (or &quot;casewatch-cli webhook set&quot;).</source>
        <translation>El secreto de firma del webhook de esta computadora no es el del despacho (configurado por %1 el %2), así que no envía nada; las demás computadoras siguen entregando. Introduzca el secreto del despacho en Archivo ▸ Webhook… (o con &quot;casewatch-cli webhook set&quot;).</translation>
    </message>
    <message>
        <source>another desktop</source>
        <translation>otra computadora</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>un día anterior</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Rate limited (429), asked again</source>
        <translation>Límite de velocidad (429), consultada de nuevo</translation>
    </message>
    <message>
        <source>Sign-in refused (401)</source>
        <translation>Inicio de sesión rechazado (401)</translation>
    </message>
    <message>
        <source>Credentials missing or refused</source>
        <translation>Credenciales ausentes o rechazadas</translation>
    </message>
    <message>
        <source>Temporary failure (%1), asked again</source>
        <translation>Falla temporal (%1), consultada de nuevo</translation>
    </message>
    <message>
        <source>USCIS could not answer for the case (%1)</source>
        <translation>USCIS no pudo responder por el caso (%1)</translation>
    </message>
</context>
<context>
    <name>I797Extractor</name>
    <message>
        <source>%1 was not found or is not a file.</source>
        <translation>No se encontró %1 o no es un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that you may open it.</source>
        <translation>No se puede leer %1 (%2). Compruebe que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Save or scan the notice again.</source>
        <translation>%1 está vacío (0 bytes). Vuelva a guardar o escanear el aviso.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be a notice.</source>
        <translation>%1 es demasiado grande (%2 MB) para ser un aviso.</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end (%2).</source>
        <translation>No se puede leer %1 hasta el final (%2).</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it, save a copy without the password, and drop that.</source>
        <translation>%1 está protegido con contraseña. Ábralo, guarde una copia sin contraseña y arrastre esa copia.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete and cannot be opened as a PDF. Download or scan it again.</source>
        <translation>%1 está dañado o incompleto y no se puede abrir como PDF. Descárguelo o escanéelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 has no pages. Download or scan it again.</source>
        <translation>%1 no tiene páginas. Descárguelo o escanéelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 has %2 pages; an I-797 notice has a few. Split the file into its notices (at most %3 pages each) and drop those.</source>
        <translation>%1 tiene %2 páginas; un aviso I-797 tiene pocas. Divida el archivo en sus avisos (como máximo %3 páginas cada uno) y arrastre esos.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Se canceló la lectura de %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be rendered.</source>
        <translation>No se puede representar la página %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 took longer than %n second(s), so it was stopped. If it is a notice, scan it again at 300 dpi or add the receipt by hand.</source>
        <translation>
            <numerusform>La lectura de %1 tardó más de %n segundo, así que se detuvo. Si es un aviso, escanéelo de nuevo a 300 ppp o agregue el número de recibo a mano.</numerusform>
            <numerusform>La lectura de %1 tardó más de %n segundos, así que se detuvo. Si es un aviso, escanéelo de nuevo a 300 ppp o agregue el número de recibo a mano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 took too long to read, so reading stopped. Scan it again at 300 dpi, or add the receipt by hand.</source>
        <translation>La página %1 de %2 tardó demasiado en leerse, así que la lectura se detuvo. Escanéela de nuevo a 300 ppp o agregue el número de recibo a mano.</translation>
    </message>
    <message>
        <source>No USCIS receipt number was found in the first %1 scanned pages of %2 (it has %3 more). Split the file into its notices and drop those.</source>
        <translation>No se encontró ningún número de recibo de USCIS en las primeras %1 páginas escaneadas de %2 (tiene %3 más). Divida el archivo en sus avisos y arrastre esos.</translation>
    </message>
    <message>
        <source>No USCIS receipt number was found in %1. If it is an I-797 notice, check that the scan is readable, or add the receipt by hand.</source>
        <translation>No se encontró ningún número de recibo de USCIS en %1. Si es un aviso I-797, compruebe que el escaneo sea legible, o agregue el recibo a mano.</translation>
    </message>
    <message>
        <source>No USCIS receipt number was found in %1. If it is a photo of an I-797 notice, take it again straight above the page in good light, or add the receipt by hand.</source>
        <translation>No se encontró ningún número de recibo de USCIS en %1. Si es una foto de un aviso I-797, tómela de nuevo justo encima de la página y con buena luz, o agregue el recibo a mano.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a picture. CaseWatch reads I-797 notices saved or scanned as PDF, and photos or scans of them (JPEG, PNG, TIFF and other common picture formats).</source>
        <translation>%1 no es un PDF ni una imagen. CaseWatch lee avisos I-797 guardados o escaneados como PDF, y fotos o escaneos de ellos (JPEG, PNG, TIFF y otros formatos de imagen comunes).</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>%1 is a HEIC photo, which this computer cannot read. On the phone, share the photo as JPEG (&quot;Most Compatible&quot;), or save it as PDF, and drop that.</source>
        <translation>%1 es una foto HEIC, que esta computadora no puede leer. En el teléfono, comparta la foto como JPEG (“Más compatible”), o guárdela como PDF, y arrastre ese archivo.</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but cannot be read (%3). Save or scan it again.</source>
        <translation>%1 parece una imagen %2, pero no se puede leer (%3). Guárdela o escanéela de nuevo.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be read. Save or scan it again.</source>
        <translation>No se puede leer la página %1 de %2. Guarde o escanee el archivo de nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a %2 image (%3). Save or scan it again.</source>
        <translation>%1 no se puede leer como imagen %2 (%3). Guárdela o escanéela de nuevo.</translation>
    </message>
    <message>
        <source>%1 is a picture of %2 megapixels, more than a notice needs or than CaseWatch reads. Take the photo again at the camera&apos;s normal size, or scan the notice at 300 dpi.</source>
        <translation>%1 es una imagen de %2 megapíxeles, más de lo que necesita un aviso o de lo que CaseWatch lee. Tome la foto de nuevo con el tamaño normal de la cámara, o escanee el aviso a 300 ppp.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be waiting for a password prompt: unlock it and try again.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo. Puede estar esperando una contraseña: desbloquéelo e inténtelo de nuevo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos. Puede estar esperando una contraseña: desbloquéelo e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (log in to the desktop session, or open &quot;Passwords and Keys&quot;) and try again.</source>
        <translation>El llavero está bloqueado. Desbloquéelo (inicie sesión en el escritorio o abra &quot;Contraseñas y claves&quot;) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Access to the keyring was refused. Allow CaseWatch to use the keyring when asked, then try again.</source>
        <translation>Se denegó el acceso al llavero. Permita que CaseWatch use el llavero cuando se le pregunte e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keyring is locked or has not been created yet. Log in to the desktop session (or unlock the &quot;login&quot; keyring) and try again.</source>
        <translation>El llavero está bloqueado o aún no se ha creado. Inicie sesión en el escritorio (o desbloquee el llavero &quot;login&quot;) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>El llavero informó un error: %1</translation>
    </message>
    <message>
        <source>No keyring service is running, so secrets (the USCIS credentials, the webhook signing secret) cannot be kept safely. Start GNOME Keyring or KWallet (on a desktop session they start with it) and try again.</source>
        <translation>No hay ningún servicio de llavero en ejecución, así que los secretos (las credenciales de USCIS, el secreto de firma del webhook) no se pueden guardar de forma segura. Inicie GNOME Keyring o KWallet (en una sesión de escritorio se inician con ella) e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>The %1 template needs both a subject and a text.</source>
        <translation>La plantilla en %1 necesita un asunto y un texto.</translation>
    </message>
    <message>
        <source>The %1 template uses {%2}, which CaseWatch does not know. Use one of: %3.</source>
        <translation>La plantilla en %1 usa {%2}, que CaseWatch no conoce. Use uno de estos: %3.</translation>
    </message>
    <message>
        <source>The %1 template has a brace that is not part of a {placeholder}.</source>
        <translation>La plantilla en %1 tiene una llave que no forma parte de un {marcador}.</translation>
    </message>
</context>
<context>
    <name>ObservationStore</name>
    <message>
        <source>The case was removed while it was being checked.</source>
        <translation>El caso se eliminó mientras se consultaba.</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>Text recognition (OCR) is not available: Tesseract&apos;s English language data was not found. Install the &quot;tesseract-ocr-eng&quot; package (or reinstall CaseWatch), or set TESSDATA_PREFIX.</source>
        <translation>El reconocimiento de texto (OCR) no está disponible: no se encontraron los datos de idioma inglés de Tesseract. Instale el paquete &quot;tesseract-ocr-eng&quot; (o reinstale CaseWatch), o defina TESSDATA_PREFIX.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Se canceló la lectura.</translation>
    </message>
    <message numerus="yes">
        <source>Reading a scanned page took longer than %n second(s), so it was stopped.</source>
        <translation>
            <numerusform>La lectura de una página escaneada tardó más de %n segundo, así que se detuvo.</numerusform>
            <numerusform>La lectura de una página escaneada tardó más de %n segundos, así que se detuvo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollLeadership</name>
    <message>
        <source>the polling server on %1</source>
        <translation>el servidor de consultas en %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The database has no poller lease for %1.</source>
        <translation>La base de datos no tiene un turno de consultas para %1.</translation>
    </message>
    <message>
        <source>the polling server</source>
        <translation>el servidor de consultas</translation>
    </message>
</context>
<context>
    <name>PollSchedule</name>
    <message>
        <source>This receipt number is not valid: correct it to check the case.</source>
        <translation>Este número de recibo no es válido: corríjalo para consultar el caso.</translation>
    </message>
</context>
<context>
    <name>PostgresTls</name>
    <message>
        <source>The database address&apos;s %1 contains a semicolon, which CaseWatch cannot pass on. Move the file to a path without one.</source>
        <translation>El valor %1 de la dirección de la base de datos contiene un punto y coma, que CaseWatch no puede transmitir. Mueva el archivo a una ruta sin punto y coma.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not a PostgreSQL SSL mode. Use verify-full (the default for a server on the network), verify-ca, require, prefer, allow or disable.</source>
        <translation>sslmode=%1 no es un modo SSL de PostgreSQL. Use verify-full (el predeterminado para un servidor en la red), verify-ca, require, prefer, allow o disable.</translation>
    </message>
    <message>
        <source>The database address has a setting CaseWatch does not use (%1). It understands sslmode, sslrootcert and application_name.</source>
        <translation>La dirección de la base de datos tiene un ajuste que CaseWatch no usa (%1). Entiende sslmode, sslrootcert y application_name.</translation>
    </message>
    <message>
        <source>The root certificate %1 named in the database address cannot be read. Check the path and its permissions.</source>
        <translation>No se puede leer el certificado raíz %1 indicado en la dirección de la base de datos. Revise la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 is not verified (sslmode=%2 in its address): someone on the network could read or change client data. Ask the firm&apos;s IT to give the server a certificate and remove sslmode from the address.</source>
        <translation>La conexión con el servidor de base de datos %1 no está verificada (sslmode=%2 en su dirección): alguien en la red podría leer o cambiar los datos de los clientes. Pida al personal de informática del despacho que dé un certificado al servidor y quite sslmode de la dirección.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is for %1, not %2: someone may be in between, or the address uses another name for the server. Use the name in its certificate in the address.</source>
        <translation>El certificado del servidor de base de datos es para %1, no para %2: puede haber alguien en medio, o la dirección usa otro nombre para el servidor. Use en la dirección el nombre que figura en su certificado.</translation>
    </message>
    <message>
        <source>There is no root certificate to check the database server %1 with. Put the firm&apos;s root certificate in the address (?sslrootcert=/path/to/root.crt).</source>
        <translation>No hay un certificado raíz con el que comprobar el servidor de base de datos %1. Ponga el certificado raíz del despacho en la dirección (?sslrootcert=/ruta/a/root.crt).</translation>
    </message>
    <message>
        <source>The database server %1&apos;s certificate has expired. Ask the firm&apos;s IT to renew it.</source>
        <translation>El certificado del servidor de base de datos %1 ha caducado. Pida al personal de informática del despacho que lo renueve.</translation>
    </message>
    <message>
        <source>The database server %1&apos;s certificate is not signed by an authority this computer trusts (a self-signed or internal certificate?). Put the firm&apos;s root certificate in the address (?sslrootcert=/path/to/root.crt); CaseWatch did not connect.</source>
        <translation>El certificado del servidor de base de datos %1 no está firmado por una autoridad en la que confíe esta computadora (¿un certificado autofirmado o interno?). Ponga el certificado raíz del despacho en la dirección (?sslrootcert=/ruta/a/root.crt); CaseWatch no se conectó.</translation>
    </message>
    <message>
        <source>The database server %1 does not offer encryption, so CaseWatch did not connect. Ask the firm&apos;s IT to turn on SSL in PostgreSQL (ssl = on).</source>
        <translation>El servidor de base de datos %1 no ofrece cifrado, así que CaseWatch no se conectó. Pida al personal de informática del despacho que active SSL en PostgreSQL (ssl = on).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile with number %1. List the profiles to find the right one.</source>
        <translation>No hay ningún perfil con el número %1. Liste los perfiles para encontrar el correcto.</translation>
    </message>
    <message>
        <source>A profile needs a name: the applicant&apos;s full name, or the petitioner&apos;s name or company.</source>
        <translation>Un perfil necesita un nombre: el nombre completo del solicitante, o el nombre o la empresa del peticionario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Write it as name@example.com, or leave it empty.</source>
        <translation>&quot;%1&quot; no es una dirección de correo. Escríbala como nombre@ejemplo.com o déjela vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number. An A-number is the letter A followed by 7 to 9 digits, e.g. A012345678; leave it empty if the client has none.</source>
        <translation>&quot;%1&quot; no es un número A. Un número A es la letra A seguida de 7 a 9 dígitos, p. ej. A012345678; déjelo vacío si el cliente no tiene uno.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n case(s))</source>
        <translation>
            <numerusform>%1 (con %n caso)</numerusform>
            <numerusform>%1 (con %n casos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileSuggestion</name>
    <message>
        <source>The files were dropped on this profile.</source>
        <translation>Los archivos se arrastraron a este perfil.</translation>
    </message>
    <message>
        <source>“%1” on the notice matches the profile “%2”.</source>
        <translation>“%1” en el aviso coincide con el perfil “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” on the notice matches %n profile(s) equally well (%2): choose one.</source>
        <translation>
            <numerusform>“%1” en el aviso coincide con %n perfil (%2): elija uno.</numerusform>
            <numerusform>“%1” en el aviso coincide igual de bien con %n perfiles (%2): elija uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile matches “%1”: a new profile will be made with that name.</source>
        <translation>Ningún perfil coincide con “%1”: se creará un perfil nuevo con ese nombre.</translation>
    </message>
    <message>
        <source>No applicant or petitioner name could be read on the notice: choose a profile.</source>
        <translation>No se pudo leer en el aviso el nombre de ningún solicitante ni peticionario: elija un perfil.</translation>
    </message>
</context>
<context>
    <name>ReceiptNumber</name>
    <message>
        <source>Vermont Service Center</source>
        <translation>Centro de Servicio de Vermont</translation>
    </message>
    <message>
        <source>California Service Center</source>
        <translation>Centro de Servicio de California</translation>
    </message>
    <message>
        <source>Nebraska Service Center</source>
        <translation>Centro de Servicio de Nebraska</translation>
    </message>
    <message>
        <source>Texas Service Center</source>
        <translation>Centro de Servicio de Texas</translation>
    </message>
    <message>
        <source>National Benefits Center</source>
        <translation>Centro Nacional de Beneficios</translation>
    </message>
    <message>
        <source>Missouri Service Center (National Benefits Center)</source>
        <translation>Centro de Servicio de Misuri (Centro Nacional de Beneficios)</translation>
    </message>
    <message>
        <source>USCIS Electronic Immigration System (online filing)</source>
        <translation>Sistema Electrónico de Inmigración de USCIS (presentación en línea)</translation>
    </message>
    <message>
        <source>Potomac Service Center</source>
        <translation>Centro de Servicio de Potomac</translation>
    </message>
    <message>
        <source>The prefix %1 is not one of the USCIS service centers this app knows (%2). Check the number against the notice; it is kept as entered.</source>
        <translation>El prefijo %1 no es uno de los centros de servicio de USCIS que conoce esta aplicación (%2). Compare el número con el aviso; se guarda tal como se escribió.</translation>
    </message>
    <message>
        <source>No receipt number was given. A receipt number looks like EAC9912345678: three letters and ten digits.</source>
        <translation>No se indicó ningún número de recibo. Un número de recibo tiene la forma EAC9912345678: tres letras y diez dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains the character &apos;%2&apos;, which cannot be part of a receipt number. Use only three letters and ten digits, e.g. EAC9912345678.</source>
        <translation>&quot;%1&quot; contiene el carácter &apos;%2&apos;, que no puede formar parte de un número de recibo. Use solo tres letras y diez dígitos, p. ej. EAC9912345678.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with the three-letter office prefix (such as EAC, WAC, LIN, SRC, NBC, MSC or IOE). Copy the number from the notice including its letters.</source>
        <translation>&quot;%1&quot; no empieza con el prefijo de tres letras de la oficina (como EAC, WAC, LIN, SRC, NBC, MSC o IOE). Copie el número del aviso incluidas sus letras.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; starts with %n letter(s); a receipt number starts with exactly three (such as EAC or IOE).</source>
        <translation>
            <numerusform>&quot;%1&quot; empieza con %n letra; un número de recibo empieza con exactamente tres (como EAC o IOE).</numerusform>
            <numerusform>&quot;%1&quot; empieza con %n letras; un número de recibo empieza con exactamente tres (como EAC o IOE).</numerusform>
        </translation>
    </message>
    <message>
        <source> Did you mean the digit 0?</source>
        <translation> ¿Quiso escribir el dígito 0?</translation>
    </message>
    <message>
        <source> Did you mean the digit 1?</source>
        <translation> ¿Quiso escribir el dígito 1?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the letter &apos;%2&apos; where a digit belongs: after the three-letter prefix come ten digits.%3</source>
        <translation>&quot;%1&quot; tiene la letra &apos;%2&apos; donde corresponde un dígito: después del prefijo de tres letras vienen diez dígitos.%3</translation>
    </message>
    <message>
        <source>%1 is an asylum-office receipt number. The USCIS Case Status API does not serve asylum-office cases; track it on the asylum office&apos;s own channels.</source>
        <translation>%1 es un número de recibo de una oficina de asilo. La API de estado de casos de USCIS no atiende casos de las oficinas de asilo; siga ese caso por los canales de la propia oficina de asilo.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n digit(s) after the prefix; a receipt number has ten. A digit may be missing.</source>
        <translation>
            <numerusform>&quot;%1&quot; tiene %n dígito después del prefijo; un número de recibo tiene diez. Puede faltar un dígito.</numerusform>
            <numerusform>&quot;%1&quot; tiene %n dígitos después del prefijo; un número de recibo tiene diez. Puede faltar un dígito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n digit(s) after the prefix; a receipt number has ten. Two numbers may have run together, or a digit was typed twice.</source>
        <translation>
            <numerusform>&quot;%1&quot; tiene %n dígito después del prefijo; un número de recibo tiene diez. Quizá se juntaron dos números o se escribió un dígito dos veces.</numerusform>
            <numerusform>&quot;%1&quot; tiene %n dígitos después del prefijo; un número de recibo tiene diez. Quizá se juntaron dos números o se escribió un dígito dos veces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2. %3</source>
        <translation>La actualización de la base de datos al esquema %1 falló; se dejó en el esquema %2. %3</translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation>Asistente legal</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>A member of staff needs a name.</source>
        <translation>Un miembro del personal necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>StatusCategory</name>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Biometrics scheduled</source>
        <translation>Datos biométricos programados</translation>
    </message>
    <message>
        <source>Biometrics taken</source>
        <translation>Datos biométricos tomados</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>RFE issued</source>
        <translation>Solicitud de Evidencia enviada</translation>
    </message>
    <message>
        <source>RFE response received</source>
        <translation>Respuesta a la Solicitud de Evidencia recibida</translation>
    </message>
    <message>
        <source>Intent to deny issued</source>
        <translation>Aviso de Intención de Denegar enviado</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Entrevista programada</translation>
    </message>
    <message>
        <source>Appointment cancelled or rescheduled</source>
        <translation>Cita cancelada o reprogramada</translation>
    </message>
    <message>
        <source>Interview completed</source>
        <translation>Entrevista completada</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Card being produced</source>
        <translation>Tarjeta en producción</translation>
    </message>
    <message>
        <source>Card mailed</source>
        <translation>Tarjeta enviada</translation>
    </message>
    <message>
        <source>Card delivered</source>
        <translation>Tarjeta entregada</translation>
    </message>
    <message>
        <source>Oath ceremony scheduled</source>
        <translation>Juramentación programada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>Fee issue</source>
        <translation>Asunto de tarifas</translation>
    </message>
    <message>
        <source>Document mailed</source>
        <translation>Documento enviado</translation>
    </message>
    <message>
        <source>Mail returned or held</source>
        <translation>Correo devuelto o retenido</translation>
    </message>
    <message>
        <source>Side request received</source>
        <translation>Solicitud adicional recibida</translation>
    </message>
    <message>
        <source>Side request decided</source>
        <translation>Solicitud adicional decidida</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
</context>
<context>
    <name>StatusNormalizer</name>
    <message>
        <source>The status table is not valid JSON: %1</source>
        <translation>La tabla de estados no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The status table names an unknown category &quot;%1&quot;.</source>
        <translation>La tabla de estados nombra una categoría desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The status table has an invalid pattern &quot;%1&quot;: %2</source>
        <translation>La tabla de estados tiene un patrón no válido &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The status table has no rules.</source>
        <translation>La tabla de estados no tiene reglas.</translation>
    </message>
    <message>
        <source>A rule of the status table for &quot;%1&quot; has no phrases.</source>
        <translation>Una regla de la tabla de estados para &quot;%1&quot; no tiene frases.</translation>
    </message>
</context>
<context>
    <name>StatusRuleStore</name>
    <message>
        <source>&quot;%1&quot; is not a category. Use one of: %2.</source>
        <translation>&quot;%1&quot; no es una categoría. Use una de: %2.</translation>
    </message>
    <message>
        <source>The status title is empty.</source>
        <translation>El título de estado está vacío.</translation>
    </message>
    <message>
        <source>The firm has no rule for &quot;%1&quot;. List the rules with: statuses rules.</source>
        <translation>El despacho no tiene ninguna regla para &quot;%1&quot;. Liste las reglas con: statuses rules.</translation>
    </message>
    <message>
        <source>The file is not a CaseWatch status rules file (a JSON object with a &quot;rules&quot; list).</source>
        <translation>El archivo no es un archivo de reglas de estado de CaseWatch (un objeto JSON con una lista &quot;rules&quot;).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Regla &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>Review RFE and plan response</source>
        <translation>Revisar la Solicitud de Evidencia y planear la respuesta</translation>
    </message>
    <message>
        <source>Review intent to deny and plan response</source>
        <translation>Revisar el Aviso de Intención de Denegar y planear la respuesta</translation>
    </message>
    <message>
        <source>Prepare client for interview</source>
        <translation>Preparar al cliente para la entrevista</translation>
    </message>
    <message>
        <source>Remind client of biometrics appointment</source>
        <translation>Recordar al cliente la cita de datos biométricos</translation>
    </message>
    <message>
        <source>Send approval to client</source>
        <translation>Enviar la aprobación al cliente</translation>
    </message>
    <message>
        <source>Review denial and advise client</source>
        <translation>Revisar la denegación y asesorar al cliente</translation>
    </message>
    <message>
        <source>Follow up on status change</source>
        <translation>Dar seguimiento al cambio de estado</translation>
    </message>
    <message>
        <source>A task goes to the responsible attorney or paralegal, not &quot;%1&quot;.</source>
        <translation>Una tarea va al abogado o al asistente legal responsable, no a “%1”.</translation>
    </message>
    <message>
        <source>A task is due counted from the deadline or from the change, not &quot;%1&quot;.</source>
        <translation>El vencimiento de una tarea se cuenta desde la fecha límite o desde el cambio, no desde “%1”.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>No existe la tarea %1.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Task: %1 — %2 (%3; %4)</source>
        <translation>Tarea: %1 — %2 (%3; %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status category (see: casewatch-cli statuses rules).</source>
        <translation>“%1” no es una categoría de estado (vea: casewatch-cli statuses rules).</translation>
    </message>
</context>
<context>
    <name>WebhookDispatcher</name>
    <message>
        <source>&quot;%1&quot; is not a usable webhook address. Give a full https:// address, e.g. https://crm.example.com/hooks/casewatch.</source>
        <translation>&quot;%1&quot; no es una dirección de webhook utilizable. Indique una dirección https:// completa, p. ej. https://crm.example.com/hooks/casewatch.</translation>
    </message>
    <message>
        <source>The webhook address uses plain http to another machine. Client names and case statuses may only travel unencrypted to this computer itself; use https.</source>
        <translation>La dirección del webhook usa http sin cifrar hacia otra computadora. Los nombres de clientes y los estados de casos solo pueden viajar sin cifrar a esta misma computadora; use https.</translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1). Enter its final address.</source>
        <translation>El destino respondió con una redirección (HTTP %1). Escriba su dirección final.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 %2.</source>
        <translation>El destino respondió HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The endpoint refused the connection: is the receiver running?</source>
        <translation>El destino rechazó la conexión: ¿está funcionando el receptor?</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name was not found. Check the address.</source>
        <translation>No se encontró el nombre del servidor de destino. Revise la dirección.</translation>
    </message>
    <message numerus="yes">
        <source>The endpoint did not answer within %n second(s).</source>
        <translation>
            <numerusform>El destino no respondió en %n segundo.</numerusform>
            <numerusform>El destino no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS certificate was not accepted. It must be valid for its host name.</source>
        <translation>No se aceptó el certificado TLS del destino. Debe ser válido para su nombre de servidor.</translation>
    </message>
    <message>
        <source>The endpoint closed the connection without answering.</source>
        <translation>El destino cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>The endpoint could not be reached (network error %1).</source>
        <translation>No se pudo llegar al destino (error de red %1).</translation>
    </message>
    <message numerus="yes">
        <source>Delivery paused after %n failed attempt(s) in a row: %1</source>
        <translation>
            <numerusform>Entrega en pausa tras %n intento fallido: %1</numerusform>
            <numerusform>Entrega en pausa tras %n intentos fallidos seguidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the webhook address and signing secret first.</source>
        <translation>Escriba primero la dirección del webhook y el secreto de firma.</translation>
    </message>
    <message>
        <source>The endpoint accepted the test event (HTTP %1).</source>
        <translation>El destino aceptó el evento de prueba (HTTP %1).</translation>
    </message>
    <message>
        <source>The webhook has no signing secret. Enter one in File ▸ Webhook… (or with &quot;casewatch-cli webhook set&quot;), and give the same secret to the receiver.</source>
        <translation>El webhook no tiene secreto de firma. Escriba uno en Archivo ▸ Webhook… (o con &quot;casewatch-cli webhook set&quot;) y dé el mismo secreto al receptor.</translation>
    </message>
    <message>
        <source>The firm&apos;s webhook is switched off.</source>
        <translation>El webhook del despacho está desactivado.</translation>
    </message>
</context>
<context>
    <name>cw::AboutDialog</name>
    <message>
        <source>About CaseWatch</source>
        <translation>Acerca de CaseWatch</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CaseWatch %1&lt;/h2&gt;&lt;p&gt;Tracks your clients&apos; USCIS cases.&lt;/p&gt;&lt;p&gt;Built with Qt %2. CaseWatch is free software under the GNU General Public License, version 3 or (at your option) any later version; it comes with no warranty. Qt, QtKeychain, Tesseract and the other libraries it ships are used under their own licences (THIRD-PARTY-NOTICES).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Settings:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;USCIS credentials:&lt;/b&gt; the system keychain, service &quot;CaseWatch&quot;&lt;br&gt;&lt;b&gt;Environment:&lt;/b&gt; %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CaseWatch %1&lt;/h2&gt;&lt;p&gt;Sigue los casos de USCIS de sus clientes.&lt;/p&gt;&lt;p&gt;Creado con Qt %2. CaseWatch es software libre bajo la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior; se ofrece sin ninguna garantía. Qt, QtKeychain, Tesseract y las demás bibliotecas que incluye se usan bajo sus propias licencias (THIRD-PARTY-NOTICES).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de datos:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Configuración:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Credenciales de USCIS:&lt;/b&gt; el llavero del sistema, servicio &quot;CaseWatch&quot;&lt;br&gt;&lt;b&gt;Entorno:&lt;/b&gt; %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cw::AddCasesDialog</name>
    <message>
        <source>Add Cases for %1</source>
        <translation>Agregar casos para %1</translation>
    </message>
    <message>
        <source>Paste or type receipt numbers, one per line, e.g.
EAC9999103402
IOE-0912-345-678</source>
        <translation>Pegue o escriba números de recibo, uno por línea, p. ej.
EAC9999103402
IOE-0912-345-678</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>Números de recibo</translation>
    </message>
    <message>
        <source>Optional, e.g. I-485</source>
        <translation>Opcional, p. ej. I-485</translation>
    </message>
    <message>
        <source>Optional note shown with the case</source>
        <translation>Nota opcional que se muestra con el caso</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>Lo que se agregará</translation>
    </message>
    <message>
        <source>&amp;Receipt numbers:</source>
        <translation>Números de &amp;recibo:</translation>
    </message>
    <message>
        <source>&amp;Form type:</source>
        <translation>Tipo de &amp;formulario:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — warning: %2</source>
        <translation>%1 — advertencia: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt number(s) will be added.</source>
        <translation>
            <numerusform>Se agregará %n número de recibo.</numerusform>
            <numerusform>Se agregarán %n números de recibo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) cannot be added and will be skipped.</source>
        <translation>
            <numerusform>%n entrada no se puede agregar y se omitirá.</numerusform>
            <numerusform>%n entradas no se pueden agregar y se omitirán.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::AssignDialog</name>
    <message>
        <source>Assign To</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>(como está)</translation>
    </message>
    <message>
        <source>(nobody: the profile&apos;s)</source>
        <translation>(nadie: el del perfil)</translation>
    </message>
    <message>
        <source>Responsible &amp;attorney:</source>
        <translation>&amp;Abogado responsable:</translation>
    </message>
    <message>
        <source>Responsible &amp;paralegal:</source>
        <translation>A&amp;sistente legal responsable:</translation>
    </message>
</context>
<context>
    <name>cw::CaseDetailsView</name>
    <message>
        <source>Case details</source>
        <translation>Detalles del caso</translation>
    </message>
    <message numerus="yes">
        <source>%n cases selected.</source>
        <translation>
            <numerusform>%n caso seleccionado.</numerusform>
            <numerusform>%n casos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (petitioner)</source>
        <translation>%1 (peticionario)</translation>
    </message>
    <message>
        <source>%1 (applicant)</source>
        <translation>%1 (solicitante)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no consultado</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in this status</source>
        <translation>
            <numerusform>%n día en este estado</numerusform>
            <numerusform>%n días en este estado</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change seen: %1</source>
        <translation>Último cambio visto: %1</translation>
    </message>
    <message>
        <source>Archived: not checked any more</source>
        <translation>Archivado: ya no se consulta</translation>
    </message>
    <message>
        <source>Next check: %1</source>
        <translation>Próxima consulta: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>Decisión prevista</translation>
    </message>
    <message>
        <source>No estimate yet: USCIS has not given this case a received date.</source>
        <translation>Aún no hay estimación: USCIS no ha indicado una fecha de recibo para este caso.</translation>
    </message>
    <message>
        <source>No estimate: this case has waited longer than every similar case took.</source>
        <translation>No hay estimación: este caso ha esperado más de lo que tardó cualquier caso similar.</translation>
    </message>
    <message>
        <source>No estimate yet: not enough similar cases in this firm&apos;s history.</source>
        <translation>Aún no hay estimación: no hay suficientes casos similares en el historial del despacho.</translation>
    </message>
    <message>
        <source>at any office</source>
        <translation>en cualquier oficina</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message numerus="yes">
        <source>whose RFE response was received within %n day(s) of this one&apos;s</source>
        <translation>
            <numerusform>cuya respuesta a la Solicitud de Evidencia se recibió dentro de %n día de la de este</numerusform>
            <numerusform>cuya respuesta a la Solicitud de Evidencia se recibió dentro de %n días de la de este</numerusform>
        </translation>
    </message>
    <message>
        <source>counted from their RFE response</source>
        <translation>contados desde su respuesta a la Solicitud de Evidencia</translation>
    </message>
    <message numerus="yes">
        <source>received within %n day(s) of this one</source>
        <translation>
            <numerusform>recibidos dentro de %n día de este</numerusform>
            <numerusform>recibidos dentro de %n días de este</numerusform>
        </translation>
    </message>
    <message>
        <source>received at any time</source>
        <translation>recibidos en cualquier fecha</translation>
    </message>
    <message>
        <source>Likely decided between %1 and %2 — half of similar cases by %3; from %4 %5 %6 %7 (%8 still pending).</source>
        <translation>Probablemente se decidirá entre el %1 y el %2; la mitad de los casos similares, antes del %3; según %4 %5 %6 %7 (%8 aún pendientes).</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of form</source>
        <translation>
            <numerusform>%n caso del formulario</numerusform>
            <numerusform>%n casos del formulario</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter to the client about this case has been marked as sent.</source>
        <translation>Ninguna carta al cliente sobre este caso se marcó como enviada.</translation>
    </message>
    <message>
        <source>Client last told on %1 (%2), by %3.</source>
        <translation>Último aviso al cliente: %1 (%2), por %3.</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>en español</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en inglés</translation>
    </message>
</context>
<context>
    <name>cw::CaseDialog</name>
    <message>
        <source>&amp;Archived (no longer checked)</source>
        <translation>&amp;Archivado (ya no se consulta)</translation>
    </message>
    <message>
        <source>Edit Case %1</source>
        <translation>Editar caso %1</translation>
    </message>
    <message>
        <source>petitioner</source>
        <translation>peticionario</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>solicitante</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Número de recibo:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Form type:</source>
        <translation>Tipo de &amp;formulario:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
</context>
<context>
    <name>cw::CaseTableModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no consultado</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>USCIS status</source>
        <translation>Estado en USCIS</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Days in status</source>
        <translation>Días en el estado</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Próxima consulta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>Decisión prevista</translation>
    </message>
    <message>
        <source>The form recorded here (%1) is not the form USCIS reports for this receipt (%2). Check the receipt number against the notice, or correct the form (Case › Edit Case…).</source>
        <translation>El formulario registrado aquí (%1) no es el que USCIS indica para este recibo (%2). Compare el número de recibo con el aviso o corrija el formulario (Caso › Editar caso…).</translation>
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
        <translation>Recuento de casos</translation>
    </message>
    <message numerus="yes">
        <source>Show only these %n case(s); click again to show all</source>
        <translation>
            <numerusform>Mostrar solo este caso; otro clic muestra todos</numerusform>
            <numerusform>Mostrar solo estos %n casos; otro clic muestra todos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n caso</numerusform>
            <numerusform>%1: %n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no consultado</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Changed this week</source>
        <translation>Cambiados esta semana</translation>
    </message>
</context>
<context>
    <name>cw::DeadlinesView</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>Fecha según</translation>
    </message>
    <message>
        <source>Deadlines and appointments</source>
        <translation>Plazos y citas</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>USCIS</source>
        <translation>USCIS</translation>
    </message>
    <message>
        <source>counted by CaseWatch</source>
        <translation>calculada por CaseWatch</translation>
    </message>
    <message>
        <source>Show c&amp;losed</source>
        <translation>Mostrar ce&amp;rrados</translation>
    </message>
    <message>
        <source>&amp;Mark Done</source>
        <translation>&amp;Marcar como hecho</translation>
    </message>
    <message>
        <source>Open A&amp;gain</source>
        <translation>&amp;Volver a abrir</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>done (marked by hand)</source>
        <translation>hecho (marcado a mano)</translation>
    </message>
    <message>
        <source>met: USCIS recorded it</source>
        <translation>cumplido: USCIS lo registró</translation>
    </message>
    <message>
        <source>cancelled by USCIS</source>
        <translation>cancelado por USCIS</translation>
    </message>
    <message>
        <source>superseded by a later status</source>
        <translation>reemplazado por un estado posterior</translation>
    </message>
    <message>
        <source>The deadline was not changed</source>
        <translation>El plazo no se modificó</translation>
    </message>
</context>
<context>
    <name>cw::Desk</name>
    <message>
        <source>The shared database is not available</source>
        <translation>La base de datos compartida no está disponible</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Use &amp;This Computer&apos;s Database</source>
        <translation>Usar la base de datos de &amp;esta computadora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>CaseWatch cannot start</source>
        <translation>CaseWatch no puede iniciarse</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>%1 is not tracked in this database.</source>
        <translation>%1 no está en seguimiento en esta base de datos.</translation>
    </message>
    <message>
        <source>Webhook paused: %1</source>
        <translation>Webhook en pausa: %1</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Webhook not started: %1</source>
        <translation>Webhook no iniciado: %1</translation>
    </message>
    <message>
        <source>Reading the USCIS credentials…</source>
        <translation>Leyendo las credenciales de USCIS…</translation>
    </message>
    <message>
        <source>Applying the settings</source>
        <translation>Aplicar la configuración</translation>
    </message>
    <message>
        <source>CaseWatch will restart to apply the new settings.</source>
        <translation>CaseWatch se reiniciará para aplicar la nueva configuración.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet: add people in Team › Staff and Roles first.</source>
        <translation>Todavía no hay nadie en la lista del personal: primero agregue personas en Equipo › Personal y roles.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>No se asignó</translation>
    </message>
    <message numerus="yes">
        <source>%n selected case(s):</source>
        <translation>
            <numerusform>%n caso seleccionado:</numerusform>
            <numerusform>%n casos seleccionados:</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected profile and the cases that follow it:</source>
        <translation>El perfil seleccionado y los casos que lo siguen:</translation>
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
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed</source>
        <translation>
            <numerusform>%n caso cambió</numerusform>
            <numerusform>%n casos cambiaron</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 en %n día</numerusform>
            <numerusform>%1 en %n días</numerusform>
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
        <translation>Consultas de estado por día (respondidas, repetidas, fallidas)</translation>
    </message>
    <message>
        <source>Success rate a day</source>
        <translation>Tasa de éxito por día</translation>
    </message>
    <message>
        <source>Hours from USCIS&apos;s change to seeing it (median a day)</source>
        <translation>Horas desde el cambio en USCIS hasta verlo (mediana por día)</translation>
    </message>
    <message>
        <source>Tracking Health</source>
        <translation>Salud del seguimiento</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>no queries</source>
        <translation>sin consultas</translation>
    </message>
    <message>
        <source>Status queries today</source>
        <translation>Consultas de estado hoy</translation>
    </message>
    <message>
        <source>%1, answered %2</source>
        <translation>%1, respondidas %2</translation>
    </message>
    <message>
        <source>Asked again / failed today</source>
        <translation>Repetidas / fallidas hoy</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>Time to see a change (30 days)</source>
        <translation>Tiempo para ver un cambio (30 días)</translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation>todavía sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>median %1 h, 90% within %2 h (%n change(s))</source>
        <translation>
            <numerusform>mediana %1 h, 90 % en menos de %2 h (%n cambio)</numerusform>
            <numerusform>mediana %1 h, 90 % en menos de %2 h (%n cambios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>%1 tracked, %2 due now, %3 in error</source>
        <translation>%1 en seguimiento, %2 pendientes ahora, %3 con error</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Cuota diaria</translation>
    </message>
    <message>
        <source>%1 of %2 used, %3 expected by %4</source>
        <translation>%1 de %2 usadas, %3 previstas para %4</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1; at most %2 a day</source>
        <translation>%1; como máximo %2 por día</translation>
    </message>
    <message>
        <source>%1; 100 % at the top</source>
        <translation>%1; 100 % arriba</translation>
    </message>
    <message>
        <source>%1; at most %2 h</source>
        <translation>%1; como máximo %2 h</translation>
    </message>
</context>
<context>
    <name>cw::ImportReviewDialog</name>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Detener la lectura</translation>
    </message>
    <message>
        <source>Import I-797 Notices</source>
        <translation>Importar avisos I-797</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>Fecha del aviso</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Priority date</source>
        <translation>Fecha de prioridad</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Leído de</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Receipt numbers found</source>
        <translation>Números de recibo encontrados</translation>
    </message>
    <message>
        <source>&amp;Add Cases</source>
        <translation>&amp;Agregar casos</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Leyendo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>OCR (check it)</source>
        <translation>OCR (revíselo)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>New applicant: %1</source>
        <translation>Nuevo solicitante: %1</translation>
    </message>
    <message>
        <source>New petitioner: %1</source>
        <translation>Nuevo peticionario: %1</translation>
    </message>
    <message>
        <source>Already tracked</source>
        <translation>Ya se sigue</translation>
    </message>
    <message>
        <source>This file was imported on %1</source>
        <translation>Este archivo se importó el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt number(s) found</source>
        <translation>
            <numerusform>%n número de recibo encontrado</numerusform>
            <numerusform>%n números de recibo encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n archivo no se pudo leer</numerusform>
            <numerusform>%n archivos no se pudieron leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading was stopped after %n file(s)</source>
        <translation>
            <numerusform>la lectura se detuvo tras %n archivo</numerusform>
            <numerusform>la lectura se detuvo tras %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Case(s)</source>
        <translation>
            <numerusform>&amp;Agregar %n caso</numerusform>
            <numerusform>&amp;Agregar %n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Some cases were not added</source>
        <translation>Algunos casos no se agregaron</translation>
    </message>
    <message>
        <source>Receipt notice</source>
        <translation>Aviso de recibo</translation>
    </message>
    <message>
        <source>Approval notice</source>
        <translation>Aviso de aprobación</translation>
    </message>
    <message>
        <source>Request for evidence</source>
        <translation>Solicitud de evidencia</translation>
    </message>
    <message>
        <source>Intent to deny</source>
        <translation>Aviso de Intención de Denegar</translation>
    </message>
    <message>
        <source>Transfer notice</source>
        <translation>Aviso de traslado</translation>
    </message>
    <message>
        <source>Interview notice</source>
        <translation>Aviso de entrevista</translation>
    </message>
    <message>
        <source>Biometrics appointment</source>
        <translation>Cita de datos biométricos</translation>
    </message>
    <message>
        <source>Rejection notice</source>
        <translation>Aviso de rechazo</translation>
    </message>
    <message>
        <source>Decision (denial)</source>
        <translation>Decisión (denegación)</translation>
    </message>
    <message>
        <source>Other notice</source>
        <translation>Otro aviso</translation>
    </message>
    <message>
        <source>Why this profile</source>
        <translation>Por qué este perfil</translation>
    </message>
    <message>
        <source>No notices (PDFs or pictures) were found in what was dropped.</source>
        <translation>No se encontraron avisos (PDF o imágenes) en lo que se arrastró.</translation>
    </message>
    <message>
        <source>OCR, page turned %1° (check it)</source>
        <translation>OCR, página girada %1° (compruébelo)</translation>
    </message>
    <message>
        <source>Read from a scan or photo: compare the receipt number with the paper before adding it.</source>
        <translation>Leído de un escaneo o una foto: compare el número de recibo con el papel antes de agregarlo.</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Elija un perfil…</translation>
    </message>
    <message>
        <source>Choose a profile for each checked receipt first.</source>
        <translation>Primero elija un perfil para cada recibo marcado.</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Elegido por usted.</translation>
    </message>
    <message numerus="yes">
        <source>No receipt number on %n page(s): %1 (a cover sheet?)</source>
        <translation>
            <numerusform>Sin número de recibo en %n página: %1 (¿una portada de fax?)</numerusform>
            <numerusform>Sin número de recibo en %n páginas: %1 (¿una portada de fax?)</numerusform>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>&amp;Remove Profile</source>
        <translation>E&amp;liminar perfil</translation>
    </message>
    <message>
        <source>&amp;Add Cases…</source>
        <translation>&amp;Agregar casos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation>E&amp;ditar caso…</translation>
    </message>
    <message>
        <source>Re&amp;move Cases</source>
        <translation>&amp;Quitar casos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Profiles could not be loaded</source>
        <translation>No se pudieron cargar los perfiles</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases could not be loaded</source>
        <translation>No se pudieron cargar los casos</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>Peticionario</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>El perfil no se guardó</translation>
    </message>
    <message>
        <source>Profile %1 created.</source>
        <translation>Perfil %1 creado.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and the %n case(s) tracked for this profile, with their history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar a %1 y el %n caso en seguimiento de este perfil, con su historial? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar a %1 y los %n casos en seguimiento de este perfil, con su historial? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile was not removed</source>
        <translation>El perfil no se eliminó</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added.</source>
        <translation>
            <numerusform>%n caso agregado.</numerusform>
            <numerusform>%n casos agregados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some receipt numbers were not added</source>
        <translation>Algunos números de recibo no se agregaron</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added. These entries were skipped:</source>
        <translation>
            <numerusform>%n caso agregado. Se omitieron estas entradas:</numerusform>
            <numerusform>%n casos agregados. Se omitieron estas entradas:</numerusform>
        </translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>El caso no se guardó</translation>
    </message>
    <message>
        <source>Remove Cases</source>
        <translation>Quitar casos</translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n case(s) and delete their stored history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Dejar de seguir %n caso y borrar su historial guardado? No se puede deshacer.</numerusform>
            <numerusform>¿Dejar de seguir %n casos y borrar su historial guardado? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>A case was not removed</source>
        <translation>Un caso no se quitó</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>Consultar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>CaseWatch — %1</source>
        <translation>CaseWatch — %1</translation>
    </message>
    <message>
        <source>Cases cannot be checked</source>
        <translation>No se pueden consultar los casos</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n case(s) with USCIS…</source>
        <translation>
            <numerusform>Consultando %n caso con USCIS…</numerusform>
            <numerusform>Consultando %n casos con USCIS…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>&amp;Pausar consultas</translation>
    </message>
    <message>
        <source>Stop asking USCIS in the background until you resume</source>
        <translation>Deja de consultar a USCIS en segundo plano hasta que reanude</translation>
    </message>
    <message>
        <source>&amp;About CaseWatch</source>
        <translation>&amp;Acerca de CaseWatch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Webhook…</source>
        <translation>&amp;Webhook…</translation>
    </message>
    <message>
        <source>Send status changes to the firm&apos;s own systems</source>
        <translation>Enviar los cambios de estado a los sistemas del despacho</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added from the notices.</source>
        <translation>
            <numerusform>%n caso agregado desde los avisos.</numerusform>
            <numerusform>%n casos agregados desde los avisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import I-797 Notices…</source>
        <translation>&amp;Importar avisos I-797…</translation>
    </message>
    <message>
        <source>Import I-797 Notices</source>
        <translation>Importar avisos I-797</translation>
    </message>
    <message>
        <source>Filter cases: receipt, client, form, status… (Ctrl+F)</source>
        <translation>Filtrar casos: recibo, cliente, formulario, estado… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrar casos</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Loading every case…</source>
        <translation>Cargando todos los casos…</translation>
    </message>
    <message>
        <source>&lt;b&gt;All cases&lt;/b&gt;&lt;br&gt;Every client of the firm</source>
        <translation>&lt;b&gt;Todos los casos&lt;/b&gt;&lt;br&gt;Todos los clientes del despacho</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 de %2 casos</translation>
    </message>
    <message>
        <source>Add receipt numbers to the selected profile</source>
        <translation>Agregar números de recibo al perfil seleccionado</translation>
    </message>
    <message>
        <source>Ask USCIS for the status of the selected cases now (F5)</source>
        <translation>Consultar ahora a USCIS el estado de los casos seleccionados (F5)</translation>
    </message>
    <message>
        <source>&amp;Copy Receipt Number</source>
        <translation>&amp;Copiar número de recibo</translation>
    </message>
    <message>
        <source>Open on the &amp;USCIS Website</source>
        <translation>Abrir en el sitio web de &amp;USCIS</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Open USCIS&apos;s Case Status Online page, with the receipt number copied to paste in</source>
        <translation>Abrir la página &quot;Case Status Online&quot; de USCIS, con el número de recibo copiado para pegarlo</translation>
    </message>
    <message>
        <source>&amp;Filter Cases</source>
        <translation>&amp;Filtrar casos</translation>
    </message>
    <message>
        <source>Search &amp;Profiles</source>
        <translation>Buscar &amp;perfiles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n receipt number(s).</source>
        <translation>
            <numerusform>%n número de recibo copiado.</numerusform>
            <numerusform>%n números de recibo copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No web browser could be opened. The receipt number %1 is copied: paste it at %2.</source>
        <translation>No se pudo abrir un navegador. El número de recibo %1 está copiado: péguelo en %2.</translation>
    </message>
    <message>
        <source>%1 is copied: paste it into USCIS&apos;s Case Status Online form.</source>
        <translation>%1 está copiado: péguelo en el formulario &quot;Case Status Online&quot; de USCIS.</translation>
    </message>
    <message>
        <source>Statuses to &amp;Review…</source>
        <translation>Estados por &amp;revisar…</translation>
    </message>
    <message>
        <source>USCIS titles CaseWatch does not recognize: teach it what they mean</source>
        <translation>Títulos de USCIS que CaseWatch no reconoce: enséñele lo que significan</translation>
    </message>
    <message>
        <source>Updates &amp;to Send…</source>
        <translation>Avisos por &amp;enviar…</translation>
    </message>
    <message>
        <source>Letters to clients about their status changes, in each client&apos;s language</source>
        <translation>Cartas a los clientes sobre los cambios de estado, en el idioma de cada cliente</translation>
    </message>
    <message>
        <source>Database connection not verified</source>
        <translation>Conexión con la base de datos sin verificar</translation>
    </message>
    <message>
        <source>Read receipt numbers from I-797 notices: PDFs, photos and fax scans (or drop the files on the window)</source>
        <translation>Leer números de recibo de avisos I-797: PDF, fotos y faxes escaneados (o arrastre los archivos a la ventana)</translation>
    </message>
    <message>
        <source>Notices: PDFs, photos, scans (%1)</source>
        <translation>Avisos: PDF, fotos, escaneos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 — my cases</source>
        <translation>%1 — mis casos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your role in the firm&apos;s shared database decides what you may change.</source>
        <translation>Su rol en la base de datos compartida del despacho decide lo que usted puede cambiar.</translation>
    </message>
</context>
<context>
    <name>cw::PollEngine</name>
    <message numerus="yes">
        <source>USCIS failed %n time(s) in a row; polling waits and will try again.</source>
        <translation>
            <numerusform>USCIS falló %n vez seguida; las consultas esperan y se volverá a intentar.</numerusform>
            <numerusform>USCIS falló %n veces seguidas; las consultas esperan y se volverá a intentar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s USCIS quota of %n request(s) is used up; polling resumes after midnight US Eastern.</source>
        <translation>
            <numerusform>Se agotó la cuota de hoy de USCIS de %n solicitud; las consultas se reanudan después de la medianoche (hora del Este de EE. UU.).</numerusform>
            <numerusform>Se agotó la cuota de hoy de USCIS de %n solicitudes; las consultas se reanudan después de la medianoche (hora del Este de EE. UU.).</numerusform>
        </translation>
    </message>
    <message>
        <source>USCIS kept failing, so this round of checks stopped. The cases stay due; try again later.</source>
        <translation>USCIS siguió fallando, así que esta ronda de consultas se detuvo. Los casos siguen pendientes; inténtelo de nuevo más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>Asked %1 to check %n case(s) now.</source>
        <translation>
            <numerusform>Se pidió a %1 que consulte %n caso ahora.</numerusform>
            <numerusform>Se pidió a %1 que consulte %n casos ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling is done by %1.</source>
        <translation>Las consultas las hace %1.</translation>
    </message>
    <message>
        <source>The database did not answer (%1); polling tries again in a few seconds.</source>
        <translation>La base de datos no respondió (%1); las consultas se reintentan en unos segundos.</translation>
    </message>
    <message>
        <source>Nobody polls USCIS for the firm right now: start the polling server, or a desktop that has the firm&apos;s USCIS credentials.</source>
        <translation>Nadie consulta a USCIS para el despacho en este momento: inicie el servidor de consultas o una computadora que tenga las credenciales de USCIS del despacho.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be checked as soon as someone polls USCIS for the firm: nobody does now.</source>
        <translation>
            <numerusform>%n caso se consultará en cuanto alguien consulte a USCIS para el despacho: ahora nadie lo hace.</numerusform>
            <numerusform>%n casos se consultarán en cuanto alguien consulte a USCIS para el despacho: ahora nadie lo hace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::PollerStatusBar</name>
    <message>
        <source>Progress of the current check of due cases</source>
        <translation>Progreso de la consulta actual de casos pendientes</translation>
    </message>
    <message>
        <source>Polling: up to date</source>
        <translation>Consultas: al día</translation>
    </message>
    <message>
        <source>Polling: checking %1 of %2</source>
        <translation>Consultas: revisando %1 de %2</translation>
    </message>
    <message>
        <source>Polling: paused</source>
        <translation>Consultas: en pausa</translation>
    </message>
    <message>
        <source>Polling: waiting, USCIS keeps failing</source>
        <translation>Consultas: en espera, USCIS sigue fallando</translation>
    </message>
    <message>
        <source>Polling: daily quota used up</source>
        <translation>Consultas: cuota diaria agotada</translation>
    </message>
    <message>
        <source>Polling: stopped by a problem</source>
        <translation>Consultas: detenidas por un problema</translation>
    </message>
    <message>
        <source>Polling: off</source>
        <translation>Consultas: desactivadas</translation>
    </message>
    <message>
        <source>%1 / %2 requests today</source>
        <translation>%1 / %2 solicitudes hoy</translation>
    </message>
    <message>
        <source>about %1 a day at current tiers</source>
        <translation>unas %1 al día con los niveles actuales</translation>
    </message>
    <message>
        <source>Resumes at %1</source>
        <translation>Se reanuda a las %1</translation>
    </message>
    <message>
        <source>The current tiers need more requests a day than the quota allows: some cases will be checked less often than planned.</source>
        <translation>Los niveles actuales necesitan más solicitudes al día de las que permite la cuota: algunos casos se consultarán con menos frecuencia de la prevista.</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>Sin consultas</translation>
    </message>
    <message>
        <source>Polling: by another desktop</source>
        <translation>Consultas: desde otra computadora</translation>
    </message>
    <message>
        <source>Polling: by %1</source>
        <translation>Consultas: desde %1</translation>
    </message>
</context>
<context>
    <name>cw::ProfileDialog</name>
    <message>
        <source>Edit Profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>Peticionario</translation>
    </message>
    <message>
        <source>Optional, e.g. A012345678</source>
        <translation>Opcional, p. ej. A012345678</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Número &amp;A:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Profile kind</source>
        <translation>Tipo de perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Language of the client&apos;s letters</source>
        <translation>Idioma de las cartas al cliente</translation>
    </message>
    <message>
        <source>&amp;Letters in:</source>
        <translation>&amp;Idioma de las cartas:</translation>
    </message>
</context>
<context>
    <name>cw::ProfileSidebar</name>
    <message>
        <source>Search profiles (Ctrl+Shift+F)</source>
        <translation>Buscar perfiles (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Buscar perfiles</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>All cases, then applicants and petitioners; drop I-797 notices on a profile to add them to it</source>
        <translation>Todos los casos, luego solicitantes y peticionarios; suelte avisos I-797 sobre un perfil para agregárselos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>All cases (%L1)</source>
        <translation>Todos los casos (%L1)</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Every case of the firm</source>
        <translation>Todos los casos del despacho</translation>
    </message>
    <message>
        <source>Applicants (%L1)</source>
        <translation>Solicitantes (%L1)</translation>
    </message>
    <message>
        <source>Petitioners (%L1)</source>
        <translation>Peticionarios (%L1)</translation>
    </message>
</context>
<context>
    <name>cw::Session</name>
    <message>
        <source>The firm has no webhook switched on.</source>
        <translation>El despacho no tiene ningún webhook activado.</translation>
    </message>
</context>
<context>
    <name>cw::SettingsDialog</name>
    <message>
        <source>Sa&amp;ve Credentials</source>
        <translation>Guardar c&amp;redenciales</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Offline demo (built-in USCIS simulator)</source>
        <translation>Demostración sin conexión (simulador de USCIS integrado)</translation>
    </message>
    <message>
        <source>USCIS sandbox (test data)</source>
        <translation>Entorno de pruebas de USCIS (datos de prueba)</translation>
    </message>
    <message>
        <source>USCIS production</source>
        <translation>USCIS producción</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>As the environment allows</source>
        <translation>Lo que permita el entorno</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> solicitudes/s</translation>
    </message>
    <message>
        <source> requests/day</source>
        <translation> solicitudes/día</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Id de cliente</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>USCIS Case Status API</source>
        <translation>API de estado de casos de USCIS</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>T&amp;oken address:</source>
        <translation>Dirección de &amp;tokens:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>Límite de &amp;velocidad:</translation>
    </message>
    <message>
        <source>&amp;Daily quota:</source>
        <translation>Cuota di&amp;aria:</translation>
    </message>
    <message>
        <source>The firm&apos;s API credentials (kept in the system keychain)</source>
        <translation>Credenciales de la API del despacho (guardadas en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Id de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Langu&amp;age:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The offline demo needs no credentials.</source>
        <translation>La demostración sin conexión no necesita credenciales.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>Guardado en el llavero; escriba uno nuevo para reemplazarlo</translation>
    </message>
    <message>
        <source>Credentials are stored for this environment.</source>
        <translation>Hay credenciales guardadas para este entorno.</translation>
    </message>
    <message>
        <source>No credentials are stored for this environment yet. Get a client id and secret on developer.uscis.gov.</source>
        <translation>Aún no hay credenciales guardadas para este entorno. Obtenga un id y un secreto de cliente en developer.uscis.gov.</translation>
    </message>
    <message>
        <source>Enter both the client id and the client secret.</source>
        <translation>Introduzca el id y el secreto de cliente.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>Signing in to USCIS…</source>
        <translation>Iniciando sesión en USCIS…</translation>
    </message>
    <message>
        <source>USCIS accepted the credentials.</source>
        <translation>USCIS aceptó las credenciales.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>How often each case is checked</source>
        <translation>Con qué frecuencia se consulta cada caso</translation>
    </message>
    <message>
        <source>Just changed, or about to move:</source>
        <translation>Recién cambiados o a punto de moverse:</translation>
    </message>
    <message>
        <source>Other open cases:</source>
        <translation>Otros casos abiertos:</translation>
    </message>
    <message>
        <source>Final decisions (approved card delivered, denied…):</source>
        <translation>Decisiones finales (tarjeta entregada, denegado…):</translation>
    </message>
    <message>
        <source>Several desktops share one PostgreSQL database: postgresql://user@server:5432/casewatch</source>
        <translation>Varias computadoras comparten una base de datos PostgreSQL: postgresql://usuario@servidor:5432/casewatch</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Se guarda en el llavero del sistema; déjelo vacío para conservar la guardada</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>Base de &amp;datos compartida:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Write the shared database as postgresql://user@server:5432/database.</source>
        <translation>Escriba la base de datos compartida como postgresql://usuario@servidor:5432/base.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: enter it in the Password field (it goes to the keychain).</source>
        <translation>No ponga la contraseña en la dirección: escríbala en el campo Contraseña (se guarda en el llavero).</translation>
    </message>
    <message>
        <source>&amp;USCIS</source>
        <translation>&amp;USCIS</translation>
    </message>
    <message>
        <source>&amp;Checking</source>
        <translation>&amp;Consultas</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>Dead&amp;lines</source>
        <translation>&amp;Plazos</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>A desktop notification when a case moves into one of these:</source>
        <translation>Una notificación en el escritorio cuando un caso pasa a uno de estos:</translation>
    </message>
    <message>
        <source>Categories that notify</source>
        <translation>Categorías que notifican</translation>
    </message>
    <message>
        <source>&amp;Webhook…</source>
        <translation>&amp;Webhook…</translation>
    </message>
    <message>
        <source>Also send every status change, signed, to the firm&apos;s own system</source>
        <translation>Enviar además cada cambio de estado, firmado, al sistema propio del despacho</translation>
    </message>
    <message>
        <source>Every status change to the firm&apos;s own systems:</source>
        <translation>Cada cambio de estado a los sistemas propios del despacho:</translation>
    </message>
    <message>
        <source>for example 14, 3</source>
        <translation>por ejemplo 14, 3</translation>
    </message>
    <message>
        <source>When USCIS&apos;s notice gives a response date, that date is used; these count from the notice otherwise.</source>
        <translation>Cuando el aviso de USCIS da una fecha de respuesta, se usa esa fecha; si no, estos días se cuentan desde el aviso.</translation>
    </message>
    <message>
        <source>Respond to an &amp;RFE within:</source>
        <translation>Responder a una &amp;Solicitud de Evidencia en:</translation>
    </message>
    <message>
        <source>Respond to an &amp;intent to deny within:</source>
        <translation>Responder a un &amp;Aviso de Intención de Denegar en:</translation>
    </message>
    <message>
        <source>Re&amp;mind this many days before:</source>
        <translation>&amp;Recordar estos días antes:</translation>
    </message>
    <message>
        <source>Empty: CaseWatch&apos;s data folder on this computer</source>
        <translation>Vacío: la carpeta de datos de CaseWatch en esta computadora</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>CaseWatch databases (*.sqlite)</source>
        <translation>Bases de datos de CaseWatch (*.sqlite)</translation>
    </message>
    <message>
        <source>Empty: the database file above</source>
        <translation>Vacío: el archivo de base de datos de arriba</translation>
    </message>
    <message>
        <source>Shared database address</source>
        <translation>Dirección de la base de datos compartida</translation>
    </message>
    <message>
        <source>One computer: a database file. Several desktops: one shared PostgreSQL database (the offline demo always keeps its own file).</source>
        <translation>Una computadora: un archivo de base de datos. Varios escritorios: una base de datos PostgreSQL compartida (la demostración sin conexión siempre tiene su propio archivo).</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>&amp;Archivo de base de datos:</translation>
    </message>
    <message>
        <source>Write the reminder days as numbers from 0 to 365 separated by commas, for example 14, 3.</source>
        <translation>Escriba los días de recordatorio como números del 0 al 365 separados por comas, por ejemplo 14, 3.</translation>
    </message>
</context>
<context>
    <name>cw::StaffDialog</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Agregar persona…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <source>&amp;Left the Firm</source>
        <translation>&amp;Dejó el despacho</translation>
    </message>
    <message>
        <source>&amp;This Is Me</source>
        <translation>Soy &amp;yo</translation>
    </message>
    <message>
        <source>Staff and Roles</source>
        <translation>Personal y roles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Usuario de la base de datos</translation>
    </message>
    <message>
        <source>Desktop user</source>
        <translation>Usuario de la computadora</translation>
    </message>
    <message>
        <source>The firm&apos;s staff</source>
        <translation>El personal del despacho</translation>
    </message>
    <message>
        <source>Link this desktop&apos;s user (%1) to the selected person</source>
        <translation>Vincular el usuario de esta computadora (%1) a la persona seleccionada</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>%1 (left the firm)</source>
        <translation>%1 (dejó el despacho)</translation>
    </message>
    <message>
        <source>&amp;Back at the Firm</source>
        <translation>&amp;De vuelta en el despacho</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Person not added</source>
        <translation>No se agregó a la persona</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol de %1:</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>No se cambió el rol</translation>
    </message>
    <message>
        <source>Person not changed</source>
        <translation>No se cambió a la persona</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>No se vinculó</translation>
    </message>
    <message>
        <source>This person&apos;s role is the shared database&apos;s: the database&apos;s owner changes it with casewatch-cli db-roles add %1 --role ROLE.</source>
        <translation>El rol de esta persona es el de la base de datos compartida: el propietario de la base de datos lo cambia con casewatch-cli db-roles add %1 --role ROL.</translation>
    </message>
</context>
<context>
    <name>cw::StatusReviewDialog</name>
    <message>
        <source>Statuses to Review</source>
        <translation>Estados por revisar</translation>
    </message>
    <message>
        <source>USCIS titles CaseWatch does not recognize are shown as &quot;Needs review&quot; and never alert. Choose what each one means: every case and history entry with that title is updated at once, on every computer that shares this database, and an alert is raised once if the new category alerts.</source>
        <translation>Los títulos de USCIS que CaseWatch no reconoce se muestran como &quot;Requiere revisión&quot; y nunca generan alertas. Elija lo que significa cada uno: cada caso y entrada del historial con ese título se actualiza de inmediato, en cada computadora que comparte esta base de datos, y se genera una sola alerta si la nueva categoría la genera.</translation>
    </message>
    <message>
        <source>Titles to review:</source>
        <translation>Títulos por revisar:</translation>
    </message>
    <message>
        <source>USCIS title</source>
        <translation>Título de USCIS</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entradas del historial</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Titles to review</source>
        <translation>Títulos por revisar</translation>
    </message>
    <message>
        <source>&amp;Assign Category</source>
        <translation>&amp;Asignar categoría</translation>
    </message>
    <message>
        <source>The firm&apos;s rules:</source>
        <translation>Reglas del despacho:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Agregada por</translation>
    </message>
    <message>
        <source>The firm&apos;s rules</source>
        <translation>Reglas del despacho</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Category for %1</source>
        <translation>Categoría para %1</translation>
    </message>
    <message>
        <source>Every USCIS title in this database is recognized.</source>
        <translation>Todos los títulos de USCIS de esta base de datos se reconocen.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; now means %2: %n case(s) updated.</source>
        <translation>
            <numerusform>&quot;%1&quot; ahora significa %2: %n caso actualizado.</numerusform>
            <numerusform>&quot;%1&quot; ahora significa %2: %n casos actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a title first, then choose what it means.</source>
        <translation>Primero seleccione un título y luego elija lo que significa.</translation>
    </message>
    <message>
        <source>Choose what the title means in the &quot;Means&quot; column first.</source>
        <translation>Primero elija lo que significa el título en la columna &quot;Significa&quot;.</translation>
    </message>
    <message>
        <source>Select a rule to remove.</source>
        <translation>Seleccione una regla para quitar.</translation>
    </message>
    <message>
        <source>Rule removed: &quot;%1&quot; is read as CaseWatch reads it on its own again.</source>
        <translation>Regla quitada: &quot;%1&quot; vuelve a leerse como CaseWatch lo lee por sí mismo.</translation>
    </message>
    <message>
        <source>Export Status Rules</source>
        <translation>Exportar reglas de estado</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The firm&apos;s rules were saved to %1.</source>
        <translation>Las reglas del despacho se guardaron en %1.</translation>
    </message>
    <message>
        <source>Import Status Rules</source>
        <translation>Importar reglas de estado</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) imported.</source>
        <translation>
            <numerusform>%n regla importada.</numerusform>
            <numerusform>%n reglas importadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::SurvivalChart</name>
    <message>
        <source>Chance the case is still pending, by date</source>
        <translation>Probabilidad de que el caso siga pendiente, por fecha</translation>
    </message>
    <message>
        <source>10%: %1, 50%: %2, 90%: %3</source>
        <translation>10 %: %1, 50 %: %2, 90 %: %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>cw::TasksView</name>
    <message>
        <source>M&amp;ine only</source>
        <translation>S&amp;olo las mías</translation>
    </message>
    <message>
        <source>Show d&amp;one</source>
        <translation>Mostrar &amp;hechas</translation>
    </message>
    <message>
        <source>Mar&amp;k Task Done</source>
        <translation>Marcar &amp;tarea como hecha</translation>
    </message>
    <message>
        <source>Open Task Agai&amp;n</source>
        <translation>Volver a abrir &amp;la tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Available once this desktop&apos;s user is linked to a member of staff (Team › Staff and Roles).</source>
        <translation>Disponible cuando el usuario de esta computadora esté vinculado a una persona del personal (Equipo › Personal y roles).</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation>No se cambió la tarea</translation>
    </message>
</context>
<context>
    <name>cw::TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;My Cases</source>
        <translation>&amp;Mis casos</translation>
    </message>
    <message>
        <source>&amp;Assign Selected Cases To…</source>
        <translation>&amp;Asignar casos seleccionados a…</translation>
    </message>
    <message>
        <source>Assign &amp;Profile To…</source>
        <translation>Asignar &amp;perfil a…</translation>
    </message>
    <message>
        <source>Only the cases you are responsible for</source>
        <translation>Solo los casos de los que usted es responsable</translation>
    </message>
    <message>
        <source>Available once this desktop&apos;s user is linked to a member of staff</source>
        <translation>Disponible cuando el usuario de esta computadora esté vinculado a una persona del personal</translation>
    </message>
    <message>
        <source>&amp;Staff and Roles…</source>
        <translation>Per&amp;sonal y roles…</translation>
    </message>
    <message>
        <source>Tracking &amp;Health…</source>
        <translation>Salud del se&amp;guimiento…</translation>
    </message>
</context>
<context>
    <name>cw::TemplatesDialog</name>
    <message>
        <source>Client Letter Templates</source>
        <translation>Plantillas de cartas a clientes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>%1 subject</source>
        <translation>Asunto en %1</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>Texto en %1</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>&amp;Reset to Built-in</source>
        <translation>&amp;Restablecer la incorporada</translation>
    </message>
    <message>
        <source>The firm&apos;s own letter for this category.</source>
        <translation>La carta propia del despacho para esta categoría.</translation>
    </message>
    <message>
        <source>The built-in letter: {next_steps} is filled with what happens next for this category.</source>
        <translation>La carta incorporada: {next_steps} se completa con lo que sigue para esta categoría.</translation>
    </message>
    <message>
        <source>Saved. Every computer that shares this database uses these letters now.</source>
        <translation>Guardado. Cada computadora que comparte esta base de datos ya usa estas cartas.</translation>
    </message>
</context>
<context>
    <name>cw::TimelineView</name>
    <message>
        <source>Copy in &amp;English</source>
        <translation>Copiar en &amp;inglés</translation>
    </message>
    <message>
        <source>Copy in &amp;Spanish</source>
        <translation>Copiar en &amp;español</translation>
    </message>
    <message>
        <source>English and Spanish</source>
        <translation>Inglés y español</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Solo inglés</translation>
    </message>
    <message>
        <source>Spanish only</source>
        <translation>Solo español</translation>
    </message>
    <message>
        <source>Languages shown in the timeline</source>
        <translation>Idiomas que muestra la cronología</translation>
    </message>
    <message>
        <source>Copy the timeline in English, ready to paste into an email to the client</source>
        <translation>Copia la cronología en inglés, lista para pegar en un correo al cliente</translation>
    </message>
    <message>
        <source>Copy the timeline in Spanish, ready to paste into an email to the client</source>
        <translation>Copia la cronología en español, lista para pegar en un correo al cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>USCIS status (English)</source>
        <translation>Estado en USCIS (inglés)</translation>
    </message>
    <message>
        <source>USCIS status (Spanish)</source>
        <translation>Estado en USCIS (español)</translation>
    </message>
    <message>
        <source>Timeline of the selected case</source>
        <translation>Cronología del caso seleccionado</translation>
    </message>
    <message>
        <source>What USCIS says now, in English</source>
        <translation>Lo que dice USCIS ahora, en inglés</translation>
    </message>
    <message>
        <source>What USCIS says now, in Spanish</source>
        <translation>Lo que dice USCIS ahora, en español</translation>
    </message>
    <message>
        <source>Select a case to see its timeline.</source>
        <translation>Seleccione un caso para ver su cronología.</translation>
    </message>
    <message>
        <source>%1: USCIS has not been asked yet. Use Check Now.</source>
        <translation>%1: aún no se ha consultado a USCIS. Use Consultar ahora.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %n step(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n paso</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::TokenProvider</name>
    <message>
        <source>Could not reach the USCIS sign-in service (%1). Check the internet connection; CaseWatch will try again.</source>
        <translation>No se pudo contactar el servicio de inicio de sesión de USCIS (%1). Revise la conexión a internet; CaseWatch lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>USCIS refused the API client id and secret (HTTP %1%2). Check them on developer.uscis.gov and enter them again in Settings.</source>
        <translation>USCIS rechazó el id y el secreto de cliente de la API (HTTP %1%2). Revíselos en developer.uscis.gov e introdúzcalos de nuevo en Configuración.</translation>
    </message>
    <message>
        <source>The USCIS sign-in service did not hand out a token (HTTP %1). CaseWatch will try again.</source>
        <translation>El servicio de inicio de sesión de USCIS no entregó un token (HTTP %1). CaseWatch lo intentará de nuevo.</translation>
    </message>
</context>
<context>
    <name>cw::TrayIcon</name>
    <message>
        <source>&amp;Open CaseWatch</source>
        <translation>&amp;Abrir CaseWatch</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>CaseWatch — %n case(s) changed</source>
        <translation>
            <numerusform>CaseWatch — %n caso cambió</numerusform>
            <numerusform>CaseWatch — %n casos cambiaron</numerusform>
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
        <translation>Avisos por enviar</translation>
    </message>
    <message>
        <source>Updates to send</source>
        <translation>Avisos por enviar</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Open in Email Program</source>
        <translation>&amp;Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Save .&amp;eml…</source>
        <translation>Guardar .&amp;eml…</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>&amp;Marcar como enviada</translation>
    </message>
    <message>
        <source>Add &amp;Weekly Digests</source>
        <translation>Agregar resúmenes &amp;semanales</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <source>A letter for each status change that alerts, in each client&apos;s language.</source>
        <translation>Una carta por cada cambio de estado que genera alerta, en el idioma de cada cliente.</translation>
    </message>
    <message>
        <source>weekly digest</source>
        <translation>resumen semanal</translation>
    </message>
    <message>
        <source>USCIS gave no Spanish text for this status.</source>
        <translation>USCIS no dio texto en español para este estado.</translation>
    </message>
    <message>
        <source>Nothing to send: every status change that alerts has been told to its client.</source>
        <translation>Nada por enviar: cada cambio de estado que genera alerta ya se comunicó a su cliente.</translation>
    </message>
    <message>
        <source>%1 (no email address on file)</source>
        <translation>%1 (sin correo electrónico registrado)</translation>
    </message>
    <message>
        <source>USCIS gave no Spanish text for this status: the letter uses the template&apos;s own Spanish words for it. Check it before sending.</source>
        <translation>USCIS no dio texto en español para este estado: la carta usa las palabras en español de la propia plantilla. Revísela antes de enviarla.</translation>
    </message>
    <message>
        <source>Recorded as sent to %1.</source>
        <translation>Registrada como enviada a %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1: open it to send it from your email program.</source>
        <translation>Se guardó %1: ábralo para enviarlo desde su programa de correo.</translation>
    </message>
    <message>
        <source>No client had a status change since %1.</source>
        <translation>Ningún cliente tuvo cambios de estado desde %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n weekly digest(s) added.</source>
        <translation>
            <numerusform>Se agregó %n resumen semanal.</numerusform>
            <numerusform>Se agregaron %n resúmenes semanales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the letter to %1.</source>
        <translation>Se copió la carta para %1.</translation>
    </message>
    <message>
        <source>No email program could be opened. Use Copy, or save an .eml file.</source>
        <translation>No se pudo abrir un programa de correo. Use Copiar, o guarde un archivo .eml.</translation>
    </message>
    <message>
        <source>Save Letter</source>
        <translation>Guardar carta</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Mensajes de correo (*.eml)</translation>
    </message>
    <message>
        <source>Already recorded as sent to %1, by %2.</source>
        <translation>Ya estaba registrada como enviada a %1, por %2.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>otra computadora</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>cw::UscisClient</name>
    <message>
        <source>USCIS did not answer in time. CaseWatch will try again.</source>
        <translation>USCIS no respondió a tiempo. CaseWatch lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>Could not reach USCIS (%1). Check the internet connection; CaseWatch will try again.</source>
        <translation>No se pudo contactar a USCIS (%1). Revise la conexión a internet; CaseWatch lo intentará de nuevo.</translation>
    </message>
    <message>
        <source> USCIS said: &quot;%1&quot;</source>
        <translation> USCIS dijo: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>USCIS refused CaseWatch&apos;s access token even after signing in again (HTTP 401). Check the API credentials in Settings.%1</source>
        <translation>USCIS rechazó el token de acceso de CaseWatch incluso después de volver a iniciar sesión (HTTP 401). Revise las credenciales de la API en Configuración.%1</translation>
    </message>
    <message>
        <source>USCIS returned no record for this receipt number. Check the number against the notice; a protected case also answers this way.%1</source>
        <translation>USCIS no devolvió ningún registro para este número de recibo. Compare el número con el aviso; un caso protegido también responde así.%1</translation>
    </message>
    <message>
        <source>USCIS did not accept this receipt number (HTTP %1). Check it against the notice.%2</source>
        <translation>USCIS no aceptó este número de recibo (HTTP %1). Compárelo con el aviso.%2</translation>
    </message>
    <message>
        <source>USCIS asked CaseWatch to slow down (HTTP 429).%1</source>
        <translation>USCIS pidió a CaseWatch que reduzca la velocidad (HTTP 429).%1</translation>
    </message>
    <message>
        <source>USCIS&apos;s service had a problem (HTTP %1). CaseWatch will try again.%2</source>
        <translation>El servicio de USCIS tuvo un problema (HTTP %1). CaseWatch lo intentará de nuevo.%2</translation>
    </message>
    <message>
        <source>USCIS answered with HTTP %1.%2</source>
        <translation>USCIS respondió con HTTP %1.%2</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) to %3. CaseWatch never sends its credentials on to another address; check the API address in Settings (the firm&apos;s network may route it through a proxy).</source>
        <translation>%1 respondió con una redirección (HTTP %2) a %3. CaseWatch nunca envía sus credenciales a otra dirección; revise la dirección de la API en Configuración (la red del despacho puede pasar por un proxy).</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>una dirección sin nombre</translation>
    </message>
</context>
<context>
    <name>cw::WebhookDialog</name>
    <message>
        <source>&amp;Send every status change to this address</source>
        <translation>&amp;Enviar cada cambio de estado a esta dirección</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>Enviar evento de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Resume Delivery</source>
        <translation>&amp;Reanudar la entrega</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>CaseWatch POSTs each status change as JSON to your firm&apos;s system (a CRM, a case management system, an automation service), signed with HMAC-SHA256 so the receiver can check it came from here. Events wait in the database while the receiver is unreachable.</source>
        <translation>CaseWatch envía por POST cada cambio de estado como JSON al sistema de su despacho (un CRM, un sistema de gestión de casos, un servicio de automatización), firmado con HMAC-SHA256 para que el receptor compruebe que viene de aquí. Mientras el receptor no esté disponible, los eventos esperan en la base de datos.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Signing s&amp;ecret:</source>
        <translation>&amp;Secreto de firma:</translation>
    </message>
    <message>
        <source>At least 16 characters; the receiver needs the same</source>
        <translation>Al menos 16 caracteres; el receptor necesita el mismo</translation>
    </message>
    <message>
        <source>Waiting: %1 · delivered: %2</source>
        <translation>En espera: %1 · entregados: %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Copy this secret to the receiver now. Once saved it stays in the keychain and is not shown again.</source>
        <translation>Copie ahora este secreto en el receptor. Una vez guardado, queda en el llavero y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Sending a signed test event…</source>
        <translation>Enviando un evento de prueba firmado…</translation>
    </message>
    <message>
        <source>Delivery resumed: the waiting events are sent now.</source>
        <translation>Entrega reanudada: los eventos en espera se envían ahora.</translation>
    </message>
    <message>
        <source>The signing secret must be at least 16 characters. Use Generate for a strong one.</source>
        <translation>El secreto de firma debe tener al menos 16 caracteres. Use Generar para obtener uno seguro.</translation>
    </message>
    <message>
        <source>Enter or generate a signing secret: the receiver uses it to check each event.</source>
        <translation>Escriba o genere un secreto de firma: el receptor lo usa para comprobar cada evento.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>Stored in the keychain; enter a new one to replace it</source>
        <translation>Guardado en el llavero; escriba uno nuevo para sustituirlo</translation>
    </message>
</context>
<context>
    <name>cw::WelcomePage</name>
    <message>
        <source>Try it with the offline USCIS sandbox</source>
        <translation>Probarlo con el entorno de pruebas de USCIS sin conexión</translation>
    </message>
    <message>
        <source>Sample clients and USCIS&apos;s documented sandbox receipt numbers, answered by a simulator built into CaseWatch. Their statuses move about once a minute, so you can watch a timeline grow and a notification arrive. Nothing leaves this computer, and the demo keeps its own database: it never mixes with your firm&apos;s cases.</source>
        <translation>Clientes de ejemplo y los números de recibo documentados del entorno de pruebas de USCIS, respondidos por un simulador integrado en CaseWatch. Sus estados cambian más o menos cada minuto, así que verá crecer una cronología y llegar una notificación. Nada sale de esta computadora y la demostración tiene su propia base de datos: nunca se mezcla con los casos de su despacho.</translation>
    </message>
    <message>
        <source>Enter my firm&apos;s API credentials</source>
        <translation>Introducir las credenciales de API de mi despacho</translation>
    </message>
    <message>
        <source>The client ID and secret of your firm&apos;s app on developer.uscis.gov (sandbox or production). They are kept in this computer&apos;s keychain, never in a file.</source>
        <translation>El ID de cliente y el secreto de la aplicación de su despacho en developer.uscis.gov (entorno de pruebas o producción). Se guardan en el llavero de esta computadora, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Welcome to CaseWatch</source>
        <translation>Bienvenido a CaseWatch</translation>
    </message>
    <message>
        <source>CaseWatch follows your clients&apos; USCIS cases for you: it checks each receipt number with USCIS in the background, keeps every status in a timeline in English and Spanish, and tells you when a case gets a Request for Evidence or is approved.</source>
        <translation>CaseWatch sigue por usted los casos de USCIS de sus clientes: consulta cada número de recibo con USCIS en segundo plano, guarda cada estado en una cronología en inglés y español, y le avisa cuando un caso recibe una Solicitud de Evidencia o es aprobado.</translation>
    </message>
    <message>
        <source>You can switch at any time in Settings.</source>
        <translation>Puede cambiarlo en cualquier momento en Configuración.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Track USCIS cases for your clients.</source>
        <translation>Siga los casos de USCIS de sus clientes.</translation>
    </message>
    <message>
        <source>The SQLite database file to open.</source>
        <translation>El archivo de base de datos SQLite que se abrirá.</translation>
    </message>
    <message>
        <source>Open on this case (a receipt number).</source>
        <translation>Abrir en este caso (un número de recibo).</translation>
    </message>
</context>
</TS>
