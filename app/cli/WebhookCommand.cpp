#include "CliContext.h"
#include "CliPrompt.h"
#include "Commands.h"

#include "domain/Clock.h"
#include "secrets/CredentialStore.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "webhook/FirmWebhook.h"
#include "webhook/WebhookDispatcher.h"
#include "webhook/WebhookOutbox.h"

#include <QJsonObject>

namespace cw {

namespace {

Result<std::optional<QString>> readSecret(CliContext &ctx)
{
    QObject context;
    return waitFor<Result<std::optional<QString>>>(
        [&](auto done) { ctx.credentials().read(WebhookDispatcher::secretKey(), &context, done); });
}

QJsonObject stateJson(const WebhookState &s)
{
    return QJsonObject{
        {QStringLiteral("paused"), s.paused},
        {QStringLiteral("pause_reason"), s.pauseReason.isEmpty() ? QJsonValue() : QJsonValue(s.pauseReason)},
        {QStringLiteral("pending"), s.pending},
        {QStringLiteral("delivered"), s.delivered},
        {QStringLiteral("last_error"), s.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.lastError)}};
}

// A dispatcher configured from Settings and the keychain, or the reason there is none.
Result<std::unique_ptr<WebhookDispatcher>> configured(CliContext &ctx, const Clock &clock)
{
    if (!ctx.database())
        return Error{QStringLiteral("db.unavailable"), Cli::tr("The database could not be opened.")};
    auto firm = FirmWebhook::load(*ctx.database());
    if (!firm)
        return firm.error();
    const QUrl url = firm->has_value() ? firm->value().url : QUrl();
    if (url.isEmpty())
        return Error{QStringLiteral("webhook.not_configured"),
                     Cli::tr("No webhook is set up. Set one with: casewatch-cli webhook set --url URL")};
    auto secret = readSecret(ctx);
    if (!secret)
        return secret.error();
    auto dispatcher = std::make_unique<WebhookDispatcher>(*ctx.database(), clock);
    if (Status s = dispatcher->configure(url, secret.value().value_or(QString())); !s)
        return s.error();
    return dispatcher;
}

} // namespace

int runWebhook(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The firm's webhook: every status change CaseWatch sees is POSTed to it as signed JSON. 'set' reads "
                "the signing secret from standard input, never from the command line; 'deliver' sends what is "
                "waiting and exits; 'resume' ends a pause after repeated failures."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("set, show, clear, test, deliver or resume."));
    parser.addOption({QStringLiteral("url"), Cli::tr("The endpoint (for 'set'): https, or http to this computer."),
                      QStringLiteral("URL")});
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    const QString action = parser.positionalArguments().value(0);
    Settings settings;
    SystemClock clock;
    QObject context;

    if (action == u"set") {
        const QUrl url(parser.value(QStringLiteral("url")).trimmed());
        if (url.isEmpty())
            return ctx.usageError(Cli::tr("webhook set needs --url URL (the secret is read from standard input)."));
        if (Status valid = WebhookDispatcher::validateEndpoint(url); !valid)
            return ctx.usageError(valid.error().message);
        const QString secret = readSecretFromStdin(ctx, Cli::tr("Signing secret (input hidden): "));
        if (secret.size() < 16)
            return ctx.usageError(
                Cli::tr("The signing secret must be at least 16 characters, given on standard input."));
        const Status saved = waitFor<Status>(
            [&](auto done) { ctx.credentials().write(WebhookDispatcher::secretKey(), secret, &context, done); });
        if (!saved) {
            ctx.printError(saved.error());
            return ExitUsage;
        }
        settings.setValue(Settings::Key::WebhookUrl, url.toString());
        settings.setValue(Settings::Key::WebhookEnabled, true);
        if (!ctx.database())
            return ExitUsage;
        // The firm's webhook, for every desktop on this database (webhook/FirmWebhook.h).
        if (Status s = FirmWebhook::save(*ctx.database(), url, true, secret); !s) {
            ctx.printError(s.error());
            return ExitUsage;
        }
        // From now on: switching a webhook on does not replay the past.
        if (auto started = WebhookOutbox(*ctx.database()).enqueueNew(clock.nowUtc()); !started) {
            ctx.printError(started.error());
            return ExitUsage;
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("url"), url.toString()}, {QStringLiteral("enabled"), true}});
        else
            ctx.printLine(Cli::tr("Webhook set: status changes from now on go to %1 (secret stored in the keychain).")
                              .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        return ExitOk;
    }
    if (action == u"clear") {
        const Status removed = waitFor<Status>(
            [&](auto done) { ctx.credentials().remove(WebhookDispatcher::secretKey(), &context, done); });
        if (!removed) {
            ctx.printError(removed.error());
            return ExitUsage;
        }
        settings.setValue(Settings::Key::WebhookUrl, QString());
        settings.setValue(Settings::Key::WebhookEnabled, false);
        if (!ctx.database())
            return ExitUsage;
        if (Status s = FirmWebhook::clear(*ctx.database()); !s) {
            ctx.printError(s.error());
            return ExitUsage;
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("enabled"), false}});
        else
            ctx.printLine(Cli::tr("Webhook removed, with its signing secret."));
        return ExitOk;
    }
    if (!ctx.database())
        return ExitUsage;
    if (action == u"show") {
        auto secret = readSecret(ctx);
        const WebhookState state = WebhookDispatcher(*ctx.database(), clock).state();
        auto firm = FirmWebhook::load(*ctx.database());
        if (!firm) {
            ctx.printError(firm.error());
            return ExitItemsFailed;
        }
        const FirmWebhookConfig config = firm->value_or(FirmWebhookConfig{});
        const QString url = config.url.toString();
        const bool enabled = config.enabled && !url.isEmpty();
        const bool hasSecret = secret && secret.value().has_value();
        // Whether this desktop's secret is the firm's (it delivers only then).
        const bool secretIsFirms = hasSecret
                                   && (config.fingerprint.isEmpty() // set up before fingerprints were kept
                                       || FirmWebhook::matches(config.fingerprint, secret.value().value()));
        if (ctx.json) {
            QJsonObject o = stateJson(state);
            o.insert(QStringLiteral("url"), url.isEmpty() ? QJsonValue() : QJsonValue(url));
            o.insert(QStringLiteral("enabled"), enabled);
            o.insert(QStringLiteral("secret_stored"), hasSecret);
            o.insert(QStringLiteral("secret_matches_firm"), secretIsFirms);
            o.insert(QStringLiteral("set_by"), config.setBy.isEmpty() ? QJsonValue() : QJsonValue(config.setBy));
            ctx.printJson(o);
        } else {
            ctx.printLine(url.isEmpty()
                              ? Cli::tr("No webhook is set up.")
                              : Cli::tr("Webhook: %1 (%2)").arg(url, enabled ? Cli::tr("on") : Cli::tr("off")));
            ctx.printLine(!hasSecret      ? Cli::tr("Signing secret: none stored.")
                          : secretIsFirms ? Cli::tr("Signing secret: stored in the keychain (not shown); the firm's.")
                                          : Cli::tr("Signing secret: stored in the keychain (not shown), but not the "
                                                    "firm's: this desktop sends nothing."));
            ctx.printLine(Cli::tr("Waiting: %1, delivered: %2").arg(state.pending).arg(state.delivered));
            if (state.paused)
                ctx.printLine(Cli::tr("Paused: %1").arg(state.pauseReason));
            if (!state.lastError.isEmpty())
                ctx.printLine(Cli::tr("Last error: %1").arg(state.lastError));
        }
        if (!secret)
            ctx.printError(secret.error());
        return ExitOk;
    }
    if (action == u"resume") {
        if (Status s = WebhookOutbox(*ctx.database()).resume(); !s) {
            ctx.printError(s.error());
            return ExitUsage;
        }
        ctx.printLine(Cli::tr("Delivery resumed: waiting events are sent at the next 'deliver' or by the app."));
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("paused"), false}});
        return ExitOk;
    }
    if (action != u"test" && action != u"deliver")
        return ctx.usageError(Cli::tr("webhook needs an action: set, show, clear, test, deliver or resume."));

    auto dispatcher = configured(ctx, clock);
    if (!dispatcher) {
        ctx.printError(dispatcher.error());
        return ExitUsage;
    }
    WebhookDispatcher &d = *dispatcher.value();
    if (action == u"test") {
        QEventLoop loop;
        bool ok = false;
        QString message;
        QObject::connect(&d, &WebhookDispatcher::testFinished, &loop, [&](bool success, const QString &text) {
            ok = success;
            message = text;
            loop.quit();
        });
        d.sendTest();
        if (message.isEmpty())
            loop.exec();
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}});
        else if (ok)
            ctx.printLine(message);
        else
            ctx.printMessage(message);
        return ok ? ExitOk : ExitItemsFailed;
    }
    // deliver: what can go now goes; what waits for its retry time stays for the next run.
    QEventLoop loop;
    int delivered = 0;
    int failed = 0;
    QObject::connect(&d, &WebhookDispatcher::delivered, &loop, [&] { ++delivered; });
    QObject::connect(&d, &WebhookDispatcher::attemptFailed, &loop, [&](const QString &eventId, const QString &error) {
        ++failed;
        ctx.printMessage(Cli::tr("event %1: %2").arg(eventId, error));
    });
    QObject::connect(&d, &WebhookDispatcher::idle, &loop, &QEventLoop::quit);
    d.start();
    loop.exec();
    d.stop();
    const WebhookState state = d.state();
    if (ctx.json) {
        QJsonObject o = stateJson(state);
        o.insert(QStringLiteral("sent"), delivered);
        o.insert(QStringLiteral("failed_attempts"), failed);
        ctx.printJson(o);
    } else {
        ctx.printLine(Cli::tr("Delivered %1, still waiting %2.").arg(delivered).arg(state.pending));
        if (state.paused)
            ctx.printLine(Cli::tr("Paused: %1").arg(state.pauseReason));
    }
    return state.pending == 0 ? ExitOk : ExitItemsFailed;
}

} // namespace cw
