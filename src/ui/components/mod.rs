//! One component per file.

pub mod active_chips;
pub mod appears_with;
pub mod concordance;
pub mod connections;
pub mod copy_link;
pub mod document_item;
pub mod document_list;
pub mod entity_chip;
pub mod entity_chips;
pub mod hit_navigator;
pub mod link_notice;
pub mod load_error;
pub mod outlet_facets;
pub mod paragraph;
pub mod print_summary;
pub mod range_chip;
pub mod reader;
pub mod result_status;
pub mod search_box;
pub mod sort_select;
pub mod term_legend;
pub mod timeline;
pub mod timeline_marks;
pub mod timeline_overview;
pub mod timeline_tip;
pub mod zoom_controls;
