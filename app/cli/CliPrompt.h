#pragma once

#include <QEventLoop>
#include <QString>

#include <functional>
#include <optional>

namespace cw {

class CliContext;

// Runs the event loop until `start` has called its completion exactly once.
template<typename T>
T waitFor(std::function<void(std::function<void(T)>)> start)
{
    QEventLoop loop;
    std::optional<T> out;
    start([&](T value) {
        out.emplace(std::move(value));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

// One line from standard input, without echo on a terminal (after `prompt` on stderr): the way
// a secret enters the command line tool, never as an argument.
QString readSecretFromStdin(const CliContext &ctx, const QString &prompt);

} // namespace cw
