#pragma once

#include "sandbox/SandboxServer.h"
#include "uscis/ApiEnvironment.h"
#include "uscis/TokenProvider.h"
#include "uscis/UscisClient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace cw::test {

// The real client, its token provider and the built-in simulator, talking HTTP over loopback.
struct ClientHarness
{
    SandboxServer server;
    QNetworkAccessManager network;
    ApiCredentials credentials = SandboxServer::demoCredentials();
    int credentialReads = 0;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<UscisClient> client;

    explicit ClientHarness(UscisClient::Options options = fastOptions())
    {
        server.start();
        const ApiEnvironment env = ApiEnvironment::demo(server.rootUrl());
        tokens = std::make_unique<TokenProvider>(network, env.tokenUrl, [this](QObject *, auto done) {
            ++credentialReads;
            done(credentials);
        });
        client = std::make_unique<UscisClient>(network, *tokens, env.apiBase, options);
    }

    static UscisClient::Options fastOptions()
    {
        UscisClient::Options o;
        o.maxAttempts = 3;
        o.baseBackoffMs = 20;
        o.maxBackoffMs = 200;
        o.timeoutMs = 5000;
        return o;
    }

    UscisClient::Outcome fetch(const char16_t *receipt)
    {
        std::optional<UscisClient::Outcome> out;
        client->fetch(ReceiptNumber::parse(receipt).value(), [&](UscisClient::Outcome o) { out = std::move(o); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            qFatal("fetch did not finish");
        return *out;
    }
};

} // namespace cw::test
