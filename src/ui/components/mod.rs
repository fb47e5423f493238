//! One component per file.

pub mod document_list;
pub mod entity_chips;
pub mod load_error;
pub mod reader;
pub mod result_status;
pub mod search_box;
pub mod timeline;
