use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

/// Manages a collection of threads.
///
/// A new thread is created every time all the existing threads are busy.
/// Any idle thread above the minimum dies after a few seconds.
///
/// Rulebook patch: upstream decided between "queue the task" and "start a thread" from an
/// atomic count of waiting threads that a woken thread decremented only after it had taken
/// the lock again. Two connections accepted in quick succession both saw the same idle
/// thread: one ran, the other sat in the queue until some long-lived keep-alive connection
/// ended (measured: 4 of 32 wrk connections served, the rest waiting seconds). Here the count
/// of idle threads and the queue live under one mutex, and a task is queued only while more
/// threads are idle than tasks are queued; otherwise a thread is started for it.
pub struct TaskPool {
    sharing: Arc<Sharing>,
}

type Task = Box<dyn FnMut() + Send>;

struct State {
    // tasks handed to the pool and not yet taken by a thread
    todo: VecDeque<Task>,
    // threads waiting for a task
    idle: usize,
    // threads alive
    threads: usize,
    // set when the pool is dropped: idle threads exit
    closing: bool,
}

struct Sharing {
    state: Mutex<State>,
    // notified whenever a task is added to `todo`
    condvar: Condvar,
}

/// Minimum number of threads kept alive while idle.
const MIN_THREADS: usize = 4;

/// How long a thread above the minimum waits for work before it exits.
const IDLE_EXIT: Duration = Duration::from_secs(5);

impl TaskPool {
    pub fn new() -> TaskPool {
        TaskPool {
            sharing: Arc::new(Sharing {
                state: Mutex::new(State {
                    todo: VecDeque::new(),
                    idle: 0,
                    threads: 0,
                    closing: false,
                }),
                condvar: Condvar::new(),
            }),
        }
    }

    /// Executes a function in a thread: an idle one if there is one free for it, else a new one.
    pub fn spawn(&self, code: Task) {
        let Ok(mut state) = self.sharing.state.lock() else {
            return;
        };
        if state.idle > state.todo.len() {
            state.todo.push_back(code);
            self.sharing.condvar.notify_one();
        } else {
            state.threads += 1;
            drop(state);
            self.add_thread(code);
        }
    }

    fn add_thread(&self, initial: Task) {
        let sharing = self.sharing.clone();
        let spawned = thread::Builder::new()
            .name("http-conn".into())
            .spawn(move || run_thread(&sharing, initial));
        if spawned.is_err() {
            // No thread could be started (resource limits): the task (and its connection) is
            // dropped, which closes the connection; the accept loop carries on.
            if let Ok(mut state) = self.sharing.state.lock() {
                state.threads = state.threads.saturating_sub(1);
            }
        }
    }
}

fn run_thread(sharing: &Sharing, mut task: Task) {
    loop {
        task();
        let Ok(mut state) = sharing.state.lock() else {
            return;
        };
        task = loop {
            if let Some(t) = state.todo.pop_front() {
                break t;
            }
            if state.closing {
                state.threads = state.threads.saturating_sub(1);
                return;
            }
            state.idle += 1;
            let (guard, timed_out) = if state.threads <= MIN_THREADS {
                match sharing.condvar.wait(state) {
                    Ok(g) => (g, false),
                    Err(_) => return,
                }
            } else {
                match sharing.condvar.wait_timeout(state, IDLE_EXIT) {
                    Ok((g, r)) => (g, r.timed_out()),
                    Err(_) => return,
                }
            };
            state = guard;
            state.idle -= 1;
            if timed_out && state.todo.is_empty() {
                state.threads = state.threads.saturating_sub(1);
                return;
            }
        };
    }
}

impl Drop for TaskPool {
    fn drop(&mut self) {
        if let Ok(mut state) = self.sharing.state.lock() {
            state.closing = true;
        }
        self.sharing.condvar.notify_all();
    }
}
