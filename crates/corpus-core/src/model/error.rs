//! Errors about input files, always naming the file and line.

use super::remark::Remark;
use std::fmt;

/// A problem in one input file, at a 1-based line (0 when it concerns the
/// whole file): what is wrong is a [`Remark`], said in the reader's language
/// when shown, in English by `Display`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub file: String,
    pub line: usize,
    pub remark: Remark,
}

impl SourceError {
    pub fn new(file: &str, line: usize, remark: Remark) -> SourceError {
        SourceError {
            file: file.to_string(),
            line,
            remark,
        }
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.remark)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.remark)
        }
    }
}

impl std::error::Error for SourceError {}
