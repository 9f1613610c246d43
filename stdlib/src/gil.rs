//! `gil`: choosing the GIL's switching policy at run time and reading what it did.
//!
//! `policy()` names the current policy as `-X gil=` accepts it (`"interval:0.005"`);
//! `set_policy(name, value=None)` switches; `stats()` returns per-thread and total counters as
//! dicts (times in seconds); `reset_stats()` zeroes them; `trace_start()` / `trace_stop(path=None)`
//! record acquisitions, releases, waits and drop requests, returning `(seconds, ident, event)`
//! tuples and, given a path, writing Chrome trace-event JSON; `stats_table()` is the text
//! `-X gil-stats` prints. The lock itself lives in `ferropy_vm::gil`.

use ferropy_vm::gil::{Policy, ThreadStats, GIL};
use ferropy_vm::object::function::Args;
use ferropy_vm::object::NativeFn;
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};

fn spec(policy: Policy, ticks: u32, interval: f64) -> String {
    match policy {
        Policy::Ticks | Policy::Deterministic => format!("{}:{ticks}", policy.name()),
        Policy::Interval | Policy::Fair => format!("{}:{interval}", policy.name()),
    }
}

fn policy(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (p, ticks, interval) = GIL.policy();
    Ok(vm.new_str(spec(p, ticks, interval)))
}

fn set_policy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args.get(0, "name").and_then(|v| vm.str_of(v)).map(str::to_string) else {
        return vm.type_error("set_policy() argument 'name' must be str");
    };
    let mut text = name.clone();
    match args.get(1, "value") {
        None | Some(Value::None) => {}
        Some(v) => {
            if name.contains(':') {
                return vm.value_error("give the value either in the name or as 'value', not both");
            }
            let shown = vm.str_string(v)?;
            text = format!("{name}:{shown}");
        }
    }
    match ferropy_vm::gil::parse_policy(&text) {
        Ok((p, ticks, interval)) => {
            ferropy_vm::gil::apply_policy(p, ticks, interval);
            vm.ticks_left = vm.ticks_left.min(GIL.tick_reload());
            Ok(Value::None)
        }
        Err(msg) => vm.value_error(msg),
    }
}

fn stats_dict(vm: &mut Vm, s: &ThreadStats) -> PyResult<Value> {
    let d = vm.new_dict_obj();
    let secs = |ns: u64| Value::float(ns as f64 / 1e9);
    let fields: [(&str, Value); 11] = [
        ("name", vm.new_str(s.name.as_str())),
        ("acquisitions", Value::Int(s.acquisitions as i64)),
        ("switches", Value::Int(s.switches as i64)),
        ("voluntary_releases", Value::Int(s.voluntary_releases as i64)),
        ("periodic_releases", Value::Int(s.periodic_releases as i64)),
        ("drop_requests", Value::Int(s.drop_requests as i64)),
        ("forced_drops", Value::Int(s.forced_drops as i64)),
        ("lost_wakeups", Value::Int(s.lost_wakeups as i64)),
        ("hold_time", secs(s.hold_ns)),
        ("wait_time", secs(s.wait_ns)),
        ("longest_wait", secs(s.longest_wait_ns)),
    ];
    for (k, v) in fields {
        let key = Value::Obj(vm.intern(k));
        ferropy_vm::object::dict::dict_set(vm, &d, key, v)?;
    }
    Ok(Value::Obj(d))
}

fn stats(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let all = GIL.stats();
    let threads = vm.new_dict_obj();
    for (serial, s) in &all {
        let entry = stats_dict(vm, s)?;
        if let Value::Obj(e) = &entry {
            let key = Value::Obj(vm.intern("alive"));
            ferropy_vm::object::dict::dict_set(vm, e, key, Value::bool(s.alive))?;
        }
        ferropy_vm::object::dict::dict_set(vm, &threads, Value::Int(*serial as i64), entry)?;
    }
    let total = stats_dict(vm, &ferropy_vm::gil_report::total(&all))?;
    let (p, ticks, interval) = GIL.policy();
    let out = vm.new_dict_obj();
    let items = [("policy", vm.new_str(spec(p, ticks, interval))), ("threads", Value::Obj(threads)), ("total", total)];
    for (k, v) in items {
        let key = Value::Obj(vm.intern(k));
        ferropy_vm::object::dict::dict_set(vm, &out, key, v)?;
    }
    Ok(Value::Obj(out))
}

fn reset_stats(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    GIL.reset_stats();
    Ok(Value::None)
}

fn stats_table(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str(ferropy_vm::gil_report::stats_table()))
}

fn trace_start(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    GIL.trace_start();
    Ok(Value::None)
}

fn trace_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = match args.get(0, "path") {
        None | Some(Value::None) => None,
        Some(v) => match vm.str_of(v) {
            Some(s) => Some(s.to_string()),
            None => return vm.type_error("trace_stop() argument 'path' must be str or None"),
        },
    };
    let (events, _dropped, end) = GIL.trace_stop();
    if let Some(path) = path {
        let json = ferropy_vm::gil_report::chrome_trace(&events, end, &GIL.thread_names());
        if let Err(e) = std::fs::write(&path, json) {
            return Err(ferropy_vm::builtins::file::os_error(vm, &e, Some(&path)));
        }
    }
    let mut out = Vec::with_capacity(events.len());
    for e in &events {
        let kind = Value::Obj(vm.intern(e.kind.name()));
        out.push(vm.new_tuple(vec![Value::float(e.at_ns as f64 / 1e9), Value::Int(e.thread as i64), kind]));
    }
    Ok(vm.new_list(out))
}

/// `_set_thread_name(name)`: the calling thread's name in statistics and traces (threading
/// calls it when a thread starts or is renamed).
pub fn set_thread_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args.pos.first().and_then(|v| vm.str_of(v)).map(str::to_string) else {
        return vm.type_error("_set_thread_name() argument must be str");
    };
    GIL.set_thread_name(vm.thread, &name);
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("policy", policy),
    ("set_policy", set_policy),
    ("stats", stats),
    ("reset_stats", reset_stats),
    ("stats_table", stats_table),
    ("trace_start", trace_start),
    ("trace_stop", trace_stop),
    ("_set_thread_name", set_thread_name),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    crate::native_module(vm, "gil", FUNCTIONS)
}
