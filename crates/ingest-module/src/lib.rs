//! The ingestion pipeline as a WebAssembly module of its own, for articles the
//! reader opens in the page: the same core code as a build (front matter,
//! cleaning, saved pages, sentences, names, dates), run in a worker so the
//! page stays responsive, and fetched only when the reader opens files (it is
//! inlined in the offline file). Also writes the single offline file of the
//! opened articles ("Save as one file"). No JavaScript glue, no imports: the
//! page's worker (`ingestWorker` in `crates/page`) calls these exports.
//!
//! Inputs go into the module's buffer (`buffer`); results are read from its
//! memory (`output_ptr`/`output_len`): [`INDEX`], [`REPORT`], [`DATA`],
//! [`SAVED`], [`MESSAGE`].

use corpus_core::ingest::export::export;
use corpus_core::ingest::opened::Opened;
use corpus_core::model::story::decode_stories;
use corpus_core::names::gazetteer;
use corpus_core::Index;
use std::cell::RefCell;

/// The outputs, by number.
pub const INDEX: usize = 0;
pub const REPORT: usize = 1;
pub const DATA: usize = 2;
pub const SAVED: usize = 3;
pub const MESSAGE: usize = 4;

/// What the module holds between calls.
#[derive(Default)]
pub struct Ingest {
    /// Where the caller writes its inputs.
    buffer: Vec<u8>,
    opened: Option<Opened>,
    outputs: [Vec<u8>; 5],
}

impl Ingest {
    /// The buffer, grown to at least `len` bytes.
    pub fn buffer(&mut self, len: usize) -> &mut [u8] {
        if self.buffer.len() < len {
            self.buffer.resize(len, 0);
        }
        &mut self.buffer[..len]
    }

    /// Starts opening files: the buffer's first `len` bytes hold the title
    /// of files opened without a folder (in the reader's language), then
    /// each file's path and size in bytes (in decimal), NUL between each.
    /// 1 if the files are to be added, 0 if they are too large for the page
    /// ([`Opened::weigh`]; `finish` then says so).
    pub fn begin(&mut self, len: usize) -> u32 {
        gazetteer::install(include_str!(concat!(env!("OUT_DIR"), "/gazetteer.txt")));
        let head = String::from_utf8_lossy(&self.buffer[..len.min(self.buffer.len())]);
        let mut parts = head.split('\0');
        let untitled = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        let files: Vec<(&str, u64)> = rest
            .chunks(2)
            .map(|f| (f[0], f.get(1).and_then(|n| n.parse().ok()).unwrap_or(0)))
            .collect();
        let mut opened = Opened::new(untitled, files.iter().map(|(p, _)| *p));
        let fits = opened.weigh(files);
        self.opened = Some(opened);
        fits.into()
    }

    /// Reads and builds one file: its path is the buffer's first `path_len`
    /// bytes, its content the `data_len` bytes after. 1 to go on, 0 once the
    /// articles are too large for the page (`finish` then says so).
    pub fn add(&mut self, path_len: usize, data_len: usize) -> u32 {
        let end = (path_len + data_len).min(self.buffer.len());
        let path = String::from_utf8_lossy(&self.buffer[..path_len.min(end)]).into_owned();
        let bytes = self.buffer[path_len.min(end)..end].to_vec();
        let more = self
            .opened
            .get_or_insert_with(Opened::default)
            .add(&path, bytes);
        more.into()
    }

    /// Finds names and dates across the files added: 1 with the index, the
    /// report and the data export in the outputs, 0 with only the report
    /// (no article could be read).
    pub fn finish(&mut self) -> u32 {
        let (index, report) = self.opened.take().unwrap_or_default().finish();
        self.outputs = Default::default();
        self.outputs[REPORT] = report.encode();
        let Some(index) = index else { return 0 };
        self.outputs[DATA] = serde_json::to_vec_pretty(&export(&index)).unwrap_or_default();
        self.outputs[INDEX] = index.encode();
        1
    }

    /// Writes the single offline file of an index: the buffer holds the
    /// offline file to start from (`html_len` bytes), the index
    /// (`index_len`), its data export (`data_len`) and the stories told with
    /// it (`stories_len`, [`corpus_core::model::story::encode_stories`]; those written in the page
    /// replace the index's, in the index and the export). 1 with the file in
    /// [`SAVED`], 0 with why not in [`MESSAGE`].
    pub fn save(&mut self, lens: [usize; 4]) -> u32 {
        self.outputs = Default::default();
        match self.saved(lens) {
            Ok(html) => {
                self.outputs[SAVED] = html.into_bytes();
                1
            }
            Err(message) => {
                self.outputs[MESSAGE] = message.into_bytes();
                0
            }
        }
    }

    fn saved(
        &self,
        [html_len, index_len, data_len, stories_len]: [usize; 4],
    ) -> Result<String, String> {
        let b = &self.buffer;
        let (html_end, index_end) = (html_len, html_len + index_len);
        let (data_end, stories_end) = (index_end + data_len, index_end + data_len + stories_len);
        if stories_end > b.len() {
            return Err("saving: the page's data did not reach the module".into());
        }
        let html = std::str::from_utf8(&b[..html_end])
            .map_err(|_| "saving: the page to start from is not UTF-8 text")?;
        let bytes = &b[html_end..index_end];
        let data = std::str::from_utf8(&b[index_end..data_end])
            .map_err(|_| "saving: the data export is not UTF-8 text")?;
        let mut index = Index::decode(bytes).map_err(|e| format!("saving: {e}"))?;
        let stories =
            decode_stories(&b[data_end..stories_end]).map_err(|e| format!("saving: {e}"))?;
        if stories == index.stories {
            return page::resave(html, &index, bytes, data).map_err(|e| format!("saving: {e}"));
        }
        index.stories = stories;
        let (bytes, data) = (
            index.encode(),
            serde_json::to_string_pretty(&export(&index)).unwrap_or_default(),
        );
        page::resave(html, &index, &bytes, &data).map_err(|e| format!("saving: {e}"))
    }

    pub fn output(&self, which: usize) -> &[u8] {
        self.outputs.get(which).map_or(&[], |o| o.as_slice())
    }
}

thread_local! {
    static INGEST: RefCell<Ingest> = RefCell::default();
}

/// A buffer of at least `len` bytes for the next input: its address.
#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    INGEST.with(|i| i.borrow_mut().buffer(len).as_mut_ptr())
}

/// See [`Ingest::begin`].
#[no_mangle]
pub extern "C" fn begin(len: usize) -> u32 {
    INGEST.with(|i| i.borrow_mut().begin(len))
}

/// See [`Ingest::add`].
#[no_mangle]
pub extern "C" fn add(path_len: usize, data_len: usize) -> u32 {
    INGEST.with(|i| i.borrow_mut().add(path_len, data_len))
}

/// See [`Ingest::finish`].
#[no_mangle]
pub extern "C" fn finish() -> u32 {
    INGEST.with(|i| i.borrow_mut().finish())
}

/// See [`Ingest::save`].
#[no_mangle]
pub extern "C" fn save(
    html_len: usize,
    index_len: usize,
    data_len: usize,
    stories_len: usize,
) -> u32 {
    INGEST.with(|i| {
        i.borrow_mut()
            .save([html_len, index_len, data_len, stories_len])
    })
}

/// Output `which`'s address.
#[no_mangle]
pub extern "C" fn output_ptr(which: usize) -> *const u8 {
    INGEST.with(|i| i.borrow().output(which).as_ptr())
}

/// Output `which`'s length in bytes.
#[no_mangle]
pub extern "C" fn output_len(which: usize) -> usize {
    INGEST.with(|i| i.borrow().output(which).len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus_core::ingest::opened::{Level, Opening};
    use corpus_core::model::story::encode_stories;

    fn put(i: &mut Ingest, parts: &[&[u8]]) {
        let bytes = parts.concat();
        i.buffer(bytes.len()).copy_from_slice(&bytes);
    }

    /// The head `begin` reads: no title, then each path and size.
    fn begin(i: &mut Ingest, files: &[(&str, usize)]) -> u32 {
        let head: String = files.iter().map(|(p, n)| format!("\0{p}\0{n}")).collect();
        put(i, &[head.as_bytes()]);
        i.begin(head.len())
    }

    fn open(files: &[(&str, &str)]) -> Ingest {
        let mut i = Ingest::default();
        let sizes: Vec<(&str, usize)> = files.iter().map(|(p, t)| (*p, t.len())).collect();
        assert_eq!(begin(&mut i, &sizes), 1);
        for (path, text) in files {
            put(&mut i, &[path.as_bytes(), text.as_bytes()]);
            i.add(path.len(), text.len());
        }
        i
    }

    #[test]
    fn files_too_large_for_the_page_are_not_read() {
        let mut i = Ingest::default();
        let too_large = corpus_core::ingest::opened::PAGE_LIMIT as usize + 1;
        assert_eq!(begin(&mut i, &[("talks/a.txt", too_large)]), 0);
        assert_eq!(i.finish(), 0);
        let report = Opening::decode(i.output(REPORT)).unwrap();
        assert_eq!(report.count(Level::Error), 1);
        assert_eq!(report.problems[0].place(), "talks");
    }

    /// A single offline file to save others from.
    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Old – explorer</title>\
            <meta name=\"description\" content=\"Old.\">\
            <meta name=\"corpus-data\" content=\"data:old\">\
            <script type=\"application/octet-stream\" id=\"corpus-index\">OLD</script></head>\
            <body><div id=\"app\"><noscript>needs JS</noscript>\n<div class=\"static-corpus\">\n<h1>Old</h1>\n</div>\n</div></body></html>";

    const ARTICLE: &str =
        "---\ntitle: Talks\noutlet: Wire\ndate: 2023-01-05\n---\n\nKurti met Vučić in Brussels.\n";

    #[test]
    fn opens_files_and_saves_them_as_one_file() {
        let mut i = open(&[
            ("talks/a.txt", ARTICLE),
            ("talks/b.txt", "---\ndate: nope\n---\n\nX.\n"),
        ]);
        assert_eq!(i.finish(), 1);
        let index = Index::decode(i.output(INDEX)).unwrap();
        assert_eq!(index.documents.len(), 1);
        let report = Opening::decode(i.output(REPORT)).unwrap();
        assert_eq!(report.count(Level::Error), 1);
        assert_eq!(report.problems[0].place(), "talks/b.txt:2");
        let data = String::from_utf8(i.output(DATA).to_vec()).unwrap();
        assert!(data.contains("Kurti met"));

        let template = TEMPLATE;
        let bytes = i.output(INDEX).to_vec();
        let none = encode_stories(&[]);
        put(
            &mut i,
            &[template.as_bytes(), &bytes, data.as_bytes(), &none],
        );
        assert_eq!(
            i.save([template.len(), bytes.len(), data.len(), none.len()]),
            1
        );
        let saved = String::from_utf8(i.output(SAVED).to_vec()).unwrap();
        assert!(saved.contains("<title>Talks – explorer</title>"), "{saved}");
        assert!(saved.contains("Kurti met Vučić in Brussels.") && !saved.contains("<h1>Old</h1>"));
        assert!(!saved.contains(">OLD<") && !saved.contains("data:old"));

        put(&mut i, &[b"<html></html>", &bytes, b"", &none]);
        assert_eq!(i.save([13, bytes.len(), 0, none.len()]), 0);
        assert!(String::from_utf8_lossy(i.output(MESSAGE)).starts_with("saving: "));
    }

    #[test]
    fn stories_written_in_the_page_are_saved_with_the_articles() {
        use corpus_core::model::story::{Step, Story};
        let mut i = open(&[("talks/a.txt", ARTICLE)]);
        assert_eq!(i.finish(), 1);
        let (bytes, data) = (i.output(INDEX).to_vec(), i.output(DATA).to_vec());
        let story = Story {
            name: "a-lesson".into(),
            title: "A lesson".into(),
            description: None,
            steps: vec![Step {
                view: "q=kurti".into(),
                note: "Who met whom?".into(),
                ..Step::default()
            }],
        };
        let stories = encode_stories(std::slice::from_ref(&story));
        put(&mut i, &[TEMPLATE.as_bytes(), &bytes, &data, &stories]);
        assert_eq!(
            i.save([TEMPLATE.len(), bytes.len(), data.len(), stories.len()]),
            1,
            "{}",
            String::from_utf8_lossy(i.output(MESSAGE))
        );
        let saved = String::from_utf8(i.output(SAVED).to_vec()).unwrap();
        // The index and the export carry the story.
        use base64::{engine::general_purpose::STANDARD, Engine};
        let mut told = Index::decode(&bytes).unwrap();
        told.stories = vec![story];
        assert!(saved.contains(&STANDARD.encode(told.encode())), "the index");
        let export = serde_json::to_string_pretty(&export(&told)).unwrap();
        assert!(export.contains("Who met whom?"));
        assert!(saved.contains(&STANDARD.encode(export)), "the export");
        // A page that is not a stories' encoding is said, not saved.
        put(&mut i, &[TEMPLATE.as_bytes(), &bytes, &data, &[0xff]]);
        assert_eq!(i.save([TEMPLATE.len(), bytes.len(), data.len(), 1]), 0);
        assert!(String::from_utf8_lossy(i.output(MESSAGE)).starts_with("saving: the stories"));
    }

    #[test]
    fn nothing_readable_gives_only_the_report() {
        let mut i = open(&[("notes.pdf", "%PDF")]);
        assert_eq!(i.finish(), 0);
        assert!(i.output(INDEX).is_empty());
        let report = Opening::decode(i.output(REPORT)).unwrap();
        assert_eq!(report.count(Level::Error), 1);
    }
}

/// `getrandom`'s source in the browser (see `.cargo/config.toml`): none.
/// The `fake` crate's given names come with `rand`, which the ingestion never
/// calls; a call would fail with this error rather than trap.
///
/// # Safety
/// Writes nothing; `dest` and `len` are not read.
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub unsafe extern "Rust" fn __getrandom_v03_custom(
    _dest: *mut u8,
    _len: usize,
) -> Result<(), getrandom::Error> {
    Err(getrandom::Error::UNSUPPORTED)
}
