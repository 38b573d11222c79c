//! `--mask`: a filter for the child's output that replaces every secret value with
//! `*****`, including a value split across two writes. Bytes that could be the start of a
//! secret are held back until the next read shows whether they are.

use std::io::{self, Read, Write};

const STARS: &[u8] = b"*****";

/// Values shorter than this are not masked: they would turn ordinary output to noise.
pub const MIN_MASKED_LEN: usize = 4;

/// A streaming replacer of secret byte strings.
#[derive(Debug)]
pub struct Masker {
    secrets: Vec<Vec<u8>>,
    held: Vec<u8>,
}

impl Masker {
    /// A masker for these values (short and empty ones are ignored).
    pub fn new(secrets: &[Vec<u8>]) -> Masker {
        let mut secrets: Vec<Vec<u8>> = secrets
            .iter()
            .filter(|s| s.len() >= MIN_MASKED_LEN)
            .cloned()
            .collect();
        // Longest first, so a value that contains another is hidden whole.
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        secrets.dedup();
        Masker {
            secrets,
            held: Vec::new(),
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
        let data = std::mem::take(&mut self.held);
        let mut out = Vec::with_capacity(data.len());
        let mut i = 0;
        while i < data.len() {
            let rest = &data[i..];
            if !at_end
                && self
                    .secrets
                    .iter()
                    .any(|s| s.len() > rest.len() && s.starts_with(rest))
            {
                // Could be the start of a (longer) secret whose end has not arrived yet:
                // decide once it has, as if the output had come in one piece.
                self.held = rest.to_vec();
                return out;
            } else if let Some(s) = self.secrets.iter().find(|s| rest.starts_with(s)) {
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

/// Copies `from` to `to` through a [`Masker`] until end of file.
pub fn pump(mut from: impl Read, mut to: impl Write, secrets: &[Vec<u8>]) -> io::Result<()> {
    let mut masker = Masker::new(secrets);
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

    fn run(chunks: &[&str], secrets: &[&str]) -> String {
        let secrets: Vec<Vec<u8>> = secrets.iter().map(|s| s.as_bytes().to_vec()).collect();
        let mut m = Masker::new(&secrets);
        let mut out = Vec::new();
        for c in chunks {
            out.extend(m.feed(c.as_bytes()));
        }
        out.extend(m.finish());
        String::from_utf8(out).expect("utf8")
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
}
