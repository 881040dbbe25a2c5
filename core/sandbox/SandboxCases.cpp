#include "sandbox/SandboxCases.h"

#include "sandbox/DemoData.h"

namespace cw {

namespace {

// Real USCIS English titles; English descriptions follow USCIS's wording. The Spanish titles and
// descriptions are CaseWatch's own renderings, not USCIS's Spanish (none is cited). {form} and
// {receipt} are filled in.
const SandboxStage kReceived{
    QStringLiteral("Case Was Received"), QStringLiteral("Caso Fue Recibido"),
    QStringLiteral(
        "On {date}, we received your Form {form}, Receipt Number {receipt}, and sent you the receipt "
        "notice that describes how we will process your case. Please follow the instructions in the "
        "notice. If you do not receive your receipt notice by {date2}, or you move, go to "
        "<a href=\"https://egov.uscis.gov/coa/displayCOAForm.do\" target=\"_blank\">www.uscis.gov/addresschange</a> "
        "to give us your new mailing address."),
    QStringLiteral("El {date}, recibimos su Formulario {form}, Número de Recibo {receipt}, y le enviamos el aviso "
                   "de recibo que describe cómo procesaremos su caso. Siga las instrucciones del aviso.")};
const SandboxStage kFingerprints{
    QStringLiteral("Case Was Updated To Show Fingerprints Were Taken"),
    QStringLiteral("Caso Fue Actualizado Para Mostrar Que Se Tomaron Las Huellas Digitales"),
    QStringLiteral("As of {date}, fingerprints relating to your Form {form}, Receipt Number {receipt}, have been "
                   "applied to your case. If you move, go to <a href=\"https://egov.uscis.gov/coa/displayCOAForm.do\">"
                   "www.uscis.gov/addresschange</a> to give us your new mailing address."),
    QStringLiteral("A partir del {date}, las huellas digitales relacionadas con su Formulario {form}, Número de "
                   "Recibo {receipt}, se aplicaron a su caso.")};
const SandboxStage kActive{
    QStringLiteral("Case Is Being Actively Reviewed By USCIS"),
    QStringLiteral("Caso Está Siendo Revisado Activamente Por USCIS"),
    QStringLiteral("As of {date}, we are actively reviewing your Form {form}, Receipt Number {receipt}. Our records "
                   "show nothing is outstanding at this time. We will let you know if we need anything from you."),
    QStringLiteral("A partir del {date}, estamos revisando activamente su Formulario {form}, Número de Recibo "
                   "{receipt}. Nuestros registros no muestran nada pendiente en este momento.")};
const SandboxStage kRfe{
    QStringLiteral("Request for Additional Evidence Was Sent"),
    QStringLiteral("Se Envió Solicitud de Evidencia Adicional"),
    // As USCIS writes it: the response deadline is in the mailed notice, not in the case status (the
    // firm's RFE days count it; the NOID below does name its date).
    QStringLiteral("On {date}, we sent a request for additional evidence for your Form {form}, Receipt Number "
                   "{receipt}. The request explains what we need from you. We will not take action on your case "
                   "until we receive the evidence or the deadline to submit it expires."),
    QStringLiteral("El {date}, enviamos una solicitud de evidencia adicional para su Formulario {form}, Número de "
                   "Recibo {receipt}. La solicitud explica lo que necesitamos de usted.")};
const SandboxStage kRfeReceived{
    QStringLiteral("Response To USCIS' Request For Evidence Was Received"),
    QStringLiteral("Respuesta a la Solicitud de Evidencia de USCIS Fue Recibida"),
    QStringLiteral("On {date}, we received your response to our Request for Evidence for your Form {form}, "
                   "Receipt Number {receipt}. USCIS has begun working on your case again."),
    QStringLiteral("El {date}, recibimos su respuesta a nuestra Solicitud de Evidencia para su Formulario {form}, "
                   "Número de Recibo {receipt}.")};
const SandboxStage kInterview{
    QStringLiteral("Interview Was Scheduled"), QStringLiteral("Entrevista Fue Programada"),
    QStringLiteral("On {date}, we scheduled an interview for your Form {form}, Receipt Number {receipt}. The "
                   "interview will take place on {due} at 9:30 AM. Please follow the instructions in the notice."),
    QStringLiteral("El {date}, programamos una entrevista para su Formulario {form}, Número de Recibo {receipt}. "
                   "La entrevista será el {due} a las 9:30 AM.")};
const SandboxStage kInterviewDone{
    QStringLiteral("Interview Was Completed And My Case Must Be Reviewed"),
    QStringLiteral("Entrevista Fue Completada Y Mi Caso Debe Ser Revisado"),
    QStringLiteral("On {date}, your interview for your Form {form}, Receipt Number {receipt}, was completed, and "
                   "your case must be reviewed."),
    QStringLiteral("El {date}, se completó su entrevista para su Formulario {form}, Número de Recibo {receipt}, y "
                   "su caso debe ser revisado.")};
const SandboxStage kNoid{
    QStringLiteral("Notice of Intent to Deny Was Sent"),
    QStringLiteral("Se Envió Notificación de Intención de Denegar"),
    QStringLiteral("On {date}, we sent you a notice that we intend to deny your Form {form}, Receipt Number "
                   "{receipt}. The notice explains why and gives you a chance to respond by {due}."),
    QStringLiteral("El {date}, le enviamos una notificación de que tenemos la intención de denegar su Formulario "
                   "{form}, Número de Recibo {receipt}. Puede responder a más tardar el {due}.")};
const SandboxStage kTransferred{
    QStringLiteral("Case Was Transferred And A New Office Has Jurisdiction"),
    QStringLiteral("Caso Fue Transferido Y Una Nueva Oficina Tiene Jurisdicción"),
    QStringLiteral("On {date}, we transferred your Form {form}, Receipt Number {receipt}, to another USCIS office. "
                   "The new office has jurisdiction over your case."),
    QStringLiteral("El {date}, transferimos su Formulario {form}, Número de Recibo {receipt}, a otra oficina de "
                   "USCIS.")};
const SandboxStage kApproved{
    QStringLiteral("Case Was Approved"), QStringLiteral("Caso Fue Aprobado"),
    QStringLiteral("On {date}, we approved your Form {form}, Receipt Number {receipt}. We sent you an approval "
                   "notice. Please follow the instructions in the notice."),
    QStringLiteral("El {date}, aprobamos su Formulario {form}, Número de Recibo {receipt}. Le enviamos un aviso de "
                   "aprobación.")};
const SandboxStage kCardProduced{
    QStringLiteral("New Card Is Being Produced"), QStringLiteral("Nueva Tarjeta Está Siendo Producida"),
    QStringLiteral("On {date}, we ordered your new card for Receipt Number {receipt}, and will mail it to the "
                   "address you gave us."),
    QStringLiteral("El {date}, ordenamos su nueva tarjeta para el Número de Recibo {receipt}.")};
const SandboxStage kCardMailed{
    QStringLiteral("Card Was Mailed To Me"), QStringLiteral("Tarjeta Fue Enviada Por Correo"),
    QStringLiteral("On {date}, we mailed your new card for your Form {form}, Receipt Number {receipt}, to the "
                   "address you gave us."),
    QStringLiteral("El {date}, enviamos por correo su nueva tarjeta para su Formulario {form}, Número de Recibo "
                   "{receipt}.")};
const SandboxStage kCardDelivered{
    QStringLiteral("Card Was Delivered To Me By The Post Office"),
    QStringLiteral("Tarjeta Fue Entregada Por La Oficina De Correos"),
    QStringLiteral("On {date}, the Post Office delivered your new card for Receipt Number {receipt}."),
    QStringLiteral("El {date}, la Oficina de Correos entregó su nueva tarjeta para el Número de Recibo {receipt}.")};
const SandboxStage kDenied{
    QStringLiteral("Case Was Denied"), QStringLiteral("Caso Fue Denegado"),
    QStringLiteral("On {date}, we denied your Form {form}, Receipt Number {receipt}. We sent you a decision notice "
                   "that explains why."),
    QStringLiteral("El {date}, denegamos su Formulario {form}, Número de Recibo {receipt}.")};
const SandboxStage kOath{
    QStringLiteral("Oath Ceremony Was Scheduled"), QStringLiteral("Ceremonia de Juramentación Fue Programada"),
    QStringLiteral("On {date}, we scheduled your oath ceremony for Form {form}, Receipt Number {receipt}, on {due}."),
    QStringLiteral("El {date}, programamos su ceremonia de juramentación para el Formulario {form}, Número de "
                   "Recibo {receipt}, el {due}.")};

QList<SandboxCase> build()
{
    const QList<QList<SandboxStage>> scripts = {
        {kReceived, kFingerprints, kRfe, kRfeReceived, kApproved, kCardProduced, kCardMailed, kCardDelivered},
        {kReceived, kInterview, kInterviewDone, kApproved},
        {kReceived, kActive, kDenied},
        {kReceived, kTransferred, kActive, kApproved},
        {kReceived, kNoid, kRfeReceived, kApproved},
        {kReceived, kFingerprints, kInterview, kInterviewDone, kApproved, kOath},
    };
    const QStringList forms = {QStringLiteral("I-485"), QStringLiteral("I-130"), QStringLiteral("I-765"),
                               QStringLiteral("N400"),  QStringLiteral("I-129"), QStringLiteral("I-140"),
                               QStringLiteral("I-131"), QStringLiteral("I-751")};
    const QStringList withHistory = SandboxCases::receiptsWithHistory();
    const QStringList withoutHistory = SandboxCases::receiptsWithoutHistory();
    QList<SandboxCase> out;
    int i = 0;
    for (const QStringList *list : {&withHistory, &withoutHistory}) {
        for (const QString &receipt : *list) {
            SandboxCase c;
            c.receipt = receipt;
            // The demo's clients' cases are described with the form the demo records for them
            // (sandbox/DemoData.cpp); the others cycle through common forms.
            c.formType = DemoData::formOf(receipt);
            if (c.formType.isEmpty())
                c.formType = forms[i % forms.size()];
            c.withHistory = list == &withHistory;
            // Recent, whenever the demo runs: filed two to four months ago, so that its RFE
            // deadlines and interviews lie ahead as they would for a live case.
            c.submitted = QDate::currentDate().addDays(-(66 + (i * 9) % 60));
            c.script = scripts[i % scripts.size()];
            out.append(c);
            ++i;
        }
    }
    return out;
}

} // namespace

QStringList SandboxCases::receiptsWithHistory()
{
    return {QStringLiteral("EAC9999103403"), QStringLiteral("EAC9999103404"), QStringLiteral("EAC9999103405"),
            QStringLiteral("EAC9999103410"), QStringLiteral("EAC9999103411"), QStringLiteral("EAC9999103416"),
            QStringLiteral("EAC9999103419"), QStringLiteral("LIN9999106498"), QStringLiteral("LIN9999106499"),
            QStringLiteral("LIN9999106504"), QStringLiteral("LIN9999106505"), QStringLiteral("LIN9999106506"),
            QStringLiteral("SRC9999102777"), QStringLiteral("SRC9999102778"), QStringLiteral("SRC9999102779"),
            QStringLiteral("SRC9999102780"), QStringLiteral("SRC9999102781"), QStringLiteral("SRC9999102782"),
            QStringLiteral("SRC9999102783"), QStringLiteral("SRC9999102784"), QStringLiteral("SRC9999102785"),
            QStringLiteral("SRC9999102786"), QStringLiteral("SRC9999102787"), QStringLiteral("SRC9999132710"),
            QStringLiteral("SRC9999132719"), QStringLiteral("IOE9999000001"), QStringLiteral("IOE9999000002")};
}

QStringList SandboxCases::receiptsWithoutHistory()
{
    return {QStringLiteral("EAC9999103400"), QStringLiteral("EAC9999103402"), QStringLiteral("EAC9999103406"),
            QStringLiteral("EAC9999103407"), QStringLiteral("EAC9999103408"), QStringLiteral("EAC9999103409"),
            QStringLiteral("EAC9999103412"), QStringLiteral("EAC9999103413"), QStringLiteral("EAC9999103414"),
            QStringLiteral("EAC9999103415"), QStringLiteral("EAC9999103420"), QStringLiteral("EAC9999103421"),
            QStringLiteral("EAC9999103424"), QStringLiteral("EAC9999103425"), QStringLiteral("EAC9999103426"),
            QStringLiteral("EAC9999103428"), QStringLiteral("EAC9999103429"), QStringLiteral("EAC9999103431"),
            QStringLiteral("EAC9999103432"), QStringLiteral("LIN9999106501"), QStringLiteral("LIN9999106507"),
            QStringLiteral("SRC9999132694"), QStringLiteral("SRC9999132695"), QStringLiteral("SRC9999132706"),
            QStringLiteral("SRC9999132707"), QStringLiteral("IOE9999000003")};
}

const QList<SandboxCase> &SandboxCases::all()
{
    static const QList<SandboxCase> cases = build();
    return cases;
}

const SandboxCase *SandboxCases::find(const QString &receipt)
{
    for (const SandboxCase &c : all()) {
        if (c.receipt == receipt)
            return &c;
    }
    return nullptr;
}

} // namespace cw
