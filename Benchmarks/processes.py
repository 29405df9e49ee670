"""Running benchmark commands and measuring them, for batch-benchmark.py.

Commands are spawned directly (posix_spawn, no shell) and reaped with wait4, so each process's
own CPU time and peak resident memory come from the kernel's rusage, with no sampling and no
/usr/bin/time process in between.
"""
import os
import signal
import time


class Measurement:
    """A batch of processes: wall seconds from the first spawn to the last exit, CPU seconds
    (user + system, summed over the processes), the largest process's peak RSS in MiB, and the
    commands that failed (exit status other than 0), each with the last line of the batch's
    stderr log when it was reaped (with several at a time, not necessarily its own)."""

    def __init__(self, wall, cpu, peak_mib, failures):
        self.wall = wall
        self.cpu = cpu
        self.peak_mib = peak_mib
        self.failures = failures

    def __add__(self, other):
        """Two batches run one after the other."""
        return Measurement(self.wall + other.wall, self.cpu + other.cpu,
                           max(self.peak_mib, other.peak_mib), self.failures + other.failures)


def run(commands, jobs=1, stdout=os.devnull, stderr_log=os.devnull, rss_limit_mib=None):
    """Runs `commands` (argument lists), at most `jobs` at a time, stdout to the file `stdout`
    (truncated first, then appended to) and stderr to `stderr_log`; returns their Measurement.
    With `rss_limit_mib`, a process whose resident memory passes it is killed and counted as
    failed (checked every 0.1 s, so that a batch that grows with its input cannot exhaust a
    shared machine)."""
    for path in {stdout, stderr_log} - {os.devnull}:
        open(path, "w").close()
    actions = [(os.POSIX_SPAWN_OPEN, 1, stdout, os.O_WRONLY | os.O_APPEND, 0),
               (os.POSIX_SPAWN_OPEN, 2, stderr_log, os.O_WRONLY | os.O_APPEND, 0)]
    pending = list(reversed(commands))
    running = {}
    cpu, peak, failed, killed = 0.0, 0, [], {}
    start = time.perf_counter()
    while pending or running:
        while pending and len(running) < jobs:
            command = pending.pop()
            pid = os.posix_spawnp(command[0], command, os.environ, file_actions=actions)
            running[pid] = command
        pid, status, usage = os.wait4(-1, os.WNOHANG if rss_limit_mib else 0)
        if pid == 0:
            for running_pid, command in running.items():
                if resident_mib(running_pid) > rss_limit_mib:
                    os.kill(running_pid, signal.SIGKILL)
                    killed[running_pid] = (f"killed: resident memory passed {rss_limit_mib} MiB "
                                           f"after {time.perf_counter() - start:.0f} s")
            time.sleep(0.1)
            continue
        command = running.pop(pid)
        cpu += usage.ru_utime + usage.ru_stime
        peak = max(peak, usage.ru_maxrss)  # KiB on Linux
        if os.waitstatus_to_exitcode(status) != 0:
            failed.append((command, killed.get(pid) or last_line(stderr_log)))
    return Measurement(time.perf_counter() - start, cpu, peak / 1024, failed)


def resident_mib(pid):
    """The resident memory of process `pid` now, in MiB (0 once it has exited)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0


def last_line(path):
    """The last non-empty line of the file at `path`, or '' (for failure messages)."""
    if path == os.devnull:
        return ""
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    return lines[-1] if lines else ""
