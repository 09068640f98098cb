//! The import system: `sys.modules`, native modules written in Rust,
//! `stdlib/*.pp` embedded in the binary, and `.pp`/`.py` files on `sys.path`.

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::{Dict, Module};
use crate::value::{Str, Value, intern};
use std::cell::RefCell;
use std::rc::Rc;

/// Modules written in pyproc itself, compiled into the binary.
pub const STDLIB: &[(&str, &str)] = &[
    ("random", include_str!("../../stdlib/random.pp")),
    ("os", include_str!("../../stdlib/os.pp")),
    ("subprocess", include_str!("../../stdlib/subprocess.pp")),
    (
        "multiprocessing",
        include_str!("../../stdlib/multiprocessing/__init__.pp"),
    ),
    (
        "multiprocessing.process",
        include_str!("../../stdlib/multiprocessing/process.pp"),
    ),
    (
        "multiprocessing.context",
        include_str!("../../stdlib/multiprocessing/context.pp"),
    ),
    (
        "multiprocessing.connection",
        include_str!("../../stdlib/multiprocessing/connection.pp"),
    ),
    (
        "multiprocessing.pool",
        include_str!("../../stdlib/multiprocessing/pool.pp"),
    ),
    ("posixpath", include_str!("../../stdlib/posixpath.pp")),
    ("stat", include_str!("../../stdlib/stat.pp")),
    ("threading", include_str!("../../stdlib/threading.pp")),
    ("queue", include_str!("../../stdlib/queue.pp")),
    ("_queue", include_str!("../../stdlib/_queue.pp")),
    (
        "multiprocessing.managers",
        include_str!("../../stdlib/multiprocessing/managers.pp"),
    ),
    (
        "multiprocessing._manager_server",
        include_str!("../../stdlib/multiprocessing/_manager_server.pp"),
    ),
    (
        "multiprocessing._manager_types",
        include_str!("../../stdlib/multiprocessing/_manager_types.pp"),
    ),
];

/// The file name an embedded module reports (in tracebacks): a package
/// (a module with submodules in STDLIB) is `<stdlib>/name/__init__.pp`, a
/// submodule `<stdlib>/package/name.pp`.
fn stdlib_filename(name: &str) -> String {
    let is_package = STDLIB.iter().any(|(n, _)| {
        n.len() > name.len() && n.starts_with(name) && n.as_bytes()[name.len()] == b'.'
    });
    let path = name.replace('.', "/");
    if is_package {
        format!("<stdlib>/{path}/__init__.pp")
    } else {
        format!("<stdlib>/{path}.pp")
    }
}

impl Vm {
    /// `import a.b.c` (returns `a` without a fromlist, else `a.b.c`).
    pub fn import_name(
        &mut self,
        name: &Str,
        fromlist: &Value,
        level: &Value,
        globals: &Rc<RefCell<Dict>>,
    ) -> PyResult<Value> {
        let level = match level {
            Value::Int(i) => *i as usize,
            _ => 0,
        };
        let full = if level > 0 {
            self.resolve_relative(name.as_str(), level, globals)?
        } else {
            name.as_str().to_string()
        };
        let mut path = String::new();
        let mut top = Value::None;
        let mut leaf = Value::None;
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                path.push('.');
            }
            path.push_str(part);
            let m = self.import_module(&path)?;
            if i == 0 {
                top = m.clone();
            } else if let Value::Module(parent) = &leaf {
                parent.dict.borrow_mut().set_str(intern(part), m.clone());
            }
            leaf = m;
        }
        let has_fromlist = match fromlist {
            Value::Tuple(t) => !t.is_empty(),
            Value::None => false,
            _ => true,
        };
        Ok(if has_fromlist { leaf } else { top })
    }

    fn resolve_relative(
        &mut self,
        name: &str,
        level: usize,
        globals: &Rc<RefCell<Dict>>,
    ) -> PyResult<String> {
        let package = match globals.borrow().get_str(&intern("__package__")) {
            Some(Value::Str(p)) if !p.as_str().is_empty() => p.as_str().to_string(),
            _ => {
                return Err(PyErr::new(
                    ExcKind::ImportError,
                    "attempted relative import with no known parent package",
                ));
            }
        };
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            parts.pop();
        }
        let mut base = parts.join(".");
        if !name.is_empty() {
            base.push('.');
            base.push_str(name);
        }
        Ok(base)
    }

    /// Imports one module by its full dotted name.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let key = intern(name);
        if let Some(m) = self.modules.borrow().get_str(&key) {
            return Ok(m.clone());
        }
        if let Some(m) = crate::modules::native_module(self, name)? {
            self.modules.borrow_mut().set_str(key, m.clone());
            return Ok(m);
        }
        if let Some((_, src)) = STDLIB.iter().find(|(n, _)| *n == name) {
            let filename = stdlib_filename(name);
            return self.run_module_source(name, &filename, src);
        }
        let rel = name.replace('.', "/");
        for dir in self.search_path() {
            for ext in ["pp", "py"] {
                let candidate = if dir.is_empty() {
                    format!("{rel}.{ext}")
                } else {
                    format!("{dir}/{rel}.{ext}")
                };
                if let Ok(src) = std::fs::read_to_string(&candidate) {
                    return self.run_module_source(name, &candidate, &src);
                }
            }
        }
        Err(PyErr::new(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{name}'"),
        ))
    }

    /// The directories to look in: `sys.path` as the program left it
    /// (it may insert or append), else the start-up path.
    fn search_path(&self) -> Vec<String> {
        let sys_path = match self.modules.borrow().get_str(&intern("sys")) {
            Some(Value::Module(m)) => m.dict.borrow().get_str(&intern("path")).cloned(),
            _ => None,
        };
        match sys_path {
            Some(Value::List(l)) => l
                .borrow()
                .iter()
                .filter_map(|d| match d {
                    Value::Str(s) => Some(s.as_str().to_string()),
                    _ => None,
                })
                .collect(),
            _ => self.path.clone(),
        }
    }

    /// Creates a module, registers it (so circular imports see it), and
    /// runs its code.
    fn run_module_source(&mut self, name: &str, filename: &str, src: &str) -> PyResult<Value> {
        let module = self.new_module(name);
        let Value::Module(m) = &module else {
            unreachable!("new_module returns a module")
        };
        m.dict
            .borrow_mut()
            .set_str(intern("__file__"), Value::str(filename));
        let package = match name.rfind('.') {
            Some(i) => &name[..i],
            None => "",
        };
        m.dict
            .borrow_mut()
            .set_str(intern("__package__"), Value::str(package));
        let key = intern(name);
        self.modules
            .borrow_mut()
            .set_str(key.clone(), module.clone());
        let globals = m.dict.clone();
        if let Err(e) = crate::run::exec_source(self, src, filename, globals) {
            self.modules.borrow_mut().remove_str(&key);
            return Err(e);
        }
        Ok(module)
    }

    /// An empty module with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> Value {
        let mut d = Dict::new();
        d.set_str(self.names.name.clone(), Value::str(name));
        d.set_str(self.names.doc.clone(), Value::None);
        d.set_str(
            self.names.builtins_.clone(),
            Value::Dict(self.builtins.clone()),
        );
        Value::Module(Rc::new(Module {
            name: intern(name),
            dict: Rc::new(RefCell::new(d)),
        }))
    }

    /// `from m import name`.
    pub fn import_from(&mut self, module: &Value, name: &Str) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let mname = match module {
                    Value::Module(m) => m.name.as_str().to_string(),
                    _ => "?".to_string(),
                };
                // A submodule not yet imported.
                if let Ok(v) = self.import_module(&format!("{mname}.{}", name.as_str())) {
                    return Ok(v);
                }
                let file = match module {
                    Value::Module(m) => match m.dict.borrow().get_str(&intern("__file__")) {
                        Some(Value::Str(f)) => format!(" ({})", f.as_str()),
                        _ => " (unknown location)".to_string(),
                    },
                    _ => String::new(),
                };
                Err(PyErr::new(
                    ExcKind::ImportError,
                    format!(
                        "cannot import name '{}' from '{}'{}",
                        name.as_str(),
                        mname,
                        file
                    ),
                ))
            }
        }
    }

    /// `from m import *`: `__all__`, else every name not starting with `_`.
    pub fn import_star(&mut self, module: &Value, target: &Rc<RefCell<Dict>>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let all = m.dict.borrow().get_str(&self.names.all).cloned();
        let names: Vec<Str> = match all {
            Some(all) => self
                .collect(&all)?
                .into_iter()
                .filter_map(|v| match v {
                    Value::Str(s) => Some(intern(s.as_str())),
                    _ => None,
                })
                .collect(),
            None => m
                .dict
                .borrow()
                .keys()
                .filter_map(|k| match &k.key {
                    Value::Str(s) if !s.as_str().starts_with('_') => Some(s.clone()),
                    _ => None,
                })
                .collect(),
        };
        for n in names {
            let v = self.get_attr(module, &n)?;
            target.borrow_mut().set_str(n, v);
        }
        Ok(())
    }
}
