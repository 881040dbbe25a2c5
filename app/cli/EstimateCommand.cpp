#include "CliContext.h"
#include "Commands.h"

#include "domain/ReceiptNumber.h"
#include "estimate/DecisionEstimator.h"
#include "storage/Database.h"

#include <QDate>
#include <QJsonArray>

namespace cw {

namespace {

QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString reasonText(const QString &reason)
{
    if (reason == u"decided")
        return Cli::tr("USCIS has already decided this case.");
    if (reason == u"no_received_date")
        return Cli::tr("USCIS has not given a received date for this case yet.");
    if (reason == u"waited_longer_than_cohort")
        return Cli::tr("This case has waited longer than every similar case took: no estimate.");
    if (reason == u"not_tracked")
        return Cli::tr("This receipt number is not tracked in this database.");
    return Cli::tr("Not enough similar cases to estimate from.");
}

} // namespace

int runEstimate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Estimates when USCIS will decide tracked cases, from this firm's own comparable cases (same "
                "form, same office, received around the same time; still-pending cases count too): the dates by "
                "which 10%, 50% and 90% of similar cases still pending after this long were decided."));
    parser.addPositionalArgument(QStringLiteral("RECEIPT"), Cli::tr("Receipt numbers."), QStringLiteral("RECEIPT…"));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("estimate needs at least one receipt number."));
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    auto facts = DecisionEstimator::load(*db);
    if (!facts) {
        ctx.printError(facts.error());
        return ExitItemsFailed;
    }
    const DecisionEstimator estimator(std::move(facts.value()), QDate::currentDate());
    QJsonArray out;
    int failed = 0;
    for (const QString &text : parser.positionalArguments()) {
        auto receipt = ReceiptNumber::parse(text);
        const QString number = receipt ? receipt->toString() : text.trimmed().toUpper();
        const auto e = estimator.estimateReceipt(number);
        QJsonObject o{{QStringLiteral("receipt_number"), number},
                      {QStringLiteral("form_type"), e.formType.isEmpty() ? QJsonValue() : QJsonValue(e.formType)},
                      {QStringLiteral("office"), e.office.isEmpty() ? QJsonValue() : QJsonValue(e.office)},
                      {QStringLiteral("p10"), isoOrNull(e.p10)},
                      {QStringLiteral("p50"), isoOrNull(e.p50)},
                      {QStringLiteral("p90"), isoOrNull(e.p90)}};
        if (e.basis.cohortSize > 0 || e.ok()) {
            o.insert(
                QStringLiteral("basis"),
                QJsonObject{
                    {QStringLiteral("cohort_size"), e.basis.cohortSize},
                    {QStringLiteral("pending"), e.basis.pending},
                    {QStringLiteral("form_type"), e.basis.formType},
                    {QStringLiteral("office"), e.basis.office.isEmpty() ? QJsonValue() : QJsonValue(e.basis.office)},
                    {QStringLiteral("window_days"), e.basis.windowDays ? QJsonValue(e.basis.windowDays) : QJsonValue()},
                    {QStringLiteral("since"), e.basis.stage == DecisionEstimator::Stage::SinceResponse
                                                  ? QStringLiteral("rfe_response")
                                                  : QStringLiteral("received")},
                    {QStringLiteral("widened"), e.widened}});
        } else {
            o.insert(QStringLiteral("basis"), QJsonValue());
        }
        if (!e.ok()) {
            o.insert(QStringLiteral("reason"), e.reason);
            failed += e.reason == u"not_tracked" ? 1 : 0;
            ctx.printLine(QStringLiteral("%1\t%2").arg(number, reasonText(e.reason)));
        } else {
            ctx.printLine(
                Cli::tr("%1\t%2 – %3 (median %4); from %5 %6 cases%7%8")
                    .arg(number, e.p10.toString(Qt::ISODate), e.p90.toString(Qt::ISODate), e.p50.toString(Qt::ISODate))
                    .arg(e.basis.cohortSize)
                    .arg(DecisionEstimator::displayForm(e.basis.formType),
                         e.basis.office.isEmpty() ? Cli::tr(" at any office") : Cli::tr(" at %1").arg(e.basis.office),
                         e.basis.windowDays ? Cli::tr(" received within %1 days").arg(e.basis.windowDays) : QString()));
        }
        out.append(o);
    }
    if (ctx.json)
        ctx.printJson(out);
    return failed ? ExitItemsFailed : ExitOk;
}

} // namespace cw
