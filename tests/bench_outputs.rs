//! The classic benchmark programs (`bench/programs/`) must print exactly what CPython 3.11
//! prints. Each runs here at the small size recorded in `bench/expected/<name>.size`, and its
//! stdout is compared with `bench/expected/<name>.out` (recorded by `bench/record_outputs.py`).
//! The last line is `bench outputs: N passed, M failed`.

use std::path::Path;
use std::process::Command;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench");
    let exe = env!("CARGO_BIN_EXE_ferropy");
    let mut names: Vec<String> = std::fs::read_dir(root.join("programs"))
        .expect("bench/programs")
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".py")).map(str::to_string))
        .collect();
    names.sort();
    let (mut passed, mut failed) = (0, 0);
    for name in &names {
        let expected = std::fs::read_to_string(root.join("expected").join(format!("{name}.out")));
        let size = std::fs::read_to_string(root.join("expected").join(format!("{name}.size")));
        let (Ok(expected), Ok(size)) = (expected, size) else {
            println!("FAIL {name}: no recorded output (run python3 bench/record_outputs.py)");
            failed += 1;
            continue;
        };
        let output = Command::new(exe)
            .arg(format!("{name}.py"))
            .arg(size.trim())
            .current_dir(root.join("programs"))
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .output()
            .expect("run ferropy");
        let got = String::from_utf8_lossy(&output.stdout);
        if output.status.success() && got == expected {
            passed += 1;
        } else {
            failed += 1;
            let err = String::from_utf8_lossy(&output.stderr);
            println!("FAIL {name}: status {:?}\n--- expected\n{expected}--- got\n{got}--- stderr\n{err}", output.status.code());
        }
    }
    println!("bench outputs: {passed} passed, {failed} failed");
    std::process::exit(if failed > 0 { 1 } else { 0 });
}
