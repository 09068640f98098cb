//! Calls: plain `Call`, keyword `CallKw`, method `LoadMethod`/`CallMethod`,
//! and `CallEx` for `*args` / `**kwargs`.

use super::display::TUPLE;
use super::{CResult, Compiler, error};
use crate::ast::{Expr, ExprKind, Keyword};
use crate::bytecode::Op;
use std::collections::HashSet;

fn has_star(args: &[Expr]) -> bool {
    args.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)))
}

impl<'a> Compiler<'a> {
    pub(crate) fn call(&mut self, func: &'a Expr, args: &'a [Expr], kws: &'a [Keyword]) -> CResult {
        check_keywords(kws)?;
        if let ExprKind::Attribute { value, attr } = &func.kind
            && kws.is_empty()
            && !has_star(args)
        {
            return self.method_call(func, value, attr, args);
        }
        self.expr(func)?;
        self.call_helper(0, args, kws)
    }

    /// `obj.m(a, b)`: avoids creating a bound method.
    fn method_call(
        &mut self,
        func: &'a Expr,
        obj: &'a Expr,
        attr: &str,
        args: &'a [Expr],
    ) -> CResult {
        self.expr(obj)?;
        let i = self.attr_index(attr);
        self.with_span(func.span, |c| c.emit(Op::LoadMethod(i)));
        self.exprs(args)?;
        self.emit(Op::CallMethod(args.len() as u32));
        Ok(())
    }

    /// Pushes the arguments and calls the function below them; `pushed`
    /// arguments are already on the stack (class name and body function
    /// for `__build_class__`).
    pub(crate) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        kws: &'a [Keyword],
    ) -> CResult {
        let double_star = kws.iter().any(|k| k.arg.is_none());
        if has_star(args) || double_star {
            return self.call_ex(pushed, args, kws);
        }
        self.exprs(args)?;
        let n = pushed + args.len() as u32;
        if kws.is_empty() {
            self.emit(Op::Call(n));
            return Ok(());
        }
        for k in kws {
            self.expr(&k.value)?;
        }
        let names: Vec<&str> = kws.iter().map(|k| k.arg.as_deref().unwrap_or("")).collect();
        self.load_str_tuple(&names);
        self.emit(Op::CallKw(n + kws.len() as u32));
        Ok(())
    }

    /// `f(*a, **k)`: positional arguments become one tuple, keywords one
    /// dict (CPython's `ex_call` path of `compiler_call_helper`).
    fn call_ex(&mut self, pushed: u32, args: &'a [Expr], kws: &'a [Keyword]) -> CResult {
        if has_star(args) || pushed > 0 {
            self.star_unpack(args, pushed, TUPLE)?;
        } else {
            self.exprs(args)?;
            self.emit(Op::BuildTuple(args.len() as u32));
        }
        if kws.is_empty() {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        self.kwargs_dict(kws)?;
        self.emit(Op::CallEx(1));
        Ok(())
    }

    /// Builds the keyword dict: runs of `name=value` become BuildMap, each
    /// `**m` is merged with duplicate-key checking (DictMerge).
    fn kwargs_dict(&mut self, kws: &'a [Keyword]) -> CResult {
        let mut have_dict = false;
        let mut pending = 0u32;
        for k in kws {
            match &k.arg {
                Some(name) => {
                    self.load_str(name);
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    self.flush_kwargs(&mut pending, &mut have_dict);
                    if !have_dict {
                        self.emit(Op::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        self.flush_kwargs(&mut pending, &mut have_dict);
        Ok(())
    }

    fn flush_kwargs(&mut self, pending: &mut u32, have_dict: &mut bool) {
        if *pending == 0 {
            return;
        }
        self.emit(Op::BuildMap(*pending));
        if *have_dict {
            self.emit(Op::DictMerge(1));
        }
        *have_dict = true;
        *pending = 0;
    }
}

/// `f(x=1, x=2)` is a SyntaxError at compile time.
fn check_keywords(kws: &[Keyword]) -> CResult {
    let mut seen = HashSet::new();
    for k in kws {
        if let Some(name) = &k.arg
            && !seen.insert(name.as_str())
        {
            return error(format!("keyword argument repeated: {name}"), k.span);
        }
    }
    Ok(())
}
