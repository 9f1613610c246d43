//! The import system: `import`, `from … import …`, packages and relative imports.
//!
//! A module is looked for, in order: in `sys.modules`; among the native modules registered by
//! the stdlib crate; among the Python modules embedded in the binary; then on the search path
//! (`sys.path`, or the parent package's `__path__`) as a package `name/__init__.py`, a module
//! `name.py`, or — sourceless — `name/__init__.pyc` or `name.pyc` (and `.pyo` under `-O`, as
//! Python 2 named optimized files). Source modules go through the bytecode cache
//! (`bytecode_cache`). The new module is put into `sys.modules` before its body runs (so
//! circular imports see the partial module) and removed again if the body fails.

use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::path::{Path, PathBuf};

impl Vm {
    fn sys_modules_get(&mut self, name: &str) -> Option<Value> {
        let key = self.intern(name);
        crate::object::dict::dict_get_str(&self.modules, &key)
    }

    fn module_not_found(&mut self, name: &str) -> crate::vm::PyErr {
        self.import_error("ModuleNotFoundError", format!("No module named '{name}'"), name, None)
    }

    /// An `ImportError` (or subclass) with its `name` and `path` attributes set, as the import
    /// machinery raises it.
    fn import_error(&mut self, class: &str, msg: String, name: &str, path: Option<String>) -> crate::vm::PyErr {
        let e = self.new_exception_msg(class, msg);
        let _ = self.set_attr_in_dict(&e, "name", self.new_str(name));
        let path = path.map_or(Value::None, |p| self.new_str(p));
        let _ = self.set_attr_in_dict(&e, "path", path);
        e
    }

    /// Resolves a relative import against the importing module's package.
    fn resolve_name(&mut self, name: &str, globals: &ObjRef, level: usize) -> PyResult<String> {
        if level == 0 {
            return Ok(name.to_string());
        }
        let package = match crate::object::dict::dict_get_str(globals, &self.intern("__package__")) {
            Some(p) if self.str_of(&p).is_some() => self.str_of(&p).unwrap_or("").to_string(),
            _ => {
                let modname = crate::object::dict::dict_get_str(globals, &self.intern("__name__")).and_then(|n| self.str_of(&n).map(str::to_string));
                let is_pkg = crate::object::dict::dict_get_str(globals, &self.intern("__path__")).is_some();
                match modname {
                    Some(n) if is_pkg => n,
                    Some(n) => n.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
                    None => String::new(),
                }
            }
        };
        if package.is_empty() {
            return self.err("ImportError", "attempted relative import with no known parent package");
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return self.err("ImportError", "attempted relative import beyond top-level package");
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
    }

    /// IMPORT_NAME.
    pub fn import_name(&mut self, name: &ObjRef, globals: &ObjRef, fromlist: &Value, level: &Value) -> PyResult<Value> {
        let name = name.as_str().unwrap_or("").to_string();
        let level = match level {
            Value::Int(l) => *l as usize,
            _ => 0,
        };
        let absolute = self.resolve_name(&name, globals, level)?;
        if absolute.is_empty() {
            return self.value_error("Empty module name");
        }
        let module = self.import_module(&absolute)?;
        let has_fromlist = !fromlist.is_none() && !crate::object::tuple::tuple_items(fromlist).is_empty();
        if !has_fromlist {
            if level == 0 {
                let top = absolute.split('.').next().unwrap_or(&absolute).to_string();
                return Ok(Value::Obj(self.import_module(&top)?));
            }
            // `from . import x` always has a fromlist; a bare relative import returns the package.
            let cut = absolute.len() - name.len();
            let first = name.split('.').next().unwrap_or("");
            let top = format!("{}{}", &absolute[..cut], first);
            return Ok(Value::Obj(self.import_module(top.trim_end_matches('.'))?));
        }
        let is_package = module.dict.as_ref().is_some_and(|d| crate::object::dict::dict_get_str(d, &self.intern("__path__")).is_some());
        if is_package {
            let items = crate::object::tuple::tuple_items(fromlist).to_vec();
            for item in items {
                let Some(item) = self.str_of(&item).map(str::to_string) else { continue };
                if item == "*" {
                    continue;
                }
                let has = module.dict.as_ref().is_some_and(|d| crate::object::dict::dict_get_str(d, &self.intern(&item)).is_some());
                if !has {
                    let sub = format!("{absolute}.{item}");
                    match self.import_module(&sub) {
                        Ok(_) => {}
                        Err(e) if self.exc_matches(&e, "ModuleNotFoundError") => {
                            let missing = self.get_attr_opt(&Value::Obj(e.clone()), "name")?;
                            if missing.as_ref().and_then(|m| self.str_of(m)) != Some(sub.as_str()) {
                                return Err(e);
                            }
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        Ok(Value::Obj(module))
    }

    /// Imports a module by absolute dotted name (parents first).
    pub fn import_module(&mut self, name: &str) -> PyResult<ObjRef> {
        if let Some(m) = self.sys_modules_get(name) {
            if m.is_none() {
                return Err(self.module_not_found(name));
            }
            return match m {
                Value::Obj(o) => Ok(o),
                _ => self.type_error("sys.modules entry is not a module"),
            };
        }
        let (parent, search) = match name.rsplit_once('.') {
            Some((parent_name, _)) => {
                let parent = self.import_module(parent_name)?;
                // The parent's import may have imported us.
                if let Some(Value::Obj(m)) = self.sys_modules_get(name) {
                    return Ok(m);
                }
                let path = parent.dict.as_ref().and_then(|d| crate::object::dict::dict_get_str(d, &self.intern("__path__")));
                let Some(path) = path else {
                    let msg = format!("No module named '{name}'; '{parent_name}' is not a package");
                    return Err(self.import_error("ModuleNotFoundError", msg, name, None));
                };
                let dirs = self.collect(&path)?.iter().filter_map(|p| self.str_of(p).map(str::to_string)).collect();
                (Some(parent), dirs)
            }
            None => (None, self.sys_path()),
        };
        let module = self.load_module(name, &search)?;
        if let Some(parent) = parent {
            let child = name.rsplit('.').next().unwrap_or(name);
            let _ = self.set_attr_in_dict(&parent, child, Value::Obj(module.clone()));
        }
        Ok(module)
    }

    fn sys_path(&mut self) -> Vec<String> {
        match &self.path {
            Some(p) => crate::object::list::list_items(&Value::Obj(p.clone())).iter().filter_map(|x| self.str_of(x).map(str::to_string)).collect(),
            None => Vec::new(),
        }
    }

    fn load_module(&mut self, name: &str, search: &[String]) -> PyResult<ObjRef> {
        let native = self.ctx.native_modules.borrow().get(name).copied();
        if let Some(init) = native {
            let m = init(self)?;
            let key = Value::Obj(self.intern(name));
            crate::object::dict::dict_set(self, &self.modules.clone(), key, Value::Obj(m.clone()))?;
            return Ok(m);
        }
        let frozen = self.ctx.frozen_modules.borrow().get(name).copied();
        if let Some((source, is_package)) = frozen {
            let filename = format!("<frozen {name}>");
            let code = crate::code::compile(self, source, &filename, ferropy_compiler::Mode::Exec, None)?;
            let attrs = ModuleAttrs { file: None, cached: None, package_path: is_package.then(Vec::new) };
            return self.exec_module(name, code, attrs);
        }
        let leaf = name.rsplit('.').next().unwrap_or(name);
        let sourceless_suffixes: &[&str] = if self.ctx.options.borrow().optimize > 0 { &["pyc", "pyo"] } else { &["pyc"] };
        for dir in search {
            let base = if dir.is_empty() { PathBuf::from(".") } else { PathBuf::from(dir) };
            let pkg = base.join(leaf);
            if pkg.is_dir() {
                let pkg_dir = display_path(dir, &pkg);
                let init = pkg.join("__init__.py");
                if init.is_file() {
                    return self.exec_source_file(name, &init, dir, Some(vec![pkg_dir]));
                }
                for suffix in sourceless_suffixes {
                    let init = pkg.join(format!("__init__.{suffix}"));
                    if init.is_file() {
                        return self.exec_sourceless_file(name, &init, dir, Some(vec![pkg_dir]));
                    }
                }
            }
            let file = base.join(format!("{leaf}.py"));
            if file.is_file() {
                return self.exec_source_file(name, &file, dir, None);
            }
            for suffix in sourceless_suffixes {
                let file = base.join(format!("{leaf}.{suffix}"));
                if file.is_file() {
                    return self.exec_sourceless_file(name, &file, dir, None);
                }
            }
        }
        Err(self.module_not_found(name))
    }

    /// A module from `m.py`, through the bytecode cache.
    fn exec_source_file(&mut self, name: &str, path: &Path, dir: &str, package_path: Option<Vec<String>>) -> PyResult<ObjRef> {
        let filename = display_path(dir, path);
        let (code, cached) = crate::bytecode_cache::source_module_code(self, path, &filename)?;
        self.exec_module(name, code, ModuleAttrs { file: Some(filename), cached: Some(cached), package_path })
    }

    /// A module from a legacy `m.pyc` with no source beside it.
    fn exec_sourceless_file(&mut self, name: &str, path: &Path, dir: &str, package_path: Option<Vec<String>>) -> PyResult<ObjRef> {
        let filename = display_path(dir, path);
        let code = crate::bytecode_cache::sourceless_code(self, Path::new(&filename), name)?;
        let attrs = ModuleAttrs { file: Some(filename.clone()), cached: Some(filename), package_path };
        self.exec_module(name, code, attrs)
    }

    fn exec_module(&mut self, name: &str, code: std::rc::Rc<crate::object::CodeData>, attrs: ModuleAttrs) -> PyResult<ObjRef> {
        let module = crate::object::misc::new_module(self, name);
        let is_package = attrs.package_path.is_some();
        let package = if is_package { name.to_string() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
        self.set_attr_in_dict(&module, "__package__", self.new_str(package))?;
        if let Some(f) = attrs.file {
            self.set_attr_in_dict(&module, "__file__", self.new_str(f))?;
        }
        if let Some(c) = attrs.cached {
            self.set_attr_in_dict(&module, "__cached__", self.new_str(c))?;
        }
        if let Some(paths) = attrs.package_path {
            let items = paths.into_iter().map(|p| self.new_str(p)).collect();
            let l = self.new_list(items);
            self.set_attr_in_dict(&module, "__path__", l)?;
        }
        let key = Value::Obj(self.intern(name));
        let modules = self.modules.clone();
        crate::object::dict::dict_set(self, &modules, key.clone(), Value::Obj(module.clone()))?;
        let globals = module.dict.clone().expect("module dict");
        if let Err(e) = crate::code::run_code(self, code, globals, None) {
            let _ = crate::object::dict::dict_del(self, &modules, &key);
            return Err(e);
        }
        // The body may have replaced its sys.modules entry.
        match self.sys_modules_get(name) {
            Some(Value::Obj(m)) => Ok(m),
            _ => Ok(module),
        }
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, module: &Value, name: &ObjRef) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.exc_matches(&e, "AttributeError") => {
                let attr = name.as_str().unwrap_or("").to_string();
                let modname = self.get_attr_opt(module, "__name__")?.and_then(|n| self.str_of(&n).map(str::to_string));
                if let Some(m) = &modname {
                    if let Some(v) = self.sys_modules_get(&format!("{m}.{attr}")) {
                        return Ok(v);
                    }
                }
                let file = self.get_attr_opt(module, "__file__")?.and_then(|f| self.str_of(&f).map(str::to_string));
                let m = modname.unwrap_or_else(|| "<unknown module name>".into());
                let location = file.clone().unwrap_or_else(|| "unknown location".into());
                let msg = format!("cannot import name '{attr}' from '{m}' ({location})");
                Err(self.import_error("ImportError", msg, &m, file))
            }
            Err(e) => Err(e),
        }
    }

    /// IMPORT_STAR: public names (or `__all__`) into the namespace `target`.
    pub fn import_star(&mut self, module: &Value, target: &Value) -> PyResult<()> {
        let names: Vec<Value> = match self.get_attr_opt(module, "__all__")? {
            Some(all) => self.collect(&all)?,
            None => {
                let Value::Obj(m) = module else { return Ok(()) };
                match m.dict.as_ref().map(|d| &d.payload) {
                    Some(Payload::Dict(t)) => t.borrow().keys().into_iter().filter(|k| !self.str_of(k).unwrap_or("_").starts_with('_')).collect(),
                    _ => Vec::new(),
                }
            }
        };
        for n in names {
            let Some(s) = self.str_of(&n).map(str::to_string) else { continue };
            let key = self.intern(&s);
            let v = self.get_attr(module, &key)?;
            self.set_item(&target, Value::Obj(key), v)?;
        }
        Ok(())
    }
}

/// The attributes a module gets from where it was found.
struct ModuleAttrs {
    file: Option<String>,
    cached: Option<String>,
    package_path: Option<Vec<String>>,
}

/// How a found file's path is shown in `__file__` and tracebacks: absolute paths stay as
/// they are; a path found through a relative `sys.path` entry is made absolute, as CPython's
/// path finder does.
fn display_path(dir: &str, path: &Path) -> String {
    let p = if dir.is_empty() { path.strip_prefix(".").unwrap_or(path).to_path_buf() } else { path.to_path_buf() };
    if p.is_absolute() {
        return p.to_string_lossy().to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(p).to_string_lossy().to_string(),
        Err(_) => p.to_string_lossy().to_string(),
    }
}

