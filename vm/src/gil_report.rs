//! Showing what the GIL did: the per-thread statistics table (`-X gil-stats`, printed to stderr
//! at exit) and Chrome trace-event JSON (`-X gil-trace=FILE`, `gil.trace_stop()` exports),
//! which Perfetto and `chrome://tracing` open with one track per thread.
//!
//! The trace is built from the GIL's event list after the fact: a `wait` event followed by the
//! same thread's `acquire` becomes a "wait" slice, an `acquire` followed by its `release` a
//! "hold" slice; drop requests and forced drops are instants. Nothing here runs while threads
//! compete: it reads copies the GIL handed out.

use crate::gil::{Serial, ThreadStats, TraceEvent, TraceKind, GIL};
use std::collections::BTreeMap;
use std::fmt::Write;

/// The statistics summed over every thread.
pub fn total(stats: &[(Serial, ThreadStats)]) -> ThreadStats {
    let mut t = ThreadStats { name: "total".into(), ..Default::default() };
    for (_, s) in stats {
        t.acquisitions += s.acquisitions;
        t.switches += s.switches;
        t.voluntary_releases += s.voluntary_releases;
        t.periodic_releases += s.periodic_releases;
        t.drop_requests += s.drop_requests;
        t.forced_drops += s.forced_drops;
        t.lost_wakeups += s.lost_wakeups;
        t.hold_ns += s.hold_ns;
        t.wait_ns += s.wait_ns;
        t.longest_wait_ns = t.longest_wait_ns.max(s.longest_wait_ns);
    }
    t
}

fn ms(ns: u64) -> f64 {
    ns as f64 / 1e6
}

/// The table `-X gil-stats` prints.
pub fn stats_table() -> String {
    let (policy, ticks, interval) = GIL.policy();
    let stats = GIL.stats();
    let mut out = String::new();
    let knob = match policy {
        crate::gil::Policy::Ticks | crate::gil::Policy::Deterministic => format!("check interval {ticks} ticks"),
        _ => format!("switch interval {interval} s"),
    };
    let _ = writeln!(out, "GIL statistics: policy {}, {knob}", policy.name());
    let _ = writeln!(
        out,
        "{:<24} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>11} {:>11} {:>11}",
        "thread", "acquired", "switches", "blocking", "periodic", "requests", "forced", "lost", "held ms", "waited ms", "longest ms"
    );
    let total = total(&stats);
    for s in stats.iter().map(|(_, s)| s).chain(std::iter::once(&total)) {
        let name: String = s.name.chars().take(24).collect();
        let _ = writeln!(
            out,
            "{:<24} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>11.3} {:>11.3} {:>11.3}",
            name,
            s.acquisitions,
            s.switches,
            s.voluntary_releases,
            s.periodic_releases,
            s.drop_requests,
            s.forced_drops,
            s.lost_wakeups,
            ms(s.hold_ns),
            ms(s.wait_ns),
            ms(s.longest_wait_ns)
        );
    }
    out
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Chrome trace-event JSON for `events`, which ended at `end_ns`.
pub fn chrome_trace(events: &[TraceEvent], end_ns: u64, names: &BTreeMap<Serial, String>) -> String {
    let pid = std::process::id();
    let mut items: Vec<String> = Vec::new();
    for (tid, name) in names {
        items.push(format!(r#"{{"name":"thread_name","ph":"M","pid":{pid},"tid":{tid},"args":{{"name":{}}}}}"#, json_str(name)));
    }
    let us = |ns: u64| ns as f64 / 1000.0;
    let slice = |name: &str, tid: Serial, from: u64, to: u64| {
        format!(r#"{{"name":"{name}","cat":"gil","ph":"X","pid":{pid},"tid":{tid},"ts":{:.3},"dur":{:.3}}}"#, us(from), us(to.saturating_sub(from)))
    };
    // Open hold and wait periods per thread. A thread holding the lock when tracing started
    // releases before it ever acquires: its hold is drawn from the start.
    let mut holding: BTreeMap<Serial, u64> = BTreeMap::new();
    let mut waiting: BTreeMap<Serial, u64> = BTreeMap::new();
    let mut seen: std::collections::BTreeSet<Serial> = std::collections::BTreeSet::new();
    for e in events {
        let first = seen.insert(e.thread);
        match e.kind {
            TraceKind::Wait => {
                waiting.insert(e.thread, e.at_ns);
            }
            TraceKind::Acquire => {
                if let Some(from) = waiting.remove(&e.thread) {
                    items.push(slice("wait", e.thread, from, e.at_ns));
                }
                holding.insert(e.thread, e.at_ns);
            }
            TraceKind::Release => {
                let from = holding.remove(&e.thread).or(if first { Some(0) } else { None });
                if let Some(from) = from {
                    items.push(slice("hold", e.thread, from, e.at_ns));
                }
            }
            TraceKind::DropRequest | TraceKind::ForcedDrop => {
                if first && e.kind == TraceKind::ForcedDrop {
                    holding.insert(e.thread, 0);
                }
                items.push(format!(r#"{{"name":"{}","cat":"gil","ph":"i","s":"t","pid":{pid},"tid":{},"ts":{:.3}}}"#, e.kind.name(), e.thread, us(e.at_ns)));
            }
        }
    }
    for (tid, from) in holding {
        items.push(slice("hold", tid, from, end_ns));
    }
    for (tid, from) in waiting {
        items.push(slice("wait", tid, from, end_ns));
    }
    let mut out = String::from("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
    out.push_str(&items.join(",\n"));
    out.push_str("\n]}\n");
    out
}
