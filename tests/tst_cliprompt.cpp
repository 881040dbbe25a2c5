// The secret prompt of casewatch-cli on a real terminal (a pseudo-terminal this test opens): what
// is typed is not echoed, and Ctrl+C at the prompt gives the terminal its echo back before the
// command ends. Unix only (on Windows the prompt turns the console's echo off: app/cli/CliPrompt.cpp).
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#endif

class TestCliPrompt final : public QObject
{
    Q_OBJECT

private slots:
    void ctrlCAtTheSecretPromptRestoresEcho();
};

void TestCliPrompt::ctrlCAtTheSecretPromptRestoresEcho()
{
#if !defined(Q_OS_UNIX)
    QSKIP("Pseudo-terminals are a Unix facility.");
#else
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QCOMPARE(grantpt(master), 0);
    QCOMPARE(unlockpt(master), 0);
    const QByteArray slaveName = ptsname(master);
    const int observer = open(slaveName.constData(), O_RDWR | O_NOCTTY); // to read the terminal's mode
    QVERIFY(observer >= 0);
    termios mode{};
    QCOMPARE(tcgetattr(observer, &mode), 0);
    QVERIFY(mode.c_lflag & ECHO);

    QTemporaryDir home;
    const QByteArray data = home.filePath(QStringLiteral("data")).toLocal8Bit();
    const QByteArray config = home.filePath(QStringLiteral("config")).toLocal8Bit();
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // A session of its own with the pseudo-terminal as its controlling terminal, as a shell gives.
        setsid();
        const int slave = open(slaveName.constData(), O_RDWR);
        if (slave < 0)
            _exit(120);
        dup2(slave, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        setenv("XDG_DATA_HOME", data.constData(), 1);
        setenv("XDG_CONFIG_HOME", config.constData(), 1);
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        execl(CASEWATCH_CLI, CASEWATCH_CLI, "webhook", "set", "--url", "https://crm.example.com/hooks", nullptr);
        _exit(121);
    }
    // Wait for the prompt.
    QByteArray seen;
    const bool prompted = QTest::qWaitFor(
        [&] {
            char buffer[512];
            fcntl(master, F_SETFL, O_NONBLOCK);
            const ssize_t n = read(master, buffer, sizeof buffer);
            if (n > 0)
                seen.append(buffer, n);
            return seen.contains("input hidden");
        },
        20000);
    QVERIFY2(prompted, seen.constData());
    QCOMPARE(tcgetattr(observer, &mode), 0);
    QVERIFY(!(mode.c_lflag & ECHO)); // typing is not shown (the prompt comes once it is hidden)

    const char ctrlC = 0x03;
    QCOMPARE(write(master, &ctrlC, 1), ssize_t(1)); // the terminal sends SIGINT to the command
    int status = 0;
    QVERIFY(QTest::qWaitFor([&] { return waitpid(child, &status, WNOHANG) == child; }, 10000));
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGINT);
    QCOMPARE(tcgetattr(observer, &mode), 0);
    QVERIFY(mode.c_lflag & ECHO); // echo is back
    close(observer);
    close(master);
#endif
}

QTEST_GUILESS_MAIN(TestCliPrompt)
#include "tst_cliprompt.moc"
