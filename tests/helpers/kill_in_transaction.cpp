// kill_in_transaction PID TRACE_FILE MAX_MS: sends SIGKILL to PID the moment its transaction trace
// (CASEWATCH_TRACE_TRANSACTIONS, core/storage/Database.cpp) ends in "B" — a transaction begun and
// not yet committed — or after MAX_MS milliseconds, whatever it is doing then. scripts/kill-test.sh
// aims its kills with it, and then checks (from the trace) where each one really landed. POSIX only.
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc != 4)
        return 2;
    const pid_t pid = pid_t(std::atoi(argv[1]));
    const auto limit = std::chrono::milliseconds(std::atoi(argv[3]));
    const auto start = std::chrono::steady_clock::now();
    int fd = -1;
    while (std::chrono::steady_clock::now() - start < limit) {
        if (fd < 0)
            fd = open(argv[2], O_RDONLY);
        if (fd < 0)
            continue;
        const off_t size = lseek(fd, 0, SEEK_END);
        char last = 0;
        if (size > 0 && pread(fd, &last, 1, size - 1) == 1 && last == 'B')
            break;
        usleep(20); // looks every few tens of microseconds without taking a whole core
    }
    kill(pid, SIGKILL);
    return 0;
}
