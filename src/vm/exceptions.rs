//! Raising and reporting exceptions: instantiating lazy errors, traceback
//! entries, `except` matching, chaining, and CPython's traceback printout.

use super::Vm;
use super::frame::Frame;
use crate::error::{ErrRepr, ExcKind, PyErr, PyResult, TracebackEntry, type_error};
use crate::object::class::{ExceptionData, InstancePayload};
use crate::value::Value;
use std::cell::RefCell;

impl Vm {
    /// Turns any error into an exception instance, setting its
    /// `__context__` to the exception being handled.
    pub fn materialize(&mut self, err: PyErr) -> Value {
        let exc = match *err.repr {
            ErrRepr::Object(v) => v,
            ErrRepr::Lazy { kind, args } => {
                let cls = self.exc_class(kind);
                let v = self.new_instance(&cls);
                if let Some(data) = exc_data(&v) {
                    data.borrow_mut().args = Value::tuple(args);
                }
                if kind.is_oserror_family() {
                    crate::types::exceptions::init_oserror_fields(self, &v);
                }
                v
            }
        };
        if !self.exc_info.is_none()
            && !self.exc_info.is(&exc)
            && let Some(data) = exc_data(&exc)
            && data.borrow().context.is_none()
        {
            data.borrow_mut().context = self.exc_info.clone();
        }
        exc
    }

    /// Records that the exception passed through `frame`.
    pub fn add_traceback(&self, exc: &Value, frame: &Frame) {
        if let Some(data) = exc_data(exc) {
            data.borrow_mut().traceback.push(TracebackEntry {
                code: frame.code.clone(),
                line: frame.line(),
            });
        }
    }

    /// Instantiates `raise X` operands: a class is called with no args.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        let base = self.exc_class(ExcKind::BaseException);
        match &v {
            Value::Class(c) if c.is_subclass(&base) => {
                let c = c.clone();
                self.call_class(&c, vec![], vec![])
            }
            Value::Instance(_) if self.isinstance(&v, &base) => Ok(v),
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    pub fn set_cause(&self, exc: &Value, cause: Value) {
        if let Some(data) = exc_data(exc) {
            let mut d = data.borrow_mut();
            d.cause = cause;
            d.suppress_context = true;
        }
    }

    pub fn set_context(&self, exc: &Value, context: Value) {
        if let Some(data) = exc_data(exc) {
            data.borrow_mut().context = context;
        }
    }

    /// `except T:` matching, T a class or tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Class(c) => {
                if !c.is_subclass(&self.exc_class(ExcKind::BaseException)) {
                    return Err(type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(self.isinstance(exc, c))
            }
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// The `value` of a StopIteration (its first argument or None).
    pub fn exception_value(&self, exc: &Value) -> Value {
        match exc_data(exc) {
            Some(data) => match &data.borrow().args {
                Value::Tuple(t) if !t.is_empty() => t[0].clone(),
                _ => Value::None,
            },
            None => Value::None,
        }
    }

    /// Whether an exception instance is of a built-in kind.
    pub fn is_kind(&self, exc: &Value, kind: ExcKind) -> bool {
        self.isinstance(exc, &self.exc_class(kind))
    }

    /// The traceback text CPython prints for an exception, chain included.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        self.format_exception_chain(exc, &mut out, &mut Vec::new());
        out
    }

    /// Prints an uncaught exception with its chain, as CPython does.
    pub fn print_exception(&mut self, exc: &Value) {
        let out = self.format_exception(exc);
        self.stdout.flush();
        self.stderr.write_str(&out);
        self.stderr.flush();
    }

    fn format_exception_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(exc.rc_addr().unwrap_or(0));
        if let Some(data) = exc_data(exc) {
            let (cause, context, suppress) = {
                let d = data.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if !cause.is_none() && !seen.contains(&cause.rc_addr().unwrap_or(0)) {
                self.format_exception_chain(&cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !suppress
                && !context.is_none()
                && !seen.contains(&context.rc_addr().unwrap_or(0))
            {
                self.format_exception_chain(&context, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_one_exception(exc, out);
    }

    fn format_one_exception(&mut self, exc: &Value, out: &mut String) {
        if let Some(data) = exc_data(exc) {
            let tb = data.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                format_traceback_entries(&tb, out);
            }
        }
        out.push_str(&self.exception_line(exc));
        out.push('\n');
    }

    /// `TypeError: message`, or just the name when the message is empty.
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let cls = self.type_of(exc);
        let name = match cls.lookup(&self.names.module) {
            Some(Value::Str(m)) if m.as_str() != "builtins" && m.as_str() != "__main__" => {
                format!("{}.{}", m.as_str(), cls.qualname.borrow().as_str())
            }
            _ => cls.qualname.borrow().as_str().to_string(),
        };
        let msg = match self.to_str(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

/// CPython prints the innermost frame last, and folds a run of more than
/// three identical lines into "[Previous line repeated N more times]".
fn format_traceback_entries(tb: &[TracebackEntry], out: &mut String) {
    let mut last: Option<(usize, u32, usize)> = None;
    let mut repeat = 0usize;
    let flush_repeat = |out: &mut String, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for entry in tb.iter().rev() {
        let key = (
            std::rc::Rc::as_ptr(&entry.code.source) as usize,
            entry.line,
            std::rc::Rc::as_ptr(&entry.code) as usize,
        );
        if last == Some(key) {
            repeat += 1;
            if repeat > 3 {
                continue;
            }
        } else {
            flush_repeat(out, repeat);
            repeat = 1;
            last = Some(key);
        }
        let code = &entry.code;
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.source.filename,
            entry.line,
            code.name.as_str()
        ));
        // CPython shows no source for pseudo-files (`<string>` of -c and
        // exec, `<stdin>`): it reads lines from files only.
        let name = &code.source.filename;
        let pseudo = name.starts_with('<') && name.ends_with('>');
        let text = code.source.line_text(entry.line).trim();
        if !text.is_empty() && !pseudo {
            out.push_str(&format!("    {text}\n"));
        }
    }
    flush_repeat(out, repeat);
}

/// The exception payload of an instance, if it is an exception.
pub fn exc_data(v: &Value) -> Option<&RefCell<ExceptionData>> {
    match v {
        Value::Instance(inst) => match &inst.payload {
            InstancePayload::Exception(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

impl ExcKind {
    pub fn is_oserror_family(self) -> bool {
        let mut k = self;
        loop {
            if k == ExcKind::OSError {
                return true;
            }
            match k.base() {
                Some(b) => k = b,
                None => return false,
            }
        }
    }
}
