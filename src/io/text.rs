//! The text layer of a file (CPython's `TextIOWrapper`): encodes writes
//! into a pending chunk handed to the byte layer, decodes reads a chunk at
//! a time, and translates newlines as the `newline` argument asks.
//!
//! Decoded read-ahead keeps, for every character, the offset just past its
//! bytes, so `tell()` can give the byte position of the next unread
//! character without re-decoding.

use super::buffered::{FileState, IoResult};
use super::codec::{self, Codec, Decoded};

/// CPython's `_CHUNK_SIZE`: text is read and written in chunks this big.
pub const CHUNK: usize = 8192;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// `None`: any of \n, \r, \r\n reads as \n; \n is written as is.
    Universal,
    /// `''`: lines end at any of them, nothing is translated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: lines end there; \n is written as it.
    Fixed(&'static str),
}

impl Newline {
    pub fn parse(arg: Option<&str>) -> Option<Newline> {
        Some(match arg {
            None => Newline::Universal,
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Fixed("\n"),
            Some("\r") => Newline::Fixed("\r"),
            Some("\r\n") => Newline::Fixed("\r\n"),
            Some(_) => return None,
        })
    }
}

pub struct TextLayer {
    pub codec: Codec,
    /// The encoding as the caller spelled it (shown by `repr`).
    pub encoding: String,
    pub errors: String,
    pub newline: Newline,
    pub line_buffering: bool,
    /// Every write goes straight to the descriptor (`-u`,
    /// PYTHONUNBUFFERED).
    pub write_through: bool,
    /// Set by iteration: CPython refuses `tell()` while a `for` loop reads.
    pub telling: bool,
    pub seekable: bool,
    pending: Vec<u8>,
    decoded: Decoded,
    /// Characters of `decoded` already returned.
    pos: usize,
    /// Bytes that `decoded` came from.
    region: usize,
    /// Bytes read but not decoded yet (an incomplete sequence, or a \r
    /// that may start a \r\n).
    carry: Vec<u8>,
}

impl TextLayer {
    pub fn new(codec: Codec, encoding: String, errors: String, newline: Newline) -> TextLayer {
        TextLayer {
            codec,
            encoding,
            errors,
            newline,
            line_buffering: false,
            write_through: false,
            telling: true,
            seekable: false,
            pending: Vec::new(),
            decoded: Decoded::default(),
            pos: 0,
            region: 0,
            carry: Vec::new(),
        }
    }

    fn available(&self) -> usize {
        self.decoded.chars.len() - self.pos
    }

    fn consumed_end(&self) -> usize {
        match self.pos {
            0 => 0,
            p => self.decoded.ends[p - 1] as usize,
        }
    }

    /// Forgets decoded read-ahead (after a write or seek).
    pub fn reset_read_ahead(&mut self) {
        self.decoded = Decoded::default();
        self.pos = 0;
        self.region = 0;
        self.carry.clear();
    }

    fn take(&mut self, n: usize) -> String {
        let end = self.pos + n.min(self.available());
        let s: String = self.decoded.chars[self.pos..end].iter().collect();
        self.pos = end;
        s
    }

    /// Drops the characters already returned.
    fn compact(&mut self) {
        if self.pos == 0 {
            return;
        }
        let cut = self.consumed_end();
        self.decoded.chars.drain(..self.pos);
        self.decoded.ends.drain(..self.pos);
        for e in &mut self.decoded.ends {
            *e -= cut as u32;
        }
        self.region -= cut;
        self.pos = 0;
    }

    /// Hands the pending encoded text to the byte layer.
    pub fn flush_pending(&mut self, s: &mut FileState) -> IoResult<()> {
        if !self.pending.is_empty() {
            if s.write_overflows(self.pending.len()) {
                s.flush_writes()?;
            }
            s.push_write(&self.pending)?;
            self.pending.clear();
        }
        if s.must_flush() {
            s.flush_writes()?;
        }
        Ok(())
    }

    /// Encodes `text` with newline translation.
    pub fn encode(&self, text: &str) -> crate::error::PyResult<Vec<u8>> {
        match self.newline {
            Newline::Fixed(nl) if nl != "\n" && text.contains('\n') => {
                codec::encode(self.codec, &self.errors, &text.replace('\n', nl))
            }
            _ => codec::encode(self.codec, &self.errors, text),
        }
    }

    /// Whether writing `n` more bytes first sends the pending chunk.
    pub fn pending_overflows(&self, n: usize) -> bool {
        !self.pending.is_empty() && self.pending.len() + n > CHUNK
    }

    /// Queues encoded text; read-ahead is dropped as CPython drops it.
    pub fn push(&mut self, bytes: &[u8]) {
        self.reset_read_ahead();
        self.pending.extend_from_slice(bytes);
    }

    pub fn pending_full(&self) -> bool {
        self.pending.len() >= CHUNK
    }

    pub fn discard_pending(&mut self) {
        self.pending.clear();
    }

    /// Decodes one more chunk; false at end of file.
    fn read_chunk(&mut self, s: &mut FileState) -> IoResult<bool> {
        self.flush_pending(s)?;
        self.compact();
        let data = s.read1(CHUNK)?;
        let last = data.is_empty();
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(&data);
        let first_new = self.decoded.chars.len();
        let used = match codec::decode(
            self.codec,
            &self.errors,
            &bytes,
            last,
            self.region,
            &mut self.decoded,
        ) {
            Ok(n) => n,
            Err(e) => {
                self.decoded.chars.truncate(first_new);
                self.decoded.ends.truncate(first_new);
                self.carry = bytes;
                return Err(e.into());
            }
        };
        let held = self.translate_from(first_new, last);
        self.region += used - held;
        self.carry = bytes[used - held..].to_vec();
        Ok(!last)
    }

    /// Universal newlines over the characters from `from`: \r\n and \r
    /// become \n. A final \r waits for the next chunk (unless `last`);
    /// returns how many bytes were held back.
    fn translate_from(&mut self, from: usize, last: bool) -> usize {
        if self.newline != Newline::Universal {
            return 0;
        }
        let d = &mut self.decoded;
        let mut held = 0;
        if !last && d.chars.len() > from && d.chars.last() == Some(&'\r') {
            d.chars.pop();
            d.ends.pop();
            held = 1;
        }
        if !d.chars[from..].contains(&'\r') {
            return held;
        }
        let (mut chars, mut ends) = (Vec::new(), Vec::new());
        let mut i = from;
        while i < d.chars.len() {
            let c = d.chars[i];
            if c == '\r' && d.chars.get(i + 1) == Some(&'\n') {
                i += 1;
                continue;
            }
            chars.push(if c == '\r' { '\n' } else { c });
            ends.push(d.ends[i]);
            i += 1;
        }
        d.chars.truncate(from);
        d.ends.truncate(from);
        d.chars.extend(chars);
        d.ends.extend(ends);
        held
    }

    /// `read(n)` (characters); None reads to the end.
    pub fn read(&mut self, s: &mut FileState, n: Option<usize>) -> IoResult<String> {
        let Some(n) = n else {
            return self.read_rest(s);
        };
        while self.available() < n && self.read_chunk(s)? {}
        Ok(self.take(n))
    }

    fn read_rest(&mut self, s: &mut FileState) -> IoResult<String> {
        self.flush_pending(s)?;
        let mut bytes = std::mem::take(&mut self.carry);
        let rest = match s.read_all() {
            Ok(rest) => rest,
            Err(e) => {
                self.carry = bytes;
                return Err(e);
            }
        };
        bytes.extend(rest);
        let mut out = self.take(usize::MAX);
        let mut tail = TextLayer::new(self.codec, String::new(), self.errors.clone(), self.newline);
        codec::decode(self.codec, &self.errors, &bytes, true, 0, &mut tail.decoded)?;
        tail.translate_from(0, true);
        out.extend(tail.decoded.chars);
        self.reset_read_ahead();
        Ok(out)
    }

    /// Where the next line ends in the read-ahead, if it is there; `eof`
    /// says no more is coming (a final \r is then a line end).
    fn line_end(&self, eof: bool) -> Option<usize> {
        let chars = &self.decoded.chars[self.pos..];
        match self.newline {
            Newline::Universal | Newline::Fixed("\n") => {
                chars.iter().position(|&c| c == '\n').map(|i| i + 1)
            }
            Newline::Fixed("\r") => chars.iter().position(|&c| c == '\r').map(|i| i + 1),
            Newline::Fixed(_) => chars
                .windows(2)
                .position(|w| w == ['\r', '\n'])
                .map(|i| i + 2),
            Newline::Untranslated => {
                let i = chars.iter().position(|&c| c == '\r' || c == '\n')?;
                match (chars[i], chars.get(i + 1)) {
                    ('\n', _) => Some(i + 1),
                    (_, Some('\n')) => Some(i + 2),
                    (_, Some(_)) => Some(i + 1),
                    (_, None) if eof => Some(i + 1),
                    (_, None) => None,
                }
            }
        }
    }

    /// `readline(limit)`.
    pub fn readline(&mut self, s: &mut FileState, limit: Option<usize>) -> IoResult<String> {
        let mut eof = false;
        loop {
            if let Some(end) = self.line_end(eof) {
                return Ok(self.take(limit.map_or(end, |l| l.min(end))));
            }
            if let Some(l) = limit
                && self.available() >= l
            {
                return Ok(self.take(l));
            }
            if eof {
                return Ok(self.take(usize::MAX));
            }
            eof = !self.read_chunk(s)?;
        }
    }

    /// The byte position of the next unread character.
    pub fn tell(&mut self, s: &mut FileState) -> IoResult<i64> {
        self.flush_pending(s)?;
        s.flush_writes()?;
        let pos = s.tell()?;
        let unread = self.region - self.consumed_end() + self.carry.len();
        Ok(pos - unread as i64)
    }
}
