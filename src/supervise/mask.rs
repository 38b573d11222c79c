//! `--mask`: a filter for the child's output that replaces every secret value with
//! `*****`, including a value split across two writes. Bytes that could be the start of a
//! secret are held back until the next read shows whether they are.
//!
//! The values to hide live in one [`MaskList`] for the supervisor's whole life: every
//! start, restart and reload adds what the child was given, nothing is ever taken out, and
//! the output pumps of every child read the list as it is at each read. Each line of a
//! multi-line value (a PEM key printed line by line through a logger) is hidden on its
//! own too.

use std::io::{self, Read, Write};
use std::sync::{Arc, Mutex};
use zeroize::Zeroizing;

const STARS: &[u8] = b"*****";

/// Values (and lines of values) shorter than this are not masked: they would turn
/// ordinary output to noise.
pub const MIN_MASKED_LEN: usize = 4;

/// The values to hide, by first byte, each bucket longest first (so a value that contains
/// another is hidden whole). Zeroed when dropped.
#[derive(Clone)]
struct Table {
    buckets: Vec<Vec<Zeroizing<Vec<u8>>>>,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            buckets: vec![Vec::new(); 256],
        }
    }
}

impl Table {
    fn bucket(&self, first: u8) -> &[Zeroizing<Vec<u8>>] {
        &self.buckets[usize::from(first)]
    }

    fn contains(&self, value: &[u8]) -> bool {
        value
            .first()
            .is_some_and(|&b| self.bucket(b).iter().any(|s| s.as_slice() == value))
    }

    fn insert(&mut self, value: &[u8]) {
        let Some(&first) = value.first() else { return };
        let bucket = &mut self.buckets[usize::from(first)];
        let at = bucket.partition_point(|s| s.len() >= value.len());
        bucket.insert(at, Zeroizing::new(value.to_vec()));
    }

    fn len(&self) -> usize {
        self.buckets.iter().map(Vec::len).sum()
    }
}

/// The most values (and lines of values) a [`MaskList`] holds.
pub const MAX_VALUES: usize = 50_000;

/// Every value to hide in the child's output, shared by whoever learns of new values (the
/// start, a rotation) and the output pumps. Values are only ever added. `Debug` shows how
/// many values it holds, never one.
#[derive(Clone, Default)]
pub struct MaskList {
    table: Arc<Mutex<Arc<Table>>>,
}

impl std::fmt::Debug for MaskList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MaskList")
            .field("values", &self.snapshot().len())
            .finish()
    }
}

impl MaskList {
    /// An empty list.
    pub fn new() -> MaskList {
        MaskList::default()
    }

    /// A list holding `values`.
    pub fn with(values: &[Vec<u8>]) -> MaskList {
        let list = MaskList::new();
        list.add(values);
        list
    }

    /// Adds `values` and, for a value of several lines, each of its lines on its own
    /// (surrounding whitespace trimmed). Values and lines shorter than
    /// [`MIN_MASKED_LEN`] are left out; what the list holds stays.
    pub fn add(&self, values: &[Vec<u8>]) {
        let mut wanted: Vec<&[u8]> = Vec::new();
        for value in values {
            wanted.push(value);
            if value.contains(&b'\n') || value.contains(&b'\r') {
                wanted.extend(
                    value
                        .split(|&b| b == b'\n' || b == b'\r')
                        .map(<[u8]>::trim_ascii),
                );
            }
        }
        let mut guard = self.table.lock().unwrap_or_else(|e| e.into_inner());
        let mut fresh: Vec<&[u8]> = wanted
            .into_iter()
            .filter(|v| v.len() >= MIN_MASKED_LEN && !guard.contains(v))
            .collect();
        fresh.sort_unstable();
        fresh.dedup();
        if fresh.is_empty() {
            return;
        }
        // Bounded: whoever can write a polled secret could otherwise grow the list (and
        // the work done for every byte of output) without end.
        let room = MAX_VALUES.saturating_sub(guard.len());
        if fresh.len() > room {
            crate::warn!(
                "--mask: {} new values are not hidden: the list already holds {} (at most {MAX_VALUES})",
                fresh.len() - room,
                guard.len()
            );
            fresh.truncate(room);
            if fresh.is_empty() {
                return;
            }
        }
        // Copy on write: a pump in the middle of a read keeps the table it took.
        let mut table = Table::clone(&guard);
        for v in fresh {
            table.insert(v);
        }
        *guard = Arc::new(table);
    }

    /// How many values (and lines) are hidden.
    pub fn len(&self) -> usize {
        self.snapshot().len()
    }

    /// True when nothing is hidden.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn snapshot(&self) -> Arc<Table> {
        self.table.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// A streaming replacer of the values of a [`MaskList`], as the list is at each read.
/// `Debug` shows how many bytes are held back, never which.
pub struct Masker {
    list: MaskList,
    held: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for Masker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Masker")
            .field("list", &self.list)
            .field("held", &self.held.len())
            .finish()
    }
}

impl Masker {
    /// A masker for the values `list` holds now and will hold later.
    pub fn new(list: MaskList) -> Masker {
        Masker {
            list,
            held: Zeroizing::new(Vec::new()),
        }
    }

    /// Feeds bytes; returns what can be written now.
    pub fn feed(&mut self, input: &[u8]) -> Vec<u8> {
        self.held.extend_from_slice(input);
        self.process(false)
    }

    /// The end of the stream: what was held back could not be the start of a secret
    /// after all, but may still hold a shorter one.
    pub fn finish(&mut self) -> Vec<u8> {
        self.process(true)
    }

    fn process(&mut self, at_end: bool) -> Vec<u8> {
        let table = self.list.snapshot();
        let data = std::mem::take(&mut self.held);
        let mut out = Vec::with_capacity(data.len());
        let mut i = 0;
        while i < data.len() {
            let rest = &data[i..];
            let bucket = table.bucket(data[i]);
            if !at_end
                && bucket
                    .iter()
                    .any(|s| s.len() > rest.len() && s.starts_with(rest))
            {
                // Could be the start of a (longer) secret whose end has not arrived yet:
                // decide once it has, as if the output had come in one piece.
                self.held.extend_from_slice(rest);
                return out;
            } else if let Some(s) = bucket.iter().find(|s| rest.starts_with(s)) {
                out.extend_from_slice(STARS);
                i += s.len();
            } else {
                out.push(data[i]);
                i += 1;
            }
        }
        out
    }
}

/// Copies `from` to `to` through a [`Masker`] over `list` until end of file.
pub fn pump(mut from: impl Read, mut to: impl Write, list: MaskList) -> io::Result<()> {
    let mut masker = Masker::new(list);
    let mut buf = [0u8; 8192];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let out = masker.feed(&buf[..n]);
        to.write_all(&out)?;
        to.flush()?;
    }
    to.write_all(&masker.finish())?;
    to.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(values: &[&str]) -> Vec<Vec<u8>> {
        values.iter().map(|s| s.as_bytes().to_vec()).collect()
    }

    fn through(m: &mut Masker, chunks: &[&str]) -> String {
        let mut out = Vec::new();
        for c in chunks {
            out.extend(m.feed(c.as_bytes()));
        }
        String::from_utf8(out).expect("utf8")
    }

    fn run(chunks: &[&str], secrets: &[&str]) -> String {
        let mut m = Masker::new(MaskList::with(&bytes(secrets)));
        let mut out = through(&mut m, chunks);
        out.push_str(&String::from_utf8(m.finish()).expect("utf8"));
        out
    }

    #[test]
    fn the_list_is_bounded_and_keeps_what_it_holds() {
        let list = MaskList::with(&[b"first-secret".to_vec()]);
        let many: Vec<Vec<u8>> = (0..MAX_VALUES + 10)
            .map(|i| format!("value-{i:08}").into_bytes())
            .collect();
        list.add(&many);
        assert_eq!(list.len(), MAX_VALUES);
        let mut m = Masker::new(list.clone());
        let mut out = m.feed(b"first-secret!");
        out.extend(m.finish());
        assert_eq!(out, b"*****!");
    }

    #[test]
    fn hides_values_whole_and_split_across_writes() {
        assert_eq!(
            run(&["user=admin pw=hunter2\n"], &["hunter2"]),
            "user=admin pw=*****\n"
        );
        assert_eq!(
            run(&["pw=hun", "ter2 done\n"], &["hunter2"]),
            "pw=***** done\n"
        );
        assert_eq!(
            run(&["h", "u", "n", "t", "e", "r", "2"], &["hunter2"]),
            "*****"
        );
        assert_eq!(run(&["hunt", "ing season"], &["hunter2"]), "hunting season");
        assert_eq!(
            run(&["a hunte"], &["hunter2"]),
            "a hunte",
            "held bytes come out at the end"
        );
    }

    #[test]
    fn longer_values_win_and_short_ones_are_left_alone() {
        assert_eq!(
            run(&["secret-token-long"], &["secret", "secret-token-long"]),
            "*****"
        );
        assert_eq!(run(&["port 80"], &["80"]), "port 80");
    }

    #[test]
    fn values_added_later_are_hidden_by_a_masker_already_running() {
        let list = MaskList::with(&bytes(&["first-value"]));
        let mut m = Masker::new(list.clone());
        assert_eq!(through(&mut m, &["v=first-value\n"]), "v=*****\n");
        // A rotation by signal: the same pump goes on, the list grows.
        list.add(&bytes(&["second-value"]));
        assert_eq!(
            through(&mut m, &["v=second-value old=first-value\n"]),
            "v=***** old=*****\n",
            "the new value is hidden and the old one still is"
        );
    }

    #[test]
    fn bytes_held_back_are_judged_against_values_added_meanwhile() {
        let list = MaskList::with(&bytes(&["abcd-old"]));
        let mut m = Masker::new(list.clone());
        // "abcd-" could be the start of the old value: held back.
        assert_eq!(through(&mut m, &["x=abcd-"]), "x=");
        list.add(&bytes(&["abcd-new"]));
        assert_eq!(through(&mut m, &["new\n"]), "*****\n");
    }

    #[test]
    fn adding_never_takes_a_value_out() {
        let list = MaskList::with(&bytes(&["alpha-1", "beta-22"]));
        list.add(&bytes(&["gamma-333"]));
        list.add(&[]);
        list.add(&bytes(&["alpha-1"]));
        assert_eq!(list.len(), 3);
        assert_eq!(
            run(&["alpha-1 beta-22 gamma-333"], &[]),
            "alpha-1 beta-22 gamma-333",
            "an empty list hides nothing"
        );
        let mut m = Masker::new(list);
        assert_eq!(
            through(&mut m, &["alpha-1 beta-22 gamma-333\n"]),
            "***** ***** *****\n"
        );
    }

    #[test]
    fn each_line_of_a_multi_line_value_is_hidden_on_its_own() {
        let pem = "-----BEGIN PRIVATE KEY-----\r\nMIIEvQIBADANBgkq\n  hkiG9w0BAQEFAASC\nab\n-----END PRIVATE KEY-----\n";
        let list = MaskList::with(&bytes(&[pem]));
        let mut m = Masker::new(list.clone());
        let logged = through(
            &mut m,
            &[
                "log: -----BEGIN PRIVATE KEY-----\n",
                "log: MIIEvQIBADANBgkq\n",
                "log: hkiG9w0BAQEFAASC\n",
                "log: ab\n",
                "log: -----END PRIVATE KEY-----\n",
            ],
        );
        assert_eq!(
            logged, "log: *****\nlog: *****\nlog: *****\nlog: ab\nlog: *****\n",
            "lines under {MIN_MASKED_LEN} bytes stay"
        );
        // Printed whole, the value is one mask.
        assert_eq!(through(&mut m, &[pem, "end\n"]), "*****end\n");
    }

    #[test]
    fn debug_shows_a_count_and_never_a_value() {
        let list = MaskList::with(&bytes(&["hunter2-secret"]));
        let shown = format!("{list:?} {:?}", Masker::new(list.clone()));
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("values: 1"), "{shown}");
    }
}
