#include "CliPrompt.h"

#include "CliContext.h"

#include <QTextStream>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace cw {

QString readSecretFromStdin(const CliContext &ctx, const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        ctx.printMessage(prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(ctx)
    Q_UNUSED(prompt)
#endif
    QTextStream in(stdin);
    const QString secret = in.readLine().trimmed();
#ifdef Q_OS_UNIX
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
    return secret;
}

} // namespace cw
