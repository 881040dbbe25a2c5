#include "CliPrompt.h"

#include "CliContext.h"

#include <QTextStream>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace cw {

namespace {

#if defined(Q_OS_UNIX)
termios g_saved{};

// Ctrl+C at the prompt: give the terminal its echo back before the default action ends the process
// (tcsetattr is async-signal-safe).
extern "C" void restoreTerminalAndStop(int sig)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}
#endif

// Turns the terminal's echo off while the secret is typed, and back on when it goes out of scope.
class QuietInput final
{
public:
    QuietInput(const CliContext &ctx, const QString &prompt)
    {
#if defined(Q_OS_UNIX)
        m_tty = isatty(STDIN_FILENO);
        if (!m_tty)
            return;
        tcgetattr(STDIN_FILENO, &g_saved);
        termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_previousInt = std::signal(SIGINT, restoreTerminalAndStop);
        m_previousTerm = std::signal(SIGTERM, restoreTerminalAndStop);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        ctx.printMessage(prompt); // asked once typing is hidden
#elif defined(Q_OS_WIN)
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_tty = m_input != INVALID_HANDLE_VALUE && GetConsoleMode(m_input, &m_mode);
        if (!m_tty)
            return;
        ctx.printMessage(prompt);
        SetConsoleMode(m_input, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        Q_UNUSED(ctx)
        Q_UNUSED(prompt)
#endif
    }
    ~QuietInput()
    {
        if (!m_tty)
            return;
#if defined(Q_OS_UNIX)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
#elif defined(Q_OS_WIN)
        SetConsoleMode(m_input, m_mode);
#endif
    }
    Q_DISABLE_COPY_MOVE(QuietInput)

private:
    bool m_tty = false;
#if defined(Q_OS_UNIX)
    void (*m_previousInt)(int) = SIG_DFL;
    void (*m_previousTerm)(int) = SIG_DFL;
#elif defined(Q_OS_WIN)
    HANDLE m_input = INVALID_HANDLE_VALUE;
    DWORD m_mode = 0;
#endif
};

} // namespace

QString readSecretFromStdin(const CliContext &ctx, const QString &prompt)
{
    const QuietInput quiet(ctx, prompt);
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

} // namespace cw
