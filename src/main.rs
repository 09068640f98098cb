//! The `pyproc` command: run a file, `-c CODE`, a program on stdin, or
//! the interactive REPL.

use pyproc::trace::tracer::Options as TraceOptions;
use pyproc::vm::Vm;
use std::io::{IsTerminal, Read};

const USAGE: &str = "usage: pyproc [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-u     : unbuffered stdout and stderr (also PYTHONUNBUFFERED=x)
-V     : print the pyproc version number and exit (also --version)
--trace[=FILE]     : record the process events of the program and all its
                     descendants (in FILE), print the process tree on stderr
--trace-svg=FILE   : --trace, and draw the timeline as an SVG picture
--trace-report=FILE: print the tree (and SVG) of an existing trace file
file   : program read from script file (.pp or .py)
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Code(String),
    Stdin,
    Repl,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut trace = None;
    let (program, argv) = match parse_args(&args[1..], &mut trace) {
        Ok(p) => p,
        Err(status) => std::process::exit(status),
    };
    match &trace {
        Some(TraceOptions {
            report: Some(path), ..
        }) => {
            let opts = trace.clone().unwrap_or_default();
            std::process::exit(pyproc::trace::tracer::report_only(&opts, path))
        }
        Some(opts) => pyproc::trace::tracer::start(opts, &program_name(&program)),
        None => pyproc::trace::resume_from_env(),
    }
    let color = std::io::stderr().is_terminal();
    let status = match program {
        Program::File(path) => run_file(&path, argv, color),
        Program::Code(code) => {
            let mut vm = new_vm(argv, String::new());
            pyproc::run::run_program(&mut vm, &code, "<string>", color)
        }
        Program::Stdin => {
            let mut src = String::new();
            if std::io::stdin().read_to_string(&mut src).is_err() {
                eprintln!("pyproc: can't read program from stdin");
                std::process::exit(2);
            }
            let mut vm = new_vm(argv, String::new());
            pyproc::run::run_program(&mut vm, &src, "<stdin>", color)
        }
        Program::Repl => {
            let mut vm = new_vm(argv, String::new());
            pyproc::repl::run(&mut vm)
        }
    };
    pyproc::trace::exit(status);
    std::process::exit(status);
}

/// What the trace calls the program: its path, `-c` or `-`.
fn program_name(program: &Program) -> String {
    match program {
        Program::File(path) => path.clone(),
        Program::Code(_) => "-c".to_string(),
        Program::Stdin => "-".to_string(),
        Program::Repl => "REPL".to_string(),
    }
}

/// Splits the command line into the program to run and `sys.argv`.
fn parse_args(
    args: &[String],
    trace: &mut Option<TraceOptions>,
) -> Result<(Program, Vec<String>), i32> {
    let Some(first) = args.first() else {
        return Ok(if std::io::stdin().is_terminal() {
            (Program::Repl, vec![String::new()])
        } else {
            (Program::Stdin, vec![String::new()])
        });
    };
    match first.as_str() {
        "-h" | "--help" | "-?" => {
            print!("{USAGE}");
            Err(0)
        }
        "-u" => {
            pyproc::io::set_unbuffered();
            let (program, argv) = parse_args(&args[1..], trace)?;
            Ok((program, argv))
        }
        opt if opt == "--trace" || opt.starts_with("--trace") && opt.contains('=') => {
            let opts = trace.get_or_insert_with(TraceOptions::default);
            if opt == "--trace" {
            } else if let Some(file) = opt.strip_prefix("--trace=") {
                opts.file = Some(file.to_string());
            } else if let Some(file) = opt.strip_prefix("--trace-svg=") {
                opts.svg = Some(file.to_string());
            } else if let Some(file) = opt.strip_prefix("--trace-report=") {
                opts.report = Some(file.to_string());
            } else {
                eprintln!("Unknown option: {opt}");
                eprint!("{USAGE}");
                return Err(2);
            }
            parse_args(&args[1..], trace)
        }
        "-V" | "--version" => {
            println!("pyproc {}", env!("CARGO_PKG_VERSION"));
            Err(0)
        }
        "-c" => match args.get(1) {
            Some(code) => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[2..].iter().cloned());
                Ok((Program::Code(code.clone()), argv))
            }
            None => {
                eprintln!("Argument expected for the -c option");
                eprint!("{USAGE}");
                Err(2)
            }
        },
        "-" => {
            let mut argv = vec!["-".to_string()];
            argv.extend(args[1..].iter().cloned());
            Ok((Program::Stdin, argv))
        }
        opt if opt.starts_with('-') && opt.len() > 1 => {
            eprintln!("Unknown option: {opt}");
            eprint!("{USAGE}");
            Err(2)
        }
        path => Ok((Program::File(path.to_string()), args.to_vec())),
    }
}

fn run_file(path: &str, argv: Vec<String>, color: bool) -> i32 {
    let src = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
            eprintln!(
                "pyproc: can't open file '{}': [Errno {}] {}",
                abs.display(),
                errno,
                nix::errno::Errno::from_raw(errno).desc()
            );
            return 2;
        }
    };
    // As CPython 3.9+, `__file__` and tracebacks name the script by its
    // absolute path, and sys.path[0] is its directory.
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
    let dir = match abs.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_string_lossy().into_owned(),
        _ => String::new(),
    };
    let mut vm = new_vm(argv, dir);
    pyproc::run::run_program(&mut vm, &src, &abs.to_string_lossy(), color)
}

/// A VM whose module search path starts with the script's directory (""
/// for the current one), then PYPROCPATH.
fn new_vm(argv: Vec<String>, script_dir: String) -> Vm {
    let mut vm = Vm::new(argv);
    pyproc::signals::install_defaults();
    vm.path.push(script_dir);
    if let Ok(extra) = std::env::var("PYPROCPATH") {
        vm.path
            .extend(extra.split(':').filter(|s| !s.is_empty()).map(String::from));
    }
    vm
}
