//! `cargo xtask layers`: the import arrows between the layers of `src/`, and what breaks
//! the rule that they go one way, down, with no cycle.
//!
//! The layers, top to bottom: `main` (main.rs) → `cli` → `run` → {`secrets`,
//! `lifecycle`, `supervise`} → `store` → `vault` → base (every other top-level module:
//! `redacted`, `duration`, `log`, `jitter`, `fsutil`, `guard`, `stop`, ...). An import may
//! go down any number of layers, or sideways between two modules of one layer; never up.
//!
//! A module is a file (`a/b.rs`, `a/b/mod.rs`). An import is a `use` item or a path in
//! code that starts with `crate::`, `$crate::`, `super::`, `self::` (or `vaultctl::` in
//! main.rs), resolved to the deepest module it names, through the re-exports (`pub use`,
//! and the `use` items a child sees through `super::`) and the `#[macro_export]`
//! macros. Between sibling modules (children of one module), the imports must make no
//! cycle: `run/plan` ⇄ `run/fallback` is one, as is a loop through three files of
//! `secrets/`. A module importing its own ancestor or descendant is not an arrow.
//!
//! A plain scanner of tokens, not a Rust parser: comments and literals are skipped,
//! `mod NAME { ... }` blocks are followed so that `super::` in a test module means what
//! it means to the compiler.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The layers, top to bottom; modules on one line share a layer's rank.
pub const LAYERS: &[&[&str]] = &[
    &["main"],
    &["cli"],
    &["run"],
    &["secrets", "lifecycle", "supervise"],
    &["store"],
    &["vault"],
    &["base"],
];

/// The layer of a top-level module: its own name when it is one, else `base`.
pub fn layer(top: &str) -> &str {
    LAYERS
        .iter()
        .flat_map(|l| l.iter())
        .find(|l| **l == top)
        .copied()
        .unwrap_or("base")
}

/// A layer's rank: 0 at the top.
fn rank(layer: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&layer))
        .unwrap_or(LAYERS.len() - 1)
}

/// A module's path from the crate root (`["run", "plan"]`); main.rs is `["main"]`.
type ModPath = Vec<String>;

/// Where an import is written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Site {
    /// The file, below `src/`.
    pub file: String,
    /// Its line, from 1.
    pub line: usize,
    /// The path as written, made absolute (`crate::cli::settings::Settings`).
    pub path: String,
}

/// One module importing another.
#[derive(Debug, Clone)]
struct Edge {
    from: ModPath,
    to: ModPath,
    site: Site,
}

/// What the scan found.
#[derive(Debug, Default)]
pub struct Report {
    /// Layer → layer: how many imports.
    pub arrows: BTreeMap<(String, String), usize>,
    /// Imports that go up a layer: (from layer, to layer, where).
    pub up: Vec<(String, String, Site)>,
    /// Cycles between sibling modules: the modules, and the imports that close it.
    pub cycles: Vec<(Vec<String>, Vec<Site>)>,
}

impl Report {
    /// Nothing breaks the rule.
    pub fn is_clean(&self) -> bool {
        self.up.is_empty() && self.cycles.is_empty()
    }

    /// The report as `cargo xtask layers` prints it.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let order: Vec<String> = LAYERS
            .iter()
            .map(|l| l.join(", "))
            .map(|l| {
                if l.contains(',') {
                    format!("{{{l}}}")
                } else {
                    l
                }
            })
            .collect();
        let _ = writeln!(out, "layers, top to bottom: {}", order.join(" → "));
        let _ = writeln!(out, "\narrows (imports between layers):");
        let mut arrows: Vec<_> = self.arrows.iter().collect();
        arrows.sort_by_key(|((from, to), _)| (rank(from), from.clone(), rank(to), to.clone()));
        for ((from, to), n) in arrows {
            let mark = if rank(to) < rank(from) { "   UP" } else { "" };
            let _ = writeln!(out, "  {from:<10} → {to:<10} {n:>4}{mark}");
        }
        if self.is_clean() {
            let _ = writeln!(out, "\nno import goes up a layer; no cycle between modules");
            return out;
        }
        if !self.up.is_empty() {
            let _ = writeln!(out, "\nimports that go up a layer ({}):", self.up.len());
            for (from, to, site) in &self.up {
                let _ = writeln!(
                    out,
                    "  {from} → {to}: src/{}:{} {}",
                    site.file, site.line, site.path
                );
            }
        }
        if !self.cycles.is_empty() {
            let _ = writeln!(out, "\ncycles between modules ({}):", self.cycles.len());
            for (modules, sites) in &self.cycles {
                let _ = writeln!(out, "  {}", modules.join(" ⇄ "));
                for site in sites {
                    let _ = writeln!(out, "    src/{}:{} {}", site.file, site.line, site.path);
                }
            }
        }
        out
    }
}

/// Scans every `.rs` file below `src`.
pub fn scan_dir(src: &Path) -> std::io::Result<Report> {
    let mut files = Vec::new();
    collect(src, src, &mut files)?;
    Ok(analyze(&files))
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect(root, &path, files)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path
                .strip_prefix(root)
                .expect("below the root")
                .to_string_lossy()
                .replace('\\', "/");
            files.push((relative, std::fs::read_to_string(&path)?));
        }
    }
    Ok(())
}

/// The module a file is (`lib.rs`: the root; `main.rs`: `main`), `None` for a file
/// that is not a module of the crate's tree.
fn module_of(file: &str) -> Option<ModPath> {
    let stem = file.strip_suffix(".rs")?;
    if stem == "lib" {
        return Some(Vec::new());
    }
    let mut parts: ModPath = stem.split('/').map(String::from).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    if parts.first().is_some_and(|p| p == "bin") {
        return None;
    }
    Some(parts)
}

/// Scans the files (path below `src/`, text) and checks the rule.
pub fn analyze(files: &[(String, String)]) -> Report {
    let modules: BTreeSet<ModPath> = files.iter().filter_map(|(f, _)| module_of(f)).collect();
    let mut scans = Vec::new();
    for (file, text) in files {
        let Some(module) = module_of(file) else {
            continue;
        };
        scans.push(scan_file(file, &module, text, &modules));
    }
    let mut crate_ = Crate {
        modules,
        ..Crate::default()
    };
    for scan in &scans {
        for (module, name, target) in &scan.uses {
            crate_
                .imports
                .entry(module.clone())
                .or_default()
                .insert(name.clone(), target.clone());
        }
        for (module, target) in &scan.globs {
            crate_
                .globs
                .entry(module.clone())
                .or_default()
                .push(target.clone());
        }
        for name in &scan.items {
            crate_
                .items
                .entry(scan.module.clone())
                .or_default()
                .insert(name.clone());
        }
        for name in &scan.macros {
            crate_.macros.insert(name.clone(), scan.module.clone());
        }
    }
    let mut edges = Vec::new();
    for scan in &scans {
        for (path, site) in &scan.paths {
            let to = crate_.resolve(path, 0);
            if to.is_empty() || to == scan.module {
                continue;
            }
            edges.push(Edge {
                from: scan.module.clone(),
                to,
                site: site.clone(),
            });
        }
    }
    check(&edges)
}

/// The arrows, the upward imports and the cycles of these edges.
fn check(edges: &[Edge]) -> Report {
    let mut report = Report::default();
    // Sibling arrows, per parent: child → child → the imports behind the arrow.
    type Siblings = BTreeMap<String, BTreeMap<String, Vec<Site>>>;
    let mut by_parent: BTreeMap<ModPath, Siblings> = BTreeMap::new();
    for edge in edges {
        let common = edge
            .from
            .iter()
            .zip(&edge.to)
            .take_while(|(a, b)| a == b)
            .count();
        if common == edge.from.len() || common == edge.to.len() {
            continue; // an ancestor or a descendant
        }
        let (a, b) = (&edge.from[common], &edge.to[common]);
        by_parent
            .entry(edge.from[..common].to_vec())
            .or_default()
            .entry(a.clone())
            .or_default()
            .entry(b.clone())
            .or_default()
            .push(edge.site.clone());
        if common == 0 {
            let (la, lb) = (layer(a).to_string(), layer(b).to_string());
            if la != lb {
                *report.arrows.entry((la.clone(), lb.clone())).or_default() += 1;
            }
            if rank(&lb) < rank(&la) {
                report.up.push((la, lb, edge.site.clone()));
            }
        }
    }
    report.up.sort_by(|a, b| (&a.2, &a.0).cmp(&(&b.2, &b.0)));
    for (parent, graph) in &by_parent {
        for component in cycles(graph) {
            let mut sites = Vec::new();
            for a in &component {
                for (b, behind) in &graph[a] {
                    if component.contains(b) {
                        sites.extend(behind.iter().cloned());
                    }
                }
            }
            sites.sort();
            sites.dedup();
            let names = component
                .iter()
                .map(|c| {
                    let mut p = parent.clone();
                    p.push(c.clone());
                    p.join("/")
                })
                .collect();
            report.cycles.push((names, sites));
        }
    }
    report
}

/// The strongly connected components of more than one node (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeMap<String, Vec<Site>>>) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeMap<String, Vec<Site>>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, node: &'a str) {
        let i = s.index.len();
        s.index.insert(node, i);
        s.low.insert(node, i);
        s.stack.push(node);
        s.on_stack.insert(node);
        if let Some(next) = s.graph.get(node) {
            for to in next.keys() {
                let to = to.as_str();
                if !s.index.contains_key(to) {
                    visit(s, to);
                    let low = s.low[node].min(s.low[to]);
                    s.low.insert(node, low);
                } else if s.on_stack.contains(to) {
                    let low = s.low[node].min(s.index[to]);
                    s.low.insert(node, low);
                }
            }
        }
        if s.low[node] == s.index[node] {
            let mut component = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                component.push(top.to_string());
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.found.sort();
    state.found
}

/// What the crate's modules declare and import, to resolve paths through re-exports.
#[derive(Debug, Default)]
struct Crate {
    modules: BTreeSet<ModPath>,
    /// Per module: a name it brings into scope with `use` → the absolute path it names.
    imports: BTreeMap<ModPath, BTreeMap<String, ModPath>>,
    /// Per module: the modules it imports whole (`use x::*`).
    globs: BTreeMap<ModPath, Vec<ModPath>>,
    /// Per module: the items it declares.
    items: BTreeMap<ModPath, BTreeSet<String>>,
    /// `#[macro_export]` macros (named at the crate root) → the module defining them.
    macros: BTreeMap<String, ModPath>,
}

impl Crate {
    /// The deepest module an absolute path names.
    fn resolve(&self, path: &[String], depth: usize) -> ModPath {
        let mut current: ModPath = Vec::new();
        for (i, segment) in path.iter().enumerate() {
            let mut child = current.clone();
            child.push(segment.clone());
            if self.modules.contains(&child) {
                current = child;
                continue;
            }
            if depth > 8 {
                break;
            }
            let rest = &path[i + 1..];
            let declared = self
                .items
                .get(&current)
                .is_some_and(|items| items.contains(segment));
            if !declared {
                if let Some(target) = self.imports.get(&current).and_then(|m| m.get(segment)) {
                    let mut whole = target.clone();
                    whole.extend(rest.iter().cloned());
                    return self.resolve(&whole, depth + 1);
                }
                for glob in self.globs.get(&current).into_iter().flatten() {
                    let mut inside = glob.clone();
                    inside.push(segment.clone());
                    let there = self.modules.contains(&inside)
                        || self.items.get(glob).is_some_and(|i| i.contains(segment))
                        || self
                            .imports
                            .get(glob)
                            .is_some_and(|i| i.contains_key(segment));
                    if there && *glob != current {
                        inside.extend(rest.iter().cloned());
                        return self.resolve(&inside, depth + 1);
                    }
                }
                if current.is_empty()
                    && let Some(module) = self.macros.get(segment)
                {
                    return module.clone();
                }
            }
            break;
        }
        current
    }
}

/// What one file holds.
#[derive(Debug, Default)]
struct FileScan {
    module: ModPath,
    /// Every import: the absolute path, where it is written.
    paths: Vec<(ModPath, Site)>,
    /// `use` items: (the module, inline ones included, that sees the name; the name; the
    /// absolute path).
    uses: Vec<(ModPath, String, ModPath)>,
    /// `use x::*` items: (the module; the absolute path of `x`).
    globs: Vec<(ModPath, ModPath)>,
    /// Item names declared in the file.
    items: BTreeSet<String>,
    /// `#[macro_export]` macro names.
    macros: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    /// `::`
    Path,
    Punct(char),
}

/// The file's tokens with their lines: identifiers, `::` and punctuation; comments,
/// literals and lifetimes left out.
fn tokens(text: &str) -> Vec<(Tok, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if at(i) == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 1;
        } else if (c == 'r' || (c == 'b' && at(i + 1) == 'r'))
            && matches!(at(i + 1 + usize::from(c == 'b')), '"' | '#')
            && !at(i.wrapping_sub(1)).is_alphanumeric()
        {
            // A raw string: r"..." or r#"..."#.
            let mut j = i + 1 + usize::from(c == 'b');
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            if at(j) != '"' {
                // r#ident
                out.push((Tok::Ident(c.to_string()), line));
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| at(j + 1 + k) == '#') {
                    j += 1 + hashes;
                    break;
                }
                if chars[j] == '\n' {
                    line += 1;
                }
                j += 1;
            }
            i = j;
        } else if c == '\'' {
            if at(i + 1) == '\\' {
                // '\n', '\u{..}', '\''
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                // A lifetime or a label.
                i += 1;
                while at(i).is_alphanumeric() || at(i) == '_' {
                    i += 1;
                }
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // b"..." and b'x' are literals with a prefix.
            if word == "b" && matches!(at(i), '"' | '\'') {
                continue;
            }
            out.push((Tok::Ident(word), line));
        } else if c.is_ascii_digit() {
            while at(i).is_alphanumeric()
                || at(i) == '_'
                || at(i) == '.' && at(i + 1).is_ascii_digit()
            {
                i += 1;
            }
        } else if c == ':' && at(i + 1) == ':' {
            out.push((Tok::Path, line));
            i += 2;
        } else {
            out.push((Tok::Punct(c), line));
            i += 1;
        }
    }
    out
}

/// One leaf of a `use` tree: the path as written, and the name it brings (`None`: `*`).
type UseLeaf = (Vec<String>, Option<String>);

/// Parses a `use` tree from `toks[*i]` up to its `;` (or the end of a braced list).
fn use_tree(toks: &[(Tok, usize)], i: &mut usize, prefix: &[String], out: &mut Vec<UseLeaf>) {
    let mut path = prefix.to_vec();
    while let Some((tok, _)) = toks.get(*i) {
        match tok {
            Tok::Ident(word) if word == "as" => {
                *i += 1;
                if let Some((Tok::Ident(alias), _)) = toks.get(*i) {
                    *i += 1;
                    // `as _` brings no name: an empty one.
                    let alias = if alias == "_" {
                        String::new()
                    } else {
                        alias.clone()
                    };
                    out.push((std::mem::take(&mut path), Some(alias)));
                }
                return;
            }
            Tok::Ident(word) => {
                path.push(word.clone());
                *i += 1;
            }
            Tok::Path => *i += 1,
            Tok::Punct('*') => {
                *i += 1;
                out.push((std::mem::take(&mut path), None));
                return;
            }
            Tok::Punct('{') => {
                *i += 1;
                loop {
                    match toks.get(*i) {
                        None => return,
                        Some((Tok::Punct('}'), _)) => {
                            *i += 1;
                            return;
                        }
                        Some((Tok::Punct(','), _)) => *i += 1,
                        Some(_) => {
                            let before = *i;
                            use_tree(toks, i, &path, out);
                            if *i == before {
                                *i += 1;
                            }
                        }
                    }
                }
            }
            _ => break,
        }
    }
    if path.len() > prefix.len() {
        let name = path.last().cloned();
        out.push((path, name));
    }
}

/// Makes a path as written absolute, seen from `module`; `None` for a path outside the
/// crate (std, another crate) or one not starting with a module of it.
fn absolute(
    written: &[String],
    module: &[String],
    in_main: bool,
    relative_use: bool,
    modules: &BTreeSet<ModPath>,
) -> Option<ModPath> {
    let first = written.first()?;
    let mut rest = &written[1..];
    let mut base: ModPath = match first.as_str() {
        "crate" if in_main => vec!["main".into()],
        "crate" => Vec::new(),
        "vaultctl" if in_main => Vec::new(),
        "self" => module.to_vec(),
        "super" => {
            let mut m = module.to_vec();
            m.pop();
            while rest.first().is_some_and(|s| s == "super") {
                m.pop();
                rest = &rest[1..];
            }
            m
        }
        _ if relative_use => {
            let mut child = module.to_vec();
            child.push(first.clone());
            if !modules.contains(&child) {
                return None;
            }
            child
        }
        _ => return None,
    };
    // `self` at the end of a braced list: the module itself.
    let rest: Vec<String> = rest.iter().filter(|s| *s != "self").cloned().collect();
    base.extend(rest);
    Some(base)
}

fn scan_file(file: &str, module: &[String], text: &str, modules: &BTreeSet<ModPath>) -> FileScan {
    let toks = tokens(text);
    let in_main = file == "main.rs";
    let mut scan = FileScan {
        module: module.to_vec(),
        ..FileScan::default()
    };
    // The inline modules open at this point: (name, the brace depth inside it).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut exported = false;
    let mut i = 0;
    let here = |inline: &[(String, usize)]| -> ModPath {
        let mut m = module.to_vec();
        m.extend(inline.iter().map(|(n, _)| n.clone()));
        m
    };
    while i < toks.len() {
        let (tok, line) = &toks[i];
        match tok {
            Tok::Punct('{') => {
                depth += 1;
                i += 1;
            }
            Tok::Punct('}') => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
                i += 1;
            }
            Tok::Punct('#') => {
                // #[macro_export] before the next macro_rules!
                if toks
                    .get(i + 2)
                    .is_some_and(|(t, _)| *t == Tok::Ident("macro_export".into()))
                {
                    exported = true;
                }
                i += 1;
            }
            Tok::Ident(word) if word == "macro_rules" => {
                if let Some((Tok::Ident(name), _)) = toks.get(i + 2) {
                    scan.items.insert(name.clone());
                    if exported {
                        scan.macros.insert(name.clone());
                    }
                }
                exported = false;
                i += 1;
            }
            Tok::Ident(word)
                if matches!(
                    word.as_str(),
                    "struct" | "enum" | "fn" | "trait" | "type" | "const" | "static" | "union"
                ) =>
            {
                if inline.is_empty()
                    && depth == 0
                    && let Some((Tok::Ident(name), _)) = toks.get(i + 1)
                {
                    scan.items.insert(name.clone());
                }
                i += 1;
            }
            Tok::Ident(word) if word == "mod" => {
                if let (Some((Tok::Ident(name), _)), Some((Tok::Punct('{'), _))) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    depth += 1;
                    inline.push((name.clone(), depth));
                    i += 3;
                } else {
                    i += 1;
                }
            }
            Tok::Ident(word)
                if word == "use" && !matches!(toks.get(i + 1), Some((Tok::Punct('<'), _))) =>
            {
                i += 1;
                let mut leaves = Vec::new();
                use_tree(&toks, &mut i, &[], &mut leaves);
                let seen_from = here(&inline);
                for (written, name) in leaves {
                    let Some(path) = absolute(&written, &seen_from, in_main, true, modules) else {
                        continue;
                    };
                    scan.paths.push((
                        path.clone(),
                        Site {
                            file: file.to_string(),
                            line: *line,
                            path: shown(&written, name.is_none()),
                        },
                    ));
                    match name.as_deref() {
                        None => scan.globs.push((seen_from.clone(), path)),
                        Some("") => {}
                        // `a::b::{self}` names `b`.
                        Some("self") => {
                            if let Some(last) = written.iter().rev().nth(1) {
                                scan.uses.push((seen_from.clone(), last.clone(), path));
                            }
                        }
                        Some(name) => scan.uses.push((seen_from.clone(), name.to_string(), path)),
                    }
                }
            }
            Tok::Ident(word)
                if matches!(word.as_str(), "crate" | "super" | "self")
                    || (in_main && word == "vaultctl") =>
            {
                let mut written = vec![word.clone()];
                let mut j = i + 1;
                while toks.get(j).is_some_and(|(t, _)| *t == Tok::Path) {
                    match toks.get(j + 1) {
                        Some((Tok::Ident(w), _)) => {
                            written.push(w.clone());
                            j += 2;
                        }
                        _ => break,
                    }
                }
                if written.len() > 1 {
                    let seen_from = here(&inline);
                    // `$crate::` counts as `crate::` of the file defining the macro.
                    if let Some(path) = absolute(&written, &seen_from, in_main, false, modules) {
                        scan.paths.push((
                            path,
                            Site {
                                file: file.to_string(),
                                line: *line,
                                path: shown(&written, false),
                            },
                        ));
                    }
                }
                i = j.max(i + 1);
            }
            _ => i += 1,
        }
    }
    scan
}

/// A path as written, `a::{self}` as `a`.
fn shown(written: &[String], glob: bool) -> String {
    let end = written.len() - usize::from(written.last().is_some_and(|s| s == "self"));
    let mut text = written[..end].join("::");
    if glob {
        text.push_str("::*");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(f, t)| (f.to_string(), t.to_string()))
            .collect()
    }

    fn tree() -> Vec<(&'static str, &'static str)> {
        vec![
            (
                "lib.rs",
                "pub mod cli; pub mod run; pub mod vault; pub mod log;",
            ),
            (
                "main.rs",
                "use vaultctl::cli::{self, args::Cli};\nfn main() { cli::go() }",
            ),
            (
                "cli/mod.rs",
                "pub mod args;\nuse crate::run;\npub fn go() { crate::warn!(\"x\"); }",
            ),
            ("cli/args.rs", "pub struct Cli;"),
            (
                "run/mod.rs",
                "mod plan;\nmod session;\npub use plan::Plan;\nuse crate::vault::{Client, self};",
            ),
            (
                "run/plan.rs",
                "pub struct Plan;\nuse super::session::Session;",
            ),
            ("run/session.rs", "pub struct Session;"),
            ("vault/mod.rs", "pub struct Client;"),
            (
                "log.rs",
                "#[macro_export]\nmacro_rules! warn { ($($t:tt)*) => { $crate::log::emit() } }\npub fn emit() {}",
            ),
        ]
    }

    #[test]
    fn a_tree_whose_imports_go_down_is_clean_and_its_arrows_are_counted() {
        let report = analyze(&files(&tree()));
        assert!(report.is_clean(), "{}", report.text());
        let arrow = |a: &str, b: &str| report.arrows.get(&(a.into(), b.into())).copied();
        assert_eq!(arrow("main", "cli"), Some(2));
        assert_eq!(arrow("cli", "run"), Some(1));
        // crate::warn! is log's macro: an arrow to base.
        assert_eq!(arrow("cli", "base"), Some(1));
        assert_eq!(arrow("run", "vault"), Some(2));
        assert_eq!(arrow("run", "cli"), None);
    }

    #[test]
    fn an_import_up_a_layer_is_reported_with_its_file_and_line() {
        let mut list = tree();
        list[5] = (
            "run/plan.rs",
            "pub struct Plan;\n// crate::cli in a comment is no import\nuse crate::cli::args::Cli;",
        );
        let report = analyze(&files(&list));
        assert_eq!(report.up.len(), 1, "{}", report.text());
        let (from, to, site) = &report.up[0];
        assert_eq!((from.as_str(), to.as_str()), ("run", "cli"));
        assert_eq!((site.file.as_str(), site.line), ("run/plan.rs", 3));
        assert_eq!(site.path, "crate::cli::args::Cli");
        assert!(report.text().contains("run → cli: src/run/plan.rs:3"));
    }

    #[test]
    fn a_path_in_code_through_a_re_export_counts_too() {
        let mut list = tree();
        list[6] = (
            "run/session.rs",
            "pub struct Session;\nfn f() { let s = \"crate::cli\"; crate::cli::args::Cli; }",
        );
        let report = analyze(&files(&list));
        assert_eq!(report.up.len(), 1, "{}", report.text());
        assert_eq!(report.up[0].2.line, 2);
        // vault → run through run's re-export of plan::Plan is an import of run/plan.
        list[7] = (
            "vault/mod.rs",
            "pub struct Client;\nfn g() -> crate::run::Plan { todo!() }",
        );
        let report = analyze(&files(&list));
        assert!(
            report
                .up
                .iter()
                .any(|(f, t, s)| f == "vault" && t == "run" && s.file == "vault/mod.rs"),
            "{}",
            report.text()
        );
    }

    #[test]
    fn a_cycle_between_sibling_files_is_reported_with_the_imports_that_close_it() {
        let mut list = tree();
        list[6] = (
            "run/session.rs",
            "pub struct Session;\nfn f() { super::plan::Plan; }",
        );
        let report = analyze(&files(&list));
        assert_eq!(report.up, Vec::new());
        assert_eq!(report.cycles.len(), 1, "{}", report.text());
        let (modules, sites) = &report.cycles[0];
        assert_eq!(modules, &["run/plan", "run/session"]);
        let lines: Vec<_> = sites.iter().map(|s| (s.file.as_str(), s.line)).collect();
        assert_eq!(lines, [("run/plan.rs", 2), ("run/session.rs", 2)]);
    }

    #[test]
    fn a_cycle_through_a_name_the_parent_imports_counts() {
        // session sees Plan through `use super::Plan` (run's `pub use plan::Plan`).
        let mut list = tree();
        list[6] = ("run/session.rs", "pub struct Session;\nuse super::Plan;");
        let report = analyze(&files(&list));
        assert_eq!(report.cycles.len(), 1, "{}", report.text());
    }

    #[test]
    fn super_in_a_test_module_is_the_file_itself_and_a_child_importing_its_parent_is_no_arrow() {
        let mut list = tree();
        // Seen from the file, super::Plan would be run/plan, which imports session.
        list[6] = (
            "run/session.rs",
            "pub struct Session;\npub struct Plan;\nuse super::*;\n#[cfg(test)]\nmod tests {\n    use super::Plan;\n}",
        );
        list[5] = (
            "run/plan.rs",
            "pub struct Plan;\nfn f(_: &'static str) { let _ = ('\\'', '{', \"}\", b'}', r#\"}\"#); }\nuse super::session::Session;",
        );
        let report = analyze(&files(&list));
        assert!(report.is_clean(), "{}", report.text());
    }

    #[test]
    fn a_cycle_between_layers_is_both_up_and_a_cycle() {
        let mut list = tree();
        list[7] = ("vault/mod.rs", "pub struct Client;\nuse crate::log::emit;");
        list[8] = ("log.rs", "pub fn emit() { let _ = crate::vault::Client; }");
        let report = analyze(&files(&list));
        assert_eq!(report.up.len(), 1, "{}", report.text());
        assert_eq!(report.up[0].0, "base");
        assert_eq!(report.cycles[0].0, ["log", "vault"]);
    }

    #[test]
    fn use_trees_are_read_whole() {
        let toks = tokens("use crate::a::{b::{self, C as D}, e::*, f};");
        let mut i = 1;
        let mut leaves = Vec::new();
        use_tree(&toks, &mut i, &[], &mut leaves);
        let shown: Vec<_> = leaves
            .iter()
            .map(|(p, n)| format!("{}={}", p.join("::"), n.clone().unwrap_or("*".into())))
            .collect();
        assert_eq!(
            shown,
            [
                "crate::a::b::self=self",
                "crate::a::b::C=D",
                "crate::a::e=*",
                "crate::a::f=f"
            ]
        );
    }

    /// The rule itself, on this project's `src/`, with no exception.
    #[test]
    fn imports_in_src_go_down_the_layers_and_close_no_cycle() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
        let report = scan_dir(&src).expect("src/ is readable");
        assert!(report.is_clean(), "{}", report.text());
    }
}
