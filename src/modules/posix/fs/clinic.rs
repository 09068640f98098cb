//! Argument binding for the `os` functions CPython declares through
//! Argument Clinic (`mkdir(path, mode=0o777, *, dir_fd=None)`), with its
//! messages, which differ from those of `PyArg_UnpackTuple`.

use crate::error::{PyResult, type_error};
use crate::value::{Str, Value};

/// A clinic signature: parameter names, how many may be positional and
/// how many of those are required. Keyword-only parameters are optional.
pub struct Sig {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub max_pos: usize,
    pub min_pos: usize,
}

impl Sig {
    /// One slot per parameter, None where the caller gave nothing.
    pub fn bind(&self, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Vec<Option<Value>>> {
        let name = self.name;
        let (nargs, total) = (args.len(), args.len() + kwargs.len());
        let max = self.params.len();
        if total > max {
            return Err(type_error(format!(
                "{name}() takes at most {max} {}argument{} ({total} given)",
                if nargs == 0 { "keyword " } else { "" },
                if max == 1 { "" } else { "s" },
            )));
        }
        if nargs > self.max_pos {
            return Err(self.too_many_positional(nargs));
        }
        let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
        let mut unused = kwargs.len();
        for (i, p) in self.params.iter().enumerate().skip(nargs) {
            let found = kwargs.iter().find(|(k, _)| k.as_str() == *p);
            if found.is_some() {
                unused -= 1;
            } else if i < self.min_pos {
                return Err(type_error(format!(
                    "{name}() missing required argument '{p}' (pos {})",
                    i + 1
                )));
            }
            out.push(found.map(|(_, v)| v.clone()));
        }
        if unused > 0 {
            return Err(self.stray_keyword(nargs, kwargs));
        }
        Ok(out)
    }

    fn too_many_positional(&self, nargs: usize) -> crate::error::PyErr {
        let (name, max) = (self.name, self.max_pos);
        if max == 0 {
            return type_error(format!("{name}() takes no positional arguments"));
        }
        let how = if self.min_pos < max {
            "at most"
        } else {
            "exactly"
        };
        let plural = if max == 1 { "" } else { "s" };
        type_error(format!(
            "{name}() takes {how} {max} positional argument{plural} ({nargs} given)"
        ))
    }

    /// A keyword that named a positional argument again, or no parameter.
    fn stray_keyword(&self, nargs: usize, kwargs: &[(Str, Value)]) -> crate::error::PyErr {
        let name = self.name;
        for (i, p) in self.params.iter().enumerate().take(nargs) {
            if kwargs.iter().any(|(k, _)| k.as_str() == *p) {
                return type_error(format!(
                    "argument for {name}() given by name ('{p}') and position ({})",
                    i + 1
                ));
            }
        }
        let bad = kwargs
            .iter()
            .find(|(k, _)| !self.params.contains(&k.as_str()))
            .map(|(k, _)| k.as_str().to_string())
            .unwrap_or_default();
        type_error(format!(
            "'{bad}' is an invalid keyword argument for {name}()"
        ))
    }
}
