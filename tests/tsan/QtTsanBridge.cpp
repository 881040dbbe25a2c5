// Linked into the test programs of a ThreadSanitizer build only (CASEWATCH_SANITIZE=thread).
//
// Debian's Qt is not built with TSan, so the synchronisation Qt does inside libQt6Core when work
// crosses threads — a queued signal or invokeMethod() posts an event under a mutex, the receiving
// thread takes it under the same mutex — is invisible to TSan (Qt's mutexes are futex-based), and
// every value handed over that way is reported as a race. This file tells TSan about exactly that
// hand-over, the way a TSan-built Qt would: a *release* where our code gives Qt work for another
// thread (a signal is emitted, invokeMethod()/QTimer::singleShot()/postEvent() is called), an
// *acquire* where Qt delivers an event; the same for a QThread's end (release as its thread-local
// storage is cleaned up, after its deferred deletes; acquire when wait() returns). One gap is left
// to suppressions.txt: a queued signal's arguments are copied inside Qt after the emission's
// release, with no hook before the post.
// Nothing else is annotated or suppressed: every memory access and atomic in our code is checked
// (tst_tsan_canary: a plain race and a write after a hand-over are still caught).
#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>
#include <QThreadStorage>
#include <QTimer>

#include <dlfcn.h>
#include <sanitizer/tsan_interface.h>

// Exported by libQt6Core (the hook QTest's -vs signal dump uses); declared in a private header.
struct QSignalSpyCallbackSet
{
    typedef void (*BeginCallback)(QObject *caller, int signal_or_method_index, void **argv);
    typedef void (*EndCallback)(QObject *caller, int signal_or_method_index);
    BeginCallback signal_begin_callback, slot_begin_callback;
    EndCallback signal_end_callback, slot_end_callback;
};
void qt_register_signal_spy_callbacks(QSignalSpyCallbackSet *callback_set);

namespace {

// One synchronisation object standing for the posted-event queues.
char g_eventQueues;

void handOver()
{
    __tsan_release(&g_eventQueues);
}

void signalEmitted(QObject *, int, void **)
{
    handOver();
}

// One synchronisation object standing for "a QThread finished" (QThread::wait() returned).
char g_threadEnds;

// Released when a thread's QThreadStorage is cleaned up: in QThreadPrivate::finish, after the
// thread's deferred deletes (a worker object deleted on finished()) and before wait() returns.
struct EndOfThread
{
    ~EndOfThread() { __tsan_release(&g_threadEnds); }
};

void markThread()
{
    thread_local bool marked = false; // checked on every event: no QThreadStorage lookup each time
    if (marked)
        return;
    static auto *ends = new QThreadStorage<EndOfThread *>; // never destroyed: used until exit
    ends->setLocalData(new EndOfThread);
    marked = true;
}

bool eventDelivered(void **)
{
    __tsan_acquire(&g_eventQueues);
    markThread(); // a thread that runs an event loop is one somebody may wait() for
    return false; // never consumes the event
}

template<typename Fn>
Fn real(const char *mangled)
{
    void *symbol = dlsym(RTLD_NEXT, mangled);
    if (!symbol)
        qFatal("QtTsanBridge: %s not found in libQt6Core", mangled);
    return reinterpret_cast<Fn>(symbol);
}

struct Install
{
    Install()
    {
        static QSignalSpyCallbackSet callbacks{signalEmitted, nullptr, nullptr, nullptr};
        qt_register_signal_spy_callbacks(&callbacks);
        QInternal::registerCallback(QInternal::EventNotifyCallback, eventDelivered);
    }
} install;

} // namespace

// Our code's calls into these resolve here first (the program's own definition), then go on to Qt's.
bool QMetaObject::invokeMethodImpl(QObject *object, QtPrivate::QSlotObjectBase *slot, Qt::ConnectionType type,
                                   void *ret)
{
    using Fn = bool (*)(QObject *, QtPrivate::QSlotObjectBase *, Qt::ConnectionType, void *);
    static const Fn next =
        real<Fn>("_ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14ConnectionTypeEPv");
    handOver();
    return next(object, slot, type, ret);
}

void QTimer::singleShotImpl(int msec, Qt::TimerType timerType, const QObject *receiver,
                            QtPrivate::QSlotObjectBase *slotObj)
{
    using Fn = void (*)(int, Qt::TimerType, const QObject *, QtPrivate::QSlotObjectBase *);
    static const Fn next =
        real<Fn>("_ZN6QTimer14singleShotImplEiN2Qt9TimerTypeEPK7QObjectPN9QtPrivate15QSlotObjectBaseE");
    handOver();
    next(msec, timerType, receiver, slotObj);
}

void QCoreApplication::postEvent(QObject *receiver, QEvent *event, int priority)
{
    using Fn = void (*)(QObject *, QEvent *, int);
    static const Fn next = real<Fn>("_ZN16QCoreApplication9postEventEP7QObjectP6QEventi");
    handOver();
    next(receiver, event, priority);
}

// Qt's threads are detached and wait() sleeps on a wait condition: no pthread_join for TSan to see.
bool QThread::wait(QDeadlineTimer deadline)
{
    using Fn = bool (*)(QThread *, QDeadlineTimer);
    static const Fn next = real<Fn>("_ZN7QThread4waitE14QDeadlineTimer");
    const bool finished = next(this, deadline);
    if (finished)
        __tsan_acquire(&g_threadEnds);
    return finished;
}
