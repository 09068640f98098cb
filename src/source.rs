//! Byte offset <-> line/column mapping for tracebacks and line tables.

/// Index of line starts in a source text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    src: String,
    /// Byte offset where each line starts (line 1 at index 0).
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = Vec::with_capacity(source.len() / 32 + 1);
        starts.push(0);
        let b = source.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' => {
                    if b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            src: source.to_string(),
            starts,
        }
    }

    /// Number of lines (a trailing newline does not start a new line).
    pub fn line_count(&self) -> usize {
        if self.starts.len() > 1 && *self.starts.last().unwrap() as usize == self.src.len() {
            self.starts.len() - 1
        } else {
            self.starts.len()
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        let off = offset.min(self.src.len()) as u32;
        match self.starts.binary_search(&off) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// 1-based (line, column); the column counts characters, not bytes.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.src.len());
        let line = self.line(offset);
        let start = self.starts[line - 1] as usize;
        let mut off = offset;
        while !self.src.is_char_boundary(off) {
            off -= 1;
        }
        let col = self.src[start..off].chars().count() + 1;
        (line, col)
    }

    /// Byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> usize {
        match self.starts.get(line.saturating_sub(1)) {
            Some(&s) => s as usize,
            None => self.src.len(),
        }
    }

    /// Text of a 1-based line without its line terminator ("" if out of range).
    pub fn line_text(&self, line: usize) -> &str {
        if line == 0 || line > self.starts.len() {
            return "";
        }
        let start = self.starts[line - 1] as usize;
        let end = self
            .starts
            .get(line)
            .map(|&s| s as usize)
            .unwrap_or(self.src.len());
        self.src[start..end].trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let idx = LineIndex::new("ab\ncé d\r\nx\n");
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(2), (1, 3));
        assert_eq!(idx.line_col(3), (2, 1));
        // 'd' comes after a 2-byte char: column counts chars
        assert_eq!(idx.line_col(7), (2, 4));
        assert_eq!(idx.line_col(10), (3, 1));
        assert_eq!(idx.line_text(1), "ab");
        assert_eq!(idx.line_text(2), "cé d");
        assert_eq!(idx.line_text(3), "x");
        assert_eq!(idx.line_text(4), "");
        assert_eq!(idx.line_text(9), "");
        assert_eq!(idx.line_count(), 3);
        assert_eq!(idx.line_start(2), 3);
        assert_eq!(idx.line_col(1000), (4, 1));
    }

    #[test]
    fn no_trailing_newline() {
        let idx = LineIndex::new("a\nb");
        assert_eq!(idx.line_count(), 2);
        assert_eq!(idx.line_col(3), (2, 2));
        assert_eq!(idx.line_text(2), "b");
    }
}
