//! Python modules embedded in the binary (generated list; one line per file in stdlib/lib).

/// (module name, source, is a package).
pub const MODULES: &[(&str, &str, bool)] = &[
    ("_collections_abc", include_str!("../lib/_collections_abc.py"), false),
    ("abc", include_str!("../lib/abc.py"), false),
    ("bisect", include_str!("../lib/bisect.py"), false),
    ("collections", include_str!("../lib/collections.py"), false),
    ("contextlib", include_str!("../lib/contextlib.py"), false),
    ("copy", include_str!("../lib/copy.py"), false),
    ("enum", include_str!("../lib/enum.py"), false),
    ("errno", include_str!("../lib/errno.py"), false),
    ("functools", include_str!("../lib/functools.py"), false),
    ("heapq", include_str!("../lib/heapq.py"), false),
    ("io", include_str!("../lib/io.py"), false),
    ("itertools", include_str!("../lib/itertools.py"), false),
    ("keyword", include_str!("../lib/keyword.py"), false),
    ("operator", include_str!("../lib/operator.py"), false),
    ("random", include_str!("../lib/random.py"), false),
    ("statistics", include_str!("../lib/statistics.py"), false),
    ("string", include_str!("../lib/string.py"), false),
    ("textwrap", include_str!("../lib/textwrap.py"), false),
    ("types", include_str!("../lib/types.py"), false),
];
