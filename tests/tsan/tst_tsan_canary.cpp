// ThreadSanitizer build only: how QtTsanBridge and the suppressions behave, one mode per ctest test.
// Must be reported (ctest passes only when TSan prints a data race):
//   plain:  two threads write one int, no synchronisation at all;
//   queued: a thread hands work to the main thread through invokeMethod() and writes the data
//           the work reads *after* the hand-over — what the bridge's release/acquire does not cover.
// Must stay silent (ctest fails if TSan prints anything):
//   signal: a thread emits a queued signal whose argument Qt copies inside libQt6Core *after* the
//           emission began and then posts; the main thread reads the copy at once while the thread
//           stays quiet. Qt's posted-event mutex orders the copy before the read; this is the shape
//           of the report a CI run of tst_poller once printed (PollerStatus through statusChanged);
//   join:   a worker object deleted when its thread finishes writes main's data in its destructor;
//           main reads it after QThread::wait() (how Poller::stop() ends the poll engine).
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <cstring>

namespace {

struct Payload
{
    int number = 0;
    QString text;
    QDateTime when;
};

class Emitter : public QObject
{
    Q_OBJECT
signals:
    void ready(const Payload &payload);
};

int signalMode(QCoreApplication &app)
{
    qRegisterMetaType<Payload>();
    constexpr int rounds = 200;
    Emitter emitter; // lives in the main thread; emitted from the worker: queued to the receiver
    QObject receiver;
    int received = 0;
    long sum = 0;
    QObject::connect(
        &emitter, &Emitter::ready, &receiver,
        [&](const Payload &p) {
            sum += p.number + p.text.size();
            if (++received == rounds)
                app.quit();
        },
        Qt::QueuedConnection);
    QThread *worker = QThread::create([&emitter] {
        for (int i = 1; i <= rounds; ++i) {
            Payload p{i, QStringLiteral("round %1").arg(i), QDateTime::currentDateTimeUtc()};
            emit emitter.ready(p);
            QThread::usleep(500); // quiet: no further hand-over until the receiver has read the copy
        }
    });
    worker->start();
    QCoreApplication::exec();
    worker->wait();
    delete worker;
    std::printf("received %d, sum %ld\n", received, sum);
    return received == rounds ? 0 : 1;
}

class Worker : public QObject
{
public:
    explicit Worker(int &result) : m_result(result) { }
    ~Worker() override { m_result = 7; } // runs in the worker thread, after finished()

private:
    int &m_result;
};

int joinMode()
{
    int result = 0;
    QThread thread;
    auto *worker = new Worker(result);
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(
        worker, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    thread.wait();
    std::printf("result %d\n", result);
    return result == 7 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int shared = 0;
    if (argc > 1 && std::strcmp(argv[1], "signal") == 0)
        return signalMode(app);
    if (argc > 1 && std::strcmp(argv[1], "join") == 0)
        return joinMode();
    if (argc > 1 && std::strcmp(argv[1], "queued") == 0) {
        // The worker stays quiet until the main thread has read: if it finished first, its
        // finished() signal would be a later hand-over that orders the write before the read.
        // Relaxed atomics order nothing for TSan.
        std::atomic<bool> read{false};
        QThread *worker = QThread::create([&app, &shared, &read] {
            QMetaObject::invokeMethod(
                &app,
                [&app, &shared, &read] {
                    std::printf("read %d\n", shared);
                    read.store(true, std::memory_order_relaxed);
                    app.quit();
                },
                Qt::QueuedConnection);
            shared = 42; // after the hand-over: a real race with the read above
            while (!read.load(std::memory_order_relaxed))
                QThread::msleep(1);
        });
        worker->start();
        QCoreApplication::exec();
        worker->wait();
        delete worker;
        return 0;
    }
    QThread *writer = QThread::create([&shared] {
        for (int i = 0; i < 1000; ++i)
            shared = shared + 1; // unsynchronised, on purpose
    });
    writer->start();
    for (int i = 0; i < 1000; ++i)
        shared = shared + 1;
    writer->wait();
    delete writer;
    return shared > 0 ? 0 : 1;
}

#include "tst_tsan_canary.moc"
