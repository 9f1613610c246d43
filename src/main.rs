//! The `ferropy` command: CPython 3.11's command line.
//!
//! Options are parsed the way CPython's getopt does — short options may be bundled (`-BOc`),
//! and the first `-c`, `-m`, script or `-` ends option parsing, everything after it going to
//! `sys.argv` — which is why this is a small hand-written parser rather than a declarative one.
//! The interpreter runs on a thread with a large stack, so deep native recursion ends in
//! `RecursionError` rather than a stack overflow.

use ferropy_vm::context::Options;
use ferropy_vm::{Interpreter, MainSource};
use std::io::Read;

const HELP: &str = "usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Target {
    Command(String),
    Module(String),
    File(String),
    Stdin,
}

struct Cli {
    options: Options,
    target: Target,
    args: Vec<String>,
}

fn env_flag(name: &str) -> u8 {
    match std::env::var(name) {
        Ok(v) if !v.is_empty() => match v.trim().parse::<i64>() {
            Ok(n) if n >= 0 => n.min(255) as u8,
            _ => 1,
        },
        _ => 0,
    }
}

/// A command-line error, as CPython reports it: the message, the usage line naming the
/// program as it was invoked, and the pointer to `-h` (which CPython spells `python`).
fn usage_error(prog: &str, msg: &str) -> ! {
    eprintln!("{msg}");
    eprintln!("usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...");
    eprintln!("Try `python -h' for more information.");
    std::process::exit(2);
}

fn parse(prog: &str, argv: &[String]) -> Cli {
    let mut options = Options::default();
    let mut optimize_flags = 0u8;
    let mut dont_write = false;
    let mut unbuffered = false;
    let mut verbose = 0u8;
    let mut i = 0;
    let mut target = None;
    while i < argv.len() && target.is_none() {
        let arg = &argv[i];
        i += 1;
        if arg == "--" {
            break;
        }
        if arg == "--help" {
            print!("{HELP}");
            std::process::exit(0);
        }
        if arg == "--version" {
            println!("Python {} (ferropy {})", ferropy_vm::sys::VERSION, env!("CARGO_PKG_VERSION"));
            std::process::exit(0);
        }
        if arg == "-" {
            target = Some(Target::Stdin);
            break;
        }
        if !arg.starts_with('-') || arg.len() == 1 {
            target = Some(Target::File(arg.clone()));
            break;
        }
        if arg == "--check-hash-based-pycs" {
            let value = argv.get(i).cloned().unwrap_or_default();
            i += 1;
            if !["default", "always", "never"].contains(&value.as_str()) {
                usage_error(prog, "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
            }
            options.check_hash_based_pycs = value;
            continue;
        }
        if arg.starts_with("--") {
            usage_error(prog, &format!("unknown option {arg}"));
        }
        let chars: Vec<char> = arg[1..].chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            j += 1;
            let rest: String = chars[j..].iter().collect();
            let mut take_value = |name: char| -> String {
                if !rest.is_empty() {
                    j = chars.len();
                    rest.clone()
                } else if i < argv.len() {
                    i += 1;
                    argv[i - 1].clone()
                } else {
                    usage_error(prog, &format!("Argument expected for the -{name} option"));
                }
            };
            match c {
                'c' => {
                    target = Some(Target::Command(take_value('c')));
                    break;
                }
                'm' => {
                    target = Some(Target::Module(take_value('m')));
                    break;
                }
                'W' => options.warnoptions.push(take_value('W')),
                'X' => options.xoptions.push(take_value('X')),
                'B' => dont_write = true,
                'O' => optimize_flags += 1,
                'u' => unbuffered = true,
                'v' => verbose += 1,
                'E' => options.ignore_environment = true,
                'I' => {
                    options.isolated = true;
                    options.ignore_environment = true;
                }
                's' => {}
                'S' => options.no_site = true,
                'q' => options.quiet = true,
                'i' => options.inspect = true,
                'd' | 'b' | 'R' | 'P' => {}
                'h' | '?' => {
                    print!("{HELP}");
                    std::process::exit(0);
                }
                'V' => {
                    println!("Python {}", ferropy_vm::sys::VERSION);
                    std::process::exit(0);
                }
                other => usage_error(prog, &format!("Unknown option: -{other}")),
            }
        }
    }
    let env = !options.ignore_environment;
    options.optimize = optimize_flags.max(if env { env_flag("PYTHONOPTIMIZE") } else { 0 });
    options.dont_write_bytecode = dont_write || (env && env_flag("PYTHONDONTWRITEBYTECODE") > 0);
    options.unbuffered = unbuffered || (env && env_flag("PYTHONUNBUFFERED") > 0);
    options.verbose = verbose.max(if env { env_flag("PYTHONVERBOSE") } else { 0 });
    let prefix_option = options.xoptions.iter().rev().find_map(|x| x.strip_prefix("pycache_prefix=").map(str::to_string));
    let prefix_env = std::env::var("PYTHONPYCACHEPREFIX").ok().filter(|p| env && !p.is_empty());
    options.pycache_prefix = prefix_option.or(prefix_env);
    configure_gil(prog, &mut options, env);
    let target = target.unwrap_or(Target::Stdin);
    Cli { options, target, args: argv[i..].to_vec() }
}

/// The GIL's policy from `-X gil=POLICY` (else `FERROPY_GIL`), and `-X gil-stats`,
/// `-X gil-trace=FILE`. A bad policy is a usage error.
fn configure_gil(prog: &str, options: &mut Options, env: bool) {
    let from_option = options.xoptions.iter().rev().find_map(|x| x.strip_prefix("gil=").map(str::to_string));
    let from_env = std::env::var("FERROPY_GIL").ok().filter(|p| env && !p.is_empty());
    if let Some(spec) = from_option.or(from_env) {
        match ferropy_vm::gil::parse_policy(&spec) {
            Ok((policy, ticks, interval)) => ferropy_vm::gil::apply_policy(policy, ticks, interval),
            Err(msg) => {
                eprintln!("{prog}: -X gil: {msg}");
                std::process::exit(2);
            }
        }
    }
    options.gil_stats = options.xoptions.iter().any(|x| x == "gil-stats");
    options.gil_trace = options.xoptions.iter().rev().find_map(|x| x.strip_prefix("gil-trace=").map(str::to_string));
    if options.gil_trace.is_some() {
        ferropy_vm::gil::GIL.trace_start();
    }
}

/// `ferropy --dis FILE`: prints the disassembly of a file's code (a debugging aid; the full
/// `dis` module comes with the bytecode-files work).
fn dis(path: &str) -> i32 {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("ferropy: can't open file '{path}': {e}");
            return 2;
        }
    };
    let result = ferropy_compiler::source::decode_source(&bytes, path).and_then(|src| {
        ferropy_compiler::compile_source(&src, path, ferropy_compiler::Mode::Exec, Default::default())
    });
    match result {
        Ok(code) => {
            print!("{}", ferropy_compiler::dis::disassemble(&code));
            0
        }
        Err(e) => {
            eprintln!("{}: {}", e.kind.class_name(), e);
            1
        }
    }
}

fn run(argv: Vec<String>) -> i32 {
    if argv.len() == 3 && argv[1] == "--dis" {
        return dis(&argv[2]);
    }
    let prog = argv.first().cloned().unwrap_or_else(|| "ferropy".into());
    let cli = parse(&prog, &argv[1..]);
    let cwd = std::env::current_dir().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    let (source, sys_argv0, path0) = match &cli.target {
        Target::Command(c) => (MainSource::Command(c.clone()), "-c".to_string(), String::new()),
        Target::Module(m) => (MainSource::Module(m.clone()), m.clone(), cwd.clone()),
        Target::Stdin => {
            let mut bytes = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut bytes);
            let argv0 = if argv.iter().skip(1).any(|a| a == "-") { "-" } else { "" };
            (MainSource::Stdin(bytes), argv0.to_string(), String::new())
        }
        Target::File(path) if std::path::Path::new(path).is_dir() => {
            let abs = if std::path::Path::new(path).is_absolute() { path.clone() } else { format!("{cwd}/{path}") };
            if !std::path::Path::new(&abs).join("__main__.py").is_file() {
                eprintln!("{}: can't find '__main__' module in '{abs}'", argv[0]);
                return 1;
            }
            (MainSource::Directory(abs.clone()), path.clone(), abs)
        }
        Target::File(path) => match std::fs::read(path) {
            Ok(bytes) => {
                let dir = std::path::Path::new(path).parent().map(|d| d.to_string_lossy().to_string()).unwrap_or_default();
                let abs_dir = if dir.is_empty() {
                    cwd.clone()
                } else if std::path::Path::new(&dir).is_absolute() {
                    dir
                } else {
                    format!("{cwd}/{dir}")
                };
                (MainSource::File { path: path.clone(), bytes }, path.clone(), abs_dir)
            }
            Err(e) => {
                let shown = if std::path::Path::new(path).is_absolute() { path.clone() } else { format!("{cwd}/{path}") };
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = ferropy_vm::builtins::strerror(errno);
                eprintln!("{}: can't open file '{shown}': [Errno {errno}] {msg}", argv[0]);
                return 2;
            }
        },
    };
    let mut sys_argv = vec![sys_argv0];
    sys_argv.extend(cli.args.iter().cloned());
    let mut interp = match Interpreter::new(cli.options, sys_argv, Some(path0), ferropy_stdlib::register) {
        Ok(i) => i,
        Err(msg) => {
            eprint!("{msg}");
            return 1;
        }
    };
    interp.run_main(source)
}

/// mimalloc: the interpreter and the compiler allocate many small, short-lived objects, and
/// glibc's malloc showed as a tenth of the profile of both.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().to_string()).collect();
    // SIGINT goes to the interpreter's main thread, which unblocks it for itself.
    ferropy_vm::unix::mask_sigint(true);
    let handle = std::thread::Builder::new()
        .name("main".into())
        .stack_size(1 << 30)
        .spawn(move || run(argv))
        .expect("spawn the interpreter thread");
    let code = handle.join().unwrap_or(70);
    if ferropy_vm::signals::EXIT_BY_SIGINT.load(std::sync::atomic::Ordering::Relaxed) {
        ferropy_vm::unix::die_by_sigint();
    }
    std::process::exit(code);
}
