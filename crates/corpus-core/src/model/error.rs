//! Errors about input files, always naming the file and line.

use std::fmt;

/// A problem in one input file, at a 1-based line (0 when it concerns the whole file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl SourceError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> SourceError {
        SourceError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for SourceError {}
