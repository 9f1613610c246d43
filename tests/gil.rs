//! The GIL's policies, statistics and traces: ferropy's own features, which CPython cannot
//! record, so these tests assert properties instead of comparing with a recording.
//!
//! Thread programs here run under the deterministic policy where an exact result is asserted
//! (the same interleaving on every run), and every run has a time limit.

use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_secs(60);

fn ferropy(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ferropy"));
    cmd.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.env_remove("FERROPY_GIL");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("run ferropy");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            panic!("ferropy {args:?} did not finish within {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn run_ok(args: &[&str], env: &[(&str, &str)]) -> String {
    let out = ferropy(args, env);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "ferropy {args:?} failed: {stderr}");
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Two threads increment a shared counter without a lock.
const RACE: &str = r#"
import _thread
counter = 0
done = _thread.allocate_lock()
left = [2]
def work():
    global counter
    for _ in range(20000):
        counter += 1
    with guard:
        left[0] -= 1
        if left[0] == 0:
            done.release()
guard = _thread.allocate_lock()
done.acquire()
_thread.start_new_thread(work, ())
_thread.start_new_thread(work, ())
done.acquire()
print(counter)
"#;

#[test]
fn deterministic_policy_repeats_the_same_race() {
    for ticks in [5, 13] {
        let policy = format!("gil=deterministic:{ticks}");
        let first = run_ok(&["-X", &policy, "-c", RACE], &[]);
        let second = run_ok(&["-X", &policy, "-c", RACE], &[]);
        assert_eq!(first, second, "the deterministic policy interleaved differently");
        let total: u64 = first.trim().parse().expect("a count");
        assert!(total < 40000, "an unlocked += switched every {ticks} ticks should lose updates, got {total}");
    }
    // The loop is 7 instructions long: switching every 7 always lands between iterations, so
    // nothing is lost — the same program, a different schedule, a different result.
    assert_eq!(run_ok(&["-X", "gil=deterministic:7", "-c", RACE], &[]), "40000\n");
}

#[test]
fn policy_comes_from_option_or_environment() {
    let show = "import gil, sys; print(gil.policy(), sys.getcheckinterval(), sys.getswitchinterval())";
    assert_eq!(run_ok(&["-c", show], &[]), "interval:0.005 100 0.005\n");
    assert_eq!(run_ok(&["-X", "gil=ticks:50", "-c", show], &[]), "ticks:50 50 0.005\n");
    assert_eq!(run_ok(&["-X", "gil=interval:0.001", "-c", show], &[]), "interval:0.001 100 0.001\n");
    assert_eq!(run_ok(&["-c", show], &[("FERROPY_GIL", "fair")]), "fair:0.005 100 0.005\n");
    assert_eq!(run_ok(&["-X", "gil=ticks", "-c", show], &[("FERROPY_GIL", "fair")]), "ticks:100 100 0.005\n");
    assert_eq!(run_ok(&["-E", "-c", show], &[("FERROPY_GIL", "fair")]), "interval:0.005 100 0.005\n");
}

#[test]
fn a_bad_policy_is_a_usage_error() {
    for spec in ["gil=bogus", "gil=ticks:0", "gil=interval:-1", "gil=ticks:x"] {
        let out = ferropy(&["-X", spec, "-c", "pass"], &[]);
        assert_eq!(out.status.code(), Some(2), "-X {spec}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("-X gil:"), "-X {spec}: {err}");
    }
}

#[test]
fn set_policy_at_run_time() {
    let program = r#"
import gil, sys
gil.set_policy("ticks", 30)
print(gil.policy(), sys.getcheckinterval())
gil.set_policy("interval:0.002")
print(gil.policy(), sys.getswitchinterval())
gil.set_policy("fair")
print(gil.policy())
for bad in [("bogus",), ("ticks", 0), ("interval:1", 2)]:
    try:
        gil.set_policy(*bad)
    except ValueError as e:
        print("ValueError")
sys.setcheckinterval(7)
sys.setswitchinterval(0.01)
gil.set_policy("ticks")
print(gil.policy(), sys.getswitchinterval())
"#;
    let out = run_ok(&["-c", program], &[]);
    assert_eq!(out, "ticks:30 30\ninterval:0.002 0.002\nfair:0.002\nValueError\nValueError\nValueError\nticks:7 0.01\n");
}

/// Two CPU-bound threads, joined by the main thread.
const TWO_SPINNERS: &str = r#"
import _thread, gil
done = _thread.allocate_lock()
guard = _thread.allocate_lock()
left = [2]
def spin(n):
    while n > 0:
        n -= 1
    with guard:
        left[0] -= 1
        if left[0] == 0:
            done.release()
done.acquire()
gil.reset_stats()
_thread.start_new_thread(spin, (300000,))
_thread.start_new_thread(spin, (300000,))
done.acquire()
s = gil.stats()
t = s["total"]
print(s["policy"].split(":")[0], len(s["threads"]) >= 3)
for key in ["acquisitions", "switches", "voluntary_releases", "periodic_releases", "drop_requests", "forced_drops", "lost_wakeups"]:
    print(key, t[key] > 0)
print(all(t[k] >= 0 for k in ["hold_time", "wait_time", "longest_wait"]), t["longest_wait"] <= t["wait_time"])
"#;

fn counters(out: &str) -> std::collections::HashMap<String, String> {
    out.lines().filter_map(|l| l.split_once(' ')).map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn ticks_policy_releases_periodically() {
    let out = run_ok(&["-X", "gil=ticks:100", "-c", TWO_SPINNERS], &[]);
    let c = counters(&out);
    assert_eq!(c["ticks"], "True");
    assert_eq!(c["periodic_releases"], "True", "{out}");
    assert_eq!(c["drop_requests"], "False", "the tick policy makes no drop requests: {out}");
    assert_eq!(c["acquisitions"], "True");
    assert!(out.ends_with("True True\n"), "{out}");
}

#[test]
fn interval_policy_forces_switches() {
    let out = run_ok(&["-X", "gil=interval:0.001", "-c", TWO_SPINNERS], &[]);
    let c = counters(&out);
    assert_eq!(c["interval"], "True");
    assert_eq!(c["drop_requests"], "True", "{out}");
    assert_eq!(c["forced_drops"], "True", "{out}");
    assert_eq!(c["periodic_releases"], "False", "{out}");
    assert_eq!(c["switches"], "True", "{out}");
}

#[test]
fn blocking_calls_release_the_gil() {
    let program = r#"
import _thread, time, gil
done = _thread.allocate_lock()
done.acquire()
def sleeper():
    time.sleep(0.01)
    done.release()
gil.reset_stats()
_thread.start_new_thread(sleeper, ())
done.acquire()
me = _thread.get_ident()
s = gil.stats()
print(s["threads"][me]["voluntary_releases"] >= 1, s["total"]["voluntary_releases"] >= 2)
"#;
    for policy in ["interval", "ticks", "fair", "deterministic"] {
        let out = run_ok(&["-X", &format!("gil={policy}"), "-c", program], &[]);
        assert_eq!(out, "True True\n", "under {policy}");
    }
}

#[test]
fn gil_stats_prints_a_table_at_exit() {
    let out = ferropy(&["-X", "gil-stats", "-X", "gil=ticks:10", "-c", TWO_SPINNERS], &[]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("GIL statistics: policy ticks, check interval 10 ticks\n"), "{err}");
    assert!(err.contains("\nMainThread "), "{err}");
    assert!(err.lines().last().unwrap_or("").starts_with("total "), "{err}");
    assert_eq!(err.lines().count(), 2 + 3 + 1, "header, column names, three threads, total: {err}");
}

#[test]
fn gil_trace_writes_chrome_trace_json() {
    let dir = std::env::temp_dir().join(format!("ferropy-gil-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("trace.json");
    let option = format!("gil-trace={}", path.display());
    let out = ferropy(&["-X", &option, "-X", "gil=interval:0.001", "-c", TWO_SPINNERS], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json = std::fs::read_to_string(&path).expect("the trace file");
    assert!(json.starts_with("{\"displayTimeUnit\":\"ms\",\"traceEvents\":["), "{}", &json[..80.min(json.len())]);
    assert!(json.trim_end().ends_with("]}"));
    assert!(json.contains(r#""name":"thread_name","ph":"M""#));
    assert!(json.contains(r#""args":{"name":"MainThread"}"#));
    assert!(json.contains(r#""name":"hold","cat":"gil","ph":"X""#));
    assert!(json.contains(r#""name":"wait","cat":"gil","ph":"X""#));
    assert!(json.contains(r#""name":"drop_request","cat":"gil","ph":"i""#));
    // Every event is one object per line between the brackets; braces balance.
    let opens = json.matches('{').count();
    assert_eq!(opens, json.matches('}').count());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn trace_from_python() {
    let program = r#"
import _thread, gil, time
gil.trace_start()
done = _thread.allocate_lock()
done.acquire()
def work():
    time.sleep(0.001)
    done.release()
_thread.start_new_thread(work, ())
done.acquire()
events = gil.trace_stop()
kinds = {e[2] for e in events}
print(sorted(kinds & {"acquire", "release"}), kinds <= {"acquire", "release", "wait", "drop_request", "forced_drop"})
print(all(a[0] <= b[0] for a, b in zip(events, events[1:])))
print(gil.trace_stop())
"#;
    let out = run_ok(&["-c", program], &[]);
    assert_eq!(out, "['acquire', 'release'] True\nTrue\n[]\n");
}

#[test]
fn many_threads_and_lock_operations_lose_nothing() {
    let program = r#"
import _thread
lock = _thread.allocate_lock()
guard = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
N, K = 100, 2000
count = [0]
left = [N]
def work():
    for _ in range(K):
        with lock:
            count[0] += 1
    with guard:
        left[0] -= 1
        if left[0] == 0:
            done.release()
for _ in range(N):
    _thread.start_new_thread(work, ())
done.acquire()
print(count[0])
"#;
    for policy in ["interval", "ticks:10", "fair"] {
        let out = run_ok(&["-X", &format!("gil={policy}"), "-c", program], &[]);
        assert_eq!(out, "200000\n", "under {policy}");
    }
}
