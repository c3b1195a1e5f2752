//! Background work yields to requests. A scheduled backup copies, checks, seals and re-checks
//! the whole database (four passes over it, each through SQLCipher or age): on a small host
//! that is a core's worth of work for seconds, and when the request threads already need the
//! cores, the queue that builds up meanwhile showed as 2-3 s of latency for every request, the
//! static assets included (docs/BENCHMARKS.md, "Largest-site simulation", cause 3). The
//! backup thread therefore runs at a lower CPU priority (nice 10) and the lowest best-effort
//! I/O priority, so the kernel gives request threads the cores and the disk first and the
//! backup takes what is left. It still finishes: nice 10 is a smaller share, not starvation.

/// The nice value of background threads (0 is normal, 19 the lowest).
pub const BACKGROUND_NICE: i32 = 10;

/// Lowers the calling thread's CPU and I/O priority; returns what could not be done (the
/// thread then simply runs at normal priority).
pub fn lower_this_thread() -> Result<(), String> {
    // On Linux, PRIO_PROCESS with a thread id sets that thread's nice value alone.
    // SAFETY: plain system calls on the calling thread's own id; no memory is passed.
    let tid = unsafe { libc::syscall(libc::SYS_gettid) } as libc::id_t;
    // Never raise it: a server started under `nice -n 15` keeps its backups at 15.
    let current = unsafe { libc::getpriority(libc::PRIO_PROCESS, tid) };
    let nice = unsafe { libc::setpriority(libc::PRIO_PROCESS, tid, BACKGROUND_NICE.max(current)) };
    // ioprio_set(IOPRIO_WHO_PROCESS, tid, best-effort class at level 7, the lowest).
    const IOPRIO_CLASS_BE: libc::c_long = 2;
    const IOPRIO_CLASS_SHIFT: libc::c_long = 13;
    const IOPRIO_WHO_PROCESS: libc::c_long = 1;
    let io = unsafe {
        libc::syscall(
            libc::SYS_ioprio_set,
            IOPRIO_WHO_PROCESS,
            tid as libc::c_long,
            (IOPRIO_CLASS_BE << IOPRIO_CLASS_SHIFT) | 7,
        )
    };
    match (nice, io) {
        (0, 0) => Ok(()),
        _ => Err(format!(
            "cannot lower the background thread's priority: {}",
            std::io::Error::last_os_error()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lowered_thread_runs_at_nice_10_and_the_others_do_not() {
        let nice = || -> i32 {
            let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
            // Field 19 (nice), counted after the command name's closing parenthesis.
            let rest = &stat[stat.rfind(')').unwrap() + 2..];
            rest.split(' ').nth(16).unwrap().parse().unwrap()
        };
        let before = nice();
        let lowered = std::thread::spawn(move || {
            lower_this_thread().unwrap();
            nice()
        })
        .join()
        .unwrap();
        assert_eq!(lowered, BACKGROUND_NICE.max(before));
        assert_eq!(nice(), before, "the caller's own priority is unchanged");
    }
}
