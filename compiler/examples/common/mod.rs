//! What the compiler's examples share: finding the Python files of a source tree.

use std::path::{Path, PathBuf};

/// Appends every `.py` file under `dir` to `out`, in sorted order (unreadable folders are skipped).
pub fn collect_py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_py_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}
